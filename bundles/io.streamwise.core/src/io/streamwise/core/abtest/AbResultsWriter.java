// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes A/B results in the project's results conventions: JSON with {@code format} and {@code formatVersion} first
 * (numbers as numbers, a value that does not exist as null), and a CSV of the same rows. Kept in core so that the
 * command line's model loads without Gson and FastCSV. The caller writes into a staging folder (OutputFolder), so a
 * failure leaves nothing.
 */
public final class AbResultsWriter {

	public static final int VERSION = 1;
	public static final String DESIGN_FORMAT = "streamwise.abtest-design";
	public static final String ANALYSIS_FORMAT = "streamwise.abtest-analysis";
	public static final String MONITOR_FORMAT = "streamwise.abtest-monitor";
	public static final String CALIBRATION_FORMAT = "streamwise.abtest-calibration";

	private AbResultsWriter() {
	}

	private static JsonObject header(String format) {
		JsonObject root = new JsonObject();
		root.addProperty("format", format);
		root.addProperty("formatVersion", VERSION);
		return root;
	}

	/** NaN and infinities have no JSON number: they are written as null. */
	private static void put(JsonObject o, String key, double v) {
		if (Double.isFinite(v)) {
			o.addProperty(key, v);
		} else {
			o.add(key, com.google.gson.JsonNull.INSTANCE);
		}
	}

