// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbCalibration;
import io.streamwise.core.abtest.AbCounts;
import io.streamwise.core.abtest.AbDesign;
import io.streamwise.core.abtest.AbInputException;
import io.streamwise.core.abtest.AbMonitor;
import io.streamwise.core.abtest.AbResultsWriter;
import io.streamwise.core.abtest.AbStatistics;
import io.streamwise.core.abtest.AbTestSpec;
import io.streamwise.core.abtest.AbUnits;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;
import io.streamwise.model.abtest.MetricKind;
import io.streamwise.model.abtest.SequentialMethod;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.report.charts.AbTestCharts;

/** The work of the {@code abtest} commands (see {@link AbTestCommand}), outside the command classes. */
final class AbTestWork {

	private AbTestWork() {
	}

	static AbTestSpec loadSpec(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new Cli.InputException(file + ": the test file does not exist", null);
		}
		try {
			return AbTestSpec.of(ModelIO.load(file, ABTest.class), file);
		} catch (ModelLoadException e) {
			throw new Cli.InputException(e.getMessage(), e);
		} catch (AbInputException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
	}

	static Correction correction(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
		case "holm" -> Correction.HOLM;
		case "bonferroni" -> Correction.BONFERRONI;
		case "bh", "benjamini-hochberg" -> Correction.BENJAMINI_HOCHBERG;
		case "none" -> Correction.NONE;
		default -> throw new UsageException("--correction must be holm, bonferroni, bh or none, got " + name);
		};
	}

	static AnalysisMethod method(String name) {
		// the model's literals (Z_POOLED), which EMF's Java names spell without the underscore (ZPOOLED)
		AnalysisMethod method = AnalysisMethod.get(name.toUpperCase(Locale.ROOT).replace('-', '_'));
		if (method == null) {
			throw new UsageException("--method must be z-pooled, z-unpooled, fisher, boschloo, welch,"
					+ " welch-relative or bayesian, got " + name);
		}
		return method;
	}

	private static AbUnits read(Path data, AbUnits.Columns columns) {
		return read(data, columns, ProgressMonitor.NULL);
	}

	private static AbUnits read(Path data, AbUnits.Columns columns, ProgressMonitor monitor) {
		if (!Files.isRegularFile(data)) {
			throw new Cli.InputException(data + ": the data file does not exist", null);
		}
		try {
			return AbUnits.read(data, columns, monitor);
		} catch (AbInputException e) {
			throw new Cli.InputException(e.getMessage(), e);
		} catch (CancelledException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new Cli.InputException(data + ": cannot be read as CSV: " + e.getMessage(), e);
		}
	}

	static int design(AbTestCommand.Design c) throws IOException {
		Path dir = c.out == null ? null : OutputFolder.check(c.out);
		AbTestSpec spec = c.file == null ? null : loadSpec(c.file);
		boolean proportion = c.metric != null ? c.metric.equals("conversion")
				: spec == null || spec.metricKind() == MetricKind.CONVERSION_RATE;
		if (c.metric != null && !List.of("conversion", "revenue").contains(c.metric)) {
			throw new UsageException("--metric must be conversion or revenue, got " + c.metric);
		}
		double rhoFromLog = Double.NaN;
		AbDesign.ClusterEstimate iccFromLog = null;
		if (c.log != null) {
			AbUnits units = read(c.log, new AbUnits.Columns(c.variantColumn, proportion ? "conversion" : "revenue",
					c.prePeriod, c.cluster, null));
			try {
				rhoFromLog = c.prePeriod == null ? Double.NaN : AbDesign.estimateCorrelation(units);
				iccFromLog = c.cluster == null ? null : AbDesign.estimateIcc(units);
			} catch (IllegalArgumentException e) {
				throw new Cli.InputException(c.log + ": " + e.getMessage(), e);
			}
		}
		double[] shares = c.shares != null ? c.shares : spec != null ? spec.shares() : new double[] { 0.5, 0.5 };
		if (Math.abs(Arrays.stream(shares).sum() - 1) > AbTestSpec.SHARE_TOLERANCE) {
			throw new UsageException("--shares must sum to 1, got " + Arrays.stream(shares).sum());
		}
		double baseline = pick(c.baseline, spec == null ? null : spec.baseline(), Double.NaN);
		if (Double.isNaN(baseline)) {
			throw new UsageException("design needs --baseline (or a test file with the primary metric's baseline)");
		}
		double rho = c.rho != null ? c.rho
				: !Double.isNaN(rhoFromLog) ? rhoFromLog : spec == null ? 0 : spec.covariateCorrelation();
		double m = c.clusterSize != null ? c.clusterSize
				: iccFromLog != null ? iccFromLog.meanSize()
						: spec != null && spec.clusteredByStream() ? spec.clusterSize() : 1;
		double icc = c.icc != null ? c.icc
				: iccFromLog != null ? iccFromLog.icc()
						: spec != null && spec.clusteredByStream() ? spec.intraclassCorrelation() : 0;
		Correction correction = c.correction != null ? correction(c.correction)
				: spec == null ? Correction.HOLM : spec.correction();
		AbDesign.Inputs in = new AbDesign.Inputs(proportion, baseline,
				pick(c.sd, spec == null ? null : spec.standardDeviation(), 0), pick(c.mde,
						spec == null ? null : spec.effect(), 0.1),
				c.mde != null ? !c.absolute : spec == null ? !c.absolute : spec.relativeEffect(), shares,
				spec == null || c.shares != null ? 0 : spec.control(),
				pick(c.alpha, spec == null ? null : spec.alpha(), 0.05),
				pick(c.power, spec == null ? null : spec.power(), 0.8),
				correction == Correction.HOLM || correction == Correction.BONFERRONI, rho, m, icc,
				pick(c.dailyTraffic, spec == null ? null : spec.dailyTraffic(), 0));
		AbDesign.Plan plan;
		try {
			plan = AbDesign.plan(in);
		} catch (IllegalArgumentException e) {
			if (c.file != null) {
				throw new Cli.InputException(c.file + ": " + e.getMessage(), e);
			}
			throw new UsageException(e.getMessage());
		}
		List<String> arms = spec != null && c.shares == null ? spec.arms() : armNames(shares.length);
		String name = spec == null ? "ad hoc" : spec.name();
		if (dir != null) {
			try (OutputFolder staged = OutputFolder.create(dir)) {
				AbResultsWriter.writeDesign(staged.staging(), name, in, plan, arms, rhoFromLog, iccFromLog);
				c.cli.reportPrevious(dir, staged.commit());
			}
		}
		var out = c.cli.out;
		out.printf(Locale.ROOT, "A/B design %s: %s, baseline %s, effect %s%s -> %s%n", name,
				proportion ? "conversion rate" : "mean", num(baseline), num(in.effect()),
				in.relativeEffect() ? " (relative)" : " (absolute)", num(plan.treatmentValue()));
		out.printf(Locale.ROOT, "alpha %s (each comparison %s), power %s, variance x %s (CUPED %s, design effect %s)%n",
				num(in.alpha()), num(plan.comparisonAlpha()), num(in.power()), num(plan.varianceFactor()),
				num(plan.cupedFactor()), num(plan.designEffect()));
		if (!Double.isNaN(rhoFromLog)) {
			out.printf(Locale.ROOT, "rho estimated from %s: %s%n", c.log, num(rhoFromLog));
		}
		if (iccFromLog != null) {
			out.printf(Locale.ROOT, "from %s: %d clusters of %s units on average, ICC %s%n", c.log,
					iccFromLog.clusters(), num(iccFromLog.meanSize()), num(iccFromLog.icc()));
		}
		for (int i = 0; i < arms.size(); i++) {
			out.printf(Locale.ROOT, "  %-20s share %-6s %,12d units%s%n", arms.get(i), num(shares[i]),
					plan.unitsPerArm()[i], i == in.controlIndex() ? "  (control)" : "");
		}
		out.printf(Locale.ROOT, "total %,d units%s%s%n", plan.totalUnits(),
				m > 1 ? String.format(Locale.ROOT, " (%,.0f streams of %s)", Math.ceil(plan.clusters()), num(m)) : "",
				Double.isNaN(plan.days()) ? ""
						: String.format(Locale.ROOT, ", %.0f days at %s a day", plan.days(),
								num(in.dailyTraffic())));
		if (dir != null) {
			out.println("wrote " + dir.resolve("design.json"));
		}
		return Cli.OK;
	}

	private static List<String> armNames(int n) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			names.add(i == 0 ? "control" : "variant" + i);
		}
		return names;
	}

	private static double pick(Double option, Double fromFile, double fallback) {
		return option != null ? option : fromFile != null ? fromFile : fallback;
	}

	/** Four significant digits without trailing zeros: 0.05, 20, 1.235e-05. */
	static String num(double v) {
		String s = String.format(Locale.ROOT, "%.4g", v);
		if (s.contains(".") && !s.contains("e")) {
			s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return s;
	}

	/**
	 * Reads a counts file. CUPED and cluster-robust errors need each unit's covariate and stream, which counts do
	 * not have: asking for them is bad input for this file (exit 3), as a log without the column would be.
	 */
	private static AbCounts readCounts(AbTestCommand.Analyse c, List<String> metrics, List<String> testArms,
			ProgressMonitor monitor) {
		if (c.prePeriod != null || c.cluster != null) {
			throw new Cli.InputException(c.counts + ": field '" + (c.prePeriod != null ? c.prePeriod : c.cluster)
					+ "': " + (c.prePeriod != null ? "CUPED (--pre-period)" : "cluster-robust errors (--cluster)")
					+ " need each unit's values, which summary counts do not have; analyse the log with --data", null);
		}
		if (!Files.isRegularFile(c.counts)) {
			throw new Cli.InputException(c.counts + ": the counts file does not exist", null);
		}
		try {
			return AbCounts.read(c.counts, c.variantColumn, metrics, testArms, monitor);
		} catch (AbInputException e) {
			throw new Cli.InputException(e.getMessage(), e);
		} catch (CancelledException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new Cli.InputException(c.counts + ": cannot be read as CSV: " + e.getMessage(), e);
		}
	}

	private static AbTestSpec specFor(AbTestCommand.DataCommand c, List<String> dataArms, AnalysisMethod method,
			Correction correction, double mde) {
		Path data = c.data != null ? c.data : ((AbTestCommand.Analyse) c).counts;
		if (c.test != null) {
			return loadSpec(c.test);
		}
		if (!(c.alpha > 0 && c.alpha < 1)) {
			throw new UsageException("--alpha must lie in (0, 1), got " + c.alpha);
		}
		if (c.control != null && !dataArms.contains(c.control)) {
			throw new Cli.InputException(data + ": field '" + c.variantColumn + "': no unit is assigned the control "
					+ c.control + " (arms: " + dataArms + ")", null);
		}
		if (dataArms.size() < 2) {
			throw new Cli.InputException(data + ": field '" + c.variantColumn + "': every unit is in " + dataArms
					+ "; a test needs at least two arms with units", null);
		}
		return AbTestSpec.forData(dataArms, c.control, c.alpha, method, correction, mde, 100);
	}

	private static List<AbUnits> readMetrics(AbTestCommand.DataCommand c, String dayColumn, ProgressMonitor monitor) {
		List<AbUnits> list = new ArrayList<>();
		for (String metric : c.metrics) {
			list.add(read(c.data, new AbUnits.Columns(c.variantColumn, metric, c.prePeriod, c.cluster, dayColumn),
					monitor));
		}
		return list;
	}

	static int analyse(AbTestCommand.Analyse c) throws IOException {
		if ((c.data == null) == (c.counts == null)) {
			throw new UsageException("analyse needs either --data LOG or --counts FILE.csv");
		}
		Path dir = OutputFolder.check(c.out);
		AnalysisMethod method = method(c.method);
		Correction correction = correction(c.correction);
		ConsoleProgress progress = c.cli.progress();
		Path source = c.data != null ? c.data : c.counts;
		AbTestSpec spec;
		List<String> names = new ArrayList<>(c.metrics);
		List<String> guardrails = new ArrayList<>();
		AbAnalysis.Result result;
		try {
			if (c.data != null) {
				progress.begin("reading " + c.data, 0);
				List<AbUnits> metrics = readMetrics(c, null, progress);
				spec = specFor(c, metrics.get(0).arms, method, correction, 0.1);
				// the test file's guardrails are analysed beside the metrics asked for, in the same correction
				for (String guardrail : spec.guardrails()) {
					if (!names.contains(guardrail)) {
						names.add(guardrail);
						guardrails.add(guardrail);
						metrics.add(read(c.data,
								new AbUnits.Columns(c.variantColumn, guardrail, c.prePeriod, c.cluster, null),
								progress));
					}
				}
				result = AbAnalysis.analyse(spec, names, metrics, guardrails, c.seed, progress);
			} else {
				AbTestSpec fromFile = c.test == null ? null : loadSpec(c.test);
				if (fromFile != null) {
					fromFile.guardrails().stream().filter(g -> !names.contains(g)).forEach(g -> {
						names.add(g);
						guardrails.add(g);
					});
				}
				AbCounts counts = readCounts(c, names, fromFile == null ? null : fromFile.arms(), progress);
				spec = fromFile != null ? fromFile : specFor(c, counts.arms, method, correction, 0.1);
				result = AbAnalysis.analyse(spec, counts, guardrails, c.seed, progress);
			}
		} catch (AbInputException e) {
			throw new Cli.InputException(source + ": " + e.getMessage(), e);
		}
		try (OutputFolder staged = OutputFolder.create(dir)) {
			AbResultsWriter.writeAnalysis(staged.staging(), source.toString(), result);
			AbTestCharts.writeAnalysis(staged.staging(), result);
			progress.checkCancelled();
			c.cli.reportPrevious(dir, staged.commit());
		}
		var out = c.cli.out;
		out.printf(Locale.ROOT, "A/B analysis %s of %s: control %s, alpha %s, %s%n", result.test(), source,
				result.control(), num(result.alpha()), result.correction().getName().toLowerCase(Locale.ROOT));
		out.printf(Locale.ROOT, "sample ratio: chi-squared %.3f, p %.3g%s%n", result.srm().statistic(),
				result.srm().pValue(), result.srm().mismatch() ? "  MISMATCH" : "");
		for (AbAnalysis.MetricResult m : result.metrics()) {
			for (AbAnalysis.Arm a : m.arms()) {
				out.printf(Locale.ROOT, "%-12s %-16s %,10d units  mean %s%n", m.label(), a.name(), a.units(),
						num(a.mean()));
			}
			for (AbAnalysis.Comparison comp : m.comparisons()) {
				for (AbStatistics.Estimate e : comp.estimates()) {
					out.printf(Locale.ROOT, "  %-12s %-16s %-16s %10s [%s, %s]  p %s%s%n", m.metric(), comp.arm(),
							e.method(), num(e.estimate()), num(e.low()), num(e.high()), num(e.pValue()),
							e.method().equals(comp.primaryMethod()) ? "  adjusted " + num(comp.adjustedP()) : "");
				}
				if (comp.bayes() != null) {
					out.printf(Locale.ROOT, "  %-12s %-16s bayesian         P(B>A) %.4f, expected loss of B %s, lift"
							+ " [%s, %s]%n", m.metric(), comp.arm(), comp.bayes().probabilityBBeatsA(),
							num(comp.bayes().expectedLossB()), num(comp.bayes().liftLow()),
							num(comp.bayes().liftHigh()));
				}
				out.printf(Locale.ROOT, "  %-12s %-16s verdict: %s%n", m.metric(), comp.arm(), comp.verdict());
			}
		}
		for (String w : result.warnings()) {
			c.cli.err.println("streamwise: warning: " + w);
		}
		out.println("wrote " + dir.resolve("analysis.json") + ", analysis.csv and " + AbTestCharts.CHARTS
				+ "/ (forest plot and posteriors, SVG and PNG)");
		return Cli.OK;
	}

	static int monitor(AbTestCommand.Monitor c) throws IOException {
		Path dir = OutputFolder.check(c.out);
		if (c.metrics.size() != 1) {
			throw new UsageException("monitor follows one metric, got " + c.metrics);
		}
		ConsoleProgress progress = c.cli.progress();
		progress.begin("reading " + c.data, 0);
		List<AbUnits> metrics = readMetrics(c, c.dayColumn, progress);
		AbUnits units = metrics.get(0);
		AbTestSpec spec = specFor(c, units.arms, AnalysisMethod.ZPOOLED, Correction.BONFERRONI, c.mde);
		if (c.test == null || c.tau2 != null) {
			double controlMean = Arrays.stream(units.metricOf(Math.max(0, units.arms.indexOf(spec.arms()
					.get(spec.control()))))).average().orElse(0);
			double tau2 = c.tau2 != null ? c.tau2 : Math.pow(c.mde * controlMean, 2);
			if (!(tau2 > 0)) {
				throw new UsageException("the mixture variance must be above 0; give --tau2");
			}
			spec = new AbTestSpec(spec.name(), spec.arms(), spec.shares(), spec.control(), spec.clusteredByStream(),
					spec.metricKind(), spec.baseline(), spec.standardDeviation(), spec.effect(),
					spec.relativeEffect(), spec.alpha(), spec.power(), spec.correction(), spec.method(),
					spec.covariate(), spec.covariateCorrelation(), spec.clusterSize(), spec.intraclassCorrelation(),
					spec.dailyTraffic(), spec.priorAlpha(), spec.priorBeta(), spec.minimumUnitsPerArm(), true,
					spec.lookDays(), tau2, spec.guardrails(), spec.sequentialMethod(), spec.guardrailMargins());
		}
		SequentialMethod method = c.method == null ? spec.sequentialMethod() : switch (c.method) {
		case "msprt" -> SequentialMethod.MSPRT;
		case "confidence-sequence", "cs" -> SequentialMethod.CONFIDENCE_SEQUENCE;
		default -> throw new UsageException("--method must be msprt or confidence-sequence, got " + c.method);
		};
		if (c.plannedSize != null && !(c.plannedSize >= 1)) {
			throw new UsageException("--planned-size must be at least 1, got " + c.plannedSize);
		}
		double plannedSize = c.plannedSize != null ? c.plannedSize : c.test != null ? plannedSize(spec, units) : 0;
		AbMonitor.Result result;
		try {
			result = AbMonitor.monitor(spec, units, method, plannedSize, progress);
		} catch (AbInputException e) {
			throw new Cli.InputException(c.data + ": " + e.getMessage(), e);
		}
		try (OutputFolder staged = OutputFolder.create(dir)) {
			AbResultsWriter.writeMonitor(staged.staging(), c.data.toString(), result);
			AbTestCharts.writeMonitor(staged.staging(), result);
			progress.checkCancelled();
			c.cli.reportPrevious(dir, staged.commit());
		}
		var out = c.cli.out;
		out.printf(Locale.ROOT, "A/B monitor %s of %s: %s, alpha %s, %s %s%n", result.test(), c.data,
				result.method(), num(result.alpha()),
				method == SequentialMethod.CONFIDENCE_SEQUENCE ? "rho^2" : "tau^2", num(result.tau2()));
		out.printf(Locale.ROOT, "%-16s %5s %10s %10s %12s %14s %26s %14s%n", "arm", "day", "control", "arm",
				"estimate", "always-valid p", "confidence sequence", "fixed-horizon p");
		for (AbMonitor.Row r : result.rows()) {
			out.printf(Locale.ROOT, "%-16s %5d %,10d %,10d %12s %14s %26s %14s%n", r.arm(), r.day(), r.look().nA(),
					r.look().nB(), num(r.look().estimate()), num(r.look().pValue()),
					"[" + num(r.look().low()) + ", " + num(r.look().high()) + "]", num(r.naiveP()));
		}
		for (int i = 0; i < result.arms().size(); i++) {
			out.printf(Locale.ROOT, "%s: %s%n", result.arms().get(i), result.decisionDay()[i] > 0
					? "decided on day " + result.decisionDay()[i]
					: "no decision yet (keep going or stop for futility)");
		}
		out.println("wrote " + dir.resolve("monitor.json") + ", monitor.csv and " + AbTestCharts.CHARTS
				+ "/monitoring.svg|png");
		return Cli.OK;
	}

	/**
	 * The test file's planned sample (units, or streams when the data have clusters) for the confidence sequence's
	 * tuning; 0 (the data's own size) when the file's design cannot be computed.
	 */
	private static double plannedSize(AbTestSpec spec, AbUnits units) {
		try {
			AbDesign.Plan plan = AbDesign.plan(spec.designInputs());
			return units.cluster == null ? plan.totalUnits()
					: spec.clusteredByStream() ? Math.ceil(plan.clusters()) : 0;
		} catch (IllegalArgumentException e) {
			return 0;
		}
	}

	static int calibrate(AbTestCommand.Calibrate c) throws IOException {
		Path dir = OutputFolder.check(c.out);
		if (c.replicates < 10 || c.threads < 0 || !(c.alpha > 0 && c.alpha < 1)) {
			throw new UsageException("--replicates must be at least 10, --threads at least 0 and --alpha in (0, 1)");
		}
		if (!List.of("small", "default", "large").contains(c.preset)) {
			throw new UsageException("--preset must be small, default or large, got " + c.preset);
		}
		ConsoleProgress progress = c.cli.progress();
		AbCalibration.Result r = AbCalibration
				.run(new AbCalibration.Settings(c.replicates, c.seed, c.threads, c.preset, c.alpha), progress);
		try (OutputFolder staged = OutputFolder.create(dir)) {
			AbResultsWriter.writeCalibration(staged.staging(), r);
			AbTestCharts.writeCalibration(staged.staging(), r);
			progress.checkCancelled();
			c.cli.reportPrevious(dir, staged.commit());
		}
		var out = c.cli.out;
		out.printf(Locale.ROOT, "A/B calibration on the simulator (preset %s, seed %d): %,d replicates per scenario,"
				+ " %,d viewers and %,d visits in %d streams over %d test days; control conversion %.4f%n", c.preset,
				c.seed, c.replicates, r.viewerUnits(), r.visits(), r.streams(), r.testDays(), r.controlConversion());
		out.printf(Locale.ROOT, "%-10s %-36s %10s %8s %9s %10s %10s %10s%n", "scenario", "method", "rejected", "+-se",
				"coverage", "estimate", "truth", "predicted");
		for (AbCalibration.Row row : r.rows()) {
			out.printf(Locale.ROOT, "%-10s %-36s %10.4f %8.4f %9s %10s %10s %10s%n", row.scenario(), row.method(),
					row.rejectionRate(), row.monteCarloError(), Double.isNaN(row.coverage()) ? ""
							: String.format(
									Locale.ROOT, "%.4f", row.coverage()),
					num(row.meanEstimate()), num(row.trueEffect()),
					Double.isNaN(row.predictedPower()) ? ""
							: String.format(Locale.ROOT, "%.4f",
									row.predictedPower()));
		}
		out.printf(Locale.ROOT, "CUPED: variance of the estimate x %.3f (mean in-sample rho^2 %.3f); SRM false alarms"
				+ " %.4f (expected %.4f)%n", r.cupedVarianceRatio(), r.cupedMeanRhoSquared(), r.srmFalseAlarms(),
				AbStatistics.SRM_THRESHOLD);
		out.println("wrote " + dir.resolve("calibration.json") + ", calibration.csv and " + AbTestCharts.CHARTS
				+ "/type1.svg|png, peeking.svg|png");
		return Cli.OK;
	}
}
