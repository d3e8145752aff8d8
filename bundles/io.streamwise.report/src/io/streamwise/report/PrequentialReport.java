package io.streamwise.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.streamwise.core.results.MetricVocabulary;
import io.streamwise.core.results.MetricVocabulary.Direction;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.report.HtmlPage.Cell;
import io.streamwise.report.HtmlPage.Figure;
import io.streamwise.report.charts.LearningCurveChart;
import io.streamwise.report.charts.SvgCharts;

/**
 * The HTML report of stream-learning results ({@code prequential}, or a stream experiment's {@code run}): the stream,
 * the evaluation settings, the final metrics of every learner, a learning curve per metric with a marker at each
 * drift its detector signalled, and the provenance.
 */
final class PrequentialReport {

	private final PrequentialResults results;
	private final SvgIds ids = new SvgIds();

	PrequentialReport(PrequentialResults results) {
		this.results = results;
	}

	String html(Map<String, String> experimentFiles) {
		PrequentialResults.Data data = results.data();
		String file = data == null ? "" : ExperimentReport.text(data.file());
		String shown = file.isEmpty() ? "?" : String.valueOf(Path.of(file).getFileName());
		HtmlPage page = new HtmlPage("Stream learning on " + shown);
		streamSection(page, data, experimentFiles);
		settingsSection(page);
		List<String> metrics = metrics();
		finalSection(page, metrics);
		curvesSection(page, metrics);
		provenanceSection(page);
		return page.toHtml("Test-then-train evaluation of " + results.learners().size() + " learner(s) on " + file,
				"Written by streamwise report from results.json (" + results.format() + " version "
						+ results.formatVersion() + "). Self-contained: no scripts, no network.");
	}

	/** The quality metrics of the learners, in the order their results give them (counts such as instances left out). */
	private List<String> metrics() {
		Set<String> metrics = new LinkedHashSet<>();
		for (PrequentialResults.Learner l : results.learners()) {
			if (l.metrics() != null) {
				l.metrics().keySet().stream().filter(PrequentialReport::isQuality).forEach(metrics::add);
			}
			l.curve().forEach(p -> p.metrics().keySet().stream().filter(PrequentialReport::isQuality)
					.forEach(metrics::add));
		}
		return List.copyOf(metrics);
	}

	private static boolean isQuality(String metric) {
		return MetricVocabulary.directionOf(metric) != Direction.NONE;
	}

	private void streamSection(HtmlPage page, PrequentialResults.Data data, Map<String, String> experimentFiles) {
		page.section("stream", "Stream");
		Map<String, String> facts = new LinkedHashMap<>();
		if (data != null) {
			facts.put("file", ExperimentReport.text(data.file()));
			facts.put("sha256", ExperimentReport.text(data.sha256()));
			facts.put("instances", String.format(Locale.ROOT, "%,d", data.instances()));
			facts.put("class", ExperimentReport.text(data.className()));
			if (data.classValues() != null) {
				facts.put("class values", String.join(", ", data.classValues()));
			}
			facts.put("positive class", ExperimentReport.text(data.positiveClass()));
		}
		page.facts(facts);
		experimentFiles.forEach((name, content) -> page.preformatted("Experiment file as run: " + name, content));
	}

