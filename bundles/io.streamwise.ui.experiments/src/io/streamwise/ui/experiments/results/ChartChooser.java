package io.streamwise.ui.experiments.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A check box per metric and per algorithm: the charts show the ticked ones only (all are ticked at first). Each
 * change calls back, and {@link #filter(ResultsFile)} gives the results restricted to what is ticked.
 */
public final class ChartChooser extends Composite {

	private final List<Button> metricBoxes = new ArrayList<>();
	private final List<Button> algorithmBoxes = new ArrayList<>();

	public ChartChooser(Composite parent, List<String> metrics, List<String> algorithms, Runnable changed) {
		super(parent, SWT.NONE);
		setLayout(new GridLayout(2, false));
		setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		row("Metrics:", metrics, metricBoxes, changed);
		row("Algorithms:", algorithms, algorithmBoxes, changed);
	}

	private void row(String label, List<String> names, List<Button> boxes, Runnable changed) {
		new Label(this, SWT.NONE).setText(label);
		Composite row = new Composite(this, SWT.NONE);
		row.setLayout(new RowLayout(SWT.HORIZONTAL));
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (String name : names) {
			Button box = new Button(row, SWT.CHECK);
			box.setText(name);
			box.setData(name);
			box.setSelection(true);
			box.addListener(SWT.Selection, e -> changed.run());
			boxes.add(box);
		}
	}

	public List<String> metrics() {
		return ticked(metricBoxes);
	}

	public List<String> algorithms() {
		return ticked(algorithmBoxes);
	}

	/** The box of a metric or algorithm, to tick or untick it. */
	public Button box(String name) {
		for (List<Button> boxes : List.of(metricBoxes, algorithmBoxes)) {
			for (Button b : boxes) {
				if (name.equals(b.getData())) {
					return b;
				}
			}
		}
		throw new IllegalArgumentException("no box for " + name);
	}

	private static List<String> ticked(List<Button> boxes) {
		return boxes.stream().filter(Button::getSelection).map(b -> (String) b.getData()).toList();
	}

	/** The results with only the ticked metrics and algorithms (cells, costs and learning curves alike). */
	public ResultsFile filter(ResultsFile r) {
		List<String> metrics = metrics(), algorithms = algorithms();
		return new ResultsFile(r.experimentId(), r.experimentName(), r.dataset(), r.protocol(), r.seed(), r.seconds(),
				r.algorithms().stream().filter(algorithms::contains).toList(),
				r.metrics().stream().filter(metrics::contains).toList(),
				r.cells().stream().filter(c -> algorithms.contains(c.algorithm()) && metrics.contains(c.metric()))
						.toList(),
				r.failures(),
				r.learningCurves().stream().filter(c -> algorithms.contains(c.learner())).toList(),
				r.costs().stream().filter(c -> algorithms.contains(c.algorithm())).toList());
	}
}
