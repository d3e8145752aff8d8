package io.streamwise.stream.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.registry.AlgorithmSource;
import io.streamwise.core.replication.BadPackageException;
import io.streamwise.core.replication.PackageManifest;
import io.streamwise.core.replication.PackageVerifier;
import io.streamwise.core.replication.PluginLicence;
import io.streamwise.core.replication.ReplicationPackage;
import io.streamwise.core.replication.ResultsComparison;
import io.streamwise.core.replication.StreamReplication;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.run.RunInputException;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;

/**
 * Replication packages of stream experiments' results ({@code streamwise run FILE} on a stream experiment, or the
 * workbench's Run). The package holds the experiment with its stream relocated, the stream file (or its SHA-256 and
 * folder; a generator's or the simulator's settings and seed, which regenerate it), every learner's MOA class string,
 * options, bundle, version, jar SHA-256 and licence, and the results (results.json, results.csv, curves.csv).
 * Verifying re-runs the experiment through {@link StreamExperiment#run}, the path of {@code run} and the workbench,
 * and compares the stream's facts, each learner's final metrics, counts and drift positions, and every metric of
 * every learning-curve point within the tolerance.
 */
public final class StreamPackage implements StreamReplication {

	public static final StreamPackage INSTANCE = new StreamPackage();

	/** The results files a stream package carries, when the run wrote them; results.json is required. */
	static final List<String> RESULT_FILES = List.of(ResultsWriter.RESULTS_JSON, ResultsWriter.RESULTS_CSV,
			"curves.csv");
	/** The provenance key of the experiment file the run read ({@link StreamExperiment}'s results). */
	static final String EXPERIMENT_FILE = "experimentFile";

	private StreamPackage() {
	}

	@Override
	public PackageManifest create(Path resultsDir, PrequentialResults results, Path out, boolean includeData,
			Consumer<String> warnings) throws IOException {
		String folder = resultsDir.toString();
		String json = ResultsWriter.RESULTS_JSON;
		String recorded = results.provenance().get(EXPERIMENT_FILE);
		if (recorded == null) {
			throw new BadPackageException(folder, json, "results of 'streamwise prequential' record no experiment:"
					+ " run the stream as a stream experiment ('streamwise run FILE', docs/stream-learning.md) to"
					+ " package it");
		}
		String copyName = Path.of(recorded).getFileName().toString();
		Path copy = resultsDir.resolve(copyName);
		Experiment experiment;
		try {
			experiment = ModelIO.load(copy, Experiment.class);
		} catch (ModelLoadException e) {
			throw new BadPackageException(folder, copyName, Files.exists(copy) ? e.getMessage()
					: "not found: the run's copy of its experiment is needed", e);
		}
		StreamExperiment x;
		try {
			x = StreamExperiment.of(experiment, Path.of(recorded));
		} catch (IllegalArgumentException e) {
			throw new BadPackageException(folder, copyName, e.getMessage(), e);
		}
		StreamSourceKind source = experiment.getStream().getSource();
		Path data = null;
		if (source == StreamSourceKind.FILE) {
			data = Path.of(results.data().file()).toAbsolutePath().normalize();
			if (!Files.isRegularFile(data)) {
				throw new BadPackageException(folder, json, "the stream file " + data + " the run read is gone: a"
						+ " package needs its SHA-256 and, with --include-data, its bytes");
			}
			String now = ReplicationPackage.sha256(data);
			if (!now.equals(results.data().sha256())) {
				throw new BadPackageException(folder, json, "the stream file " + data + " changed since the run"
						+ " (SHA-256 " + now + ", the run read " + results.data().sha256() + ")");
			}
			experiment.getStream().setLocation(includeData ? ReplicationPackage.DATA + data.getFileName()
					: data.toString());
		}
		PackageManifest.Data dataEntry = dataEntry(experiment, x, results, data, includeData);
		List<PackageManifest.Algorithm> algorithms = algorithms(x, warnings);
		Map<String, String> environment = ReplicationPackage.environment(results.provenance());
		environment.remove(EXPERIMENT_FILE); // a path on the packager's machine
		PackageManifest.Streamwise streamwise = ReplicationPackage.streamwise(environment);
		byte[] experimentBytes = experimentBytes(experiment);
		Path dataFile = data;
		return ReplicationPackage.write(out, (zip, now) -> {
			List<String> resultFiles = new ArrayList<>();
			for (String name : RESULT_FILES) {
				Path f = resultsDir.resolve(name);
				if (Files.isRegularFile(f)) {
					zip.file(ReplicationPackage.RESULTS + name, f);
					resultFiles.add(ReplicationPackage.RESULTS + name);
				}
			}
			zip.bytes(ReplicationPackage.EXPERIMENT, experimentBytes);
			if (includeData && dataFile != null) {
				zip.file(ReplicationPackage.DATA + dataFile.getFileName(), dataFile);
			}
			zip.bytes(ReplicationPackage.README, readme(out.getFileName().toString(), x, results, dataEntry,
					algorithms, streamwise).getBytes(StandardCharsets.UTF_8));
			return zip.manifest(new PackageManifest(PackageManifest.FORMAT, PackageManifest.VERSION, now.toString(),
					streamwise, environment, ReplicationPackage.EXPERIMENT, resultFiles, dataEntry, algorithms,
					zip.entries()));
		});
	}

