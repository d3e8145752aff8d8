package io.streamwise.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.io.CsvMapping;

/**
 * Imports an event log from a delimited file: the file is copied into the project's {@code data/} folder and an
 * experiment is written beside the data whose CSV dataset carries the column mapping, so that every run reads the file
 * as the preview showed it. File &gt; Import &gt; Streamwise &gt; Event log, and File &gt; New.
 */
public final class ImportEventLogWizard extends Wizard implements IImportWizard, INewWizard {

	public static final String ID = "io.streamwise.ui.wizards.importEventLog";

	private IWorkbench workbench;
	private IProject initialProject;
	private EventLogSourcePage sourcePage;
	private EventLogMappingPage mappingPage;
	private IFile experiment;

	public ImportEventLogWizard() {
		setWindowTitle("Import Event Log");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
		initialProject = resource == null ? null : resource.getProject();
	}

	@Override
	public void addPages() {
		sourcePage = new EventLogSourcePage(initialProject);
		mappingPage = new EventLogMappingPage(sourcePage);
		addPage(sourcePage);
		addPage(mappingPage);
	}

	@Override
	public boolean canFinish() {
		// the mapping page must have shown a preview of the current choices, for the file now chosen (Back and another
		// file leaves the old preview complete until the mapping page is shown again), without an error
		return sourcePage.isPageComplete() && mappingPage.isPageComplete()
				&& java.util.Objects.equals(sourcePage.file(), mappingPage.previewedFile());
	}

	@Override
	public boolean performFinish() {
		Path file = sourcePage.file();
		IProject project = sourcePage.project();
		DatasetOptions options = mappingPage.choice().options(mappingPage.columnNames());
		try {
			getContainer().run(true, false, monitor -> {
				try {
					experiment = importInto(project, file, options, SubMonitor.convert(monitor, "Importing", 100));
				} catch (IOException | CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			mappingPage.setErrorMessage("The import failed: " + cause.getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		IWorkbenchPage page = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		if (page != null) {
			try {
				IDE.openEditor(page, experiment);
			} catch (PartInitException e) {
				// the files are written; the experiment can be opened from the Project Explorer
			}
		}
		return true;
	}

	/**
	 * Copies the file into the project's data folder and writes an experiment over it.
	 *
	 * @return the experiment file
	 */
	static IFile importInto(IProject project, Path file, DatasetOptions options, SubMonitor monitor)
			throws IOException, CoreException {
		Path root = project.getLocation().toFile().toPath();
		Path data = root.resolve(NewResearchProjectWizard.DATA_FOLDER);
		Files.createDirectories(data);
		Path copy = data.resolve(file.getFileName().toString());
		monitor.subTask("Copying " + file.getFileName());
		// never overwrite: an experiment may already read a file of that name
		Files.copy(file, copy);
		monitor.worked(70);
		String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		id = id.isEmpty() ? "imported" : id;
		String name = id;
		for (int n = 2; Files.exists(root.resolve(name + ".experiment")); n++) {
			name = id + "-" + n;
		}
		DatasetSpec dataset = DatasetSpec.files(DatasetKind.CSV,
				NewResearchProjectWizard.DATA_FOLDER + "/" + copy.getFileName(), null, options);
		ExperimentSpec spec = StarterExperiment.spec(name, "Built-ins on " + file.getFileName(), dataset, 1);
		String relevant = relevantType(options);
		if (relevant != null) {
			ProtocolSpec p = spec.protocol();
			Map<String, String> protocolOptions = new LinkedHashMap<>(p.options());
			protocolOptions.put("relevant", relevant);
			spec = new ExperimentSpec(spec.id(), spec.name(), spec.seed(), spec.dataset(),
					new ProtocolSpec(p.kind(), p.trainRatio(), p.folds(), protocolOptions), spec.algorithms(),
					spec.metrics());
		}
		ExperimentFiles.write(spec, root.resolve(name + ".experiment"));
		project.refreshLocal(IResource.DEPTH_INFINITE, monitor.split(30));
		return project.getFile(name + ".experiment");
	}

	/**
	 * Without a type column every event has the default type, and judging on purchases would find nothing: such data
	 * is judged on its one type. Null keeps the starter's purchases.
	 */
	static String relevantType(DatasetOptions options) {
		CsvMapping.ColumnRef type = options.mapping().columns().get(CsvMapping.Field.TYPE);
		if (type == null || !type.isNone()) {
			return null;
		}
		return options.defaultTypeOrClick().label();
	}

	/** The experiment written by the last finish: for tests. */
	public IFile experiment() {
		return experiment;
	}

	public EventLogSourcePage sourcePage() {
		return sourcePage;
	}

	public EventLogMappingPage mappingPage() {
		return mappingPage;
	}
}
