package io.streamwise.recommenders.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.feedback.Weighting;
import io.streamwise.recommenders.content.TfIdfSettings.Field;
import io.streamwise.recommenders.internal.SparseMatrix;

/**
 * Content-based recommender on catalogue text. Each item's document is the terms of its title, tags, category and
 * kind ({@link TextTokens}); its vector holds tf(t) · ln(N / df(t)), N the number of catalogue items and df(t) the
 * number whose document has t, scaled to unit length. A viewer's profile is the sum of the vectors of the items it
 * consumed, each times its event weight, and
 *
 * <pre>
 * score(u, i) = cos(profile(u), vector(i))
 * </pre>
 *
 * Needs no interactions with an item, so new items with text are recommended from the start; items without text and
 * viewers without history score 0. Deterministic: no random choice.
 */
public final class TfIdfRecommender implements Recommender {

	private final TfIdfSettings settings;
	private final EventWeights weights;
	private InteractionMatrix interactions;
	/** The interactions by viewer: each viewer's items and their values. */
	private SparseMatrix history = SparseMatrix.empty(0, 0);
	/** items x terms, rows of unit length. */
	private SparseMatrix itemTerms = SparseMatrix.empty(0, 0);
	/** terms x items: the transpose, to score all items from a profile's terms. */
	private SparseMatrix postings = SparseMatrix.empty(0, 0);
	private List<String> terms = List.of();

	public TfIdfRecommender(TfIdfSettings settings) {
		this.settings = settings;
		this.weights = EventWeights.parse(settings.events());
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		ItemCatalog catalog = train.catalog();
		Set<Field> fields = settings.fieldSet();
		int n = train.log().items().size();
		context.monitor().begin("item documents", n);
		Map<String, Integer> termIds = new HashMap<>();
		List<String> termList = new ArrayList<>();
		int[][] docTerms = new int[n][];
		int[][] docCounts = new int[n][];
		int[] documentFrequency = new int[16];
		for (int item = 0; item < n; item++) {
			if ((item & 1023) == 0) {
				context.monitor().checkCancelled();
				context.monitor().worked(Math.min(1024, n - item));
			}
			List<String> words = document(catalog, item, fields);
			int[] ids = new int[words.size()];
			for (int w = 0; w < ids.length; w++) {
				ids[w] = termIds.computeIfAbsent(words.get(w), t -> {
					termList.add(t);
					return termList.size() - 1;
				});
			}
			// distinct terms with their counts: sort and count runs
			Arrays.sort(ids);
			int[] distinct = new int[ids.length], counts = new int[ids.length];
			int d = 0;
			for (int w = 0; w < ids.length; w++) {
				if (w == 0 || ids[w] != ids[w - 1]) {
					distinct[d++] = ids[w];
				}
				counts[d - 1]++;
			}
			docTerms[item] = Arrays.copyOf(distinct, d);
			docCounts[item] = Arrays.copyOf(counts, d);
			if (termList.size() > documentFrequency.length) {
				documentFrequency = Arrays.copyOf(documentFrequency,
						Math.max(termList.size(), 2 * documentFrequency.length));
			}
			for (int t = 0; t < d; t++) {
				documentFrequency[distinct[t]]++;
			}
		}
		float[][] vectors = new float[n][];
		int[][] vectorTerms = new int[n][];
		for (int item = 0; item < n; item++) {
			vectorTerms[item] = docTerms[item];
			vectors[item] = unitTfIdf(docTerms[item], docCounts[item], documentFrequency, n);
		}
		// the largest weight among a viewer's events with an item: repeated clicks do not outweigh one purchase
		InteractionMatrix data = InteractionMatrix.of(train.log(), weights, Weighting.BINARY, context.monitor());
		SparseMatrix matrix = dropZeros(SparseMatrix.ofRows(termList.size(), vectorTerms, vectors));
		interactions = data;
		history = SparseMatrix.byViewer(data);
		itemTerms = matrix;
		postings = matrix.transpose();
		terms = List.copyOf(termList);
	}

