package io.streamwise.ui.abtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.streamwise.core.abtest.AbDesign;
import io.streamwise.core.abtest.AbInputException;
import io.streamwise.core.abtest.AbTestSpec;
import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.ABTestFactory;
import io.streamwise.model.abtest.ABTestPackage.Literals;
import io.streamwise.model.abtest.Metric;
import io.streamwise.model.abtest.MetricKind;
import io.streamwise.model.abtest.Variant;
import io.streamwise.ui.abtest.Fields.Kind;

/**
 * The test's design: hypothesis and unit, variants and their traffic shares, the primary metric, the targets (α,
 * power, minimum detectable effect, correction), CUPED's correlation, clusters and the daily traffic. The plan
 * ({@link AbDesign}: units per arm, in all, streams, days) is recomputed at every key typed into any field, from what
 * the fields show; it is a closed formula that takes microseconds, so it runs on the UI thread. A test the design
 * cannot plan (shares not summing to 1, a rate that leaves (0, 1) with the effect) says why in the plan and on the
 * field at fault. The monitoring plan (fixed or sequential, the look days) is part of the design too.
 */
public final class DesignPage extends AbFormPage {

	static final String ID = "design";
	private static final String PLAN = "plan";
	private static final Pattern FIELD = Pattern.compile("field '([A-Za-z]+)'");

	/**
	 * What the plan section shows: the plan of the test as the fields show it, or why there is none; how long the
	 * computation took.
	 */
	public record Shown(AbDesign.Inputs inputs, AbDesign.Plan plan, List<String> arms, String problem, long nanos) {
	}

	private Composite variantsArea, guardrailsArea;
	private List<Variant> shownVariants = List.of();
	private List<Metric> shownGuardrails = List.of();
	private Combo control;
	private Label perArm, total, duration, detail;
	private Shown shown;
	private LookDaysField lookDays;
	private int computed;

	DesignPage(AbTestEditor editor) {
		super(editor, ID, "Design");
	}

