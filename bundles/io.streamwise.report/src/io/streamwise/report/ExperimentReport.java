package io.streamwise.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jfree.chart.JFreeChart;

import io.streamwise.core.results.CriticalDifferenceDiagram;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.ExperimentResults.Summary;
import io.streamwise.core.results.MetricVocabulary;
import io.streamwise.core.results.MetricVocabulary.Direction;
import io.streamwise.report.HtmlPage.Cell;
import io.streamwise.report.HtmlPage.Figure;
import io.streamwise.report.charts.ConversionCurveCharts;
import io.streamwise.report.charts.CriticalDifferenceChart;
import io.streamwise.report.charts.IntervalBarChart;
import io.streamwise.report.charts.MetricAtKChart;
import io.streamwise.report.charts.SvgCharts;

/**
 * The HTML report of an experiment's {@code results.json}: what was run on which data under which protocol, the
 * results with their 95% intervals, a chart per metric, metric@K curves, the significance tests with a
 * critical-difference diagram per metric that has a Friedman analysis, the failed cells, what each cell cost, and
 * the provenance. Everything comes from the results file (and the experiment's copy beside it), so a report can be
 * written anywhere the folder is, long after the run.
 */
final class ExperimentReport {

	/** The summary rows of the whole test set; other segments (warm, cold viewers...) get a table of their own. */
	private static final String ALL = "all";

	private final ExperimentResults results;
	private final ExperimentResults.Experiment experiment;
	private final ExperimentResults.Provenance provenance;
	private final List<String> algorithms;
	private final List<String> metrics;
	private final SvgIds ids = new SvgIds();

	ExperimentReport(ExperimentResults results) {
		this.results = results;
		this.experiment = results.experiment() != null ? results.experiment()
				: new ExperimentResults.Experiment("", "", "", Double.NaN, 0, Map.of(), "", List.of());
		this.provenance = results.provenance() != null ? results.provenance()
				: new ExperimentResults.Provenance("", "", List.of(), "", null, 0, List.of(), Map.of(), "", Double.NaN);
		Set<String> a = new LinkedHashSet<>();
		provenance.algorithms().forEach(x -> a.add(x.label()));
		results.summary().forEach(s -> a.add(s.algorithm()));
		results.failures().forEach(f -> a.add(f.algorithm()));
		this.algorithms = List.copyOf(a);
		Set<String> m = new LinkedHashSet<>();
		if (experiment.metrics() != null) {
			experiment.metrics().forEach(x -> m.add(MetricVocabulary.canonical(x)));
		}
		results.summary().forEach(s -> m.add(MetricVocabulary.canonical(s.metric())));
		this.metrics = List.copyOf(m);
	}

	/**
	 * The page.
	 *
	 * @param experimentFiles the experiment files found beside results.json (name and content), shown as they are
	 * @param statistics      the statistics of the run's data, or why there are none
	 */
	String html(Map<String, String> experimentFiles, RunData.Statistics statistics) {
		String name = text(experiment.name()).isEmpty() ? text(experiment.id()) : experiment.name();
		HtmlPage page = new HtmlPage("Experiment " + text(experiment.id()) + (name.equals(experiment.id()) ? ""
				: ": " + name));
		experimentSection(page, experimentFiles);
		datasetSection(page, statistics);
		protocolSection(page);
		resultsSection(page);
		chartsSection(page);
		significanceSection(page);
		failuresSection(page);
		costSection(page);
		provenanceSection(page);
		return page.toHtml(
				"Report of " + text(provenance.experimentFile()) + ", run " + text(provenance.startedAt())
						+ (Double.isFinite(provenance.seconds())
								? String.format(Locale.ROOT, " (%.1f s)", provenance.seconds())
								: ""),
				"Written by streamwise report from results.json (" + results.format() + " version "
						+ results.formatVersion() + "). Self-contained: no scripts, no network.");
	}

