// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import io.streamwise.core.results.PolicyResults;
import io.streamwise.report.HtmlPage.Cell;
import io.streamwise.report.HtmlPage.Figure;
import io.streamwise.report.charts.PolicyCharts;
import io.streamwise.report.charts.SvgCharts;

/**
 * Bandit policy results ({@code policy simulate}, {@code evaluate}, {@code accuracy}) as pictures and a page: the
 * charts of {@link PolicyCharts} as SVG and PNG files beside the results, and the HTML page {@code streamwise report}
 * writes (the data, the settings, the policies, the results table, every chart inline, warnings and provenance). The
 * same results give the same bytes.
 */
public final class PolicyReport {

	/** Chart files go in this folder of the results folder. */
	public static final String CHARTS = "charts";

	static final int WIDTH = 800, HEIGHT = 480;

	private PolicyReport() {
	}

	/**
	 * Writes {@code charts/NAME.svg} and {@code charts/NAME.png} for every chart the results have data for into
	 * {@code dir}. The caller stages {@code dir} and moves it into place whole, so a failure leaves nothing
	 * half-written.
	 */
	public static void writeCharts(Path dir, PolicyResults results) throws IOException {
		Map<String, JFreeChart> charts = PolicyCharts.all(results);
		if (charts.isEmpty()) {
			return;
		}
		Path folder = Files.createDirectories(dir.resolve(CHARTS));
		for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
			Files.writeString(folder.resolve(e.getKey() + ".svg"),
					SvgCharts.document(e.getValue(), WIDTH, HEIGHT, e.getKey()), StandardCharsets.UTF_8);
			ChartUtils.saveChartAsPNG(folder.resolve(e.getKey() + ".png").toFile(), e.getValue(), WIDTH, HEIGHT);
		}
	}

	/** The HTML page of the results: self-contained, its charts inline SVG. */
	public static String html(PolicyResults results) {
		HtmlPage page = new HtmlPage(switch (results.command()) {
		case "policy simulate" -> "Bandit policies on the simulator";
		case "policy evaluate" -> "Off-policy evaluation";
		case "policy accuracy" -> "Accuracy of the off-policy estimators";
		default -> "Bandit policy results";
		});
		page.section("data", "Data and settings");
		page.facts(results.data() == null ? Map.of() : results.data());
		page.subheading("Settings");
		page.facts(results.settings() == null ? Map.of() : results.settings());
		if (!results.policies().isEmpty()) {
			page.table("Policies", List.of("policy", "algorithm", "settings"), results.policies().stream()
					.map(p -> List.of(Cell.text(p.label()), Cell.text(p.algorithm()), Cell.text(settings(p))))
					.toList());
		}
		page.section("results", "Results");
		switch (results.command()) {
		case "policy simulate" -> simulation(page, results);
		case "policy accuracy" -> accuracy(page, results);
		default -> estimates(page, results);
		}
		if (!results.warnings().isEmpty()) {
			page.subheading("Warnings");
			page.list(results.warnings());
		}
		Map<String, org.jfree.chart.JFreeChart> charts = PolicyCharts.all(results);
		page.section("charts", "Charts");
		if (charts.isEmpty()) {
			page.note("The results hold nothing to chart.");
		} else {
			SvgIds ids = new SvgIds();
			List<Figure> figures = new ArrayList<>();
			charts.forEach((name, chart) -> figures.add(new Figure(SvgCharts.element(chart, WIDTH, HEIGHT, ids.next()),
					caption(name, results))));
			page.figures(figures);
		}
		page.section("provenance", "Provenance");
		page.table(null, List.of("key", "value"), new TreeMap<>(results.provenance() == null ? Map.of()
				: results.provenance()).entrySet().stream()
				.map(e -> List.of(Cell.text(e.getKey()), Cell.text(e.getValue()))).toList());
		return page.toHtml(results.command() + ", " + results.rows().size() + " result rows",
				"Written by streamwise report from results.json (" + results.format() + " version "
						+ results.formatVersion() + "). Self-contained: no scripts, no network. Definitions:"
						+ " docs/bandits.md.");
	}

	private static String settings(PolicyResults.PolicyEntry p) {
		List<String> parts = new ArrayList<>();
		(p.settings() == null ? Map.<String, String>of() : p.settings()).forEach((k, v) -> parts.add(k + "=" + v));
		return String.join(", ", parts);
	}

	/** Per policy: its cumulative reward and regret, mean and interval over seeds. */
	private static void simulation(HtmlPage page, PolicyResults results) {
		page.note("Cumulative " + PolicyCharts.rewardName(results) + " and regret after the last round: mean over"
				+ " seeds with its 95% interval. Regret is the expected reward lost to the oracle, the action of"
				+ " highest true expected reward at every decision.");
		Map<String, Cell[]> byPolicy = new LinkedHashMap<>();
		for (PolicyResults.Row r : results.rows()) {
			Cell[] cells = byPolicy.computeIfAbsent(r.policy(), k -> new Cell[] { Cell.number("-"),
					Cell.number("-"), Cell.number("-") });
			if (r.metric().equals("reward")) {
				cells[0] = Cell.number(interval(r, "%.2f"));
			} else if (r.metric().equals("regret")) {
				cells[1] = Cell.number(interval(r, "%.2f"));
			}
			cells[2] = Cell.number(Long.toString(r.n()));
		}
		page.table(null, List.of("policy", "reward", "regret", "seeds"), byPolicy.entrySet().stream()
				.map(e -> List.of(Cell.text(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
				.toList());
	}

	/** Per target and estimator: the estimate with its interval, the truth where known and the diagnostics. */
	private static void estimates(HtmlPage page, PolicyResults results) {
		page.note("Each target policy's estimated value (mean reward per decision) with its 95% bootstrap interval;"
				+ " ESS: effective sample size (Σw)²/Σw²; max w: the largest importance weight; unsupported: the"
				+ " share of the target's choices on actions the logger never took.");
		List<List<Cell>> rows = new ArrayList<>();
		for (PolicyResults.Row r : results.rows()) {
			Map<String, Double> d = r.diagnostics() == null ? Map.of() : r.diagnostics();
			rows.add(List.of(Cell.text(r.policy()), Cell.text(r.estimator()), Cell.number(interval(r, "%.5f")),
					Cell.number(number(r.truth(), "%.5f")), Cell.number(String.format(Locale.ROOT, "%,d", r.n())),
					Cell.number(number(d.getOrDefault("ess", Double.NaN), "%,.0f")),
					Cell.number(number(d.getOrDefault("maxWeight", Double.NaN), "%.2f")),
					Cell.number(number(d.getOrDefault("unsupportedShare", Double.NaN), "%.3f"))));
		}
		page.table(null, List.of("policy", "estimator", "value [95% interval]", "true value", "decisions", "ESS",
				"max w", "unsupported"), rows);
	}

	/** Per log size, target and estimator: bias, RMSE and interval coverage over the logs. */
	private static void accuracy(HtmlPage page, PolicyResults results) {
		page.note("Over many simulated logs of a uniform logger: each estimator's bias (mean of estimate − true"
				+ " value), RMSE and the share of its 95% bootstrap intervals that hold the true value, by log size and"
				+ " by the target π_β = (1 − β)·uniform + β·oracle (distance: mean total variation from the logger).");
		Map<String, Cell[]> byKey = new LinkedHashMap<>();
		Map<String, List<Cell>> lead = new LinkedHashMap<>();
		for (PolicyResults.Row r : results.rows()) {
			String key = r.group() + "|" + r.estimator();
			lead.computeIfAbsent(key, k -> List.of(Cell.number(r.group().getOrDefault("logSize", "")),
					Cell.number(r.group().getOrDefault("beta", "")),
					Cell.number(r.group().getOrDefault("distance", "")), Cell.text(r.estimator()),
					Cell.number(number(r.truth(), "%.5f"))));
			Cell[] cells = byKey.computeIfAbsent(key, k -> new Cell[] { Cell.number("-"), Cell.number("-"),
					Cell.number("-"), Cell.number("-") });
			switch (r.metric()) {
			case "bias" -> {
				cells[0] = Cell.number(number(r.value(), "%+.5f"));
				cells[3] = Cell.number(Long.toString(r.n()));
			}
			case "rmse" -> cells[1] = Cell.number(number(r.value(), "%.5f"));
			case "interval_coverage" -> cells[2] = Cell.number(number(r.value(), "%.3f"));
			default -> {
			}
			}
		}
		List<List<Cell>> rows = new ArrayList<>();
		byKey.forEach((key, cells) -> {
			List<Cell> row = new ArrayList<>(lead.get(key));
			row.addAll(List.of(cells));
			rows.add(row);
		});
		page.table(null, List.of("log size", "β", "distance", "estimator", "true value", "bias", "RMSE",
				"coverage", "logs"), rows);
	}

	private static String caption(String chart, PolicyResults results) {
		return switch (chart) {
		case PolicyCharts.REGRET -> "Cumulative regret over the rounds: mean over seeds, band: 95% interval";
		case PolicyCharts.REWARD -> "Cumulative " + PolicyCharts.rewardName(results)
				+ " over the rounds: mean over seeds, band: 95% interval";
		case PolicyCharts.OPE -> "Estimates per target and estimator with 95% bootstrap intervals; red: the true"
				+ " value, where known";
		default -> chart.replace('-', ' ').replace("coverage", "interval coverage") + ", a line per estimator";
		};
	}

	private static String interval(PolicyResults.Row r, String format) {
		if (!Double.isFinite(r.value())) {
			return "-";
		}
		String value = String.format(Locale.ROOT, format, r.value());
		return Double.isFinite(r.low()) && Double.isFinite(r.high())
				? value + " [" + String.format(Locale.ROOT, format, r.low()) + ", "
						+ String.format(Locale.ROOT, format, r.high()) + "]"
				: value;
	}

	private static String number(double v, String format) {
		return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "-";
	}
}