	private static PackageManifest.Data dataEntry(Experiment experiment, StreamExperiment x,
			PrequentialResults results, Path data, boolean includeData) throws IOException {
		var stream = experiment.getStream();
		PrequentialResults.Data d = results.data();
		if (data != null) {
			String name = data.getFileName().toString();
			return new PackageManifest.Data("stream-file", d.file(), d.sha256(), includeData, data.getParent()
					.toString(), name, null, null,
					List.of(new PackageManifest.DataFile(name, d.sha256(), Files.size(
							data))));
		}
		Map<String, String> generator = new TreeMap<>();
		stream.getGeneratorOptions().forEach(p -> generator.put(p.getKey(), p.getValue()));
		generator.putIfAbsent("seed", Long.toString(x.seed()));
		if (stream.getSource() == StreamSourceKind.SIMULATOR) {
			generator.putIfAbsent(SimulatorStream.PRESET, "default");
			generator.put("simulatorVersion", Simulator.VERSION);
			return new PackageManifest.Data("stream-simulator", d.file(), d.sha256(), false, null, null, null,
					generator, List.of());
		}
		generator.put("generator", stream.getGenerator());
		generator.put("instances", Long.toString(stream.getInstances()));
		return new PackageManifest.Data("stream-generator", d.file(), d.sha256(), false, null, null, null, generator,
				List.of());
	}

	/**
	 * Each learner with its MOA class string and options, and the bundle, version, jar SHA-256 and licence of the
	 * classifier's class. MOA ships with Streamwise, so its jar is recorded, not packaged.
	 */
	private static List<PackageManifest.Algorithm> algorithms(StreamExperiment x, Consumer<String> warnings)
			throws IOException {
		List<PackageManifest.Algorithm> out = new ArrayList<>();
		for (StreamExperiment.LearnerSpec l : x.learners()) {
			Map<String, String> settings = new LinkedHashMap<>();
			settings.put(StreamExperiment.LEARNER_SETTING, l.learner());
			settings.putAll(l.options());
			AlgorithmSource s = AlgorithmSource.ofClass(l.create().getClass());
			String licence = s.jar() != null && Files.isRegularFile(s.jar()) ? PluginLicence.of(s.jar()) : null;
			String note = licence == null ? "its jar declares no " + PluginLicence.HEADER + " (MOA is GPL-3.0);"
					+ " not included: it ships with Streamwise" : "not included: it ships with Streamwise";
			out.add(new PackageManifest.Algorithm(l.label(), StreamExperiment.ALGORITHM_ID, settings, s.bundle(), s
					.version(), s.jarSha256(), licence, null, note));
		}
		return out;
	}

