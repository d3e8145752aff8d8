package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.model.io.ModelIO;
import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.experiments.ExperimentRun;
import io.streamwise.ui.experiments.StreamPage;
import io.streamwise.ui.experiments.stream.LiveCurves;
import io.streamwise.ui.experiments.stream.NewStreamExperimentWizard;
import io.streamwise.ui.experiments.stream.StreamSourcePage;

/**
 * File > New > Stream Experiment driven page by page with posted keys and clicks: a file name typed on the first page,
 * the source chosen on the second (the simulator with its preset, days and seed; or a small ARFF file whose class is
 * found from its header), Finish, and the file it wrote run from its editor with the curves growing while it runs.
 */
class NewStreamExperimentWizardTest {

	/** The wizard's dialog, with its buttons reachable as a user reaches them. */
	private static final class Dialog extends WizardDialog {
		Dialog(Shell shell, NewStreamExperimentWizard wizard) {
			super(shell, wizard);
			setBlockOnOpen(false);
		}

		Button button(int id) {
			return getButton(id);
		}
	}

	private Dialog dialog;

	@BeforeEach
	void activate() {
		UiTesting.page().getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		UiTesting.page().closeAllEditors(false);
	}

	private NewStreamExperimentWizard open(IProject project) {
		NewStreamExperimentWizard wizard = new NewStreamExperimentWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new Dialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.open();
		dialog.getShell().forceActive();
		UiTesting.processEvents();
		return wizard;
	}

	/** The text field after the label with this text (mnemonics ignored) in the dialog. */
	private Text field(String label) {
		List<Control> all = new ArrayList<>();
		collect(dialog.getShell(), all);
		for (int i = 0; i + 1 < all.size(); i++) {
			if (all.get(i) instanceof Label l && l.getText().replace("&", "").equals(label)
					&& all.get(i + 1) instanceof Text t) {
				return t;
			}
		}
		throw new AssertionError("no field " + label);
	}

	private static void collect(Composite parent, List<Control> into) {
		for (Control c : parent.getChildren()) {
			into.add(c);
			if (c instanceof Composite composite) {
				collect(composite, into);
			}
		}
	}

	/** Page one: the file's name typed into its field, then Next clicked. */
	private StreamSourcePage typeNameAndGoNext(NewStreamExperimentWizard wizard, String name) {
		Text fileName = field("File name:");
		UiInput.replaceText(fileName, name);
		UiInput.click(dialog.button(IDialogConstants.NEXT_ID));
		UiInput.await(() -> dialog.getCurrentPage() == wizard.sourcePage(), "the source page");
		return wizard.sourcePage();
	}

