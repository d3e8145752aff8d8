package io.streamwise.core.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.streamwise.core.experiment.ExperimentResult.Failure;
import io.streamwise.core.experiment.ExperimentResult.Summary;
import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.io.AtomicFiles;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.significance.TestResult;

/**
 * Writes a result as {@code results.json} (provenance, values, summary, failures; the record
 * {@link ExperimentResults}, written by {@link ResultsJson}), {@code results.csv} (one row per
 * algorithm, fold, metric and segment; the same bytes under the same seed), {@code costs.csv} (time and memory per
 * cell), {@code per_unit.csv} (the per-viewer, per-session or per-row values behind
 * each cell), {@code significance.csv} (the tests between algorithms) and {@code results.tex} (a LaTeX table), and
 * renders the readable table. Every file is written to a temporary file and moved into place,
 * so an interrupted run leaves no half-written result.
 */
public final class ResultsWriter {

	public static final String RESULTS_JSON = "results.json";
	public static final String RESULTS_CSV = "results.csv";
	public static final String PER_UNIT_CSV = "per_unit.csv";
	public static final String SIGNIFICANCE_CSV = "significance.csv";
	public static final String RESULTS_TEX = "results.tex";
	/** Fit and scoring seconds and peak heap per cell: apart from results.csv, because they vary between runs. */
	public static final String COSTS_CSV = "costs.csv";
	/** Holm-adjusted p-values below this mark a difference from the best algorithm in results.tex. */
	public static final double ALPHA = 0.05;

	private ResultsWriter() {
	}

	public static void write(ExperimentResult result, Path dir) throws IOException {
		Files.createDirectories(dir);
		AtomicFiles.write(dir.resolve(RESULTS_JSON), w -> w.write(toJson(result)));
		AtomicFiles.write(dir.resolve(RESULTS_CSV), w -> {
			try (CsvWriter csv = CsvWriter.builder().build(w)) {
				csv.writeRecord("experiment", "algorithm", "fold", "metric", "segment", "value", "n");
				for (Value v : result.values()) {
					csv.writeRecord(result.spec().id(), v.algorithm(), Integer.toString(v.fold()), v.metric(),
							v.segment(), number(v.value()), Integer.toString(v.n()));
				}
			}
		});
		// costs vary from run to run, so they live apart from results.csv, which repeats byte for byte under a seed
		AtomicFiles.write(dir.resolve(COSTS_CSV), w -> {
			try (CsvWriter csv = CsvWriter.builder().build(w)) {
				csv.writeRecord("experiment", "algorithm", "fold", "fit_seconds", "score_seconds", "peak_heap_mb");
				for (CellCost c : result.costs()) {
					csv.writeRecord(result.spec().id(), c.algorithm(), Integer.toString(c.fold()),
							number(c.fitSeconds()),
							number(c.scoreSeconds()), number(c.peakHeapMb()));
				}
			}
		});
		AtomicFiles.write(dir.resolve(PER_UNIT_CSV), w -> {
			try (CsvWriter csv = CsvWriter.builder().build(w)) {
				csv.writeRecord("algorithm", "fold", "metric", "segment", "unit", "value");
				for (Value v : result.values()) {
					if (v.metric().equals("auc")) {
						continue; // an AUC has no per-unit decomposition
					}
					for (int i : unitOrder(v)) {
						csv.writeRecord(v.algorithm(), Integer.toString(v.fold()), v.metric(), v.segment(),
								v.unitIds()[i], number(v.unitValues()[i]));
					}
				}
			}
		});
		AtomicFiles.write(dir.resolve(SIGNIFICANCE_CSV), w -> {
			try (CsvWriter csv = CsvWriter.builder().build(w)) {
				csv.writeRecord("test", "metric", "a", "b", "n", "difference", "statistic", "p", "p_holm",
						"effect_name",
						"effect");
				for (TestResult t : result.significance()) {
					csv.writeRecord(t.test(), t.metric(), t.a(), t.b(), Integer.toString(t.n()), number(t.difference()),
							number(t.statistic()), number(t.p()), number(t.pHolm()), t.effectName(),
							number(t.effect()));
				}
			}
		});
		AtomicFiles.write(dir.resolve(RESULTS_TEX), w -> w.write(latex(result)));
	}

