package io.streamwise.ui.experiments.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.jfree.chart.JFreeChart;

import io.streamwise.core.results.CriticalDifferenceDiagram;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.MetricVocabulary;
import io.streamwise.report.charts.ConversionCurveCharts;
import io.streamwise.report.charts.CriticalDifferenceChart;
import io.streamwise.ui.experiments.charts.ChartCanvas;

/**
 * The parts of an experiment's results.json beyond the summary, each in a collapsible section of the results editor:
 * the units each fold evaluated and dropped (with the reason), the means per segment (all, warm, cold), the
 * significance tests with a critical-difference diagram per metric that has a Friedman analysis, what every cell
 * cost, and the failed cells with their reasons.
 */
public final class ResultsDetails {

	private Table folds, segments, significance, costs, failures;
	private final List<ChartCanvas> criticalDifference = new ArrayList<>();
	private final List<ChartCanvas> conversionCurves = new ArrayList<>();

	private ResultsDetails() {
	}

	/** Adds the sections for r below the summary in body; sections without content are left out. */
	public static ResultsDetails create(FormToolkit toolkit, Composite body, ExperimentResults r) {
		ResultsDetails d = new ResultsDetails();
		if (!r.evaluatedUnits().isEmpty()) {
			d.folds = table(toolkit, section(toolkit, body, "Test units per fold",
					"Units (viewers or sessions) with test events, those evaluated, and those dropped, by reason.",
					false), "Fold", "Unit", "In test", "Evaluated", "Dropped: no relevant test event",
					"Dropped: relevant items all seen before");
			for (ExperimentResults.EvaluatedUnits u : r.evaluatedUnits()) {
				row(d.folds, Integer.toString(u.fold()), u.unit(), count(u.inTest()), count(u.evaluated()),
						count(u.droppedNoRelevant()), count(u.droppedOnlySeen()));
			}
		}
		List<String> segmentNames = segmentNames(r);
		if (segmentNames.size() > 1) {
			List<String> headers = new ArrayList<>(List.of("Algorithm", "Metric"));
			segmentNames.forEach(s -> headers.add(s + (s.equals("all") ? ""
					: s.equals("warm") ? " (viewers seen in training)"
							: s.equals("cold-viewers") ? " (viewers new in test)"
									: s.equals("cold-items") ? " (items new in test)" : "")));
			d.segments = table(toolkit, section(toolkit, body, "Segments",
					"Mean ± half-width of the 95% interval per segment of the test units; n in brackets.", false),
					headers.toArray(String[]::new));
			Set<String> rows = new LinkedHashSet<>();
			r.summary().forEach(s -> rows.add(s.algorithm() + "\u0000" + s.metric()));
			for (String key : rows) {
				String[] parts = key.split("\u0000", 2);
				List<String> cells = new ArrayList<>(List.of(parts[0], MetricVocabulary.canonical(parts[1])));
				for (String segment : segmentNames) {
					cells.add(r.summary().stream()
							.filter(s -> s.algorithm().equals(parts[0]) && s.metric().equals(parts[1])
									&& segment.equals(segmentOf(s)))
							.findFirst().map(s -> summary(s)).orElse("-"));
				}
				row(d.segments, cells.toArray(String[]::new));
			}
		}
		if (!r.significance().isEmpty()) {
			Composite client = section(toolkit, body, "Significance",
					"Paired t and Wilcoxon tests on the units both algorithms evaluated, Friedman's test over the"
							+ " folds with Nemenyi's critical difference (Demšar 2006); p Holm-adjusted over the pairs.",
					false);
			for (String metric : CriticalDifferenceDiagram.metrics(r)) {
				CriticalDifferenceDiagram.of(r, metric).ifPresent(diagram -> {
					ChartCanvas canvas = new ChartCanvas(client, CriticalDifferenceChart.of(diagram));
					GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
					layout.heightHint = 90 + 28 * diagram.ranks().size();
					layout.widthHint = 600;
					canvas.setLayoutData(layout);
					d.criticalDifference.add(canvas);
				});
			}
			d.significance = table(toolkit, client, "Test", "Metric", "A", "B", "n", "Difference", "Statistic", "p",
					"p (Holm)", "Effect", "Effect size");
			for (ExperimentResults.Significance s : r.significance()) {
				row(d.significance, s.test(), MetricVocabulary.canonical(s.metric()), text(s.a()), text(s.b()),
						Integer.toString(s.n()), number(s.difference()), number(s.statistic()), number(s.p()),
						number(s.pHolm()), text(s.effectName()), number(s.effect()));
			}
		}
		if (!r.curves().isEmpty()) {
			Composite client = section(toolkit, body, "Conversion curves",
					"ROC, precision-recall and calibration (reliability, ten bins) of the conversion models per fold;"
							+ " dashed: chance (ROC) and perfect calibration.",
					true);
			client.setLayout(new GridLayout(3, true));
			for (String kind : List.of(ConversionCurveCharts.ROC, ConversionCurveCharts.PRECISION_RECALL,
					ConversionCurveCharts.CALIBRATION)) {
				JFreeChart chart = ConversionCurveCharts.of(r.curves(), kind);
				if (chart != null) {
					ChartCanvas canvas = new ChartCanvas(client, chart);
					GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
					layout.heightHint = 300;
					layout.widthHint = 300;
					canvas.setLayoutData(layout);
					d.conversionCurves.add(canvas);
				}
			}
		}
		if (!r.costs().isEmpty()) {
			d.costs = table(toolkit, section(toolkit, body, "Cost per cell",
					"Wall-clock seconds of fitting and of scoring, and the approximate peak heap, per algorithm and"
							+ " fold.",
					false), "Algorithm", "Fold", "Fit s", "Score s", "Peak MB");
			for (ExperimentResults.Cost c : r.costs()) {
				row(d.costs, c.algorithm(), Integer.toString(c.fold()),
						String.format(Locale.ROOT, "%.2f", c.fitSeconds()),
						String.format(Locale.ROOT, "%.2f", c.scoreSeconds()),
						String.format(Locale.ROOT, "%.1f", c.peakHeapMb()));
			}
		}
		if (!r.failures().isEmpty()) {
			d.failures = table(toolkit, section(toolkit, body, "Failed cells",
					"Cells (algorithm, fold) that failed; the run went on without them.", true), "Algorithm", "Fold",
					"Reason");
			for (ExperimentResults.Failure f : r.failures()) {
				row(d.failures, f.algorithm(), Integer.toString(f.fold()), text(f.reason()));
			}
		}
		return d;
	}

