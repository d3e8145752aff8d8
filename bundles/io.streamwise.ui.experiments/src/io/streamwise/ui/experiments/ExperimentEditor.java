package io.streamwise.ui.experiments;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.streamwise.bandits.run.PolicyExperiment;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.ExperimentPackage;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.stream.experiment.StreamExperiment;
import io.streamwise.ui.experiments.results.ResultsEditor;
import io.streamwise.ui.models.ModelFormEditor;
import io.streamwise.ui.startup.StartupTarget;

/**
 * Edits an experiment on form pages (overview with protocol, metrics and Run; dataset; algorithms with settings forms
 * generated from each algorithm's settings record) and runs it. Every edit is a command on the experiment's editing
 * domain, so the pages undo, redo and save like the other model editors.
 */
public final class ExperimentEditor extends ModelFormEditor {

	public static final String ID = "io.streamwise.ui.experiments.editor";

	private OverviewPage overview;
	private DatasetPage dataset;
	private AlgorithmsPage algorithms;
	private StreamPage stream;
	private RunsPage runs;
	private Job lastRun;

	public ExperimentEditor() {
		super("experiment");
	}

	@Override
	protected void addFormPages() throws PartInitException {
		if (StreamExperiment.isStream(experiment())) { // one page: stream, evaluation, learners, live run
			stream = new StreamPage(this);
			addPage(stream);
		} else {
			overview = new OverviewPage(this);
			dataset = new DatasetPage(this);
			algorithms = new AlgorithmsPage(this);
			addPage(overview);
			addPage(dataset);
			addPage(algorithms);
			runs = new RunsPage(this);
			addPage(runs);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == StartupTarget.class) {
			return adapter.cast(startupTarget());
		}
		return super.getAdapter(adapter);
	}

	/** gui --run, --page and --compare: the Run button, a page's tab, and two runs selected with Compare. */
	private StartupTarget startupTarget() {
		return new StartupTarget() {
			@Override
			public void run() {
				if (ExperimentEditor.this.run() == null) {
					throw new IllegalArgumentException(file().getName() + " cannot run (the editor says why)");
				}
			}

			@Override
			public void showPage(String id) {
				if (findPage(id) == null) {
					throw new IllegalArgumentException(file().getName() + " has no page " + id);
				}
				setActivePage(id);
			}

			@Override
			public void compareRuns(String a, String b) {
				if (runs == null) {
					throw new IllegalArgumentException(file().getName() + " keeps no run history");
				}
				setActivePage(RunsPage.ID);
				runs.compare(a, b);
			}
		};
	}

	@Override
	protected void modelChanged() {
		if (stream != null) {
			stream.refresh();
			return;
		}
		overview.refresh();
		dataset.refresh();
		algorithms.refresh();
	}

	public Experiment experiment() {
		return (Experiment) document().root();
	}

	/** Sets, adds or (for null) removes the parameter with this key in owner's list. */
	void setParameter(EObject owner, org.eclipse.emf.ecore.EReference list, String key, String value) {
		@SuppressWarnings("unchecked")
		java.util.List<Parameter> parameters = (java.util.List<Parameter>) owner.eGet(list);
		Parameter existing = parameters.stream().filter(p -> key.equals(p.getKey())).findFirst().orElse(null);
		if (value == null) {
			if (existing != null) {
				execute(RemoveCommand.create(getEditingDomain(), owner, list, existing));
			}
		} else if (existing != null) {
			set(existing, ExperimentPackage.Literals.PARAMETER__VALUE, value);
		} else {
			Parameter p = ExperimentFactory.eINSTANCE.createParameter();
			p.setKey(key);
			p.setValue(value);
			execute(AddCommand.create(getEditingDomain(), owner, list, p));
		}
	}

	/**
	 * Saves the experiment if needed and runs it as a job; the results editor opens when the results are written.
	 *
	 * @return the job, or null when the experiment is incomplete (the overview page shows why)
	 */
	public Job run() {
		return run(null);
	}

	/**
	 * Like {@link #run()}, finishing the unfinished run in resumeFolder (its journal's cells are not computed again)
	 * instead of starting a new one when it is not null.
	 */
	public Job run(java.nio.file.Path resumeFolder) {
		if (stream != null) {
			lastRun = stream.run();
			return lastRun;
		}
		if (isDirty()) {
			doSave(null);
		}
		Display display = getSite().getShell().getDisplay();
		IWorkbenchPage page = getSite().getPage();
		java.util.function.Consumer<IFile> openResults = json -> display.asyncExec(() -> {
			runs.refresh();
			try {
				IDE.openEditor(page, json, ResultsEditor.ID);
			} catch (PartInitException e) {
				ErrorDialog.openError(display.getActiveShell(), "Results", "The results could not be opened.",
						e.getStatus());
			}
		});
		if (PolicyExperiment.isPolicy(experiment())) { // bandit policies: the policy commands' code
			try {
				lastRun = PolicyExperimentRun.schedule(experiment(), file(), openResults);
			} catch (IllegalArgumentException e) {
				overview.showRunProblem(e.getMessage());
				return null;
			}
			overview.watch(lastRun);
			return lastRun;
		}
		ExperimentSpec spec;
		try {
			spec = ExperimentFiles.toSpec(experiment());
		} catch (IllegalArgumentException e) {
			overview.showRunProblem(e.getMessage());
			return null;
		}
		lastRun = ExperimentRun.schedule(spec, file(), resumeFolder, openResults);
		overview.watch(lastRun);
		return lastRun;
	}

	public Job lastRun() {
		return lastRun;
	}

	public AlgorithmsPage algorithmsPage() {
		return algorithms;
	}

	/** The page of a stream experiment, or null for other experiments. */
	public StreamPage streamPage() {
		return stream;
	}

	public RunsPage runsPage() {
		return runs;
	}

	public DatasetPage datasetPage() {
		return dataset;
	}
}