	/**
	 * Viewers and sessions sorted by their written id: units are evaluated in the order of the viewers' raw ids (see
	 * docs/metrics.md, "Ties, order and seeds"), which pseudonymised ids must not give away. Rows keep their order.
	 */
	private static int[] unitOrder(Value v) {
		java.util.stream.IntStream order = java.util.stream.IntStream.range(0, v.unitIds().length);
		if (Metric.parse(v.metric()).kind() != io.streamwise.api.algorithm.AlgorithmKind.RECOMMENDER) {
			return order.toArray();
		}
		return order.boxed().sorted(java.util.Comparator.comparing(i -> v.unitIds()[i])).mapToInt(Integer::intValue)
				.toArray();
	}

	public static String toJson(ExperimentResult r) {
		return ResultsJson.toJson(schema(r));
	}

	/** The result as the records of results.json (format {@value ExperimentResults#FORMAT}). */
	public static ExperimentResults schema(ExperimentResult r) {
		ExperimentSpec.ProtocolSpec protocol = r.spec().protocol();
		ExperimentResults.Experiment experiment = new ExperimentResults.Experiment(r.spec().id(), r.spec().name(),
				protocol.kind().name().toLowerCase(Locale.ROOT), protocol.trainRatio(), protocol.folds(),
				new TreeMap<>(protocol.options()), ExperimentRunner.candidates(protocol), r.spec().metrics());
		ExperimentResult.Provenance p = r.provenance();
		List<ExperimentResults.Algorithm> algorithms = new ArrayList<>();
		p.algorithmIds().forEach((label, id) -> {
			ExperimentResult.Origin o = p.origins().get(label);
			algorithms.add(new ExperimentResults.Algorithm(label, id, sorted(p.algorithmSettings().get(label)),
					o == null ? null : o.bundle(), o == null ? null : o.version(), o == null ? null : o.jarSha256()));
		});
		// where the key is and which it is; the key itself never leaves its file
		ExperimentResults.PseudonymKey key = p.pseudonymKey() == null ? null
				: new ExperimentResults.PseudonymKey(p.pseudonymKey().path(), p.pseudonymKey().fingerprint());
		ExperimentResults.Provenance provenance = new ExperimentResults.Provenance(p.experimentFile(),
				p.datasetDescription(), p.datasetSources(), p.datasetSha256(), key, p.seed(), algorithms,
				sorted(p.environment()), p.startedAt(), p.seconds());
		return ExperimentResults.of(experiment, provenance,
				r.values().stream().map(v -> new ExperimentResults.Value(v.algorithm(), v.fold(), v.metric(),
						v.segment(), v.value(), v.n())).toList(),
				r.summary().stream().map(s -> new ExperimentResults.Summary(s.algorithm(), s.metric(), s.segment(),
						s.mean(), s.ciLow(), s.ciHigh(), s.n(), s.basis())).toList(),
				r.significance().stream().map(t -> new ExperimentResults.Significance(t.test(), t.metric(), t.a(),
						t.b(), t.n(), t.difference(), t.statistic(), t.p(), t.pHolm(), t.effectName(), t.effect()))
						.toList(),
				r.failures().stream().map(f -> new ExperimentResults.Failure(f.algorithm(), f.fold(), f.reason()))
						.toList(),
				r.warnings().stream().map(w -> new ExperimentResults.Warning(w.code(), w.reason())).toList(),
				r.foldCounts().stream().map(c -> new ExperimentResults.EvaluatedUnits(c.fold(), c.unit(), c.inTest(),
						c.evaluated(), c.noRelevant(), c.onlySeen())).toList(),
				r.costs().stream().map(c -> new ExperimentResults.Cost(c.algorithm(), c.fold(), c.fitSeconds(),
						c.scoreSeconds(), c.peakHeapMb())).toList(),
				r.curves().stream().map(c -> new ExperimentResults.ConversionCurve(c.algorithm(), c.fold(), c.kind(),
						c.x(), c.y(), c.threshold(), c.count())).toList());
	}

