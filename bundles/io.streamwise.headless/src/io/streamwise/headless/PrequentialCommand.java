package io.streamwise.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.core.experiment.Digests;
import io.streamwise.stream.DriftDetection;
import io.streamwise.stream.EvaluationWindow;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.PeriodicHoldout;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamData;
import io.streamwise.stream.StreamFiles;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.StreamMetrics;
import io.streamwise.moa.MoaLearners;
import moa.classifiers.Classifier;
import io.streamwise.core.io.AtomicFiles;
import io.streamwise.core.io.OutputFolder;

/**
 * {@code streamwise prequential}: test-then-train evaluation of MOA learners on an ARFF or CSV file, with optional
 * sliding-window or fading evaluation, delayed labels and drift detection. Writes results.json, results.csv and
 * curves.csv (each complete or not at all) and prints a table.
 */
final class PrequentialCommand {

	static final Set<String> OPTIONS = Set.of("data", "class", "learners", "window", "fading", "delay", "time",
			"curve-every", "drift", "seed", "positive", "holdout", "out", "encoding");

	/** {@code --holdout TEST:EVERY}: periodic hold-out instead of prequential evaluation; null when not given. */
	private static long[] holdout(String spec) {
		if (spec == null) {
			return null;
		}
		String[] parts = spec.split(":");
		try {
			if (parts.length == 2) {
				long test = Long.parseLong(parts[0].trim()), every = Long.parseLong(parts[1].trim());
				if (test > 0 && every > 0 && test <= Integer.MAX_VALUE) {
					return new long[] { test, every };
				}
			}
		} catch (NumberFormatException e) {
			// falls through to the usage error
		}
		throw new Args.UsageException("--holdout takes TEST_SIZE:EVERY, two positive whole numbers, not '" + spec + "'");
	}

	private final Cli cli;
	private final Map<String, String> environment;
	private final PrintStream out;

	PrequentialCommand(Cli cli, Map<String, String> environment, PrintStream out) {
		this.cli = cli;
		this.environment = environment;
		this.out = out;
	}

	/** A learner as given on the command line, with the MOA classifier it names. */
	private record Learner(String cli, Classifier classifier) {
	}

	int run(String[] args) throws IOException {
		Args a = Args.parse(args, 1, OPTIONS, Set.of());
		if (!a.positional().isEmpty()) {
			throw new Args.UsageException("prequential takes no positional arguments, got " + a.positional());
		}
		Path data = Path.of(a.require("data"));
		String className = a.require("class");
		Path dir = OutputFolder.check(Path.of(a.require("out"))); // before any work
		List<Learner> learners = learners(a.require("learners"));
		PrequentialSettings settings = settings(a);
		long seed = a.getLong("seed", 1);
		String time = a.get("time");
		String delay = a.get("delay");
		Long fixedDelay = delay == null ? null : fixedDelay(delay);
		Set<String> heldOut = new LinkedHashSet<>();
		if (time != null) {
			heldOut.add(time);
		}
		if (delay != null && fixedDelay == null) {
			heldOut.add(delay);
		}
		if (!Files.isRegularFile(data)) {
			throw new Cli.InputException("data file " + data + " does not exist", null);
		}
		java.nio.charset.Charset encoding;
		try {
			encoding = io.streamwise.core.io.ImportOptions.charset(a.get("encoding", "UTF-8"));
		} catch (IllegalArgumentException e) {
			throw new Args.UsageException("--encoding: " + e.getMessage());
		}
		ConsoleProgress progress = cli.progress();
		StreamData stream;
		try {
			stream = StreamFiles.read(data, className, heldOut, encoding, progress);
		} catch (IllegalArgumentException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		if (stream.size() == 0) {
			throw new Cli.InputException(data + ": no data rows", null);
		}
		long[] arrival = time == null ? null : clock(data, time, stream.heldOut().get(time));
		long[] labelKnown = null;
		if (fixedDelay != null) {
			labelKnown = new long[stream.size()];
			for (int i = 0; i < labelKnown.length; i++) {
				labelKnown[i] = (arrival == null ? i : arrival[i]) + fixedDelay;
			}
		} else if (delay != null) {
			labelKnown = labelTimes(data, delay, stream.heldOut().get(delay), arrival);
		}
		int positive = positiveClass(a.get("positive"), stream);
		settings = settings.withPositiveClass(positive);
		String sha256 = Digests.files(List.of(data));

		long[] holdout = holdout(a.get("holdout"));
		List<PrequentialResult> results = new ArrayList<>();
		for (Learner l : learners) {
			try {
				LabelledStream labelled = LabelledStream.of(stream.header(), stream.instances(), arrival, labelKnown);
				StreamLearner learner = StreamLearner.of(l.cli(), l.classifier());
				results.add(holdout == null ? Prequential.run(labelled, learner, settings, new TaskContext(seed, progress))
						: PeriodicHoldout.run(labelled, learner, Math.toIntExact(holdout[0]), holdout[1], settings,
								new TaskContext(seed, progress)));
			} catch (IllegalArgumentException e) {
				throw new Cli.InputException(data + ": " + e.getMessage(), e);
			}
		}
		try (OutputFolder folder = OutputFolder.create(dir)) {
			JsonObject json = json(a, data, sha256, stream, settings, seed, delay, time, results);
			AtomicFiles.write(folder.staging().resolve("results.json"), w -> w.write(new GsonBuilder()
					.setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(json)));
			AtomicFiles.write(folder.staging().resolve("results.csv"), w -> {
				try (CsvWriter csv = CsvWriter.builder().build(w)) {
					csv.writeRecord("learner", "metric", "value");
					for (PrequentialResult r : results) {
						for (var m : r.metrics().asMap().entrySet()) {
							csv.writeRecord(r.learner(), m.getKey(), number(m.getValue()));
						}
						csv.writeRecord(r.learner(), "drifts", Integer.toString(r.drifts().length));
						csv.writeRecord(r.learner(), "instances_per_second", number(r.throughput()));
					}
				}
			});
			AtomicFiles.write(folder.staging().resolve("curves.csv"), w -> {
				try (CsvWriter csv = CsvWriter.builder().build(w)) {
					List<String> head = new ArrayList<>(List.of("learner"));
					head.addAll(List.of(StreamMetrics.NAMES));
					csv.writeRecord(head);
					for (PrequentialResult r : results) {
						for (PrequentialResult.CurvePoint p : r.curve()) {
							List<String> row = new ArrayList<>(List.of(r.learner()));
							for (double v : p.metrics().values()) {
								row.add(number(v));
							}
							csv.writeRecord(row);
						}
					}
				}
			});
			progress.checkCancelled();
			cli.reportPrevious(dir, folder.commit());
		}
		printTable(data, sha256, stream, settings, seed, results, dir);
		return Cli.OK;
	}

	private static List<Learner> learners(String spec) {
		List<Learner> out = new ArrayList<>();
		for (String part : spec.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				Classifier c = MoaLearners.parse(part);
				out.add(new Learner(MoaLearners.cli(c), c));
			} catch (IllegalArgumentException e) {
				throw new Args.UsageException("--learners: " + e.getMessage());
			}
		}
		if (out.isEmpty()) {
			throw new Args.UsageException("--learners names no learner; separate MOA learners with ';'");
		}
		return out;
	}

