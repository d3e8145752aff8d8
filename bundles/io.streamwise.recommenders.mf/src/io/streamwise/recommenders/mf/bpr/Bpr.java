package io.streamwise.recommenders.mf.bpr;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.feedback.Weighting;
import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.recommenders.mf.common.Scores;

/**
 * BPR-MF: matrix factorisation trained by stochastic gradient ascent on the BPR criterion, the log-likelihood that a
 * viewer prefers an item they interacted with over one drawn uniformly from those they did not (Rendle et al. 2009).
 * <p>
 * <b>Determinism and threads.</b> SGD is sequential by nature and lock-free parallel SGD (Hogwild) depends on thread
 * timing, so parallelism here is by stratification (as in Gemulla et al.'s DSGD, KDD 2011): viewers and items are
 * split by a seeded shuffle into {@code blocks} blocks each; an epoch runs {@code blocks} strata, and stratum s updates
 * the cells (viewer block b, item block (b + s) mod blocks) for all b. The cells of a stratum share no viewer and no
 * item, so they can run concurrently without conflicts; each cell draws from its own generator seeded by (seed, epoch,
 * stratum, cell) and strata run in a fixed order. Results depend on {@code blocks}, never on {@code threads}. In a cell
 * the negative item is drawn uniformly from the cell's item block (a random subset of 1/blocks of the items, fixed
 * for the whole fit); with {@code blocks = 1} this is exactly the paper's LearnBPR with uniform sampling, the default.
 * <p>
 * Viewers without training interactions are ranked by item popularity.
 */
public final class Bpr implements Recommender {

	/** Draws of a negative item before a triple is skipped (the viewer has nearly every item of the block). */
	private static final int NEGATIVE_ATTEMPTS = 64;

	private final BprSettings settings;
	private int k;
	private int items;
	private InteractionMatrix matrix;
	private double[] userFactors = new double[0];
	private double[] itemFactors = new double[0];
	private double[] bias = new double[0];
	private float[] popularity = new float[0];

	public Bpr(BprSettings settings) {
		this.settings = settings;
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		ProgressMonitor monitor = context.monitor();
		k = settings.factors();
		// BPR learns from which pairs have an entry; the entries' values (weights) play no part
		matrix = InteractionMatrix.of(train.log(), EventWeights.parse(settings.events()), Weighting.BINARY,
				monitor);
		int users = matrix.viewers();
		items = matrix.items();
		popularity = matrix.popularity();
		SplittableRandom init = new SplittableRandom(Scores.seed(context.seed(), 0));
		userFactors = Scores.gaussian(users, k, settings.initStd(), init);
		itemFactors = Scores.gaussian(items, k, settings.initStd(), init);
		bias = new double[items];
		if (matrix.entries() == 0 || items < 2) {
			return; // nothing to rank against: every viewer is cold
		}
		int blocks = Math.min(settings.blocks(), Math.min(users, items));
		int[] userBlock = blockOf(users, blocks, new SplittableRandom(Scores.seed(context.seed(), 1)));
		int[] itemBlock = blockOf(items, blocks, new SplittableRandom(Scores.seed(context.seed(), 2)));
		int[][] blockItems = members(itemBlock, blocks);
		Cells cells = Cells.of(matrix, userBlock, itemBlock, blocks);

		monitor.begin("BPR", settings.epochs());
		try (ParallelChunks parallel = new ParallelChunks(Math.min(settings.threads(), blocks), "mf")) {
			for (int epoch = 0; epoch < settings.epochs(); epoch++) {
				monitor.checkCancelled();
				int[] strata = shuffled(blocks, new SplittableRandom(Scores.seed(context.seed(), 3, epoch)));
				for (int s = 0; s < blocks; s++) {
					int stratum = strata[s];
					int e = epoch;
					parallel.forEach(blocks, b -> {
						int cell = b * blocks + (b + stratum) % blocks;
						SplittableRandom r = new SplittableRandom(Scores.seed(context.seed(), 4, e, stratum, b));
						runCell(cells, cell, blockItems[(b + stratum) % blocks], r,
								parallel.threads() == 1 ? monitor : ProgressMonitor.NULL);
					}, monitor);
				}
				String step = "epoch " + (epoch + 1);
				String remedy = "lower learningRate (" + settings.learningRate() + ") or raise the regularisation";
				Scores.requireFinite(userFactors, "BPR", step, remedy);
				Scores.requireFinite(itemFactors, "BPR", step, remedy);
				Scores.requireFinite(bias, "BPR", step, remedy);
				monitor.worked(1);
			}
		}
	}

