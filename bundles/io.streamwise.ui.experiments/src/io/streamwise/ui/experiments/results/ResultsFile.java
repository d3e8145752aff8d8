package io.streamwise.ui.experiments.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.streamwise.core.experiment.Metric;

/**
 * A {@code results.json} as the results editor needs it: the summary (mean and 95% interval per algorithm and metric),
 * failures and a few lines of provenance. Read leniently, field by field, so that results written by older or newer
 * runners still open.
 */
public record ResultsFile(String experimentId, String experimentName, String dataset, String protocol, long seed,
		double seconds, List<String> algorithms, List<String> metrics, List<Cell> cells, List<String> failures,
		List<LearningCurve> learningCurves, List<Cost> costs) {

	/** What one cell (algorithm, fold) cost; see CellCost in core. */
	public record Cost(String algorithm, int fold, double fitSeconds, double scoreSeconds, double peakHeapMb) {
	}

	/**
	 * An algorithm's cost over its folds: mean fit seconds, mean scoring seconds, the largest peak heap (MiB), as the
	 * command line's table gives them; empty when no cell of it has a cost.
	 */
	public Optional<double[]> cost(String algorithm) {
		List<Cost> cells = costs.stream().filter(c -> c.algorithm().equals(algorithm)).toList();
		if (cells.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new double[] { cells.stream().mapToDouble(Cost::fitSeconds).average().orElse(Double.NaN),
				cells.stream().mapToDouble(Cost::scoreSeconds).average().orElse(Double.NaN),
				cells.stream().mapToDouble(Cost::peakHeapMb).max().orElse(Double.NaN) });
	}

	/**
	 * A learner's prequential (or periodic hold-out) learning curve: accuracy after {@code at[i]} instances, and the
	 * positions where its drift detector fired.
	 */
	public record LearningCurve(String learner, double[] at, double[] accuracy, long[] drifts) {
	}

	/** One summary entry. */
	public record Cell(String algorithm, String metric, double mean, double ciLow, double ciHigh, int n, String basis) {
		public double halfWidth() {
			return Double.isNaN(ciLow) || Double.isNaN(ciHigh) ? Double.NaN : (ciHigh - ciLow) / 2;
		}
	}

	public static ResultsFile read(Path file) throws IOException {
		JsonObject root;
		try {
			root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new IOException(file + " is not a results file: " + e.getMessage(), e);
		}
		if (root.has("learners")) {
			return readStreamLearning(root);
		}
		JsonObject experiment = object(root, "experiment");
		JsonObject provenance = object(root, "provenance");
		List<Cell> cells = new ArrayList<>();
		Set<String> algorithms = new LinkedHashSet<>();
		for (JsonElement a : array(provenance, "algorithms")) {
			algorithms.add(text(a.getAsJsonObject(), "label"));
		}
		Set<String> metrics = new LinkedHashSet<>();
		for (JsonElement m : array(experiment, "metrics")) {
			metrics.add(canonical(m.getAsString()));
		}
		for (JsonElement e : array(root, "summary")) {
			JsonObject s = e.getAsJsonObject();
			Cell cell = new Cell(text(s, "algorithm"), canonical(text(s, "metric")), number(s, "mean"),
					number(s, "ci95Low"), number(s, "ci95High"), (int) number(s, "n"), text(s, "ciBasis"));
			cells.add(cell);
			algorithms.add(cell.algorithm());
			metrics.add(cell.metric());
		}
		List<String> failures = new ArrayList<>();
		for (JsonElement e : array(root, "failures")) {
			JsonObject f = e.getAsJsonObject();
			failures.add(text(f, "algorithm") + " fold " + (int) number(f, "fold") + ": " + text(f, "reason"));
		}
		List<Cost> costs = new ArrayList<>();
		for (JsonElement e : array(root, "costs")) { // absent in results written before costs were measured
			JsonObject c = e.getAsJsonObject();
			costs.add(new Cost(text(c, "algorithm"), (int) number(c, "fold"), number(c, "fitSeconds"),
					number(c, "scoreSeconds"), number(c, "peakHeapMb")));
		}
		return new ResultsFile(text(experiment, "id"), text(experiment, "name"), text(provenance, "dataset"),
				text(experiment, "protocol"), (long) number(provenance, "seed"), number(provenance, "seconds"),
				List.copyOf(algorithms), List.copyOf(metrics), cells, failures, List.of(), List.copyOf(costs));
	}

	/** The results of {@code streamwise prequential}: final metrics per learner (no intervals) and learning curves. */
	private static ResultsFile readStreamLearning(JsonObject root) {
		JsonObject data = object(root, "data");
		JsonObject settings = object(root, "settings");
		List<String> learners = new ArrayList<>();
		Set<String> metrics = new LinkedHashSet<>();
		List<Cell> cells = new ArrayList<>();
		List<LearningCurve> curves = new ArrayList<>();
		for (JsonElement e : array(root, "learners")) {
			JsonObject l = e.getAsJsonObject();
			String learner = text(l, "learner");
			learners.add(learner);
			JsonObject m = object(l, "metrics");
			for (String key : m.keySet()) {
				if (!key.equals("instances")) {
					metrics.add(key);
					cells.add(new Cell(learner, key, number(m, key), Double.NaN, Double.NaN, (int) number(m, "instances"),
							"final"));
				}
			}
			JsonArray points = array(l, "curve");
			double[] at = new double[points.size()], accuracy = new double[points.size()];
			for (int i = 0; i < points.size(); i++) {
				JsonObject p = points.get(i).getAsJsonObject();
				at[i] = number(p, p.has("at") ? "at" : "instances");
				accuracy[i] = number(p, "accuracy");
			}
			JsonArray d = array(l, "drifts");
			long[] drifts = new long[d.size()];
			for (int i = 0; i < drifts.length; i++) {
				drifts[i] = d.get(i).getAsLong();
			}
			curves.add(new LearningCurve(learner, at, accuracy, drifts));
		}
		String file = text(data, "file");
		return new ResultsFile("prequential", "Stream learning on " + Path.of(file.isEmpty() ? "?" : file).getFileName(),
				file, "prequential, " + text(settings, "evaluation"), (long) number(settings, "seed"), 0,
				List.copyOf(learners), List.copyOf(metrics), cells, List.of(), curves, List.of());
	}

	private static String canonical(String metric) {
		try {
			return Metric.parse(metric).toString();
		} catch (IllegalArgumentException e) {
			return metric;
		}
	}

	public Optional<Cell> cell(String algorithm, String metric) {
		return cells.stream().filter(c -> c.algorithm().equals(algorithm) && c.metric().equals(metric)).findFirst();
	}

	/** Whether larger values of the metric are better; unknown metrics count as larger-is-better. */
	public static boolean higherIsBetter(String metric) {
		try {
			return Metric.parse(metric).higherIsBetter();
		} catch (IllegalArgumentException e) {
			return true;
		}
	}

	/** The algorithm with the best finite mean of the metric, or null. */
	public String best(String metric) {
		boolean higher = higherIsBetter(metric);
		Cell best = null;
		for (Cell c : cells) {
			if (c.metric().equals(metric) && Double.isFinite(c.mean())
					&& (best == null || (higher ? c.mean() > best.mean() : c.mean() < best.mean()))) {
				best = c;
			}
		}
		return best == null ? null : best.algorithm();
	}

	private static JsonObject object(JsonObject o, String key) {
		JsonElement e = o == null ? null : o.get(key);
		return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
	}

	private static JsonArray array(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
	}

	private static String text(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e == null || e.isJsonNull() ? "" : e.getAsString();
	}

	private static double number(JsonObject o, String key) {
		JsonElement e = o.get(key);
		if (e == null || e.isJsonNull()) {
			return Double.NaN;
		}
		try {
			return e.getAsDouble();
		} catch (NumberFormatException ex) {
			return Double.NaN; // NaN and Infinity are written as such
		}
	}
}