	/** The segments in the order all, warm, cold, then any other. */
	static List<String> segmentNames(ExperimentResults r) {
		Set<String> names = new LinkedHashSet<>(List.of("all", "warm", "cold-viewers", "cold-items", "cold"));
		Set<String> present = new LinkedHashSet<>();
		r.summary().forEach(s -> present.add(segmentOf(s)));
		names.retainAll(present);
		names.addAll(present);
		return List.copyOf(names);
	}

	private static String segmentOf(ExperimentResults.Summary s) {
		return s.segment() == null ? "all" : s.segment();
	}

	private static String summary(ExperimentResults.Summary s) {
		if (Double.isNaN(s.mean())) {
			return "NaN (n " + s.n() + ")";
		}
		double half = s.halfWidth();
		return (Double.isFinite(half) ? String.format(Locale.ROOT, "%.4f ± %.4f", s.mean(), half)
				: String.format(Locale.ROOT, "%.4f", s.mean())) + " (" + s.n() + ")";
	}

	private static Composite section(FormToolkit toolkit, Composite body, String title, String description,
			boolean expanded) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE
				| Section.DESCRIPTION | (expanded ? ExpandableComposite.EXPANDED : 0));
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(1, false));
		section.setClient(client);
		section.addExpansionListener(new org.eclipse.ui.forms.events.ExpansionAdapter() {
			@Override
			public void expansionStateChanged(org.eclipse.ui.forms.events.ExpansionEvent e) {
				// the scrolled form around must make room
				Composite c = body;
				while (c != null && !(c instanceof org.eclipse.ui.forms.widgets.ScrolledForm)) {
					c = c.getParent();
				}
				if (c instanceof org.eclipse.ui.forms.widgets.ScrolledForm form) {
					form.reflow(true);
				}
			}
		});
		return client;
	}

	private static Table table(FormToolkit toolkit, Composite parent, String... columns) {
		Table t = toolkit.createTable(parent, SWT.FULL_SELECTION | SWT.BORDER);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (int i = 0; i < columns.length; i++) {
			TableColumn c = new TableColumn(t, i < 2 ? SWT.LEFT : SWT.RIGHT);
			c.setText(columns[i]);
			c.setWidth(Math.max(80, Math.min(240, columns[i].length() * 8)));
		}
		t.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return t;
	}

	private static void row(Table table, String... cells) {
		new TableItem(table, SWT.NONE).setText(cells);
	}

	private static String count(int n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}

	/** Units per fold, or null when the file has none. */
	public Table foldTable() {
		return folds;
	}

	public Table segmentTable() {
		return segments;
	}

	public Table significanceTable() {
		return significance;
	}

	public Table costTable() {
		return costs;
	}

	public Table failureTable() {
		return failures;
	}

	/** ROC, precision-recall and calibration charts, in that order, when the results have curves. */
	public List<ChartCanvas> conversionCurveCharts() {
		return List.copyOf(conversionCurves);
	}

	public List<ChartCanvas> criticalDifferenceCharts() {
		return List.copyOf(criticalDifference);
	}
}
