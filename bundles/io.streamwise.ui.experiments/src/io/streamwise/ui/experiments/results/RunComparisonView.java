package io.streamwise.ui.experiments.results;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.streamwise.core.results.RunComparison;
import io.streamwise.core.results.RunComparison.Outcome;

/**
 * Two runs side by side: per algorithm and metric the first run's mean, the second's and the change, the change's
 * cell coloured green when the second run is better by the metric's direction, red when worse (bold when the two 95%
 * intervals do not overlap); below, every setting and fact of provenance that differs.
 */
public final class RunComparisonView extends Composite {

	/** Column of the change in {@link #deltaTable()}. */
	public static final int DELTA_COLUMN = 4;

	private final Label title;
	private final Table deltas;
	private final Table changes;
	private final Color better, worse, changed;
	private final Font bold;
	private RunComparison comparison;

	public RunComparisonView(Composite parent) {
		super(parent, SWT.NONE);
		setLayout(new GridLayout(1, false));
		better = new Color(new RGB(0xC8, 0xEB, 0xC8));
		worse = new Color(new RGB(0xF5, 0xC6, 0xC6));
		changed = new Color(new RGB(0xFF, 0xEB, 0xB0));
		FontData[] data = getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		bold = new Font(getDisplay(), data);
		addDisposeListener(e -> bold.dispose());
		title = new Label(this, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		deltas = table("Algorithm", "Metric", "A", "B", "Δ (B − A)");
		new Label(this, SWT.NONE).setText("Settings and provenance that differ:");
		changes = table("Setting", "A", "B");
	}

	private Table table(String... columns) {
		Table t = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (String c : columns) {
			TableColumn column = new TableColumn(t, c.equals("Algorithm") || c.equals("Metric") || c.equals("Setting")
					? SWT.LEFT
					: SWT.RIGHT);
			column.setText(c);
			column.setWidth(c.equals("Setting") ? 260 : 130);
		}
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.heightHint = 160;
		t.setLayoutData(layout);
		return t;
	}

	/** Shows the comparison of run a (named nameA) with run b. */
	public void show(String nameA, String nameB, RunComparison comparison) {
		this.comparison = comparison;
		title.setText("A: " + nameA + "    B: " + nameB + "    (green: B better, red: B worse; bold: the 95%"
				+ " intervals do not overlap)");
		deltas.removeAll();
		for (RunComparison.Delta d : comparison.deltas()) {
			TableItem item = new TableItem(deltas, SWT.NONE);
			item.setText(new String[] { d.algorithm(), d.metric(), number(d.a()), number(d.b()), delta(d) });
			Color colour = switch (d.outcome()) {
			case BETTER -> better;
			case WORSE -> worse;
			case CHANGED -> changed;
			case SAME -> null;
			};
			item.setBackground(DELTA_COLUMN, colour);
			if (d.beyondIntervals()) {
				item.setFont(DELTA_COLUMN, bold);
			}
		}
		changes.removeAll();
		for (RunComparison.Change c : comparison.changes()) {
			new TableItem(changes, SWT.NONE)
					.setText(new String[] { c.field(), c.a() == null ? "(absent)" : c.a(),
							c.b() == null ? "(absent)" : c.b() });
		}
		if (comparison.changes().isEmpty()) {
			new TableItem(changes, SWT.NONE).setText(new String[] { "(no differences)", "", "" });
		}
		layout(true, true);
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
	}

	static String delta(RunComparison.Delta d) {
		if (d.outcome() == Outcome.SAME) {
			return "0";
		}
		double x = d.difference();
		return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%+.4f", x);
	}

	/** The colour of a delta cell for the outcome; null for no change. */
	public Color colour(Outcome outcome) {
		return switch (outcome) {
		case BETTER -> better;
		case WORSE -> worse;
		case CHANGED -> changed;
		case SAME -> null;
		};
	}

	public RunComparison comparison() {
		return comparison;
	}

	public Table deltaTable() {
		return deltas;
	}

	public Table changeTable() {
		return changes;
	}
}
