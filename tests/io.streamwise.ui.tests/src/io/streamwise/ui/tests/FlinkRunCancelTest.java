package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.streamwise.ui.experiments.ExperimentEditor;
import io.streamwise.ui.experiments.ExperimentRun;

/**
 * A real flink-local run started from the workbench and cancelled as a user does (issue 18): the Run button clicked,
 * the Progress view opened, and once it shows the Flink job, its Cancel button there clicked. The Flink child process must be gone afterwards and nothing written: no results, no run folder,
 * no job folder. The run uses the Flink engine this checkout built (the reactor builds releng/io.streamwise.flink
 * before the tests); without it the test fails saying so.
 */
class FlinkRunCancelTest {

	/** What {@code FlinkCells} reads: the engine folder, and where job folders are written. */
	private static final String ENGINE_PROPERTY = "streamwise.flink.engine",
			ENGINE_VARIABLE = "STREAMWISE_FLINK_ENGINE",
			STAGING_PROPERTY = "streamwise.flink.staging";
	private static final String JOB_JAR = "io.streamwise.flink-job.jar";
	/** The main class on the Flink child's command line. */
	private static final String CHILD_MAIN = "io.streamwise.flink.GridJob";
	private static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

	@BeforeEach
	void activateTheWindow() {
		UiTesting.page().getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	void cleanUp() {
		// a failed test must not leave its long run (and its Flink child) to the next tests
		Job.getJobManager().cancel(ExperimentRun.FAMILY);
		UiTesting.waitUntil(() -> Job.getJobManager().find(ExperimentRun.FAMILY).length == 0, "the run's end");
		flinkChildren().forEach(ProcessHandle::destroyForcibly);
		UiTesting.page().closeAllEditors(false);
		IViewPart progress = UiTesting.page().findView(PROGRESS_VIEW);
		if (progress != null) {
			UiTesting.page().hideView(progress);
		}
		System.clearProperty(ENGINE_PROPERTY);
		System.clearProperty(STAGING_PROPERTY);
	}

	/** The Flink engine as the checkout's ./streamwise names it, or the one this checkout built. */
	private static Path engineFolder() {
		String named = System.getenv(ENGINE_VARIABLE);
		if (named != null && !named.isBlank()) {
			Path engine = Path.of(named).toAbsolutePath();
			assertTrue(Files.isRegularFile(engine.resolve(JOB_JAR)),
					ENGINE_VARIABLE + " names " + engine + ", which holds no built engine (" + JOB_JAR + ")");
			return engine;
		}
		Path here = Path.of("").toAbsolutePath();
		for (Path p = here; p != null; p = p.getParent()) {
			Path engine = p.resolve("releng/io.streamwise.flink/target/engine");
			if (Files.isRegularFile(engine.resolve(JOB_JAR))) {
				return engine;
			}
		}
		fail("the Flink engine is not built in the checkout above " + here + " (releng/io.streamwise.flink/target/"
				+ "engine/" + JOB_JAR + "): the full reactor builds it before the tests; alone, build it first with"
				+ " ./mvnw -B install -DskipTests -pl releng/io.streamwise.flink -am, or set " + ENGINE_VARIABLE);
		return null;
	}

	/** This JVM's child processes running the Flink engine (as FlinkCells starts them). */
	private static List<ProcessHandle> flinkChildren() {
		return ProcessHandle.current().descendants()
				.filter(p -> p.isAlive() && commandLine(p).contains(CHILD_MAIN)).toList();
	}

	/**
	 * A process's whole command line, from /proc: ProcessHandle.Info cut the Flink child's (seen: about 4,100
	 * characters of a class path of a hundred jars, the main class after it lost).
	 */
	private static String commandLine(ProcessHandle p) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")),
					java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
		} catch (IOException e) {
			return p.info().commandLine().orElse(""); // no /proc, or the process ended meanwhile
		}
	}

	/** This JVM's child processes and their command lines, for a failure's message. */
	private static List<String> descendants() {
		return ProcessHandle.current().descendants().map(p -> p.pid() + ": " + commandLine(p)).toList();
	}

	private static String text(Control c) {
		return c instanceof Label l ? l.getText() : c instanceof Link l ? l.getText() : "";
	}

	/** "Flink job ID on flink-local: 0 of 4 tasks done", or once cells finish "1 of 4 tasks done on flink-local". */
	private static boolean tellsOfFlink(String text) {
		return text.contains("Flink job ") && text.contains(" on flink-local: ")
				|| text.contains("tasks done on flink-local");
	}

	/** Every label's and link's text in the open shells, for a failure's message. */
	private static List<String> texts() {
		List<String> texts = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			UiInput.all(shell).stream().map(FlinkRunCancelTest::text).filter(t -> !t.isBlank()).forEach(texts::add);
		}
		return texts;
	}

	private static Button button(Composite root, String label) {
		return UiInput.all(root).stream()
				.filter(c -> c instanceof Button b && b.getText().replace("&", "").equals(label))
				.map(Button.class::cast).findFirst().orElse(null);
	}

	/** The tool bar of the Progress view's entry for the Flink job (its Cancel button), or null while none shows. */
	private static ToolBar cancelBarOfTheFlinkJob(Composite window) {
		for (Control c : UiInput.all(window)) {
			if (c.isVisible() && tellsOfFlink(text(c))) {
				// the entry (a ProgressInfoItem) holds the job's lines and its action bar
				for (Composite entry = c.getParent(); entry != null && entry != window; entry = entry.getParent()) {
					for (Control inEntry : entry.getChildren()) {
						if (inEntry instanceof ToolBar bar && bar.getItemCount() > 0) {
							return bar;
						}
					}
				}
			}
		}
		return null;
	}

	private static List<String> filesIn(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).toList();
		}
	}

	@Test
	void aFlinkLocalRunShowsItsJobInTheProgressViewWhoseCancelButtonStopsTheFlinkChild() throws Exception {
		System.setProperty(ENGINE_PROPERTY, engineFolder().toString());
		Path staging = Files.createTempDirectory("flink-staging");
		System.setProperty(STAGING_PROPERTY, staging.toString());
		IProject project = UiTesting.newProject("flink-run-cancel");
		// long cells (adaptive random forests of 2,000 trees on the simulator's default market of about 200,000
		// events: minutes of CPU each) at parallelism 1: the job is still in its first cells when Cancel is clicked
		IFile file = ExperimentEditors.write(project, "onflink", "default", "engine=\"flink-local\" parallelism=\"1\"",
				"""
						<protocol kind="RANDOM" trainRatio="0.8" folds="2"/>
						  <algorithms algorithmId="moa.arf" label="arf-a"><settings key="ensembleSize" value="2000"/></algorithms>
						  <algorithms algorithmId="moa.arf" label="arf-b"><settings key="ensembleSize" value="2000"/></algorithms>
						  <metrics>auc</metrics>""");
		ExperimentEditor editor = ExperimentEditors.open(file);
		assertEquals("flink-local", ExperimentEditors.field(editor, "Engine:").getText(), "the file's engine shows");
		assertEquals(List.of(), flinkChildren(), "no Flink child before the run");

		// what the click reaches and which run jobs it schedules, to tell a click that missed from a run that ended
		List<String> runJobs = Collections.synchronizedList(new ArrayList<>());
		IJobChangeListener jobs = new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ExperimentRun.FAMILY)) {
					runJobs.add("scheduled " + event.getJob().getName());
				}
			}

			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ExperimentRun.FAMILY)) {
					runJobs.add("done " + event.getJob().getName() + ": " + event.getResult());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(jobs);
		try {
			Composite overview = (Composite) editor.getActivePageInstance().getPartControl();
			Button run = button(overview, "Run experiment");
			assertNotNull(run, "no Run experiment button on the overview");
			boolean[] selected = { false };
			run.addListener(SWT.Selection, e -> selected[0] = true);
			UiInput.click(run);
			assertTrue(selected[0], () -> "the posted click did not select the Run button (pointer at "
					+ Display.getCurrent().getCursorLocation() + ", control under it "
					+ Display.getCurrent().getCursorControl() + "): " + UiInput.describe(run));
			Job job = editor.lastRun();
			assertNotNull(job, "the Run button scheduled no run; run jobs seen: " + runJobs);

			// a user job runs in the background (the workbench's default: no progress dialog); the user opens the
			// Progress view, which shows the Flink job once the child has submitted it to its mini-cluster
			UiTesting.page().showView(PROGRESS_VIEW);
			// the view's entries are the window's only Flink lines: the editor has none, the status line draws its own
			Composite window = UiTesting.page().getWorkbenchWindow().getShell();
			try {
				UiTesting.waitUntil(() -> cancelBarOfTheFlinkJob(window) != null || job.getResult() != null,
						"the Progress view showing the Flink job");
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + "; run jobs seen: " + runJobs + "; Flink children: "
						+ flinkChildren() + "; texts shown: " + texts(), e);
			}
			assertNull(job.getResult(), "the run is still going");
			List<ProcessHandle> children = flinkChildren();
			assertEquals(1, children.size(), () -> "one Flink child process runs the job: " + descendants());

			ToolBar bar = cancelBarOfTheFlinkJob(window);
			ToolItem cancel = bar.getItem(0);
			assertTrue(String.valueOf(cancel.getToolTipText()).startsWith("Cancel"), cancel.getToolTipText());
			Rectangle at = cancel.getBounds();
			UiInput.click(bar, at.x + at.width / 2, at.y + at.height / 2);

			UiTesting.waitFor(job);
			assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
			UiTesting.waitUntil(() -> !children.get(0).isAlive(), "the Flink child process to end");
			assertEquals(List.of(), flinkChildren(), "no Flink child left");
			assertEquals(List.of(), filesIn(ExperimentRun.runsFolder(file).getLocation().toFile().toPath()),
					"nothing written: no results, no run folder");
			assertEquals(List.of(), filesIn(staging), "the job folder is removed");
		} finally {
			Job.getJobManager().removeJobChangeListener(jobs);
		}

		// the workbench stays usable: the editor tells of the cancelled run, offers Run again and takes typed keys
		Composite overview = (Composite) editor.getActivePageInstance().getPartControl();
		Button run = button(overview, "Run experiment");
		UiInput.await(run::isEnabled, "the Run button enabled again");
		assertTrue(UiInput.all(overview).stream().map(FlinkRunCancelTest::text)
				.anyMatch(t -> t.startsWith("Cancelled; no results were written")), "the editor says it was cancelled");
		ExperimentEditors.typeAtEnd(editor, ExperimentEditors.field(editor, "Name:"), "2");
		assertEquals("engine2", editor.experiment().getName());
	}
}