	/** Draws as many (viewer, positive, negative) triples as the cell has positive pairs and takes an SGA step on each. */
	private void runCell(Cells cells, int cell, int[] candidates, SplittableRandom random, ProgressMonitor monitor) {
		int from = cells.start[cell], n = cells.start[cell + 1] - from;
		double lr = settings.learningRate(), regV = settings.regViewer(), regI = settings.regPositive(),
				regJ = settings.regNegative(), regB = settings.regBias();
		boolean useBias = settings.itemBias();
		double[] p = userFactors, q = itemFactors;
		double[] pu = new double[k];
		for (int t = 0; t < n; t++) {
			if ((t & 0xFFFF) == 0xFFFF) {
				monitor.checkCancelled();
			}
			int pair = from + random.nextInt(n);
			int u = cells.user[pair], i = cells.item[pair];
			int j = -1;
			for (int a = 0; a < NEGATIVE_ATTEMPTS && j < 0; a++) {
				int c = candidates[random.nextInt(candidates.length)];
				if (!matrix.contains(u, c)) {
					j = c;
				}
			}
			if (j < 0) {
				continue;
			}
			int ou = u * k, oi = i * k, oj = j * k;
			double x = useBias ? bias[i] - bias[j] : 0;
			for (int f = 0; f < k; f++) {
				x += p[ou + f] * (q[oi + f] - q[oj + f]);
			}
			double g = 1 / (1 + Math.exp(x)); // d/dx ln sigmoid(x)
			System.arraycopy(p, ou, pu, 0, k);
			for (int f = 0; f < k; f++) {
				double qi = q[oi + f], qj = q[oj + f];
				p[ou + f] += lr * (g * (qi - qj) - regV * pu[f]);
				q[oi + f] += lr * (g * pu[f] - regI * qi);
				q[oj + f] += lr * (-g * pu[f] - regJ * qj);
			}
			if (useBias) {
				bias[i] += lr * (g - regB * bias[i]);
				bias[j] += lr * (-g - regB * bias[j]);
			}
		}
	}

	/** Scoring only reads the fitted model. */
	@Override
	public boolean concurrentScoring() {
		return true;
	}

	@Override
	public void score(int viewer, float[] scores) {
		if (matrix == null || !matrix.hasHistory(viewer) || matrix.entries() == 0) {
			Scores.cold(popularity, scores);
			return;
		}
		Arrays.fill(scores, 0f);
		int n = Math.min(items, scores.length);
		for (int i = 0; i < n; i++) {
			scores[i] = (float) (Scores.dot(userFactors, viewer, itemFactors, i, k) + bias[i]);
		}
	}

	/** The item factors after fitting, row-major (a copy). */
	public double[] itemFactors() {
		return itemFactors.clone();
	}

	/** A balanced assignment of indices to blocks, by a seeded shuffle. */
	private static int[] blockOf(int n, int blocks, SplittableRandom random) {
		int[] order = shuffled(n, random);
		int[] block = new int[n];
		for (int pos = 0; pos < n; pos++) {
			block[order[pos]] = pos % blocks;
		}
		return block;
	}

	private static int[] shuffled(int n, SplittableRandom random) {
		int[] a = new int[n];
		Arrays.setAll(a, x -> x);
		for (int x = n - 1; x > 0; x--) {
			int y = random.nextInt(x + 1);
			int t = a[x];
			a[x] = a[y];
			a[y] = t;
		}
		return a;
	}

	private static int[][] members(int[] block, int blocks) {
		int[] count = new int[blocks];
		for (int b : block) {
			count[b]++;
		}
		int[][] out = new int[blocks][];
		for (int b = 0; b < blocks; b++) {
			out[b] = new int[count[b]];
			count[b] = 0;
		}
		for (int x = 0; x < block.length; x++) {
			out[block[x]][count[block[x]]++] = x;
		}
		return out;
	}

	/** Positive pairs grouped by cell (viewer block × item block), in CSR order within each cell. */
	private record Cells(int[] start, int[] user, int[] item) {
		static Cells of(InteractionMatrix m, int[] userBlock, int[] itemBlock, int blocks) {
			int cells = blocks * blocks;
			int[] start = new int[cells + 1];
			int[] its = m.viewerItems();
			for (int u = 0; u < m.viewers(); u++) {
				for (int p = m.viewerStart(u); p < m.viewerEnd(u); p++) {
					start[userBlock[u] * blocks + itemBlock[its[p]] + 1]++;
				}
			}
			for (int c = 0; c < cells; c++) {
				start[c + 1] += start[c];
			}
			int[] next = Arrays.copyOf(start, cells);
			int[] user = new int[m.entries()], item = new int[m.entries()];
			for (int u = 0; u < m.viewers(); u++) {
				for (int p = m.viewerStart(u); p < m.viewerEnd(u); p++) {
					int at = next[userBlock[u] * blocks + itemBlock[its[p]]]++;
					user[at] = u;
					item[at] = its[p];
				}
			}
			return new Cells(start, user, item);
		}
	}

	/** The implicit-feedback matrix of the last fit; null before. */
	public InteractionMatrix interactions() {
		return matrix;
	}
}