	private static void writeJson(Path file, JsonObject root) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			new GsonBuilder().setPrettyPrinting().create().toJson(root, w);
			w.write('\n');
		}
	}

	private static CsvWriter csv(Path file) throws IOException {
		return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
	}

	static String num(double v) {
		return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
	}

	/**
	 * Writes design.json.
	 *
	 * @param rhoEstimated the covariate correlation estimated from a pre-period log, NaN without one
	 * @param icc          the clusters estimated from a log with a cluster column, or null without one (then the
	 *                     file has no clusterEstimateFromLog)
	 */
	public static void writeDesign(Path dir, String test, AbDesign.Inputs in, AbDesign.Plan plan, List<String> arms,
			double rhoEstimated, AbDesign.ClusterEstimate icc) throws IOException {
		JsonObject root = header(DESIGN_FORMAT);
		root.addProperty("test", test);
		root.addProperty("metric", in.proportion() ? "proportion" : "mean");
		put(root, "baseline", in.baseline());
		put(root, "standardDeviation", in.proportion() ? Double.NaN : in.standardDeviation());
		put(root, "effect", in.effect());
		root.addProperty("effectScale", in.relativeEffect() ? "relative" : "absolute");
		put(root, "treatmentValue", plan.treatmentValue());
		put(root, "alpha", in.alpha());
		put(root, "comparisonAlpha", plan.comparisonAlpha());
		put(root, "power", in.power());
		put(root, "covariateCorrelation", in.covariateCorrelation());
		put(root, "covariateCorrelationEstimatedFromLog", rhoEstimated);
		put(root, "cupedFactor", plan.cupedFactor());
		put(root, "clusterSize", in.clusterSize());
		put(root, "intraclassCorrelation", in.intraclassCorrelation());
		if (icc != null) {
			JsonObject e = new JsonObject();
			e.addProperty("clusters", icc.clusters());
			put(e, "meanSize", icc.meanSize());
			put(e, "icc", icc.icc());
			root.add("clusterEstimateFromLog", e);
		}
		put(root, "designEffect", plan.designEffect());
		put(root, "varianceFactor", plan.varianceFactor());
		JsonArray armsJson = new JsonArray();
		for (int i = 0; i < arms.size(); i++) {
			JsonObject a = new JsonObject();
			a.addProperty("name", arms.get(i));
			put(a, "share", in.shares()[i]);
			a.addProperty("control", i == in.controlIndex());
			a.addProperty("units", plan.unitsPerArm()[i]);
			armsJson.add(a);
		}
		root.add("arms", armsJson);
		root.addProperty("totalUnits", plan.totalUnits());
		put(root, "clusters", in.clusterSize() > 1 ? plan.clusters() : Double.NaN);
		put(root, "dailyTraffic", in.dailyTraffic() > 0 ? in.dailyTraffic() : Double.NaN);
		put(root, "days", plan.days());
		writeJson(dir.resolve("design.json"), root);
	}

	public static void writeAnalysis(Path dir, String source, AbAnalysis.Result r) throws IOException {
		JsonObject root = header(ANALYSIS_FORMAT);
		root.addProperty("test", r.test());
		root.addProperty("data", source);
		put(root, "alpha", r.alpha());
		root.addProperty("correction", r.correction().getName());
		root.addProperty("control", r.control());
		JsonObject srm = new JsonObject();
		put(srm, "chiSquared", r.srm().statistic());
		put(srm, "pValue", r.srm().pValue());
		put(srm, "threshold", AbStatistics.SRM_THRESHOLD);
		srm.addProperty("mismatch", r.srm().mismatch());
		root.add("sampleRatio", srm);
		JsonArray metrics = new JsonArray();
		try (CsvWriter csv = csv(dir.resolve("analysis.csv"))) {
			csv.writeRecord("metric", "arm", "method", "estimate", "standard_error", "statistic", "p_value", "low",
					"high", "adjusted_p", "verdict", "role");
			for (AbAnalysis.MetricResult m : r.metrics()) {
				JsonObject mj = new JsonObject();
				mj.addProperty("metric", m.metric());
				mj.addProperty("kind", m.binary() ? "proportion" : "mean");
				mj.addProperty("guardrail", m.guardrail());
				JsonArray arms = new JsonArray();
				for (AbAnalysis.Arm a : m.arms()) {
					JsonObject aj = new JsonObject();
					aj.addProperty("name", a.name());
					aj.addProperty("units", a.units());
					put(aj, "plannedShare", a.plannedShare());
					put(aj, "mean", a.mean());
					put(aj, "sum", a.sum());
					arms.add(aj);
				}
				mj.add("arms", arms);
				JsonArray comps = new JsonArray();
				for (AbAnalysis.Comparison c : m.comparisons()) {
					JsonObject cj = new JsonObject();
					cj.addProperty("arm", c.arm());
					cj.addProperty("primaryMethod", c.primaryMethod());
					put(cj, "pValue", c.primaryP());
					put(cj, "adjustedP", c.adjustedP());
					cj.addProperty("verdict", c.verdict());
					put(cj, "cupedVarianceReduction", c.cupedVarianceReduction());
					JsonArray es = new JsonArray();
					for (AbStatistics.Estimate e : c.estimates()) {
						JsonObject ej = new JsonObject();
						ej.addProperty("method", e.method());
						put(ej, "estimate", e.estimate());
						put(ej, "standardError", e.standardError());
						put(ej, "statistic", e.statistic());
						put(ej, "pValue", e.pValue());
						put(ej, "low", e.low());
						put(ej, "high", e.high());
						es.add(ej);
						boolean primary = e.method().equals(c.primaryMethod());
						csv.writeRecord(m.metric(), c.arm(), e.method(), num(e.estimate()), num(e.standardError()),
								num(e.statistic()), num(e.pValue()), num(e.low()), num(e.high()),
								primary ? num(c.adjustedP()) : "", primary ? c.verdict() : "",
								m.guardrail() ? "guardrail" : "primary");
					}
					cj.add("estimates", es);
					// only a proportion's comparisons have one: the beta-binomial model needs 0/1 units
					if (c.bayes() != null) {
						AbStatistics.Bayes b = c.bayes();
						JsonObject bj = new JsonObject();
						put(bj, "probabilityBBeatsA", b.probabilityBBeatsA());
						put(bj, "expectedLossChoosingB", b.expectedLossB());
						put(bj, "expectedLossChoosingA", b.expectedLossA());
						put(bj, "relativeLiftLow", b.liftLow());
						put(bj, "relativeLiftHigh", b.liftHigh());
						JsonObject post = new JsonObject();
						put(post, "alphaA", b.alphaA());
						put(post, "betaA", b.betaA());
						put(post, "alphaB", b.alphaB());
						put(post, "betaB", b.betaB());
						bj.add("posteriors", post);
						cj.add("bayesian", bj);
						csv.writeRecord(m.metric(), c.arm(), "bayesian", num(b.liftOfMeans()), "", "",
								num(b.probabilityBBeatsA()), num(b.liftLow()), num(b.liftHigh()), "", "",
								m.guardrail() ? "guardrail" : "primary");
					}
					comps.add(cj);
				}
				mj.add("comparisons", comps);
				metrics.add(mj);
			}
		}
		root.add("metrics", metrics);
		JsonArray warnings = new JsonArray();
		r.warnings().forEach(warnings::add);
		root.add("warnings", warnings);
		writeJson(dir.resolve("analysis.json"), root);
	}

	public static void writeMonitor(Path dir, String source, AbMonitor.Result r) throws IOException {
		JsonObject root = header(MONITOR_FORMAT);
		root.addProperty("test", r.test());
		root.addProperty("data", source);
		put(root, "alpha", r.alpha());
		boolean cs = AbMonitor.CONFIDENCE_SEQUENCE.equals(r.method());
		root.addProperty("method", cs ? "confidence-sequence" : "msprt");
		put(root, cs ? "rho2" : "mixtureVariance", r.tau2());
		JsonArray decisions = new JsonArray();
		for (int i = 0; i < r.arms().size(); i++) {
			JsonObject d = new JsonObject();
			d.addProperty("arm", r.arms().get(i));
			if (r.decisionDay()[i] > 0) {
				d.addProperty("decisionDay", r.decisionDay()[i]);
			} else { // no decision (−1: the level was never reached)
				d.add("decisionDay", com.google.gson.JsonNull.INSTANCE);
			}
			decisions.add(d);
		}
		root.add("decisions", decisions);
		JsonArray looks = new JsonArray();
		try (CsvWriter csv = csv(dir.resolve("monitor.csv"))) {
			csv.writeRecord("arm", "day", "units_control", "units_arm", "estimate", "always_valid_p", "cs_low",
					"cs_high", "fixed_horizon_p", "reject");
			for (AbMonitor.Row row : r.rows()) {
				SequentialTest.Look l = row.look();
				JsonObject lj = new JsonObject();
				lj.addProperty("arm", row.arm());
				lj.addProperty("day", row.day());
				lj.addProperty("unitsControl", l.nA());
				lj.addProperty("unitsArm", l.nB());
				put(lj, "estimate", l.estimate());
				put(lj, "alwaysValidP", l.pValue());
				put(lj, "low", l.low());
				put(lj, "high", l.high());
				put(lj, "fixedHorizonP", row.naiveP());
				lj.addProperty("reject", l.reject());
				looks.add(lj);
				csv.writeRecord(row.arm(), Integer.toString(row.day()), Long.toString(l.nA()), Long.toString(l.nB()),
						num(l.estimate()), num(l.pValue()), num(l.low()), num(l.high()), num(row.naiveP()),
						l.reject() ? "1" : "0");
			}
		}
		root.add("looks", looks);
		writeJson(dir.resolve("monitor.json"), root);
	}

	public static void writeCalibration(Path dir, AbCalibration.Result r) throws IOException {
		JsonObject root = header(CALIBRATION_FORMAT);
		AbCalibration.Settings s = r.settings();
		root.addProperty("replicates", s.replicates());
		root.addProperty("seed", s.seed());
		root.addProperty("preset", s.preset());
		put(root, "alpha", s.alpha());
		root.addProperty("viewerUnits", r.viewerUnits());
		root.addProperty("visits", r.visits());
		root.addProperty("streams", r.streams());
		root.addProperty("testDays", r.testDays());
		put(root, "controlConversion", r.controlConversion());
		put(root, "cupedVarianceRatio", r.cupedVarianceRatio());
		put(root, "cupedMeanRhoSquared", r.cupedMeanRhoSquared());
		put(root, "srmFalseAlarmRate", r.srmFalseAlarms());
		JsonArray rows = new JsonArray();
		try (CsvWriter csv = csv(dir.resolve("calibration.csv"))) {
			csv.writeRecord("scenario", "method", "replicates", "rejection_rate", "monte_carlo_se", "coverage",
					"mean_estimate", "true_effect", "predicted_power");
			for (AbCalibration.Row row : r.rows()) {
				JsonObject o = new JsonObject();
				o.addProperty("scenario", row.scenario());
				o.addProperty("method", row.method());
				o.addProperty("replicates", row.replicates());
				put(o, "rejectionRate", row.rejectionRate());
				put(o, "monteCarloError", row.monteCarloError());
				put(o, "coverage", row.coverage());
				put(o, "meanEstimate", row.meanEstimate());
				put(o, "trueEffect", row.trueEffect());
				put(o, "predictedPower", row.predictedPower());
				rows.add(o);
				csv.writeRecord(row.scenario(), row.method(), Integer.toString(row.replicates()),
						num(row.rejectionRate()), num(row.monteCarloError()), num(row.coverage()),
						num(row.meanEstimate()), num(row.trueEffect()), num(row.predictedPower()));
			}
		}
		root.add("rows", rows);
		JsonArray peeking = new JsonArray();
		for (int d = 0; d < r.testDays(); d++) {
			JsonObject o = new JsonObject();
			o.addProperty("day", d + 1);
			for (Map.Entry<String, double[]> e : r.peekingByDay().entrySet()) {
				put(o, e.getKey(), e.getValue()[d]);
			}
			peeking.add(o);
		}
		root.add("cumulativeRejectionUnderDailyPeeking", peeking);
		writeJson(dir.resolve("calibration.json"), root);
	}
}
