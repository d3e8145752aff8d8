package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbDesign;
import io.streamwise.core.abtest.AbStatistics;
import io.streamwise.model.abtest.ABTest;
import io.streamwise.ui.abtest.AbTestEditor;
import io.streamwise.ui.abtest.AnalysisPage;
import io.streamwise.ui.abtest.AnalysisRun;
import io.streamwise.ui.abtest.DesignPage;
import io.streamwise.ui.abtest.Templates;
import io.streamwise.ui.experiments.charts.ChartCanvas;
import io.streamwise.ui.models.ModelEditor;

/**
 * The A/B test editor driven as a person drives it: keys typed into the design's fields (the plan follows every key),
 * Return, the Edit menu's Undo, File > New > A/B Test, and the Analysis page that analyses a planted log in a job
 * (waited for, never timed).
 */
class AbTestEditorTest {

	@BeforeEach
	void activateTheWindow() {
		UiTesting.page().getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	void closeEditors() {
		UiTesting.page().closeAllEditors(false);
	}

	private static AbTestEditor open(IProject project, String name) throws Exception {
		IFile file = project.getFile(name);
		file.create(new java.io.ByteArrayInputStream(Templates.testNamed(name)), true, new NullProgressMonitor());
		IEditorPart editor = IDE.openEditor(UiTesting.page(), file);
		UiTesting.processEvents();
		assertTrue(editor instanceof AbTestEditor, "a .abtest opens in the A/B test editor by default, not "
				+ editor.getClass().getSimpleName());
		return (AbTestEditor) editor;
	}

	private static Composite page(AbTestEditor editor, String id) {
		editor.setActivePage(id);
		UiTesting.processEvents();
		IFormPage page = editor.findPage(id);
		return (Composite) page.getPartControl();
	}

	/** The template's design inputs with another baseline and minimum detectable effect. */
	private static AbDesign.Inputs templateWith(double baseline, double mde) {
		// pinned-offer.abtest: two arms at 0.5, relative MDE, alpha 0.05, power 0.8, Holm (one comparison), rho 0.3,
		// viewers randomised, 1,500 a day
		return new AbDesign.Inputs(true, baseline, 0, mde, true, new double[] { 0.5, 0.5 }, 0, 0.05, 0.8, true, 0.3,
				1, 0, 1500);
	}

	private static String shownTotal(AbDesign.Inputs in) {
		return String.format(java.util.Locale.ROOT, "%,d viewers", AbDesign.plan(in).totalUnits());
	}

	@Test
	void typingABaselineAndAnEffectRecomputesTheSampleSizeAndDurationAtEveryKeyAndUndoRestores() throws Exception {
		AbTestEditor editor = open(UiTesting.newProject("abtest-design"), "design.abtest");
		Composite design = page(editor, "design");
		DesignPage plan = editor.designPage();
		assertEquals(shownTotal(templateWith(0.05, 0.1)), plan.sampleSizeShown());
		assertEquals("56,846 viewers", plan.sampleSizeShown(), "the template's plan");
		assertTrue(plan.durationShown().startsWith("38 days at 1,500 viewers a day"), plan.durationShown());

		// typed, not yet entered: the plan already follows the field, the model does not yet
		Text baseline = UiInput.field(design, "Baseline:");
		UiInput.click(baseline);
		UiInput.replaceText(baseline, "0.1");
		UiInput.await(() -> plan.sampleSizeShown().equals(shownTotal(templateWith(0.1, 0.1))),
				"the plan of the typed baseline");
		assertEquals("26,848 viewers", plan.sampleSizeShown());
		assertTrue(plan.durationShown().startsWith("18 days"), plan.durationShown());
		assertEquals(0.05, editor.test().getPrimaryMetric().getBaseline(), "typing alone does not set the model");
		UiInput.keyStroke('\r', 0);
		UiInput.await(() -> editor.test().getPrimaryMetric().getBaseline() == 0.1, "the baseline in the model");
		assertTrue(editor.isDirty());

		Text mde = UiInput.field(design, "Minimum detectable effect:");
		UiInput.replaceText(mde, "0.2");
		// by hand (Fleiss et al. eq. 4.14, CUPED factor 1 - 0.3^2 = 0.91): p1 = 0.1, p2 = 0.12, p = 0.11;
		// sqrt(0.91 * 0.11 * 0.89 * 4) = 0.59695, sqrt(0.91 * (0.09 * 2 + 0.1056 * 2)) = 0.59665;
		// (1.959964 * 0.59695 + 0.841621 * 0.59665)^2 / 0.02^2 = 6,990.3 in all: 3,496 per arm, 6,992 viewers;
		// 6,992 / 1,500 a day = 4.66: 5 days
		UiInput.await(() -> plan.sampleSizeShown().equals("6,992 viewers"), "the plan of the typed effect");
		assertEquals(shownTotal(templateWith(0.1, 0.2)), plan.sampleSizeShown());
		assertArrayEquals(new long[] { 3496, 3496 }, plan.shown().plan().unitsPerArm());
		assertTrue(plan.durationShown().startsWith("5 days at 1,500 viewers a day"), plan.durationShown());
		UiInput.keyStroke('\r', 0);
		UiInput.await(() -> editor.test().getMinimumDetectableEffect() == 0.2, "the effect in the model");
		System.out.printf("A/B design recomputed %d times, the last in %.3f ms on the UI thread%n", plan.computed(),
				plan.shown().nanos() / 1e6);

		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> editor.test().getMinimumDetectableEffect() == 0.1, "the effect undone");
		UiInput.await(() -> plan.sampleSizeShown().equals("26,848 viewers"), "the plan of the undone effect");
		assertEquals("0.1", mde.getText());
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> editor.test().getPrimaryMetric().getBaseline() == 0.05, "the baseline undone");
		UiInput.await(() -> plan.sampleSizeShown().equals("56,846 viewers"), "the template's plan again");
		assertFalse(editor.isDirty(), "undoing both edits leaves nothing to save");