	@Override
	void createContent(Composite body) {
		Composite general = section(body, "Test", "What is tested, and what a unit of randomisation is.", 2, 1);
		fields.text(general, "Id:", "Stable id of the test", this::test, Literals.AB_TEST__ID, Kind.TEXT);
		fields.text(general, "Name:", "Display name", this::test, Literals.AB_TEST__NAME, Kind.TEXT);
		fields.text(general, "Hypothesis:", "The change and the effect expected, in words", this::test,
				Literals.AB_TEST__HYPOTHESIS, Kind.TEXT);
		fields.choice(general, "Unit:", this::test, Literals.AB_TEST__UNIT);

		Composite plan = section(body, "Plan",
				"Recomputed at every key typed: the units each arm needs for the power asked, and how long the test"
						+ " runs at the daily traffic.",
				2, 1);
		toolkit.createLabel(plan, "Units per arm:");
		perArm = note(plan, 1);
		toolkit.createLabel(plan, "Sample size:");
		total = note(plan, 1);
		toolkit.createLabel(plan, "Duration:");
		duration = note(plan, 1);
		detail = note(plan, 2);

		variantsArea = section(body, "Variants",
				"The arms, as the log's assignment column names them, and the share of units each gets (the shares"
						+ " sum to 1).",
				3, 1);
		Composite metric = section(body, "Primary metric",
				"What the decision is made on, and what is known of it before the test.", 2, 1);
		fields.text(metric, "Metric:", "Name of the metric, as in reports", () -> test().getPrimaryMetric(),
				Literals.METRIC__NAME, Kind.TEXT);
		fields.choice(metric, "Kind:", () -> test().getPrimaryMetric(), Literals.METRIC__KIND);
		fields.text(metric, "Column:", "Column of the log (conversion and revenue are derived from an event log)",
				() -> test().getPrimaryMetric(), Literals.METRIC__COLUMN, Kind.TEXT);
		fields.text(metric, "Baseline:", "The control's expected value: a rate for conversion, a mean otherwise",
				() -> test().getPrimaryMetric(), Literals.METRIC__BASELINE,
				() -> test().getPrimaryMetric() != null
						&& test().getPrimaryMetric().getKind() == MetricKind.CONVERSION_RATE ? Kind.OPEN_UNIT
								: Kind.NON_NEGATIVE);
		fields.text(metric, "Standard deviation:", "Per unit, for means (revenue); not used for conversion",
				() -> test().getPrimaryMetric(), Literals.METRIC__STANDARD_DEVIATION, Kind.NON_NEGATIVE);

		Composite targets = section(body, "Targets", "The test's error rates and the smallest effect worth finding.",
				2, 1);
		fields.text(targets, "Alpha:", "Significance level, two-sided, in (0, 1)", this::test,
				Literals.AB_TEST__ALPHA, Kind.OPEN_UNIT);
		fields.text(targets, "Power:", "Probability of finding the minimum detectable effect, in (0, 1)", this::test,
				Literals.AB_TEST__POWER, Kind.OPEN_UNIT);
		fields.text(targets, "Minimum detectable effect:", "0.1 is +10 % on the relative scale", this::test,
				Literals.AB_TEST__MINIMUM_DETECTABLE_EFFECT, Kind.NON_ZERO);
		fields.choice(targets, "Effect scale:", this::test, Literals.AB_TEST__EFFECT_SCALE);
		fields.choice(targets, "Correction:", this::test, Literals.AB_TEST__CORRECTION);

		Composite variance = section(body, "Variance and traffic",
				"CUPED multiplies the variance by 1 - rho^2; randomising streams by 1 + (m - 1) ICC.", 2, 1);
		fields.text(variance, "Pre-period column:", "The covariate of CUPED (empty for none)", this::test,
				Literals.AB_TEST__COVARIATE, Kind.TEXT);
		fields.text(variance, "Correlation rho:", "Expected correlation of the covariate with the metric", this::test,
				Literals.AB_TEST__COVARIATE_CORRELATION, Kind.CORRELATION);
		fields.text(variance, "Viewers per stream:", "m, when streams are randomised", this::test,
				Literals.AB_TEST__CLUSTER_SIZE, Kind.AT_LEAST_ONE);
		fields.text(variance, "ICC:", "Intra-class correlation of the metric within a stream, in [0, 1)", this::test,
				Literals.AB_TEST__INTRACLASS_CORRELATION, Kind.ICC);
		fields.text(variance, "Daily traffic:", "Units (viewers, or streams) entering the test per day", this::test,
				Literals.AB_TEST__DAILY_TRAFFIC, Kind.NON_NEGATIVE);
		Composite monitoring = section(body, "Monitoring plan",
				"Fixed horizon: one look at the planned size. Sequential: a look at each look day (every day when none"
						+ " are given), with always-valid p-values, so looking early does not inflate alpha.",
				2, 2);
		fields.choice(monitoring, "Monitoring:", () -> test().getMonitoring(), Literals.MONITORING_PLAN__KIND);
		fields.choice(monitoring, "Sequential method:", () -> test().getMonitoring(),
				Literals.MONITORING_PLAN__SEQUENTIAL_METHOD);
		lookDays = new LookDaysField(editor, toolkit, getManagedForm().getMessageManager(), monitoring);
		fields.text(monitoring, "Mixture variance:", "tau^2 of the mixture SPRT; 0 takes (MDE x baseline)^2",
				() -> test().getMonitoring(), Literals.MONITORING_PLAN__MIXTURE_VARIANCE, Kind.NON_NEGATIVE);
		guardrailsArea = section(body, "Guardrail metrics",
				"Metrics that must not get worse: analysed beside the primary metric, under the same correction. A"
						+ " margin above 0 tolerates a decrease up to it (a non-inferiority test).",
				6, 2);
		refreshContent();
	}

