package io.streamwise.ui.experiments.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;

import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.MetricVocabulary;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.ResultsDocument;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.results.RunHistory;
import io.streamwise.ui.experiments.ReadOnlyEditorPart;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.experiments.charts.ResultCharts;
import io.streamwise.ui.startup.StartupTarget;

/**
 * Shows a run's results.json: mean ± 95% interval per algorithm and metric (the best of each metric in bold) with
 * what each algorithm cost (fit and scoring seconds, peak heap), a bar
 * chart per metric, and metric@K curves when a ranking metric was measured at several list lengths. Read-only.
 */
public final class ResultsEditor extends ReadOnlyEditorPart {

	public static final String ID = "io.streamwise.ui.experiments.results";

	private ResultsFile results;
	/** The whole file when it holds an experiment's results, for the detail sections; null otherwise. */
	private ExperimentResults experimentResults;
	private ResultsDetails details;
	/** The whole file when it holds bandit policy results (shown by {@link PolicyResultsContent}); null otherwise. */
	private PolicyResults policyResults;
	private PolicyResultsContent policyContent;
	private ChartChooser chooser;
	private Composite chartGrid;
	private String problem;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private TableViewer table;
	private final List<ChartCanvas> charts = new ArrayList<>();
	private LocalResourceManager resources;
	private Composite parent;
	/** Re-reads the file when a run (or anything else) rewrites it, so the numbers shown are never stale. */
	private final IResourceChangeListener fileListener = this::resourceChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The results editor opens workspace files only");
		}
		setSite(site);
		setInput(input);
		String folder = fileInput.getFile().getParent().getName();
		String grandParent = fileInput.getFile().getParent().getParent() == null ? ""
				: fileInput.getFile().getParent().getParent().getName();
		setPartName(
				folder.endsWith(".results") ? folder.substring(0, folder.length() - ".results".length()) + " results"
						: grandParent.endsWith(RunHistory.RUNS_SUFFIX) // a run of the history: name and start
								? grandParent.substring(0, grandParent.length() - RunHistory.RUNS_SUFFIX.length())
										+ " results " + folder
								: fileInput.getFile().getName());
		read();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(fileListener, IResourceChangeEvent.POST_CHANGE);
	}

	private IFile file() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	private void read() {
		try {
			Path path = file().getLocation().toFile().toPath();
			ResultsDocument document = ResultsJson.read(path);
			policyResults = document instanceof PolicyResults r ? r : null;
			results = policyResults == null ? ResultsFile.read(path) : null;
			experimentResults = document instanceof ExperimentResults r ? r : null;
			problem = null;
		} catch (IOException e) {
			results = null;
			experimentResults = null;
			policyResults = null;
			problem = e.getMessage();
		}
	}

	private void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file().getFullPath());
		// a run replaces the results folder: the file is changed, or removed and added again; a removal alone
		// (a run under way, or the folder deleted) keeps the last numbers on screen
		if (delta == null || delta.getKind() == IResourceDelta.REMOVED
				|| delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags()
						& (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0) {
			return;
		}
		Display display = parent == null || parent.isDisposed() ? null : parent.getDisplay();
		if (display != null) {
			display.asyncExec(this::reload);
		}
	}

	/** Reads the file again and rebuilds the table and charts from it. */
	public void reload() {
		if (parent == null || parent.isDisposed()) {
			return;
		}
		read();
		for (Control child : parent.getChildren()) {
			child.dispose();
		}
		charts.clear();
		if (toolkit != null) {
			toolkit.dispose();
		}
		if (resources != null) {
			resources.dispose();
		}
		createPartControl(parent);
		parent.layout(true, true);
	}

	@Override
	public void createPartControl(Composite parent) {
		this.parent = parent;
		policyContent = null;
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		if (policyResults != null) { // bandit policies: rows, warnings and the policy charts
			form.setText("Policy results: " + PolicyResultsContent.title(policyResults));
			policyContent = PolicyResultsContent.create(toolkit, body, policyResults);
			charts.addAll(policyContent.charts());
			form.reflow(true);
			return;
		}
		if (results == null) {
			form.setText("Results cannot be read");
			toolkit.createLabel(body, problem, SWT.WRAP);
			return;
		}
		form.setText(
				"Results: " + (results.experimentName().isEmpty() ? results.experimentId() : results.experimentName()));
		toolkit.createLabel(body, String.format(Locale.ROOT, "%s; protocol %s; seed %d; %.1f s", results.dataset(),
				results.protocol(), results.seed(), results.seconds()), SWT.WRAP)
				.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Section summary = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		summary.setText("Summary");
		summary.setDescription(
				"Mean ± half-width of the 95% confidence interval; the best value of each metric in bold."
						+ (results.costs().isEmpty() ? ""
								: " Cost: mean seconds of fitting and of scoring per fold, and the"
										+ " approximate peak heap in MiB (largest fold)."));
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		createTable(summary);

		if (experimentResults != null) {
			details = ResultsDetails.create(toolkit, body, experimentResults);
		} else if (!results.failures().isEmpty()) {
			Section failed = toolkit.createSection(body, ExpandableComposite.TITLE_BAR);
			failed.setText("Failed cells");
			failed.setClient(toolkit.createLabel(failed, String.join("\n", results.failures()), SWT.WRAP));
		}

		Section chartSection = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		chartSection.setText("Charts");
		chartSection.setDescription("Hover over a bar or point for its value; right-click a chart to export it as PNG"
				+ " or SVG, at its size on screen or at a chosen size and resolution. Tick the metrics and"
				+ " algorithms to plot.");
		chartSection.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite charting = toolkit.createComposite(chartSection);
		charting.setLayout(new GridLayout(1, false));
		chooser = new ChartChooser(charting, results.metrics(), results.algorithms(), this::rebuildCharts);
		toolkit.adapt(chooser);
		chartGrid = toolkit.createComposite(charting);
		chartGrid.setLayout(new GridLayout(2, true));
		chartGrid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		buildCharts();
		chartSection.setClient(charting);
		form.reflow(true);
	}

	/** The charts of the ticked metrics and algorithms. */
	private void buildCharts() {
		ResultsFile shown = chooser.filter(results);
		if (!shown.learningCurves().isEmpty()) {
			addChart(chartGrid, ResultCharts.learningCurves(shown));
		}
		ResultCharts.curves(shown).forEach((name, ks) -> addChart(chartGrid, ResultCharts.curve(shown, name, ks)));
		for (String metric : shown.metrics()) {
			if (shown.cells().stream().anyMatch(c -> c.metric().equals(metric))) {
				addChart(chartGrid, ResultCharts.bars(shown, metric));
			}
		}
	}

	private void rebuildCharts() {
		charts.forEach(ChartCanvas::dispose);
		charts.clear();
		buildCharts();
		chartGrid.layout(true, true);
		form.reflow(true);
	}

	private void addChart(Composite grid, JFreeChart chart) {
		ChartCanvas canvas = new ChartCanvas(grid, chart);
		// a bar of a metric's chart drills down to the per-viewer values behind it
		canvas.addListener(SWT.MouseDoubleClick, e -> canvas.entitiesAt(e.x, e.y).stream()
				.filter(CategoryItemEntity.class::isInstance).map(CategoryItemEntity.class::cast).findFirst()
				.ifPresent(bar -> drillDown(bar.getRowKey().toString(), bar.getColumnKey().toString())));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = 300;
		data.widthHint = 420;
		canvas.setLayoutData(data);
		charts.add(canvas);
	}

	private void createTable(Section section) {
		table = new TableViewer(section, SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		Font bold = resources.create(FontDescriptor.createFrom(table.getTable().getFont()).setStyle(SWT.BOLD));
		TableViewerColumn algorithm = new TableViewerColumn(table, SWT.LEFT);
		algorithm.getColumn().setText("Algorithm");
		algorithm.getColumn().setWidth(140);
		algorithm.setLabelProvider(ColumnLabelProvider.createTextProvider(Object::toString));
		for (String metric : results.metrics()) {
			String best = results.best(metric);
			TableViewerColumn column = new TableViewerColumn(table, SWT.RIGHT);
			column.getColumn().setText(metric);
			column.getColumn().setWidth(150);
			column.getColumn().setToolTipText(MetricVocabulary.displayName(metric) + ": "
					+ (ResultsFile.higherIsBetter(metric) ? "higher is better" : "lower is better"));
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return results.cell((String) element, metric).map(ResultsEditor::format).orElse("-");
				}

				@Override
				public Font getFont(Object element) {
					return element.equals(best) ? bold : null;
				}
			});
		}
		if (!results.costs().isEmpty()) {
			// cost beside accuracy: mean seconds per fold, largest peak heap of a fold (approximate; see CellCost)
			String[] names = { "fit s", "score s", "peak MB" };
			String[] tips = { "mean wall-clock seconds of fitting per fold",
					"mean wall-clock seconds of scoring the test part and computing the metrics per fold",
					"approximate peak heap above the cell's start, largest fold (MiB)" };
			for (int i = 0; i < names.length; i++) {
				int figure = i;
				TableViewerColumn column = new TableViewerColumn(table, SWT.RIGHT);
				column.getColumn().setText(names[i]);
				column.getColumn().setWidth(80);
				column.getColumn().setToolTipText(tips[i]);
				column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> results
						.cost((String) element).map(c -> String.format(Locale.ROOT, figure == 2 ? "%.1f" : "%.2f",
								c[figure]))
						.orElse("-")));
			}
		}
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(results.algorithms());
		// a metric's cell drills down to the per-viewer values behind its mean: double-click it, or click it and
		// press Return (both are the table's default selection; the click says which column)
		int[] clickedColumn = { 1 };
		table.getTable().addListener(SWT.MouseDown, e -> {
			TableItem item = table.getTable().getItem(new Point(e.x, e.y));
			for (int c = 1; item != null && c <= results.metrics().size(); c++) {
				if (item.getBounds(c).contains(e.x, e.y)) {
					clickedColumn[0] = c;
				}
			}
		});
		table.getTable().addListener(SWT.DefaultSelection, e -> {
			if (e.item instanceof TableItem item && !results.metrics().isEmpty()) {
				drillDown(results.metrics().get(Math.min(clickedColumn[0], results.metrics().size()) - 1),
						(String) item.getData());
			}
		});
		section.setClient(table.getControl());
		MenuManager menu = new MenuManager();
		menu.add(new Action("Copy as &CSV") {
			@Override
			public void run() {
				copy(ResultsTableText.csv(results, results.algorithms(), results.metrics()));
			}
		});
		menu.add(new Action("Copy as &LaTeX table") {
			@Override
			public void run() {
				copy(ResultsTableText.latex(results, results.algorithms(), results.metrics()));
			}
		});
		table.getControl().setMenu(menu.createContextMenu(table.getControl()));
	}

	/** Shows the per-viewer values of a metric behind the means, in the Drill-down view. */
	public void drillDown(String metric, String algorithm) {
		try {
			DrillDownView.open(getSite().getPage(), resultsFolder(), metric, algorithm);
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Drill-down", e.getMessage());
		}
	}

	/** The folder of the results file: per_unit.csv and the experiment copy are beside it. */
	public Path resultsFolder() {
		return file().getLocation().toFile().toPath().getParent();
	}

	/** Puts text on the system clipboard. */
	private void copy(String text) {
		Clipboard clipboard = new Clipboard(table.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** "0.1234 ± 0.0056", or the mean alone when there is no interval. */
	public static String format(ResultsFile.Cell cell) {
		if (Double.isNaN(cell.mean())) {
			return "NaN";
		}
		double half = cell.halfWidth();
		return Double.isFinite(half) ? String.format(Locale.ROOT, "%.4f ± %.4f", cell.mean(), half)
				: String.format(Locale.ROOT, "%.4f", cell.mean());
	}

	public ResultsFile results() {
		return results;
	}

	/** Why the file could not be read, or null when it was. */
	public String problem() {
		return problem;
	}

	/** The summary table: algorithms by metric, or for policy results one line per row of the results. */
	public TableViewer table() {
		return policyContent != null ? policyContent.table() : table;
	}

	/** The bandit policy results shown, or null when the file holds other results. */
	public PolicyResults policyResults() {
		return policyResults;
	}

	public List<ChartCanvas> charts() {
		return List.copyOf(charts);
	}

	/** The sections beyond the summary, or null for results other than an experiment's. */
	public ResultsDetails details() {
		return details;
	}

	public ChartChooser chartChooser() {
		return chooser;
	}

	/**
	 * Expands the collapsible section with this title (Significance, Segments, ...), as its twistie does.
	 *
	 * @throws IllegalArgumentException when the editor shows no such section
	 */
	public void expandSection(String title) {
		if (form != null && !form.isDisposed()) {
			for (Control child : form.getBody().getChildren()) {
				if (child instanceof Section section && title.equals(section.getText())) {
					section.setExpanded(true);
					form.reflow(true);
					return;
				}
			}
		}
		throw new IllegalArgumentException("the results show no section " + title);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == StartupTarget.class) { // gui --expand, --drill-down
			return adapter.cast(new StartupTarget() {
				@Override
				public void expandSection(String title) {
					ResultsEditor.this.expandSection(title);
				}

				@Override
				public void drillDown(String metric, String algorithm, String unit) {
					if (results == null || !results.metrics().contains(metric)
							|| !results.algorithms().contains(algorithm)) {
						throw new IllegalArgumentException("the results have no mean of " + metric + " for "
								+ algorithm);
					}
					try {
						DrillDownView view = DrillDownView.open(getSite().getPage(), resultsFolder(), metric,
								algorithm);
						if (unit != null) {
							view.openUnitWhenShown(unit);
						}
					} catch (PartInitException e) {
						throw new IllegalArgumentException("the Drill-down view cannot open: " + e.getMessage(), e);
					}
				}
			});
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		if (form != null) {
			form.setFocus();
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileListener);
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
