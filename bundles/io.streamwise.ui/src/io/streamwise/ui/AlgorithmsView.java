package io.streamwise.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.AlgorithmSource;
import io.streamwise.core.registry.RegistryLocator;

/**
 * Lists the installed algorithm plugins under their kind (recommenders, conversion models, policies): id, kind, name,
 * the bundle it comes from, settings with defaults, description and reference; above the table, what went wrong with the plugins (a dropin that cannot be used, one
 * that provides no algorithm, an id claimed twice), as in the Problems view.
 */
public final class AlgorithmsView extends ViewPart {

	public static final String ID = "io.streamwise.ui.algorithms";

	private TreeViewer viewer;

	/** A node of the tree: a kind and its installed algorithms. */
	public record KindNode(AlgorithmKind kind, List<AlgorithmFactory<?>> algorithms) {
		/** The node's label: "Policies (7)". */
		public String label() {
			return switch (kind) {
			case RECOMMENDER -> "Recommenders";
			case CONVERSION -> "Conversion models";
			case POLICY -> "Policies";
			} + " (" + algorithms.size() + ")";
		}
	}

	private Text problems;
	/** Fills the table in the background; its last step posts the list to the UI thread. */
	private Job loading;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().create());
		problems = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		problems.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getControl().setLayoutData(GridDataFactory.fillDefaults().grab(true, true).create());
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		column("Id", 200, f -> f.info().id());
		column("Kind", 100, f -> f.info().kind().name().toLowerCase(java.util.Locale.ROOT));
		column("Name", 180, f -> AlgorithmRegistry.listedName(f.info()));
		column("From", 220, f -> AlgorithmSource.of(f).describe());
		column("Settings (defaults)", 260, f -> Settings.describe(f.settingsType()).stream()
				.map(d -> d.key() + "=" + d.defaultValue()).collect(Collectors.joining(", ")));
		column("Description", 420, f -> f.info().description());
		column("Reference", 300, f -> f.info().reference());
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof KindNode node ? node.algorithms().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof KindNode node && !node.algorithms().isEmpty();
			}
		});
		viewer.setInput(List.of());
		((GridData) problems.getLayoutData()).exclude = true;
		problems.setVisible(false);
		// off the UI thread: finding the registry starts every algorithm bundle (MOA, Weka), which would hold up the
		// workbench's first window while this view opens with the perspective
		loading = Job.create("Listing the installed algorithms", monitor -> {
			AlgorithmRegistry registry = registry();
			List<AlgorithmFactory<?>> all = registry == null ? new ArrayList<>() : registry.all();
			List<String> found = PluginProblems.current(registry);
			Control table = viewer.getControl();
			if (!table.isDisposed()) {
				table.getDisplay().asyncExec(() -> {
					if (!table.isDisposed()) {
						show(parent, all, found);
					}
				});
			}
		});
		loading.setSystem(true);
		loading.schedule();
	}

	private void show(Composite parent, List<AlgorithmFactory<?>> all, List<String> found) {
		List<KindNode> nodes = new ArrayList<>();
		for (AlgorithmKind kind : AlgorithmKind.values()) {
			List<AlgorithmFactory<?>> ofKind = all.stream().filter(f -> f.info().kind() == kind).toList();
			if (!ofKind.isEmpty()) {
				nodes.add(new KindNode(kind, ofKind));
			}
		}
		viewer.setInput(nodes);
		viewer.expandAll();
		problems.setText(found.isEmpty() ? "" : found.size() + " plugin problem(s):\n- " + String.join("\n- ", found));
		((GridData) problems.getLayoutData()).exclude = found.isEmpty();
		problems.setVisible(!found.isEmpty());
		parent.layout(true);
	}

	private void column(String title, int width, java.util.function.Function<AlgorithmFactory<?>, String> text) {
		boolean first = viewer.getTree().getColumnCount() == 0;
		TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof KindNode node) { // the kind's name in the first column only
					return first ? node.label() : "";
				}
				return text.apply((AlgorithmFactory<?>) element);
			}
		});
	}

	private static AlgorithmRegistry registry() {
		try {
			return RegistryLocator.await(FrameworkUtil.getBundle(AlgorithmsView.class).getBundleContext(), 10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The job that fills the table, for tests: once it is done, the list is posted to the UI thread. */
	public Job loading() {
		return loading;
	}

	/** The problems shown above the table (empty when there are none), for tests. */
	public String problemsText() {
		return problems.getText();
	}

	/** The tree (a node per kind, its algorithms below), for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