	@Override
	void refreshContent() {
		List<Variant> variants = List.copyOf(test().getVariants());
		if (!variants.equals(shownVariants)) {
			rebuildVariants(variants);
		}
		List<Metric> guardrails = List.copyOf(test().getGuardrailMetrics());
		if (!guardrails.equals(shownGuardrails)) {
			rebuildGuardrails(guardrails);
		}
		if (lookDays != null) {
			lookDays.show();
		}
		if (control != null && !control.isDisposed()) {
			String name = variants.stream().filter(Variant::isControl).map(Variant::getName).findFirst().orElse("");
			control.setItems(variants.stream().map(v -> v.getName() == null ? "" : v.getName())
					.toArray(String[]::new));
			control.setText(name == null ? "" : name);
		}
		recompute();
	}

	private void rebuildVariants(List<Variant> variants) {
		for (Control c : variantsArea.getChildren()) {
			c.dispose();
		}
		fields.prune();
		toolkit.createLabel(variantsArea, "Name");
		toolkit.createLabel(variantsArea, "Description");
		toolkit.createLabel(variantsArea, "Share");
		for (Variant v : variants) {
			fields.text(variantsArea, null, "Name of the arm in the assignment column", () -> v,
					Literals.VARIANT__NAME, Kind.TEXT);
			fields.text(variantsArea, null, "What this arm changes", () -> v, Literals.VARIANT__DESCRIPTION,
					Kind.TEXT);
			fields.text(variantsArea, null, "Share of units, in (0, 1)", () -> v, Literals.VARIANT__TRAFFIC_SHARE,
					Kind.OPEN_UNIT);
		}
		toolkit.createLabel(variantsArea, "Control:");
		control = new Combo(variantsArea, SWT.READ_ONLY);
		toolkit.adapt(control);
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		control.addListener(SWT.Selection, e -> chooseControl(control.getSelectionIndex()));
		Composite buttons = toolkit.createComposite(variantsArea);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
		Button add = toolkit.createButton(buttons, "Add variant", SWT.PUSH);
		add.setToolTipText("Another arm; every arm then gets an equal share");
		add.addListener(SWT.Selection, e -> addVariant());
		Button remove = toolkit.createButton(buttons, "Remove variant", SWT.PUSH);
		remove.setToolTipText("Removes the last arm that is not the control; the others share equally");
		remove.setEnabled(variants.size() > 2);
		remove.addListener(SWT.Selection, e -> removeVariant());
		shownVariants = variants;
		variantsArea.layout(true);
		getManagedForm().reflow(true);
	}

	private void rebuildGuardrails(List<Metric> guardrails) {
		for (Control c : guardrailsArea.getChildren()) {
			c.dispose();
		}
		fields.prune();
		for (String header : List.of("Name", "Kind", "Column", "Baseline", "Standard deviation",
				"Non-inferiority margin")) {
			toolkit.createLabel(guardrailsArea, header);
		}
		for (Metric m : guardrails) {
			fields.text(guardrailsArea, null, "Name of the guardrail", () -> m, Literals.METRIC__NAME, Kind.TEXT);
			fields.choice(guardrailsArea, null, () -> m, Literals.METRIC__KIND);
			fields.text(guardrailsArea, null, "Column of the log (revenue is derived from an event log)", () -> m,
					Literals.METRIC__COLUMN, Kind.TEXT);
			fields.text(guardrailsArea, null, "Expected control value", () -> m, Literals.METRIC__BASELINE,
					() -> m.getKind() == MetricKind.CONVERSION_RATE ? Kind.OPEN_UNIT : Kind.NON_NEGATIVE);
			fields.text(guardrailsArea, null, "Standard deviation per unit", () -> m,
					Literals.METRIC__STANDARD_DEVIATION, Kind.NON_NEGATIVE);
			fields.text(guardrailsArea, null,
					"Largest decrease tolerated, in the metric's units (a rate for conversion); 0: none", () -> m,
					Literals.METRIC__NON_INFERIORITY_MARGIN, Kind.NON_NEGATIVE);
		}
		Composite buttons = toolkit.createComposite(guardrailsArea);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
		buttons.setLayout(new org.eclipse.swt.layout.RowLayout());
		Button add = toolkit.createButton(buttons, "Add guardrail", SWT.PUSH);
		add.setToolTipText("Revenue per viewer, from an event log's purchases");
		add.addListener(SWT.Selection, e -> {
			Metric m = ABTestFactory.eINSTANCE.createMetric();
			m.setName("revenue");
			m.setKind(MetricKind.REVENUE_PER_VIEWER);
			m.setColumn("revenue");
			editor.execute(AddCommand.create(editor.getEditingDomain(), test(), Literals.AB_TEST__GUARDRAIL_METRICS,
					m));
		});
		Button remove = toolkit.createButton(buttons, "Remove guardrail", SWT.PUSH);
		remove.setEnabled(!guardrails.isEmpty());
		remove.addListener(SWT.Selection, e -> {
			if (!test().getGuardrailMetrics().isEmpty()) {
				editor.execute(RemoveCommand.create(editor.getEditingDomain(), test(),
						Literals.AB_TEST__GUARDRAIL_METRICS, guardrails.get(guardrails.size() - 1)));
			}
		});
		shownGuardrails = guardrails;
		guardrailsArea.layout(true);
		getManagedForm().reflow(true);
	}