	/** Keys in order, so that results.json does not depend on a map's iteration order (Map.of's varies by run). */
	private static Map<String, String> sorted(Map<String, String> map) {
		return map == null ? null : new TreeMap<>(map);
	}

	/** The summary as an aligned text table: one row per algorithm, one column per metric, mean [95% CI]. */
	public static String table(ExperimentResult r) {
		Set<String> metrics = new LinkedHashSet<>(
				r.spec().metrics().stream().map(m -> Metric.parse(m).toString()).toList());
		List<String> algorithms = r.spec().algorithms().stream().map(ExperimentSpec.AlgorithmSpec::label).toList();
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add("algorithm");
		header.addAll(metrics);
		header.addAll(COST_COLUMNS);
		rows.add(header);
		for (String a : algorithms) {
			List<String> row = new ArrayList<>();
			row.add(a);
			for (String m : metrics) {
				Summary s = summary(r, a, m);
				row.add(s == null ? "-" : cell(s));
			}
			row.addAll(costCells(r, a));
			rows.add(row);
		}
		int[] width = new int[header.size()];
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				width[c] = Math.max(width[c], row.get(c).length());
			}
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			for (int c = 0; c < row.size(); c++) {
				String cell = row.get(c);
				sb.append(c == 0 ? String.format("%-" + width[c] + "s", cell)
						: String.format("  %" + width[c] + "s", cell));
			}
			sb.append('\n');
			if (i == 0) {
				int total = 0;
				for (int w : width) {
					total += w + 2;
				}
				sb.append("-".repeat(total - 2)).append('\n');
			}
		}
		for (ExperimentResult.FoldCount c : r.foldCounts()) {
			sb.append(String.format(Locale.ROOT, "Fold %d: %,d %s with test events, %,d evaluated; dropped %,d without"
					+ " a relevant test event, %,d whose relevant test items were all seen before%n", c.fold(),
					c.inTest(), c.unit(), c.evaluated(), c.noRelevant(), c.onlySeen()));
		}
		for (Failure f : r.failures()) {
			sb.append("FAILED ").append(f.algorithm()).append(" fold ").append(f.fold()).append(": ")
					.append(f.reason()).append('\n');
		}
		return sb.toString();
	}

	/** Cost columns of the table: mean fit and scoring seconds over the folds, the largest peak heap of a fold. */
	public static final List<String> COST_COLUMNS = List.of("fit s", "score s", "peak MB");

	/** The cost cells of an algorithm's row, "-" when no cell of it completed. */
	public static List<String> costCells(ExperimentResult r, String algorithm) {
		List<CellCost> cells = r.costs().stream().filter(c -> c.algorithm().equals(algorithm)).toList();
		if (cells.isEmpty()) {
			return List.of("-", "-", "-");
		}
		double fit = cells.stream().mapToDouble(CellCost::fitSeconds).average().orElse(Double.NaN);
		double score = cells.stream().mapToDouble(CellCost::scoreSeconds).average().orElse(Double.NaN);
		double peak = cells.stream().mapToDouble(CellCost::peakHeapMb).max().orElse(Double.NaN);
		return List.of(String.format(Locale.ROOT, "%.2f", fit), String.format(Locale.ROOT, "%.2f", score),
				String.format(Locale.ROOT, "%.1f", peak));
	}

	/** The summary of an algorithm's metric over all evaluated units, or null. */
	static Summary summary(ExperimentResult r, String algorithm, String metric) {
		return r.summary().stream().filter(x -> x.algorithm().equals(algorithm) && x.metric().equals(metric)
				&& x.segment().equals(ExperimentResult.ALL)).findFirst().orElse(null);
	}

	/**
	 * The summary as a LaTeX table (booktabs): one row per algorithm, one column per metric, mean ± half the 95%
	 * interval; the best mean of each metric in bold; a dagger on every other algorithm whose difference from the
	 * best is significant (Holm-adjusted Wilcoxon p below {@value #ALPHA}, or Friedman post-hoc for coverage and Gini).
	 */
	public static String latex(ExperimentResult r) {
		List<Metric> metrics = r.spec().metrics().stream().map(Metric::parse).distinct().toList();
		List<String> algorithms = r.spec().algorithms().stream().map(ExperimentSpec.AlgorithmSpec::label).toList();
		StringBuilder sb = new StringBuilder();
		sb.append("% ").append(r.spec().id()).append(": ").append(r.provenance().datasetDescription()).append('\n');
		sb.append("% requires \\usepackage{booktabs}\n");
		sb.append("\\begin{tabular}{l").append("r".repeat(metrics.size())).append("}\n\\toprule\n");
		sb.append("Algorithm");
		for (Metric m : metrics) {
			sb.append(" & ").append(tex(m.toString()));
		}
		sb.append(" \\\\\n\\midrule\n");
		for (String a : algorithms) {
			sb.append(tex(a));
			for (Metric m : metrics) {
				Summary s = summary(r, a, m.toString());
				sb.append(" & ");
				if (s == null || Double.isNaN(s.mean())) {
					sb.append("--");
					continue;
				}
				String best = best(r, algorithms, m);
				String cell = String.format(Locale.ROOT, "%.4f", s.mean());
				if (!Double.isNaN(s.ciLow())) {
					cell += String.format(Locale.ROOT, " $\\pm$ %.4f", (s.ciHigh() - s.ciLow()) / 2);
				}
				sb.append(a.equals(best) ? "\\textbf{" + cell + "}" : cell);
				if (!a.equals(best) && best != null && significantlyDifferent(r, m, a, best)) {
					sb.append("$^\\dagger$");
				}
			}
			sb.append(" \\\\\n");
		}
		sb.append("\\bottomrule\n\\end{tabular}\n");
		sb.append("% mean $\\pm$ half the 95% confidence interval; bold: best; $^\\dagger$: differs from the best"
				+ " (Holm-adjusted p < ").append(ALPHA).append(")\n");
		if (!r.warnings().isEmpty()) {
			// printed under the table, so that the caveats travel with the numbers into the paper
			sb.append("\\par\\smallskip{\\footnotesize\\emph{Caution:}");
			for (ExperimentResult.Warning w : r.warnings()) {
				sb.append(' ').append(tex(w.reason())).append('.');
			}
			sb.append("}\n");
		}
		return sb.toString();
	}

	private static String best(ExperimentResult r, List<String> algorithms, Metric m) {
		String best = null;
		double bestValue = Double.NaN;
		for (String a : algorithms) {
			Summary s = summary(r, a, m.toString());
			if (s == null || Double.isNaN(s.mean())) {
				continue;
			}
			if (best == null || (m.higherIsBetter() ? s.mean() > bestValue : s.mean() < bestValue)) {
				best = a;
				bestValue = s.mean();
			}
		}
		return best;
	}

	private static boolean significantlyDifferent(ExperimentResult r, Metric m, String a, String b) {
		String test = m.aggregate() ? "friedman-posthoc" : "wilcoxon";
		return r.significance().stream().anyMatch(t -> t.test().equals(test) && t.metric().equals(m.toString())
				&& ((t.a().equals(a) && t.b().equals(b)) || (t.a().equals(b) && t.b().equals(a)))
				&& t.pHolm() < ALPHA);
	}

	/** Escapes the characters LaTeX treats specially in text. */
	static String tex(String text) {
		StringBuilder sb = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
			case '\\' -> sb.append("\\textbackslash{}");
			case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(c);
			case '~' -> sb.append("\\textasciitilde{}");
			case '^' -> sb.append("\\textasciicircum{}");
			default -> sb.append(c);
			}
		}
		return sb.toString();
	}

	private static String cell(Summary s) {
		if (Double.isNaN(s.ciLow())) {
			return String.format(Locale.ROOT, "%.4f", s.mean());
		}
		return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", s.mean(), s.ciLow(), s.ciHigh());
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "NaN" : Double.toString(v);
	}
}