	private static byte[] experimentBytes(Experiment experiment) throws IOException {
		Path dir = Files.createTempDirectory("streamwise-package-");
		Path f = dir.resolve(ReplicationPackage.EXPERIMENT);
		try {
			ModelIO.save(experiment, f);
			return Files.readAllBytes(f);
		} finally {
			Files.deleteIfExists(f);
			Files.deleteIfExists(dir);
		}
	}

	private static String readme(String zipName, StreamExperiment x, PrequentialResults results,
			PackageManifest.Data data, List<PackageManifest.Algorithm> algorithms,
			PackageManifest.Streamwise streamwise) {
		StringBuilder sb = new StringBuilder();
		sb.append("# Replication package: ").append(x.id()).append(" (stream experiment)\n\n");
		sb.append(x.name()).append(", run with Streamwise ").append(streamwise.version()).append(" (commit ")
				.append(streamwise.commit()).append(").\n\n");
		sb.append("Re-run it and compare every final value and learning-curve point with the packaged results:\n\n");
		sb.append("```sh\n./streamwise verify ").append(zipName);
		if (!data.included() && data.root() != null) {
			sb.append(" --data DIR");
		}
		sb.append("\n```\n\n");
		sb.append("It prints \"reproduced\" (exit code 0) or a table of every value that differs (exit code 1);"
				+ " `--tolerance X` sets the largest absolute difference taken as equal. A package whose files do not"
				+ " match manifest.json exits with 3 and names the file.\n\n");
		sb.append("## Contents\n\n");
		sb.append("- `").append(ReplicationPackage.EXPERIMENT).append("`: the stream experiment (seed ")
				.append(x.seed()).append("); `./streamwise run ").append(ReplicationPackage.EXPERIMENT)
				.append(" --out DIR` runs it alone.\n");
		sb.append("- `results/`: the results of the run (results.json, results.csv, curves.csv).\n");
		if (data.root() == null) {
			sb.append("- Stream: generated, not stored: ").append(data.description()).append("; the settings and")
					.append(" seed in the experiment and manifest.json regenerate it.\n");
		} else if (data.included()) {
			sb.append("- `data/`: the stream file (SHA-256 ").append(data.sha256()).append(").\n");
		} else {
			sb.append("- Stream: not included. The run read `").append(data.root()).append('/')
					.append(data.location()).append("` (SHA-256 ").append(data.sha256()).append("); `--data DIR`")
					.append(" names the folder that holds it now.\n");
		}
		sb.append("- Learners (").append(results.learners().size()).append("):\n");
		for (PackageManifest.Algorithm a : algorithms) {
			sb.append("  - `").append(a.label()).append("`: MOA ").append(a.settings().get(
					StreamExperiment.LEARNER_SETTING)).append(", ").append(Objects.toString(a.bundle(),
							"bundle unknown"))
					.append(' ').append(Objects.toString(a.bundleVersion(), ""))
					.append('\n');
		}
		sb.append("- `manifest.json`: all of the above with the SHA-256 of every file, the Java and operating system")
				.append(" of the run.\n");
		return sb.toString();
	}