	private void settingsSection(HtmlPage page) {
		page.section("protocol", "Evaluation");
		PrequentialResults.Settings s = results.settings();
		if (s == null) {
			page.note("The results hold no settings.");
			return;
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("evaluation", ExperimentReport.text(s.evaluation()));
		facts.put("AUC window", Integer.toString(s.aucWindow()));
		facts.put("curve point every", String.format(Locale.ROOT, "%,d instances", s.curveEvery()));
		facts.put("drift detector", ExperimentReport.text(s.drift()));
		facts.put("delay", ExperimentReport.text(s.delay()));
		facts.put("time", ExperimentReport.text(s.time()));
		facts.put("seed", Long.toString(s.seed()));
		page.facts(facts);
	}

	private void finalSection(HtmlPage page, List<String> metrics) {
		page.section("results", "Final results");
		page.note("Each learner's metrics after the last instance; the best of each metric in bold.");
		Map<String, String> best = new LinkedHashMap<>();
		for (String metric : metrics) {
			Direction direction = MetricVocabulary.directionOf(metric);
			Double top = null;
			for (PrequentialResults.Learner l : results.learners()) {
				Double v = l.metrics() == null ? null : l.metrics().get(metric);
				if (v != null && Double.isFinite(v) && (top == null || direction.better(v, top))) {
					top = v;
					best.put(metric, l.learner());
				}
			}
		}
		List<String> header = new ArrayList<>(List.of("learner"));
		header.addAll(metrics);
		header.addAll(List.of("instances", "trained", "seconds", "instances/s", "drifts"));
		List<List<Cell>> rows = new ArrayList<>();
		for (PrequentialResults.Learner l : results.learners()) {
			List<Cell> row = new ArrayList<>(List.of(Cell.text(l.learner())));
			for (String metric : metrics) {
				Double v = l.metrics() == null ? null : l.metrics().get(metric);
				row.add(v == null || v.isNaN() ? Cell.number("-")
						: new Cell(String.format(Locale.ROOT, "%.4f", v), l.learner().equals(best.get(metric)),
								true));
			}
			row.add(Cell.number(String.format(Locale.ROOT, "%,d", l.instances())));
			row.add(Cell.number(String.format(Locale.ROOT, "%,d", l.trained())));
			row.add(Cell.number(String.format(Locale.ROOT, "%.2f", l.seconds())));
			row.add(Cell.number(String.format(Locale.ROOT, "%,.0f", l.instancesPerSecond())));
			row.add(Cell.number(Integer.toString(l.drifts().size())));
			rows.add(row);
		}
		page.table(null, header, rows);
		List<String> drifts = results.learners().stream().filter(l -> !l.drifts().isEmpty())
				.map(l -> l.learner() + ": " + l.drifts().stream().map(d -> String.format(Locale.ROOT, "%,d", d))
						.collect(Collectors.joining(", ")))
				.toList();
		if (!drifts.isEmpty()) {
			page.subheading("Drifts detected (stream positions)");
			page.list(drifts);
		}
	}

	private void curvesSection(HtmlPage page, List<String> metrics) {
		page.section("curves", "Learning curves");
		List<Figure> figures = new ArrayList<>();
		for (String metric : metrics) {
			List<LearningCurveChart.Curve> curves = new ArrayList<>();
			boolean any = false;
			for (PrequentialResults.Learner l : results.learners()) {
				List<PrequentialResults.CurvePoint> points = l.curve();
				double[] at = new double[points.size()], values = new double[points.size()];
				for (int i = 0; i < points.size(); i++) {
					at[i] = points.get(i).at();
					Double v = points.get(i).metrics().get(metric);
					values[i] = v == null ? Double.NaN : v;
					any |= v != null && Double.isFinite(v);
				}
				curves.add(new LearningCurveChart.Curve(l.learner(), at, values,
						l.drifts().stream().mapToLong(Long::longValue).toArray()));
			}
			if (any) {
				String name = MetricVocabulary.displayName(metric);
				figures.add(new Figure(
						SvgCharts.element(LearningCurveChart.of(name, metric, curves), 600, 380, ids.next()),
						name + " over the stream; dashed lines: drifts, in the learner's colour"));
			}
		}
		if (figures.isEmpty()) {
			page.note("The results hold no learning-curve points.");
		} else {
			page.figures(figures);
		}
	}

	private void provenanceSection(HtmlPage page) {
		page.section("provenance", "Provenance");
		Map<String, String> p = results.provenance() == null ? Map.of() : results.provenance();
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Streamwise", p.getOrDefault("streamwise.version", "-"));
		facts.put("MOA", p.getOrDefault("moa", "-"));
		facts.put("data sha256", p.getOrDefault("datasetSha256",
				results.data() == null ? "-" : ExperimentReport.text(results.data().sha256())));
		facts.put("seed", results.settings() == null ? "-" : Long.toString(results.settings().seed()));
		page.facts(facts);
		if (!p.isEmpty()) {
			page.table("Environment", List.of("key", "value"), new TreeMap<>(p).entrySet().stream()
					.map(e -> List.of(Cell.text(e.getKey()), Cell.text(e.getValue()))).toList());
		}
	}
}
