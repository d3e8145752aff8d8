// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.ui.experiments.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.jfree.chart.JFreeChart;

import io.streamwise.core.results.PolicyResults;
import io.streamwise.report.charts.PolicyCharts;
import io.streamwise.ui.experiments.charts.ChartCanvas;

/**
 * What the results editor shows of bandit policy results ({@code streamwise.policy-results}, from {@code policy
 * simulate|evaluate|accuracy}, {@code run} on a policy experiment or the workbench's Run): every row with its 95%
 * interval, the true value where known and the weight diagnostics; the warnings; and the charts of the report bundle
 * (regret and reward curves with their band over seeds, the off-policy estimates with intervals beside the true
 * value, the estimators' accuracy), each exportable as PNG and SVG like the other result charts.
 */
final class PolicyResultsContent {

	private final TableViewer table;
	private final List<ChartCanvas> charts = new ArrayList<>();

	private PolicyResultsContent(TableViewer table) {
		this.table = table;
	}

	/** A heading for the results: the experiment file's name when a policy experiment wrote them, else the command. */
	static String title(PolicyResults r) {
		String file = r.provenance() == null ? null : r.provenance().get("experimentFile");
		return file == null ? r.command() : Path.of(file).getFileName() + " (" + r.command() + ")";
	}

	static PolicyResultsContent create(FormToolkit toolkit, Composite body, PolicyResults r) {
		toolkit.createLabel(body, describe(r), SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Section summary = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		summary.setText("Summary");
		summary.setDescription("Online: cumulative reward and regret after the last round, mean and 95% interval over"
				+ " seeds. Off-policy: each estimator's value of each target with its bootstrap interval, the truth"
				+ " where the simulator knows it, the effective sample size and the largest weight.");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		TableViewer table = new TableViewer(summary, SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(table, "Policy", 140, SWT.LEFT, PolicyResults.Row::policy);
		column(table, "Estimator", 90, SWT.LEFT, PolicyResults.Row::estimator);
		column(table, "Metric", 110, SWT.LEFT, PolicyResults.Row::metric);
		if (r.rows().stream().anyMatch(row -> !row.group().isEmpty())) {
			column(table, "Group", 200, SWT.LEFT, row -> row.group().entrySet().stream()
					.map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
		}
		column(table, "Value", 100, SWT.RIGHT, row -> number(row.value()));
		column(table, "95% interval", 170, SWT.RIGHT, row -> Double.isNaN(row.low()) ? "-"
				: "[" + number(row.low()) + ", " + number(row.high()) + "]");
		column(table, "Truth", 90, SWT.RIGHT, row -> Double.isNaN(row.truth()) ? "-" : number(row.truth()));
		column(table, "n", 70, SWT.RIGHT, row -> Long.toString(row.n()));
		column(table, "ESS", 80, SWT.RIGHT, row -> diagnostic(row, "ess", "%.0f"));
		column(table, "max w", 80, SWT.RIGHT, row -> diagnostic(row, "maxWeight", "%.2f"));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(r.rows());
		summary.setClient(table.getControl());

		if (!r.warnings().isEmpty()) {
			Section warnings = toolkit.createSection(body, ExpandableComposite.TITLE_BAR);
			warnings.setText("Warnings");
			warnings.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			warnings.setClient(toolkit.createLabel(warnings, "- " + String.join("\n- ", r.warnings()), SWT.WRAP));
		}

		PolicyResultsContent content = new PolicyResultsContent(table);
		Map<String, JFreeChart> all = PolicyCharts.all(r);
		if (!all.isEmpty()) {
			Section chartSection = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
			chartSection.setText("Charts");
			chartSection.setDescription("Curves: the mean over seeds with its 95% band. Off-policy estimates: a bar"
					+ " per estimator with its interval, the true value as a mark where known. Hover for values;"
					+ " right-click a chart to export it as PNG or SVG.");
			chartSection.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			Composite grid = toolkit.createComposite(chartSection);
			grid.setLayout(new GridLayout(2, true));
			for (JFreeChart chart : all.values()) {
				ChartCanvas canvas = new ChartCanvas(grid, chart);
				GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
				data.heightHint = 320;
				data.widthHint = 460;
				canvas.setLayoutData(data);
				content.charts.add(canvas);
			}
			chartSection.setClient(grid);
		}
		return content;
	}

	private static String describe(PolicyResults r) {
		Map<String, String> d = r.data();
		String data = d.containsKey("log")
				? String.format(Locale.ROOT, "Log %s (%s decisions, %s actions, %s features)", d.get("log"),
						d.get("decisions"), d.get("actions"), d.get("features"))
				: String.format(Locale.ROOT, "%s: %s decision points, %s actions, %s features",
						d.getOrDefault("source", "simulator"), d.get("decisionPoints"), d.get("actions"),
						d.get("features"));
		String settings = r.settings().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
				.collect(Collectors.joining(", "));
		return data + ". " + r.command() + ": " + settings + ".";
	}

	private static void column(TableViewer table, String title, int width, int style,
			Function<PolicyResults.Row, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, style);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((PolicyResults.Row) o)));
	}

	private static String diagnostic(PolicyResults.Row row, String key, String format) {
		Double v = row.diagnostics().get(key);
		return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, format, v);
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.4f", v);
	}

	TableViewer table() {
		return table;
	}

	List<ChartCanvas> charts() {
		return List.copyOf(charts);
	}
}