	private ExperimentEditor finish(IProject project, String name) {
		Button finish = dialog.button(IDialogConstants.FINISH_ID);
		assertTrue(finish.isEnabled());
		UiInput.click(finish);
		UiInput.await(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), "the wizard to close");
		IFile file = project.getFile(name);
		assertTrue(file.exists(), "Finish wrote " + name);
		UiInput.await(() -> UiTesting.page().getActiveEditor() instanceof ExperimentEditor e
				&& e.getEditorInput() instanceof FileEditorInput in && in.getFile().equals(file), "its editor");
		IEditorPart editor = UiTesting.page().getActiveEditor();
		return (ExperimentEditor) editor;
	}

	/** A posted click on a radio button's circle (its cell is wider than what GTK answers clicks on). */
	private static void clickRadio(Button radio) {
		UiInput.click(radio, 8, radio.getSize().y / 2);
		UiInput.await(radio::getSelection, "the radio button selected");
	}

	/** A click as StreamExperimentWorkbenchTest sends it to a form's button (posted events missed the form). */
	private static void press(Button button) {
		org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(button);
		button.setFocus();
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event e = new Event();
			e.button = 1;
			button.notifyListeners(type, e);
		}
		button.notifyListeners(SWT.Selection, new Event());
		UiTesting.processEvents();
	}

	/** Runs the editor's stream page; returns how many curve points the chart held at each look while it ran. */
	private static TreeSet<Integer> runAndWatch(StreamPage page, int learners) {
		press(page.runButton());
		Job run = page.lastRun();
		assertNotNull(run, "Run started a job");
		LiveCurves curves = page.curves();
		XYSeriesCollection data = curves.dataset();
		TreeSet<Integer> seen = new TreeSet<>();
		UiTesting.waitUntil(() -> {
			if (run.getState() != Job.NONE) {
				int points = 0;
				for (int s = 0; s < data.getSeriesCount(); s++) {
					points += data.getSeries(s).getItemCount();
				}
				seen.add(points);
			}
			return run.getState() == Job.NONE && run.getResult() != null;
		}, "the stream run");
		assertEquals(IStatus.OK, run.getResult().getSeverity(), run.getResult().getMessage());
		UiTesting.waitUntil(() -> page.finalTable().getItemCount() == learners, "the final table");
		return seen;
	}

	private static Map<String, String> options(Experiment e) {
		Map<String, String> out = new java.util.LinkedHashMap<>();
		for (Parameter p : e.getStream().getGeneratorOptions()) {
			out.put(p.getKey(), p.getValue());
		}
		return out;
	}

	@Test
	void theSimulatorChosenPageByPageMakesAFileThatRunsWithLiveCurves() throws Exception {
		IProject project = UiTesting.newProject("stream-wizard-simulator");
		NewStreamExperimentWizard wizard = open(project);
		StreamSourcePage source = typeNameAndGoNext(wizard, "sessions.experiment");

		clickRadio(source.simulatorChoice());
		assertTrue(source.simulatorChoice().getSelection());
		source.presetField().select(source.presetField().indexOf("default"));
		source.presetField().notifyListeners(SWT.Selection, new Event());
		UiInput.replaceText(source.daysField(), "0");
		assertTrue(source.getErrorMessage().startsWith("Days must be a whole number of at least 1"),
				source.getErrorMessage());
		assertFalse(dialog.button(IDialogConstants.FINISH_ID).isEnabled(), "no Finish with 0 days");
		// long enough for the chart to be drained (every 100 ms) while the learners run: with 20 days a fast run once
		// ended between two drains, and no partial curve was seen
		UiInput.replaceText(source.daysField(), "90");
		UiInput.replaceText(source.seedField(), "9");
		assertEquals(null, source.getErrorMessage());

		ExperimentEditor editor = finish(project, "sessions.experiment");
		Path file = project.getFile("sessions.experiment").getLocation().toFile().toPath();
		Experiment written = ModelIO.load(file, Experiment.class);
		assertEquals(StreamSourceKind.SIMULATOR, written.getStream().getSource());
		assertEquals(Map.of("preset", "default", "days", "90"), options(written));
		assertEquals(9, written.getSeed());
		assertEquals(3, written.getAlgorithms().size());

		StreamPage page = editor.streamPage();
		assertNotNull(page, "the file opens on the stream page");
		assertEquals("default", page.simulatorField("preset").getText(), "the page shows the simulator's options");
		assertEquals("90", page.simulatorField("days").getText());
		TreeSet<Integer> seen = runAndWatch(page, 3);

		XYSeriesCollection data = page.curves().dataset();
		int total = 0;
		for (int s = 0; s < data.getSeriesCount(); s++) {
			total += data.getSeries(s).getItemCount();
		}
		assertTrue(total > 3 * 50, "curve points of three learners over the sessions: " + total);
		int all = total;
		assertTrue(seen.stream().anyMatch(n -> n > 0 && n < all), "curves grew while the job ran: " + seen);
		assertEquals("HoeffdingTree", page.finalTable().getItem(0).getText(0));
		assertTrue(ExperimentRun.resultsFolder(project.getFile("sessions.experiment")).getFile("results.json")
				.exists());
		String results = Files.readString(ExperimentRun.resultsFolder(project.getFile("sessions.experiment"))
				.getFile("results.json").getLocation().toFile().toPath());
		assertTrue(results.contains("Streamwise simulator") && results.contains("seed 9"), "the simulated data");
	}

	/** 3000 instances: y = b iff x >= 0.5, plus a noise attribute; the class is the last attribute. */
	private static void plantedArff(Path file) throws Exception {
		SplittableRandom random = new SplittableRandom(5);
		StringBuilder arff = new StringBuilder(
				"@relation planted\n@attribute x numeric\n@attribute noise numeric\n@attribute y {a,b}\n@data\n");
		for (int i = 0; i < 3000; i++) {
			double x = random.nextDouble();
			arff.append(String.format(Locale.ROOT, "%.5f,%.5f,%s%n", x, random.nextDouble(), x >= 0.5 ? "b" : "a"));
		}
		Files.writeString(file, arff);
	}

	@Test
	void anArffFileChosenPageByPageMakesAFileThatRuns() throws Exception {
		IProject project = UiTesting.newProject("stream-wizard-arff");
		Path arff = project.getLocation().toFile().toPath().resolve("planted.arff");
		plantedArff(arff);
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		NewStreamExperimentWizard wizard = open(project);
		StreamSourcePage source = typeNameAndGoNext(wizard, "planted.experiment");

		clickRadio(source.fileChoice());
		assertTrue(source.fileChoice().getSelection());
		assertEquals("Name the ARFF or CSV file.", source.getErrorMessage());
		UiInput.replaceText(source.fileField(), arff.toString());
		assertEquals("y", source.classField().getText(), "the class is the header's last attribute");
		assertEquals(null, source.getErrorMessage());

		ExperimentEditor editor = finish(project, "planted.experiment");
		Experiment written = ModelIO.load(project.getFile("planted.experiment").getLocation().toFile().toPath(),
				Experiment.class);
		assertEquals(StreamSourceKind.FILE, written.getStream().getSource());
		assertEquals("planted.arff", written.getStream().getLocation(), "relative to the experiment");
		assertEquals("y", written.getStream().getClassAttribute());

		StreamPage page = editor.streamPage();
		assertNotNull(page, "the file opens on the stream page");
		runAndWatch(page, 3);
		XYSeriesCollection data = page.curves().dataset();
		long every = written.getStream().getCurveEvery();
		assertEquals(3000 / every, data.getSeries(0).getItemCount(), "a point every " + every + " instances");
		assertEquals("3000", page.finalTable().getItem(0).getText(1));
		double accuracy = Double.parseDouble(page.finalTable().getItem(0).getText(2));
		assertTrue(accuracy > 0.9, "the tree learns the planted threshold: " + accuracy);
	}
}