	@Override
	public PackageVerifier.Report verify(String zip, PackageManifest manifest, Path content, Path work,
			PackageVerifier.Options options, RunOrigin origin, ProgressMonitor monitor) throws IOException {
		PrequentialResults packaged = (PrequentialResults) PackageVerifier.packagedResults(zip, content);
		List<String> notes = new ArrayList<>();
		Path experimentFile = content.resolve(manifest.experiment());
		Experiment experiment;
		try {
			experiment = ModelIO.load(experimentFile, Experiment.class);
		} catch (ModelLoadException e) {
			throw new BadPackageException(zip, manifest.experiment(), e.getMessage(), e);
		}
		if (!StreamExperiment.isStream(experiment)) {
			throw new BadPackageException(zip, manifest.experiment(), "not a stream experiment, but the results are"
					+ " a stream's");
		}
		StreamExperiment x;
		try {
			x = StreamExperiment.of(experiment, experimentFile);
		} catch (IllegalArgumentException e) {
			throw new BadPackageException(zip, manifest.experiment(), e.getMessage(), e);
		}
		notes.addAll(installed(manifest, x));
		notes.addAll(PackageVerifier.environmentNotes(manifest));
		PackageManifest.Data data = manifest.data();
		if (data.root() != null) {
			Path root = data.included() ? content.resolve(ReplicationPackage.DATA)
					: options.data() != null ? (Files.isRegularFile(options.data()) ? options.data().toAbsolutePath()
							.getParent() : options.data().toAbsolutePath()) : Path.of(data.root());
			Path file = root.resolve(data.location()).toAbsolutePath().normalize();
			if (!Files.isRegularFile(file)) {
				throw new RunInputException("stream file " + file + " not found: the package does not include it;"
						+ " --data DIR names the folder that holds " + data.location(),
						new NoSuchFileException(file
								.toString()));
			}
			String sha = ReplicationPackage.sha256(file);
			if (!sha.equals(data.sha256())) {
				return new PackageVerifier.Report(manifest, notes, List.of(new ResultsComparison.Difference(
						"data file sha256", "-", "-", "-", file.toString(), data.sha256(), sha, "-")), 0);
			}
			experiment.getStream().setLocation(file.toString());
		}
		Path rerunFile = work.resolve(ReplicationPackage.EXPERIMENT);
		ModelIO.save(experiment, rerunFile);
		StreamExperiment.Outcome outcome;
		try {
			outcome = StreamExperiment.of(experiment, rerunFile).run(monitor, null, origin);
		} catch (IllegalArgumentException e) {
			throw new RunInputException(e.getMessage(), e);
		}
		Path rerunResults = work.resolve(ResultsWriter.RESULTS_JSON);
		ResultsJson.write(outcome.results(), rerunResults); // and read back, as the packaged values were
		PrequentialResults rerun = ResultsJson.read(rerunResults, PrequentialResults.class);
		Comparison c = new Comparison(options.tolerance());
		c.compare(packaged, rerun);
		return new PackageVerifier.Report(manifest, notes, List.copyOf(c.differences), c.compared);
	}

	/** What differs between each packaged learner's bundle, version and jar and the installed one. */
	private static List<String> installed(PackageManifest manifest, StreamExperiment x) {
		List<String> notes = new ArrayList<>();
		Map<String, StreamExperiment.LearnerSpec> here = new LinkedHashMap<>();
		x.learners().forEach(l -> here.put(l.label(), l));
		for (PackageManifest.Algorithm a : manifest.algorithms()) {
			StreamExperiment.LearnerSpec l = here.get(a.label());
			if (l == null) {
				continue; // the results comparison names a learner the experiment lost
			}
			AlgorithmSource s = AlgorithmSource.ofClass(l.create().getClass());
			List<String> differs = new ArrayList<>();
			if (a.bundle() != null && !a.bundle().equals(s.bundle())) {
				differs.add("bundle " + a.bundle() + " packaged, " + s.bundle() + " installed");
			}
			if (a.bundleVersion() != null && !a.bundleVersion().equals(s.version())) {
				differs.add("version " + a.bundleVersion() + " packaged, " + s.version() + " installed");
			}
			String sha = s.jarSha256();
			if (a.jarSha256() != null && !a.jarSha256().equals(sha)) {
				differs.add("jar SHA-256 " + a.jarSha256().substring(0, 12) + "... packaged, " + (sha == null
						? "unknown"
						: sha.substring(0, 12) + "...") + " installed");
			}
			if (!differs.isEmpty()) {
				notes.add("learner " + a.label() + ": " + String.join("; ", differs));
			}
		}
		return notes;
	}

	/**
	 * Compares two stream results: the stream's SHA-256, size and class; per learner (by name) each final metric,
	 * the instance counts and the drift positions; and each metric of each learning-curve point (by position in the
	 * stream, shown in the fold column as {@code at N}). Throughput and seconds are measurements and not compared.
	 */
	static final class Comparison {
		private final double tolerance;
		final List<ResultsComparison.Difference> differences = new ArrayList<>();
		int compared;