	private void experimentSection(HtmlPage page, Map<String, String> experimentFiles) {
		page.section("experiment", "Experiment");
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("id", text(experiment.id()));
		facts.put("name", text(experiment.name()));
		facts.put("experiment file", text(provenance.experimentFile()));
		facts.put("seed", Long.toString(provenance.seed()));
		facts.put("started", text(provenance.startedAt()));
		if (Double.isFinite(provenance.seconds())) {
			facts.put("seconds", String.format(Locale.ROOT, "%.2f", provenance.seconds()));
		}
		String command = provenance.environment() == null ? null : provenance.environment().get("command");
		if (command != null) {
			facts.put("command", command);
		}
		page.facts(facts);
		List<List<Cell>> rows = new ArrayList<>();
		for (ExperimentResults.Algorithm a : provenance.algorithms()) {
			String settings = a.settings() == null || a.settings().isEmpty() ? "defaults"
					: new TreeMap<>(a.settings()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
							.collect(Collectors.joining(", "));
			rows.add(List.of(Cell.text(a.label()), Cell.text(text(a.id())), Cell.text(settings),
					Cell.text(text(a.bundle()) + (a.bundleVersion() == null ? "" : " " + a.bundleVersion()))));
		}
		if (!rows.isEmpty()) {
			page.table("Algorithms", List.of("label", "id", "settings", "bundle"), rows);
		}
		experimentFiles.forEach((file, content) -> page.preformatted("Experiment file as run: " + file, content));
	}

	private void datasetSection(HtmlPage page, RunData.Statistics statistics) {
		page.section("dataset", "Dataset");
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("dataset", text(provenance.dataset()));
		if (provenance.datasetSources() != null && !provenance.datasetSources().isEmpty()) {
			facts.put("sources", String.join(", ", provenance.datasetSources()));
		}
		facts.put("sha256", text(provenance.datasetSha256()));
		if (provenance.pseudonymKey() != null) {
			facts.put("pseudonym key", text(provenance.pseudonymKey().file()) + " (fingerprint "
					+ text(provenance.pseudonymKey().fingerprint()) + ")");
		}
		page.facts(facts);
		page.subheading("Statistics");
		if (!statistics.facts().isEmpty()) {
			page.facts(statistics.facts());
		}
		page.note(statistics.note());
		List<List<Cell>> rows = new ArrayList<>();
		for (ExperimentResults.EvaluatedUnits u : results.evaluatedUnits()) {
			rows.add(List.of(Cell.number(Integer.toString(u.fold())), Cell.text(text(u.unit())), count(u.inTest()),
					count(u.evaluated()), count(u.droppedNoRelevant()), count(u.droppedOnlySeen())));
		}
		if (!rows.isEmpty()) {
			page.table("Test units per fold", List.of("fold", "unit", "in test", "evaluated",
					"dropped: no relevant test event", "dropped: relevant items all seen before"), rows);
		}
	}

	private void protocolSection(HtmlPage page) {
		page.section("protocol", "Protocol");
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("protocol", text(experiment.protocol()));
		if (Double.isFinite(experiment.trainRatio()) && experiment.trainRatio() > 0) {
			facts.put("train ratio", String.format(Locale.ROOT, "%.2f", experiment.trainRatio()));
		}
		facts.put("folds", Integer.toString(experiment.folds()));
		facts.put("candidates", text(experiment.candidates()));
		if (experiment.protocolOptions() != null) {
			new TreeMap<>(experiment.protocolOptions()).forEach((k, v) -> facts.put("option " + k, v));
		}
		facts.put("metrics", String.join(", ", metrics));
		page.facts(facts);
	}

	private void resultsSection(HtmlPage page) {
		page.section("results", "Results");
		page.note("Mean [95% confidence interval] per algorithm and metric; the best mean of each metric in bold."
				+ " The interval is over " + bases() + " (docs/metrics.md).");
		page.table(null, header(metrics), summaryRows(ALL, metrics));
		Set<String> segments = results.summary().stream().map(s -> segment(s)).filter(s -> !s.equals(ALL))
				.collect(Collectors.toCollection(LinkedHashSet::new));
		for (String segment : segments) {
			// a segment has the per-unit metrics only (docs/metrics.md, "Segments")
			List<String> measured = metrics.stream()
					.filter(m -> algorithms.stream().anyMatch(a -> summary(a, m, segment).isPresent())).toList();
			page.table("Segment " + segment, header(measured), summaryRows(segment, measured));
		}
		if (!results.warnings().isEmpty()) {
			page.subheading("Warnings");
			page.list(results.warnings().stream().map(w -> w.code() + ": " + w.reason()).toList());
		}
	}

	private String bases() {
		Set<String> bases = results.summary().stream().map(Summary::ciBasis).filter(Objects::nonNull)
				.collect(Collectors.toCollection(LinkedHashSet::new));
		return bases.isEmpty() ? "folds" : String.join(", ", bases);
	}

	private static List<String> header(List<String> metrics) {
		List<String> header = new ArrayList<>(List.of("algorithm"));
		header.addAll(metrics);
		return header;
	}

	private List<List<Cell>> summaryRows(String segment, List<String> metrics) {
		Map<String, String> best = new LinkedHashMap<>();
		for (String metric : metrics) {
			Direction direction = MetricVocabulary.directionOf(metric);
			Summary top = null;
			for (String a : algorithms) {
				Summary s = summary(a, metric, segment).orElse(null);
				if (s != null && Double.isFinite(s.mean()) && (top == null || direction.better(s.mean(), top.mean()))) {
					top = s;
				}
			}
			if (top != null) {
				best.put(metric, top.algorithm());
			}
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (String a : algorithms) {
			List<Cell> row = new ArrayList<>(List.of(Cell.text(a)));
			boolean any = false;
			for (String metric : metrics) {
				Optional<Summary> s = summary(a, metric, segment);
				any |= s.isPresent();
				row.add(s.map(x -> new Cell(meanWithInterval(x), a.equals(best.get(metric)), true))
						.orElse(Cell.number("-")));
			}
			if (any || segment.equals(ALL)) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static String meanWithInterval(Summary s) {
		if (!Double.isFinite(s.mean())) {
			return "-";
		}
		if (Double.isNaN(s.ci95Low()) || Double.isNaN(s.ci95High())) {
			return String.format(Locale.ROOT, "%.4f", s.mean());
		}
		return String.format(Locale.ROOT, "%.4f\n[%.4f, %.4f]", s.mean(), s.ci95Low(), s.ci95High());
	}

	private Optional<Summary> summary(String algorithm, String metric, String segment) {
		return results.summary().stream().filter(s -> s.algorithm().equals(algorithm)
				&& MetricVocabulary.canonical(s.metric()).equals(metric) && segment(s).equals(segment)).findFirst();
	}

	private static String segment(Summary s) {
		return s.segment() == null ? ALL : s.segment();
	}

	private void chartsSection(HtmlPage page) {
		page.section("charts", "Charts");
		List<Figure> bars = new ArrayList<>();
		for (String metric : metrics) {
			List<IntervalBarChart.Bar> data = new ArrayList<>();
			for (String a : algorithms) {
				summary(a, metric, ALL).ifPresent(
						s -> data.add(new IntervalBarChart.Bar(a, s.mean(), s.ci95Low(), s.ci95High())));
			}
			if (data.stream().anyMatch(b -> Double.isFinite(b.mean()))) {
				bars.add(figure(IntervalBarChart.of(metric, data), 600, 380,
						MetricVocabulary.displayName(metric) + ": mean per algorithm with its 95% interval"));
			}
		}
		page.subheading("Per metric");
		page.figures(bars);
		Map<String, List<Integer>> curves = MetricAtKChart.curves(metrics);
		page.subheading("Metric@K curves");
		if (curves.isEmpty()) {
			page.note("No ranking metric was measured at two or more list lengths K, so there is no curve.");
		} else {
			List<Figure> figures = new ArrayList<>();
			curves.forEach((name, ks) -> {
				Map<String, List<MetricAtKChart.Point>> byAlgorithm = new LinkedHashMap<>();
				for (String a : algorithms) {
					List<MetricAtKChart.Point> points = new ArrayList<>();
					for (int k : ks) {
						summary(a, name + "@" + k, ALL).ifPresent(s -> points
								.add(new MetricAtKChart.Point(k, s.mean(), s.ci95Low(), s.ci95High())));
					}
					byAlgorithm.put(a, points);
				}
				figures.add(figure(MetricAtKChart.of(name, byAlgorithm), 600, 380,
						name + " against the list length K, with 95% intervals"));
			});
			page.figures(figures);
		}
		List<Figure> conversion = new ArrayList<>();
		for (String kind : List.of(ConversionCurveCharts.ROC, ConversionCurveCharts.PRECISION_RECALL,
				ConversionCurveCharts.CALIBRATION)) {
			JFreeChart chart = ConversionCurveCharts.of(results.curves(), kind);
			if (chart != null) {
				conversion.add(figure(chart, 600, 460, "Conversion models: " + kind + " curve per algorithm"));
			}
		}
		if (!conversion.isEmpty()) {
			page.subheading("Conversion curves");
			page.figures(conversion);
		}
	}

	private void significanceSection(HtmlPage page) {
		page.section("significance", "Significance");
		List<String> friedmanMetrics = CriticalDifferenceDiagram.metrics(results);
		if (friedmanMetrics.isEmpty()) {
			page.note("No Friedman analysis: it needs three or more algorithms over two or more folds that all"
					+ " completed (docs/metrics.md, \"Significance\").");
		} else {
			List<List<Cell>> rows = new ArrayList<>();
			for (ExperimentResults.Significance s : results.significance()) {
				if ("friedman".equals(s.test())) {
					rows.add(List.of(Cell.text(MetricVocabulary.canonical(s.metric())),
							Cell.number(Integer.toString(s.n())), number(s.statistic(), "%.3f"), p(s.p()),
							number(s.effect(), "%.3f")));
				}
			}
			page.table("Friedman tests (blocks = folds)", List.of("metric", "blocks", "chi-squared", "p",
					"Nemenyi critical difference (alpha = 0.05)"), rows);
			for (String metric : friedmanMetrics) {
				CriticalDifferenceDiagram.of(results, metric).ifPresent(d -> page.wideFigure(figure(
						CriticalDifferenceChart.of(d), 1200, 150 + 36 * d.ranks().size(),
						"Critical-difference diagram of " + metric
								+ ": algorithms joined by a bar are not told apart by the Nemenyi test")));
			}
		}
		List<List<Cell>> pairs = new ArrayList<>();
		for (ExperimentResults.Significance s : results.significance()) {
			if (s.test() != null && !s.test().equals("friedman") && !s.test().equals("friedman-rank")) {
				pairs.add(List.of(Cell.text(s.test()), Cell.text(MetricVocabulary.canonical(s.metric())),
						Cell.text(text(s.a())), Cell.text(text(s.b())), Cell.number(Integer.toString(s.n())),
						number(s.difference(), "%.4f"), number(s.statistic(), "%.3f"), p(s.p()), p(s.pHolm()),
						Cell.number(s.effectName() == null || s.effectName().isEmpty() ? "-"
								: s.effectName() + " " + format(s.effect(), "%.3f"))));
			}
		}
		if (pairs.isEmpty()) {
			page.note("No pairwise test: they need two or more algorithms with per-unit values.");
		} else {
			page.table("Pairwise tests (difference = mean of a - mean of b; p adjusted by Holm per metric and test)",
					List.of("test", "metric", "a", "b", "n", "difference", "statistic", "p", "p (Holm)", "effect"),
					pairs);
		}
	}

	private void failuresSection(HtmlPage page) {
		page.section("failures", "Failed cells");
		if (results.failures().isEmpty()) {
			page.paragraph("None: every cell (algorithm and fold) finished.");
			return;
		}
		page.table(null, List.of("algorithm", "fold", "reason"), results.failures().stream()
				.map(f -> List.of(Cell.text(f.algorithm()), Cell.number(Integer.toString(f.fold())),
						Cell.text(text(f.reason()))))
				.toList());
	}

	private void costSection(HtmlPage page) {
		page.section("cost", "Cost per cell");
		if (results.costs().isEmpty()) {
			page.note("These results hold no costs (written before costs were measured).");
			return;
		}
		page.note("Seconds of fitting and of scoring with the metrics, and the approximate peak heap above the cell's"
				+ " start; they vary from run to run and machine to machine, the metrics do not.");
		page.table(null, List.of("algorithm", "fold", "fit s", "score s", "peak MB"), results.costs().stream()
				.map(c -> List.of(Cell.text(c.algorithm()), Cell.number(Integer.toString(c.fold())),
						number(c.fitSeconds(), "%.2f"), number(c.scoreSeconds(), "%.2f"),
						number(c.peakHeapMb(), "%.1f")))
				.toList());
	}

	private void provenanceSection(HtmlPage page) {
		page.section("provenance", "Provenance");
		Map<String, String> env = provenance.environment() == null ? Map.of() : provenance.environment();
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Streamwise", env.getOrDefault("streamwise.version", "-"));
		facts.put("Java", (env.getOrDefault("java.vendor", "") + " " + env.getOrDefault("java.version", "")).trim());
		facts.put("operating system", env.getOrDefault("os", "-"));
		facts.put("data sha256", text(provenance.datasetSha256()));
		facts.put("seed", Long.toString(provenance.seed()));
		facts.put("started", text(provenance.startedAt()));
		page.facts(facts);
		List<List<Cell>> jars = new ArrayList<>();
		for (ExperimentResults.Algorithm a : provenance.algorithms()) {
			jars.add(List.of(Cell.text(a.label()), Cell.text(text(a.bundle())), Cell.text(text(a.bundleVersion())),
					Cell.text(text(a.jarSha256()))));
		}
		if (!jars.isEmpty()) {
			page.table("Algorithms' bundles", List.of("algorithm", "bundle", "version", "jar sha256"), jars);
		}
		if (!env.isEmpty()) {
			page.table("Environment", List.of("key", "value"), new TreeMap<>(env).entrySet().stream()
					.map(e -> List.of(Cell.text(e.getKey()), Cell.text(e.getValue()))).toList());
		}
	}

	private Figure figure(JFreeChart chart, int width, int height, String caption) {
		return new Figure(SvgCharts.element(chart, width, height, ids.next()), caption);
	}

	private static Cell count(int n) {
		return Cell.number(String.format(Locale.ROOT, "%,d", n));
	}

	private static Cell number(double v, String format) {
		return Cell.number(format(v, format));
	}

	private static String format(double v, String format) {
		return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, format, v);
	}

	private static Cell p(double p) {
		return Cell.number(Double.isNaN(p) ? "-"
				: p < 1e-4 ? String.format(Locale.ROOT, "%.2e", p)
						: String.format(Locale.ROOT, "%.4f", p));
	}

	static String text(String s) {
		return s == null ? "" : s;
	}
}