		// a guardrail added by its button is one command, and the analysis reads it
		// scrolled into view first, as a user scrolls to it: the guardrails are at the bottom of the page
		Button addGuardrail = WizardInput.button(design, "Add guardrail");
		org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(addGuardrail);
		UiTesting.processEvents();
		UiInput.click(addGuardrail);
		UiInput.await(() -> editor.test().getGuardrailMetrics().size() == 2, "the added guardrail");
		assertEquals(List.of("conversion", "revenue", "revenue"), AnalysisRun.metrics(editor.test()));
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> editor.test().getGuardrailMetrics().size() == 1, "the guardrail undone");
		assertFalse(editor.isDirty());
	}

	@Test
	void typedLookDaysAreSetAsOneUndoableListBadOnesAreRefusedAndTheMonitoringLooksOnThem() throws Exception {
		AbTestEditor editor = open(UiTesting.newProject("abtest-looks"), "looks.abtest");
		Composite design = page(editor, "design");
		Text looks = UiInput.field(design, "Look days:");
		assertEquals(editor.designPage().lookDaysField(), looks);
		assertEquals("", looks.getText(), "the template looks every day");
		assertTrue(editor.test().getMonitoring().getLookTimes().isEmpty());
		org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(looks);
		UiTesting.processEvents();

		UiInput.click(looks);
		UiInput.replaceText(looks, "3, 6,10");
		assertTrue(editor.test().getMonitoring().getLookTimes().isEmpty(), "typing alone does not set the model");
		assertNull(Fields.error(looks));
		UiInput.keyStroke('\r', 0);
		UiInput.await(() -> editor.test().getMonitoring().getLookTimes().equals(List.of(3.0, 6.0, 10.0)),
				"the look days in the model");
		assertTrue(editor.isDirty());

		// refused, each with its reason on the field and in the page's heading; the model keeps its looks
		String[][] refused = { { "3, -2", "look days start at day 1, got -2" },
				{ "3, 6, 6", "look days must increase: 6 comes after 6" },
				{ "7, 3", "look days must increase: 3 comes after 7" },
				{ "3, six", "look days: 'six' is not a number" },
				{ "3, 4.5", "look days are whole days, not 4.5" }, { "3,, 6", "look days: entry 2 is empty" } };
		for (String[] bad : refused) {
			UiInput.replaceText(looks, bad[0]);
			UiInput.keyStroke('\r', 0);
			assertEquals(bad[1], Fields.error(looks), "the error of " + bad[0]);
			assertEquals(List.of(3.0, 6.0, 10.0), editor.test().getMonitoring().getLookTimes(), bad[0] + " got in");
			assertEquals(IMessageProvider.ERROR,
					editor.getActivePageInstance().getManagedForm().getForm().getMessageType(),
					"the page's heading shows the error of " + bad[0]);
			org.eclipse.ui.forms.widgets.Form form = editor.getActivePageInstance().getManagedForm().getForm()
					.getForm();
			assertTrue(java.util.Arrays.stream(form.getChildrenMessages()).anyMatch(m -> m.getMessage().equals(bad[1])
					&& m.getControl() == looks), "the heading's messages lack " + bad[1]);
		}
		assertEquals("3,, 6", looks.getText(), "the field keeps what was typed");

		// one Undo takes the whole list back; Redo puts it back
		UiInput.replaceText(looks, "2, 5, 9");
		UiInput.keyStroke('\r', 0);
		UiInput.await(() -> editor.test().getMonitoring().getLookTimes().equals(List.of(2.0, 5.0, 9.0)),
				"the new look days");
		assertNull(Fields.error(looks));
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> editor.test().getMonitoring().getLookTimes().equals(List.of(3.0, 6.0, 10.0)),
				"the look days undone");
		assertEquals("3, 6, 10", looks.getText());
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> editor.test().getMonitoring().getLookTimes().isEmpty(), "the template's looks back");
		assertEquals("", looks.getText());
		assertFalse(editor.isDirty());
		UiInput.menu("Edit", "Redo");
		UiInput.await(() -> editor.test().getMonitoring().getLookTimes().equals(List.of(3.0, 6.0, 10.0)),
				"the look days redone");

		// the analysis monitors on those days: three looks, and the monitoring chart's points are at days 3, 6, 10
		Composite analysis = page(editor, "analysis");
		AnalysisPage results = editor.analysisPage();
		assertEquals("sequential (msprt), looks on days 3, 6, 10 (the Design page's monitoring plan)",
				results.monitoringShown());
		Path log = plantedLog(Files.createTempDirectory("abtest-looks"), 4000, 0);
		Text data = UiInput.field(analysis, "Log:");
		UiInput.click(data);
		UiInput.replaceText(data, log.toString());
		UiInput.click(WizardInput.button(analysis, "Analyse"));
		UiTesting.waitUntil(() -> results.finished() >= 1, "the analysis");
		AnalysisRun.Outcome outcome = results.lastOutcome();
		assertNull(outcome.problem(), outcome.problem());
		assertEquals(List.of(3, 6, 10), outcome.monitoring().rows().stream().map(r -> r.day()).toList());
		org.jfree.data.xy.XYDataset points = ((org.jfree.chart.plot.XYPlot) results.charts().get("monitoring")
				.chart().getPlot()).getDataset();
		List<Double> days = new ArrayList<>();
		for (int i = 0; i < points.getItemCount(0); i++) {
			days.add(points.getXValue(0, i));
		}
		assertEquals(List.of(3.0, 6.0, 10.0), days, "the monitoring chart's looks");
	}

	@Test
	void aGuardrailsNonInferiorityMarginIsTypedUndoneAndANegativeOneRefused() throws Exception {
		AbTestEditor editor = open(UiTesting.newProject("abtest-margin"), "margin.abtest");
		Composite design = page(editor, "design");
		io.streamwise.model.abtest.Metric revenue = editor.test().getGuardrailMetrics().get(0);
		assertEquals(0.0, revenue.getNonInferiorityMargin(), "the template's guardrail has no margin");
		List<Text> margins = fieldsWithTooltip(design, "Largest decrease tolerated");
		assertEquals(1, margins.size(), "one margin field per guardrail");
		Text margin = margins.get(0);
		assertEquals("0", margin.getText());
		org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(margin);
		UiTesting.processEvents();

		UiInput.click(margin);
		UiInput.replaceText(margin, "-0.5");
		UiInput.keyStroke('\r', 0);
		assertEquals("nonInferiorityMargin cannot be negative, got -0.5", Fields.error(margin));
		assertEquals(0.0, revenue.getNonInferiorityMargin(), "a negative margin stays out");
		assertFalse(editor.isDirty());

		UiInput.replaceText(margin, "0.5");
		UiInput.keyStroke('\r', 0);
		UiInput.await(() -> revenue.getNonInferiorityMargin() == 0.5, "the margin in the model");
		assertNull(Fields.error(margin));
		assertTrue(editor.isDirty());
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> revenue.getNonInferiorityMargin() == 0.0, "the margin undone");
		assertEquals("0", margin.getText());
		assertFalse(editor.isDirty());

		// a guardrail added by its button gets its own margin field
		Button addGuardrail = WizardInput.button(design, "Add guardrail");
		org.eclipse.ui.forms.widgets.FormToolkit.ensureVisible(addGuardrail);
		UiTesting.processEvents();
		UiInput.click(addGuardrail);
		UiInput.await(() -> fieldsWithTooltip(design, "Largest decrease tolerated").size() == 2,
				"the added guardrail's margin field");
	}

	private static List<Text> fieldsWithTooltip(Composite root, String prefix) {
		List<Control> all = new ArrayList<>();
		WizardInput.collect(root, all);
		return all.stream().filter(c -> c instanceof Text t && !t.isDisposed() && t.getToolTipText() != null
				&& t.getToolTipText().startsWith(prefix)).map(c -> (Text) c).toList();
	}

	/** The share fields of the variants, in order (they have no label of their own: the column's header names them). */
	private static List<Text> shareFields(Composite root) {
		List<Text> shares = new ArrayList<>();
		collectShares(root, shares);
		return shares;
	}

	private static void collectShares(Composite parent, List<Text> into) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Text t && "Share of units, in (0, 1)".equals(t.getToolTipText())) {
				into.add(t);
			}
			if (c instanceof Composite composite) {
				collectShares(composite, into);
			}
		}
	}

	@Test
	void aShareAboveOneAndAnAlphaOfOneAreErrorsOnTheirFieldsAndLeaveTheModelAlone() throws Exception {
		AbTestEditor editor = open(UiTesting.newProject("abtest-invalid"), "invalid.abtest");
		Composite design = page(editor, "design");
		String planBefore = editor.designPage().sampleSizeShown();
		Text share = shareFields(design).get(0);
		UiInput.click(share);
		UiInput.replaceText(share, "1.5");
		UiInput.keyStroke('\r', 0);
		String error = Fields.error(share);
		assertNotNull(error, "the share field shows no error");
		assertTrue(error.contains("between 0 and 1") && error.contains("1.5"), error);
		assertEquals(0.5, editor.test().getVariants().get(0).getTrafficShare(), "an invalid share stays out");
		assertEquals(planBefore, editor.designPage().sampleSizeShown(), "the plan keeps the model's share");

		Text alpha = UiInput.field(design, "Alpha:");
		UiInput.replaceText(alpha, "1");
		UiInput.keyStroke('\r', 0);
		error = Fields.error(alpha);
		assertNotNull(error, "the alpha field shows no error");
		assertTrue(error.startsWith("alpha must lie strictly between 0 and 1"), error);
		assertEquals(0.05, editor.test().getAlpha());
		assertFalse(editor.isDirty(), "nothing invalid reached the model");
		assertEquals(IMessageProvider.ERROR,
				editor.getActivePageInstance().getManagedForm().getForm().getMessageType(),
				"the page's heading shows the errors");

		// valid values clear the errors; a valid share that breaks the sum is set, and the plan says why it stops
		UiInput.replaceText(alpha, "0.05");
		UiInput.keyStroke('\r', 0);
		UiInput.await(() -> Fields.error(alpha) == null, "the alpha error cleared");
		UiInput.click(share);
		UiInput.replaceText(share, "0.6");
		UiInput.keyStroke('\r', 0);
		UiInput.await(() -> editor.test().getVariants().get(0).getTrafficShare() == 0.6, "the share in the model");
		assertNull(Fields.error(share));
		assertEquals("-", editor.designPage().sampleSizeShown());
		String problem = editor.designPage().shown().problem();
		assertTrue(problem.contains("field 'trafficShare'") && problem.contains("sum to 1.1"), problem);
		UiInput.menu("Edit", "Undo");
		UiInput.await(() -> editor.designPage().sampleSizeShown().equals(planBefore), "the plan back");
		assertFalse(editor.isDirty());
	}

	/** Reads the error a field of the editor shows (kept on the control). */
	private static final class Fields {
		static String error(Control control) {
			return (String) control.getData("streamwise.error");
		}
	}

	@Test
	void fileNewAbTestCreatesATestFromTheTemplateNamedByTheUserAndOpensIt() throws Exception {
		IProject project = UiTesting.newProject("abtest-new");
		List<String> seen = WizardInput.newFile(project, "A/B Test", "price cut.abtest");
		UiInput.await(() -> project.getFile("price cut.abtest").exists(), "the new A/B test file");
		assertEquals(List.of("New A/B Test"), seen);
		IEditorPart active = UiTesting.page().getActiveEditor();
		assertTrue(active instanceof AbTestEditor, "the new test is open in the A/B test editor: " + active);
		ABTest test = ((AbTestEditor) active).test();
		assertEquals("price-cut", test.getId());
		assertEquals("price cut", test.getName());
		assertEquals(2, test.getVariants().size(), "the template's two arms");
		assertEquals("revenue", test.getGuardrailMetrics().get(0).getName(), "the template's guardrail");
		assertFalse(active.isDirty());
	}

	/**
	 * An event log with the assignment column, planted: viewers alternate between the arms (even v control, odd v
	 * pinned), except that with {@code controlOnlyEvery} > 0 a pinned viewer with v mod controlOnlyEvery = 1 goes to
	 * control instead (a broken split). Of the viewers of an arm, numbered by v / 2, a control viewer buys when that
	 * number ends in 0 (10 %), a pinned one when it ends in 0 or 1 (20 %), for 20 each; viewer v enters on day
	 * (v / 20) mod 10, so every day has every ending; its pre-period purchases are v mod 3.
	 */
	private static Path plantedLog(Path dir, int viewers, int controlOnlyEvery) throws Exception {
		StringBuilder csv = new StringBuilder("viewer,stream,item,type,timestamp,value,variant,pre_purchases\n");
		long start = 1_780_000_000L;
		for (int v = 0; v < viewers; v++) {
			boolean pinned = v % 2 == 1 && !(controlOnlyEvery > 0 && v % controlOnlyEvery == 1);
			long t = start + (v / 20 % 10) * 86_400L + v;
			String arm = pinned ? "pinned" : "control";
			String stream = "s" + (v % 7);
			csv.append("v").append(v).append(',').append(stream).append(",i1,view,").append(t).append(",,")
					.append(arm).append(',').append(v % 3).append('\n');
			boolean buys = pinned ? v / 2 % 10 < 2 : v / 2 % 10 == 0;
			if (buys) {
				csv.append("v").append(v).append(',').append(stream).append(",i1,purchase,").append(t + 60)
						.append(",20,").append(arm).append(',').append(v % 3).append('\n');
			}
		}
		Path log = dir.resolve("planted-" + viewers + "-" + controlOnlyEvery + ".csv");
		Files.writeString(log, csv, StandardCharsets.UTF_8);
		return log;
	}

	@Test
	void analysingAPlantedLogInAJobShowsTheSampleRatioVerdictALiftOfThePlantedSignAndExportableCharts()
			throws Exception {
		AbTestEditor editor = open(UiTesting.newProject("abtest-analysis"), "analysis.abtest");
		Composite analysis = page(editor, "analysis");
		AnalysisPage results = editor.analysisPage();
		Path dir = Files.createTempDirectory("abtest-analysis");
		Path log = plantedLog(dir, 4000, 0);

		Text data = UiInput.field(analysis, "Log:");
		UiInput.click(data);
		UiInput.replaceText(data, log.toString());
		UiInput.click(WizardInput.button(analysis, "Analyse"));
		UiTesting.waitUntil(() -> results.finished() >= 1, "the analysis");
		assertEquals(IStatus.OK, results.job().getResult().getSeverity(), results.job().getResult().toString());
		AnalysisRun.Outcome outcome = results.lastOutcome();
		assertNull(outcome.problem(), outcome.problem());
		assertTrue(outcome.offUiThread(), "the analysis ran on the UI thread");
		assertTrue(results.srmShown().endsWith("no mismatch."), results.srmShown());

		AbAnalysis.Comparison conversion = outcome.analysis().metrics().get(0).comparisons().get(0);
		assertEquals("conversion", conversion.metric());
		assertEquals("cuped", conversion.primaryMethod(), "the test's pre-period column decides");
		AbStatistics.Estimate welch = conversion.estimates().stream().filter(e -> e.method().equals("welch"))
				.findFirst().orElseThrow();
		// planted: 20 % against 10 % of 2,000 viewers each
		assertEquals(0.10, welch.estimate(), 1e-12);
		assertEquals("significant increase", conversion.verdict());
		assertTrue(tableHas(results, "conversion", "pinned", "cuped (decides)", "significant increase"),
				"the estimates table shows the deciding method's increase");
		assertNotNull(outcome.monitoring(), "an event log's timestamps give the days to monitor");
		assertEquals(10, outcome.monitoring().rows().size(), "one look per day of the ten");
		assertTrue(outcome.monitoring().decisionDay()[0] > 0, "a doubled rate is decided within the ten days");
		System.out.printf("A/B analysis of %,d viewers in the editor's job: %.3f s%n", 4000, outcome.nanos() / 1e9);

		// the report bundle's charts, shown on the page, each exportable: the forest plot, the posteriors of the
		// conversion metric, the monitoring chart
		assertEquals(List.of("forest", "posterior-conversion", "monitoring"), List.copyOf(results.charts().keySet()));
		for (ChartCanvas canvas : results.charts().values()) {
			assertTrue(canvas.isVisible() && canvas.getSize().x > 0, "a chart is not shown");
		}
		Path svg = dir.resolve("forest.svg");
		results.charts().get("forest").export(svg, "svg");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		// JFreeSVG writes the SVG 1.1 DOCTYPE: parse without fetching its DTD from the network
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document document = factory.newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getNodeName());
		assertTrue(Files.readString(svg).contains("conversion: pinned"), "the forest plot's row of the comparison");
		Path png = dir.resolve("monitoring.png");
		results.charts().get("monitoring").export(png, "png");
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' },
				java.util.Arrays.copyOf(Files.readAllBytes(png), 4));

		// a broken split: one pinned viewer in five (v mod 10 = 1) landed in control, 2,400 against 1,600
		Path broken = plantedLog(dir, 4000, 10);
		UiInput.click(data);
		UiInput.replaceText(data, broken.toString());
		UiInput.click(WizardInput.button(analysis, "Analyse"));
		UiTesting.waitUntil(() -> results.finished() >= 2, "the analysis of the broken split");
		assertTrue(results.srmShown().contains("MISMATCH"), results.srmShown());
		assertTrue(results.lastOutcome().analysis().metrics().get(0).comparisons().get(0).verdict()
				.startsWith("no verdict: sample ratio mismatch"));

		// a log without the test's assignment column: the problem names the file, line and field
		UiInput.click(data);
		Path noColumn = dir.resolve("no-variant.csv");
		Files.writeString(noColumn, "viewer,type,timestamp\nv1,view,1780000000\n");
		UiInput.replaceText(data, noColumn.toString());
		UiInput.click(WizardInput.button(analysis, "Analyse"));
		UiTesting.waitUntil(() -> results.finished() >= 3, "the analysis of a log without assignments");
		assertTrue(results.statusShown().contains(noColumn + ":1: field 'variant'"), results.statusShown());
	}

	private static boolean tableHas(AnalysisPage page, String... cells) {
		for (org.eclipse.swt.widgets.TableItem item : page.estimatesTable().getItems()) {
			boolean all = true;
			for (int i = 0; i < cells.length; i++) {
				int column = i < 3 ? i : 7;
				String expected = cells[i];
				all &= item.getText(column).equals(expected);
			}
			if (all && Double.parseDouble(item.getText(3)) > 0) {
				return true;
			}
		}
		return false;
	}

	@Test
	void cancelStopsTheAnalysisJobAndThePageKeepsTheLastWholeResults() throws Exception {
		AbTestEditor editor = open(UiTesting.newProject("abtest-cancel-ui"), "cancel-ui.abtest");
		Composite analysis = page(editor, "analysis");
		AnalysisPage results = editor.analysisPage();
		Path dir = Files.createTempDirectory("abtest-cancel-ui");
		Text data = UiInput.field(analysis, "Log:");
		Button analyse = WizardInput.button(analysis, "Analyse");
		Button cancel = WizardInput.button(analysis, "Cancel");
		assertFalse(cancel.isEnabled(), "nothing to cancel yet");

		// a first analysis, shown whole
		UiInput.click(data);
		UiInput.replaceText(data, plantedLog(dir, 400, 0).toString());
		UiInput.click(analyse);
		UiTesting.waitUntil(() -> results.finished() >= 1, "the first analysis");
		AnalysisRun.Outcome first = results.lastOutcome();
		assertNull(first.problem(), first.problem());
		int rows = results.estimatesTable().getItemCount();
		assertTrue(rows > 0);

		// the second one is held in the job queue (every job waits while the job manager is suspended), so that the
		// click on Cancel certainly comes while it is scheduled and not yet done
		UiInput.replaceText(data, plantedLog(dir, 4000, 0).toString());
		org.eclipse.core.runtime.jobs.Job.getJobManager().suspend();
		org.eclipse.core.runtime.jobs.Job second;
		try {
			UiInput.click(analyse);
			UiInput.await(cancel::isEnabled, "Cancel enabled while the analysis is under way");
			second = results.job();
			assertFalse(analyse.isEnabled(), "one analysis at a time");
			assertTrue(results.statusShown().startsWith("Analysing planted-4000-0.csv"), results.statusShown());
			UiInput.click(cancel);
		} finally {
			org.eclipse.core.runtime.jobs.Job.getJobManager().resume();
		}
		UiTesting.waitUntil(() -> results.finished() >= 2, "the cancelled analysis");
		second.join();
		assertEquals(org.eclipse.core.runtime.jobs.Job.NONE, second.getState());
		assertNull(second.getResult(), "the cancelled analysis never ran");
		assertEquals("Cancelled; the results below are still those of the last analysis that ended.",
				results.statusShown());
		assertTrue(analyse.isEnabled() && !cancel.isEnabled());
		// nothing of the cancelled analysis was shown: the first one's outcome, tables and charts stay whole
		assertTrue(first == results.lastOutcome(), "the cancelled analysis replaced the shown outcome");
		assertEquals(rows, results.estimatesTable().getItemCount());
		assertEquals(List.of("forest", "posterior-conversion", "monitoring"), List.copyOf(results.charts().keySet()));
		assertFalse(editor.isDirty(), "an analysis does not touch the test");
	}

	/** A monitor that is cancelled by the first unit of work reported: a cancel while the job's first step runs. */
	private static final class CancelledAfterFirstStep extends NullProgressMonitor {
		final List<String> steps = new ArrayList<>();

		@Override
		public void subTask(String name) {
			steps.add(name);
		}

		@Override
		public void worked(int work) {
			setCanceled(true);
		}
	}

	@Test
	void anAnalysisCancelledDuringItsFirstStepStopsThereAndReturnsNothing() throws Exception {
		CancelledAfterFirstStep monitor = new CancelledAfterFirstStep();
		assertNull(analyseCancelled("cancel-step", monitor));
		assertEquals(List.of("Reading conversion"), monitor.steps, "the run went on after the cancel");
	}

	/** Analyses a planted 400-unit log of a new test NAME under the given monitor, as the editor's job does. */
	private static AnalysisRun.Outcome analyseCancelled(String name, NullProgressMonitor monitor) throws Exception {
		AbTestEditor editor = open(UiTesting.newProject("abtest-" + name), name + ".abtest");
		Path log = plantedLog(Files.createTempDirectory("abtest-" + name), 400, 0);
		return AnalysisRun.run(EcoreUtil.copy(editor.test()),
				new AnalysisRun.Settings(log, "variant", null, null, null, 1), monitor, true);
	}

	/** A monitor cancelled as the first step (reading the first metric) begins. */
	private static final class CancelledAtFirstStep extends NullProgressMonitor {
		int worked;

		@Override
		public void subTask(String name) {
			setCanceled(true);
		}

		@Override
		public void worked(int work) {
			worked += work;
		}
	}

	@Test
	void aCancelDuringTheLogsReadingStopsTheReadItself() throws Exception {
		CancelledAtFirstStep monitor = new CancelledAtFirstStep();
		assertNull(analyseCancelled("cancel-read", monitor));
		// the core's reader asked the job's monitor and stopped: the read never finished to report its work
		assertEquals(0, monitor.worked, "the read went on to its end after the cancel");
	}

	@Test
	void guiRunAnalysesTheLogBesideTheTest() throws Exception {
		IProject project = UiTesting.newProject("abtest-startup");
		// the log beside the test, named like it: the Analysis page's log when it opens
		Path csv = plantedLog(Files.createTempDirectory("abtest-startup"), 400, 0);
		IFile beside = project.getFile("startup.csv");
		beside.create(Files.newInputStream(csv), true, new NullProgressMonitor());
		AbTestEditor editor = open(project, "startup.abtest");
		io.streamwise.ui.startup.StartupTarget target = editor.getAdapter(io.streamwise.ui.startup.StartupTarget.class);
		target.run();
		assertEquals("analysis", editor.getActivePageInstance().getId(), "--run shows the Analysis page");
		AnalysisPage results = editor.analysisPage();
		UiTesting.waitUntil(() -> results.finished() >= 1, "the analysis --run started");
		assertNull(results.lastOutcome().problem(), results.lastOutcome().problem());
		assertEquals(beside.getLocation().toOSString(), UiInput.field(page(editor, "analysis"), "Log:").getText());
		assertEquals(400, results.lastOutcome().units().get(0).size());

	}

	@Test
	void anAnalysisCancelledBetweenItsStepsReturnsNothing() throws Exception {
		AbTestEditor editor = open(UiTesting.newProject("abtest-cancel"), "cancel.abtest");
		Path log = plantedLog(Files.createTempDirectory("abtest-cancel"), 400, 0);
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertNull(AnalysisRun.run(EcoreUtil.copy(editor.test()),
				new AnalysisRun.Settings(log, "variant", null, null, null, 1), cancelled, true));
	}

	@Test
	void theTreeEditorStaysUnderOpenWithAndShowsTheTestsItems() throws Exception {
		IProject project = UiTesting.newProject("abtest-tree");
		IFile file = project.getFile("tree.abtest");
		file.create(new java.io.ByteArrayInputStream(Templates.testNamed("tree.abtest")), true,
				new NullProgressMonitor());
		ModelEditor editor = (ModelEditor) IDE.openEditor(UiTesting.page(), file, "io.streamwise.ui.abtest.tree");
		org.eclipse.swt.widgets.TreeItem root = editor.viewer().getTree().getItem(0);
		assertFalse(root.getText().isBlank());
		assertNotNull(root.getImage(), "the A/B test item providers give the root its icon");
		assertEquals(5, root.getItemCount(), "two variants, the primary metric, a guardrail, the monitoring plan");
	}

	@Test
	void theBundledTemplateIsTheExampleTest() throws Exception {
		// tests run in their project's folder; the example is two folders up
		Path example = Path.of("../../examples/abtest/pinned-offer.abtest");
		assertTrue(Files.exists(example), "no " + example.toAbsolutePath());
		assertArrayEquals(Files.readAllBytes(example), Templates.templateBytes(),
				"templates/pinned-offer.abtest of io.streamwise.ui.abtest differs from the example: copy it again");
	}
}