		Comparison(double tolerance) {
			this.tolerance = tolerance;
		}

		void compare(PrequentialResults packaged, PrequentialResults rerun) {
			PrequentialResults.Data a = packaged.data(), b = rerun.data();
			text("data sha256", "-", "-", a.sha256(), b.sha256());
			number("instances", "-", "-", "-", (double) a.instances(), (double) b.instances());
			text("class", "-", "-", a.className() + " " + a.classValues() + " positive " + a.positiveClass(), b
					.className() + " " + b.classValues() + " positive " + b.positiveClass());
			Map<String, PrequentialResults.Learner> before = byName(packaged), now = byName(rerun);
			List<String> names = new ArrayList<>(before.keySet());
			now.keySet().stream().filter(n -> !before.containsKey(n)).forEach(names::add);
			for (String name : names) {
				PrequentialResults.Learner p = before.get(name), r = now.get(name);
				if (p == null || r == null) {
					differences.add(new ResultsComparison.Difference("learner", "-", name, "-", "-", p == null ? "-"
							: "present", r == null ? "-" : "present", "-"));
					compared++;
					continue;
				}
				metrics("final", name, "-", p.metrics(), r.metrics());
				number("instances", "-", name, "-", (double) p.instances(), (double) r.instances());
				number("trained", "-", name, "-", (double) p.trained(), (double) r.trained());
				text("drifts", "-", name, p.drifts().toString(), r.drifts().toString());
				Map<Long, PrequentialResults.CurvePoint> pc = points(p), rc = points(r);
				List<Long> at = new ArrayList<>(pc.keySet());
				rc.keySet().stream().filter(k -> !pc.containsKey(k)).forEach(at::add);
				for (Long k : at) {
					PrequentialResults.CurvePoint x = pc.get(k), y = rc.get(k);
					metrics("curve", name, "at " + k, x == null ? Map.of() : x.metrics(), y == null ? Map.of()
							: y.metrics());
				}
			}
		}

		private void metrics(String what, String learner, String at, Map<String, Double> p, Map<String, Double> r) {
			List<String> keys = new ArrayList<>(p.keySet());
			r.keySet().stream().filter(k -> !p.containsKey(k)).forEach(keys::add);
			for (String k : keys) {
				number(what, k, learner, at, p.get(k), r.get(k));
			}
		}

		private void number(String what, String metric, String learner, String at, Double p, Double r) {
			compared++;
			if (p != null && r != null && equal(p, r)) {
				return;
			}
			differences.add(new ResultsComparison.Difference(what, metric, learner, at, "-", show(p), show(r), p == null
					|| r == null || p.isNaN() || r.isNaN() ? "-" : String.format(Locale.ROOT, "%.3g", r - p)));
		}

		private void text(String what, String metric, String learner, String p, String r) {
			compared++;
			if (!Objects.equals(p, r)) {
				differences.add(new ResultsComparison.Difference(what, metric, learner, "-", "-", p == null ? "-" : p,
						r == null ? "-" : r, "-"));
			}
		}

		private boolean equal(double p, double r) {
			if (Double.isNaN(p) || Double.isNaN(r)) {
				return Double.isNaN(p) && Double.isNaN(r);
			}
			return p == r || Math.abs(r - p) <= tolerance;
		}

		private static String show(Double v) {
			return v == null ? "-" : v.isNaN() ? "NaN" : Double.toString(v);
		}

		private static Map<String, PrequentialResults.Learner> byName(PrequentialResults results) {
			Map<String, PrequentialResults.Learner> m = new LinkedHashMap<>();
			results.learners().forEach(l -> m.putIfAbsent(l.learner(), l));
			return m;
		}

		private static Map<Long, PrequentialResults.CurvePoint> points(PrequentialResults.Learner l) {
			Map<Long, PrequentialResults.CurvePoint> m = new LinkedHashMap<>();
			l.curve().forEach(c -> m.putIfAbsent(c.at(), c));
			return m;
		}
	}
}