	private List<String> document(ItemCatalog catalog, int item, Set<Field> fields) {
		int min = settings.minTokenLength();
		List<String> words = new ArrayList<>();
		if (fields.contains(Field.TITLE)) {
			words.addAll(TextTokens.of(catalog.title(item), min));
		}
		if (fields.contains(Field.TAGS)) {
			for (String tag : catalog.tags(item)) {
				words.addAll(TextTokens.of(tag, min));
			}
		}
		if (fields.contains(Field.CATEGORY)) {
			words.addAll(TextTokens.of(catalog.category(item), min));
		}
		if (fields.contains(Field.KIND)) {
			words.addAll(TextTokens.of(catalog.kind(item), min));
		}
		return words;
	}

	private static float[] unitTfIdf(int[] termIds, int[] counts, int[] documentFrequency, int documents) {
		double[] w = new double[termIds.length];
		double norm = 0;
		for (int t = 0; t < w.length; t++) {
			w[t] = counts[t] * Math.log((double) documents / documentFrequency[termIds[t]]);
			norm += w[t] * w[t];
		}
		norm = Math.sqrt(norm);
		float[] out = new float[w.length];
		for (int t = 0; t < w.length && norm > 0; t++) {
			out[t] = (float) (w[t] / norm);
		}
		return out;
	}

	/** Terms in every document weigh 0: they would only lengthen the posting lists. */
	private static SparseMatrix dropZeros(SparseMatrix m) {
		int[][] idx = new int[m.rows()][];
		float[][] val = new float[m.rows()][];
		for (int r = 0; r < m.rows(); r++) {
			int n = 0;
			idx[r] = new int[m.rowLength(r)];
			val[r] = new float[m.rowLength(r)];
			for (int p = m.start()[r]; p < m.start()[r + 1]; p++) {
				if (m.value()[p] != 0) {
					idx[r][n] = m.index()[p];
					val[r][n++] = m.value()[p];
				}
			}
			idx[r] = Arrays.copyOf(idx[r], n);
			val[r] = Arrays.copyOf(val[r], n);
		}
		return SparseMatrix.ofRows(m.columns(), idx, val);
	}

	/** Scoring only reads the fitted model. */
	@Override
	public boolean concurrentScoring() {
		return true;
	}

	@Override
	public void score(int viewer, float[] scores) {
		Arrays.fill(scores, 0f);
		if (interactions == null || !interactions.hasHistory(viewer)) {
			return;
		}
		float[] profile = new float[postings.rows()];
		int[] touched = new int[postings.rows()];
		int touchedCount = 0;
		for (int p = history.start()[viewer]; p < history.start()[viewer + 1]; p++) {
			int j = history.index()[p];
			float r = history.value()[p];
			for (int q = itemTerms.start()[j]; q < itemTerms.start()[j + 1]; q++) {
				int t = itemTerms.index()[q];
				if (profile[t] == 0) {
					touched[touchedCount++] = t;
				}
				profile[t] += r * itemTerms.value()[q];
			}
		}
		double norm = 0;
		for (int k = 0; k < touchedCount; k++) {
			norm += (double) profile[touched[k]] * profile[touched[k]];
		}
		if (norm == 0) {
			return; // the viewer consumed only items without text
		}
		float scale = (float) (1 / Math.sqrt(norm));
		for (int k = 0; k < touchedCount; k++) {
			int t = touched[k];
			float weight = profile[t] * scale;
			for (int q = postings.start()[t]; q < postings.start()[t + 1]; q++) {
				int i = postings.index()[q];
				if (i < scores.length) {
					scores[i] += weight * postings.value()[q];
				}
			}
		}
	}

	/** The terms of the fitted vocabulary, by term id. */
	public List<String> vocabulary() {
		return terms;
	}

	/** The unit TF-IDF vector of an item after fitting, as term → weight, for inspection and tests. */
	public Map<String, Float> vector(int item) {
		Map<String, Float> out = new HashMap<>();
		if (item >= 0 && item < itemTerms.rows()) {
			for (int p = itemTerms.start()[item]; p < itemTerms.start()[item + 1]; p++) {
				out.put(terms.get(itemTerms.index()[p]), itemTerms.value()[p]);
			}
		}
		return out;
	}

	/** The implicit-feedback matrix of the last fit; null before. */
	public InteractionMatrix interactions() {
		return interactions;
	}
}