	private static PrequentialSettings settings(Args a) {
		if (a.get("window") != null && a.get("fading") != null) {
			throw new Args.UsageException("give --window or --fading, not both");
		}
		EvaluationWindow window = EvaluationWindow.basic();
		try {
			if (a.get("window") != null) {
				window = EvaluationWindow.window(Math.toIntExact(a.getLong("window", 1000)));
			} else if (a.get("fading") != null) {
				window = EvaluationWindow.fading(Double.parseDouble(a.get("fading").trim()));
			}
		} catch (NumberFormatException | ArithmeticException e) {
			throw new Args.UsageException("--fading: '" + a.get("fading") + "' is not a number");
		} catch (IllegalArgumentException e) {
			throw new Args.UsageException(e.getMessage());
		}
		long every = a.getLong("curve-every", 1000);
		if (every < 0) {
			throw new Args.UsageException("--curve-every must not be negative");
		}
		DriftDetection drift = null;
		if (a.get("drift") != null) {
			try {
				drift = DriftDetection.parse(a.get("drift"));
			} catch (IllegalArgumentException e) {
				throw new Args.UsageException("--drift: " + e.getMessage());
			}
		}
		return new PrequentialSettings(window, every, 1, drift);
	}

	/** A whole number is a fixed delay in clock units; anything else names a column. */
	private static Long fixedDelay(String delay) {
		try {
			long d = Long.parseLong(delay.trim());
			if (d < 0) {
				throw new Args.UsageException("--delay must not be negative, got " + d);
			}
			return d;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static long[] clock(Path file, String column, double[] values) {
		long[] t = new long[values.length];
		for (int i = 0; i < t.length; i++) {
			t[i] = (long) Math.floor(values[i]);
			if (i > 0 && t[i] < t[i - 1]) {
				throw new Cli.InputException(file + ": data row " + (i + 1) + ": time column '" + column + "' goes back ("
						+ t[i] + " after " + t[i - 1] + "); rows must be in arrival order", null);
			}
		}
		return t;
	}

	private static long[] labelTimes(Path file, String column, double[] values, long[] arrival) {
		long[] t = new long[values.length];
		for (int i = 0; i < t.length; i++) {
			t[i] = (long) Math.ceil(values[i]);
			long a = arrival == null ? i : arrival[i];
			if (t[i] < a) {
				throw new Cli.InputException(file + ": data row " + (i + 1) + ": label time '" + column + "' = " + t[i]
						+ " is before the row arrives (" + a + ")", null);
			}
		}
		return t;
	}

	private static int positiveClass(String value, StreamData data) {
		var cls = data.header().classAttribute();
		if (value == null) {
			return 1;
		}
		for (int v = 0; v < cls.numValues(); v++) {
			if (cls.value(v).equals(value)) {
				return v;
			}
		}
		throw new Args.UsageException("--positive: '" + value + "' is not a value of class '" + cls.name() + "' "
				+ cls.getAttributeValues());
	}

	private JsonObject json(Args a, Path data, String sha256, StreamData stream, PrequentialSettings settings, long seed,
			String delay, String time, List<PrequentialResult> results) {
		JsonObject root = new JsonObject();
		root.addProperty("command", "prequential");
		JsonObject d = new JsonObject();
		d.addProperty("file", data.toString());
		d.addProperty("sha256", sha256);
		d.addProperty("instances", stream.size());
		d.addProperty("class", stream.header().classAttribute().name());
		JsonArray values = new JsonArray();
		stream.header().classAttribute().getAttributeValues().forEach(values::add);
		d.add("classValues", values);
		d.addProperty("positiveClass", stream.header().classAttribute().value(settings.positiveClass()));
		root.add("data", d);
		JsonObject s = new JsonObject();
		s.addProperty("evaluation", settings.window().describe());
		s.addProperty("aucWindow", settings.window().width());
		s.addProperty("curveEvery", settings.curveEvery());
		s.addProperty("drift", settings.drift() == null ? "none" : settings.drift().id());
		s.addProperty("delay", delay == null ? "none" : delay);
		s.addProperty("time", time == null ? "position" : time);
		s.addProperty("seed", seed);
		root.add("settings", s);
		JsonArray learners = new JsonArray();
		for (PrequentialResult r : results) {
			JsonObject l = new JsonObject();
			l.addProperty("learner", r.learner());
			JsonObject m = new JsonObject();
			r.metrics().asMap().forEach(m::addProperty);
			l.add("metrics", m);
			l.addProperty("instances", r.instances());
			l.addProperty("trained", r.trained());
			l.addProperty("seconds", r.seconds());
			l.addProperty("instancesPerSecond", r.throughput());
			JsonArray drifts = new JsonArray();
			for (long p : r.drifts()) {
				drifts.add(p);
			}
			l.add("drifts", drifts);
			JsonArray curve = new JsonArray();
			for (PrequentialResult.CurvePoint p : r.curve()) {
				JsonObject point = new JsonObject();
				point.addProperty("at", p.instance()); // instances seen (prequential) or trained on (hold-out)
				p.metrics().asMap().forEach(point::addProperty);
				curve.add(point);
			}
			l.add("curve", curve);
			learners.add(l);
		}
		root.add("learners", learners);
		JsonObject provenance = new JsonObject();
		provenance.addProperty("datasetSha256", sha256);
		provenance.addProperty("moa", "2024.07.0");
		environment.forEach(provenance::addProperty);
		root.add("provenance", provenance);
		return root;
	}

	private void printTable(Path data, String sha256, StreamData stream, PrequentialSettings settings, long seed,
			List<PrequentialResult> results, Path dir) {
		out.printf(Locale.ROOT, "Prequential evaluation of %s: %,d instances, class '%s' (positive '%s'), sha256 %s%n",
				data.getFileName(), stream.size(), stream.header().classAttribute().name(),
				stream.header().classAttribute().value(settings.positiveClass()), sha256.substring(0, 16));
		out.printf(Locale.ROOT, "Evaluation %s, drift detector %s, seed %d%n%n", settings.window().describe(),
				settings.drift() == null ? "none" : settings.drift().id(), seed);
		int width = Math.max(7, results.stream().mapToInt(r -> r.learner().length()).max().orElse(7));
		out.printf(Locale.ROOT, "%-" + width + "s  %8s  %7s  %7s  %7s  %6s  %6s  %8s  %10s  %6s%n", "learner",
				"accuracy", "kappa", "kappa_t", "kappa_m", "F1", "AUC", "log_loss", "inst/s", "drifts");
		for (PrequentialResult r : results) {
			StreamMetrics m = r.metrics();
			out.printf(Locale.ROOT, "%-" + width + "s  %8.4f  %7.4f  %7.4f  %7.4f  %6.4f  %6.4f  %8.4f  %10.0f  %6d%n",
					r.learner(), m.accuracy(), m.kappa(), m.kappaTemporal(), m.kappaM(), m.f1(), m.auc(), m.logLoss(),
					r.throughput(), r.drifts().length);
		}
		out.printf("%nResults in %s (results.json, results.csv, curves.csv)%n", dir.toAbsolutePath());
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "NaN" : Double.toString(v);
	}


}