	/** Makes the arm at index the control, the others not: one command. */
	void chooseControl(int index) {
		List<Variant> variants = test().getVariants();
		if (index < 0 || index >= variants.size()) {
			return;
		}
		CompoundCommand command = new CompoundCommand("Choose the control");
		for (int i = 0; i < variants.size(); i++) {
			if (variants.get(i).isControl() != (i == index)) {
				command.append(SetCommand.create(editor.getEditingDomain(), variants.get(i),
						Literals.VARIANT__CONTROL, i == index));
			}
		}
		if (!command.isEmpty()) {
			editor.execute(command);
		}
	}

	/** Adds an arm named variantN and gives every arm an equal share: one command. */
	void addVariant() {
		ABTest test = test();
		Variant v = ABTestFactory.eINSTANCE.createVariant();
		int n = test.getVariants().size() + 1;
		int k = n;
		while (named(test, "variant" + k)) {
			k++;
		}
		v.setName("variant" + k);
		v.setTrafficShare(1.0 / n);
		CompoundCommand command = new CompoundCommand("Add a variant");
		command.append(AddCommand.create(editor.getEditingDomain(), test, Literals.AB_TEST__VARIANTS, v));
		for (Variant other : test.getVariants()) {
			command.append(SetCommand.create(editor.getEditingDomain(), other, Literals.VARIANT__TRAFFIC_SHARE,
					1.0 / n));
		}
		editor.execute(command);
	}

	private static boolean named(ABTest test, String name) {
		return test.getVariants().stream().anyMatch(x -> name.equals(x.getName()));
	}

	/** Removes the last arm that is not the control and shares equally among the others: one command. */
	void removeVariant() {
		List<Variant> variants = test().getVariants();
		if (variants.size() <= 2) {
			return;
		}
		Variant last = null;
		for (Variant v : variants) {
			if (!v.isControl()) {
				last = v;
			}
		}
		int n = variants.size() - 1;
		CompoundCommand command = new CompoundCommand("Remove a variant");
		command.append(RemoveCommand.create(editor.getEditingDomain(), test(), Literals.AB_TEST__VARIANTS, last));
		for (Variant other : variants) {
			if (other != last) {
				command.append(SetCommand.create(editor.getEditingDomain(), other, Literals.VARIANT__TRAFFIC_SHARE,
						1.0 / n));
			}
		}
		editor.execute(command);
	}

	@Override
	void typed() {
		recompute();
	}

	/** Plans the test as the fields show it (the model with the valid values typed but not yet set). */
	void recompute() {
		if (total == null || total.isDisposed()) {
			return;
		}
		long start = System.nanoTime();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		ABTest copy = (ABTest) copier.copy(test());
		copier.copyReferences();
		fields.typed(copier);
		String problem = null, field = null;
		AbDesign.Inputs inputs = null;
		AbDesign.Plan plan = null;
		List<String> arms = List.of();
		try {
			AbTestSpec spec = AbTestSpec.of(copy, null);
			inputs = spec.designInputs();
			arms = spec.arms();
			plan = AbDesign.plan(inputs);
		} catch (AbInputException e) {
			problem = e.getMessage();
			Matcher m = FIELD.matcher(problem);
			field = m.find() ? m.group(1) : null;
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		shown = new Shown(inputs, plan, arms, problem, System.nanoTime() - start);
		computed++;
		show(shown, field);
	}

	private void show(Shown s, String field) {
		fields.showPlanProblem(field, s.problem());
		getManagedForm().getMessageManager().removeMessage(PLAN);
		if (s.problem() != null) {
			perArm.setText("");
			total.setText("-");
			duration.setText("-");
			detail.setText("Cannot plan: " + s.problem());
			if (field == null) {
				getManagedForm().getMessageManager().addMessage(PLAN, "Cannot plan: " + s.problem(), null,
						IMessageProvider.ERROR);
			}
		} else {
			AbDesign.Inputs in = s.inputs();
			AbDesign.Plan p = s.plan();
			List<String> parts = new ArrayList<>();
			for (int i = 0; i < s.arms().size(); i++) {
				parts.add(String.format(Locale.ROOT, "%s %,d", s.arms().get(i), p.unitsPerArm()[i]));
			}
			perArm.setText(String.join(", ", parts));
			total.setText(sampleSizeText(in, p));
			duration.setText(durationText(in, p));
			detail.setText(String.format(Locale.ROOT,
					"Control %s, treatment %s. Each comparison at alpha %s with power %s; variance x %s (CUPED %s,"
							+ " design effect %s).",
					num(in.baseline()), num(p.treatmentValue()), num(p.comparisonAlpha()), num(in.power()),
					num(p.varianceFactor()), num(p.cupedFactor()), num(p.designEffect())));
		}
		perArm.getParent().layout(true);
		getManagedForm().reflow(true);
	}

	/** "56,846 viewers", or with streams randomised "56,846 viewers in 1,137 streams". */
	static String sampleSizeText(AbDesign.Inputs in, AbDesign.Plan p) {
		return in.clusterSize() > 1
				? String.format(Locale.ROOT, "%,d viewers in %,.0f streams", p.totalUnits(), Math.ceil(p.clusters()))
				: String.format(Locale.ROOT, "%,d viewers", p.totalUnits());
	}

	/** "38 days at 1,500 viewers a day", or why there is no duration. */
	static String durationText(AbDesign.Inputs in, AbDesign.Plan p) {
		if (Double.isNaN(p.days())) {
			return "give the daily traffic for a duration";
		}
		double traffic = in.dailyTraffic();
		return String.format(Locale.ROOT, "%,.0f days at %s %s a day", p.days(),
				traffic == Math.rint(traffic) ? String.format(Locale.ROOT, "%,.0f", traffic) : num(traffic),
				in.clusterSize() > 1 ? "streams" : "viewers");
	}

	/** Four significant digits without trailing zeros. */
	static String num(double v) {
		String s = String.format(Locale.ROOT, "%.4g", v);
		if (s.contains(".") && !s.contains("e")) {
			s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return s;
	}

	/** The plan shown, or null before the page was shown. */
	public Shown shown() {
		return shown;
	}

	/** The monitoring plan's look days field. */
	public Text lookDaysField() {
		return lookDays.text();
	}

	/** How often the plan was computed (at every key and every edit). */
	public int computed() {
		return computed;
	}

	/** The sample size and the duration as shown. */
	public String sampleSizeShown() {
		return total.getText();
	}

	public String durationShown() {
		return duration.getText();
	}
}
