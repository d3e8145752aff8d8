package io.streamwise.core.replication;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.Digests;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.AlgorithmSource;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ResultsFileException;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.run.ExperimentRunService;
import io.streamwise.core.run.ProvenanceBuilder;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.model.io.ModelLoadException;

/**
 * Makes a replication package from a results folder: one zip holding the experiment, the results, the data (or its
 * SHA-256 and where it came from), every algorithm's id, settings, bundle, version, jar SHA-256 and licence (a
 * plugin's jar itself when its licence allows, see {@link PluginLicence}), the run's Java and system, the Streamwise
 * version and commit, a README.md with the command that re-runs it, and a {@link PackageManifest} with the SHA-256
 * of every file. The zip is written beside its target under a temporary name and moved into place: a failed package
 * leaves nothing. {@link PackageVerifier} checks and re-runs one.
 */
public final class ReplicationPackage {

	/** The experiment file in the package. */
	public static final String EXPERIMENT = "experiment.experiment";
	/** The folder of the results in the package. */
	public static final String RESULTS = "results/";
	/** The folder of the data files in the package (with --include-data). */
	public static final String DATA = "data/";
	/** The folder of plugins' jars in the package. */
	public static final String PLUGINS = "plugins/";
	public static final String README = "README.md";
	/** The results files a package carries, when the run wrote them; results.json is required. */
	public static final List<String> RESULT_FILES = List.of(ResultsWriter.RESULTS_JSON, ResultsWriter.RESULTS_CSV,
			ResultsWriter.COSTS_CSV, ResultsWriter.SIGNIFICANCE_CSV, ResultsWriter.RESULTS_TEX);
	/** The setting of generated data's seed, when the dataset's options do not name one. */
	static final String SEED = "seed";

	static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	/** What a zip's content is made of, given the zip being written; returns the manifest it wrote. */
	@FunctionalInterface
	public interface Content {
		PackageManifest write(ZipWriter zip, Instant now) throws IOException;
	}

	private ReplicationPackage() {
	}

	/**
	 * Packages the run in {@code resultsDir} into the zip {@code out}.
	 *
	 * @param includeData copy the data files into the package (their licence is the caller's to check)
	 * @param registry    the installed algorithms: where their jars are and what licence those declare
	 * @param warnings    one line per caveat (a plugin's jar left out and why, raw ids in included data)
	 * @throws BadPackageException naming the results folder's file that is missing or unreadable, or a data file
	 *                             that changed since the run
	 */
	public static PackageManifest create(Path resultsDir, Path out, boolean includeData, AlgorithmRegistry registry,
			java.util.function.Consumer<String> warnings) throws IOException {
		return create(resultsDir, out, includeData, registry, null, warnings);
	}

	/**
	 * As {@link #create(Path, Path, boolean, AlgorithmRegistry, java.util.function.Consumer)}, with stream
	 * experiments' results packaged by {@code streams} (null: refused, naming results.json).
	 */
	public static PackageManifest create(Path resultsDir, Path out, boolean includeData, AlgorithmRegistry registry,
			StreamReplication streams, java.util.function.Consumer<String> warnings) throws IOException {
		String folder = resultsDir.toString();
		Path json = resultsDir.resolve(ResultsWriter.RESULTS_JSON);
		if (!Files.isRegularFile(json)) {
			throw new BadPackageException(folder, ResultsWriter.RESULTS_JSON, Files.isDirectory(resultsDir)
					? "not found: package the folder a run or compare wrote"
					: "not found: " + folder + " is no results folder");
		}
		ExperimentResults results;
		try {
			if (streams != null && ResultsJson.read(json) instanceof PrequentialResults stream) {
				return streams.create(resultsDir, stream, out, includeData, warnings);
			}
			results = ResultsJson.read(json, ExperimentResults.class);
		} catch (ResultsFileException e) {
			throw new BadPackageException(folder, ResultsWriter.RESULTS_JSON, e.getMessage()
					+ " (packages hold experiment results: stream experiments are not packaged yet)", e);
		}
		Path experimentFile = resultsDir.resolve(ExperimentRunService.EXPERIMENT_COPY);
		ExperimentSpec spec;
		try {
			spec = ExperimentFiles.read(experimentFile);
		} catch (ModelLoadException e) {
			throw new BadPackageException(folder, ExperimentRunService.EXPERIMENT_COPY, Files.exists(experimentFile) ? e
					.getMessage() : "not found: the run's copy of its experiment is needed", e);
		}
		DataPlan data = DataPlan.of(spec, results, includeData, folder);
		if (includeData && !data.files().isEmpty() && data.pseudonymised(results)) {
			warnings.accept("the data files are included as they are: their viewer ids are the raw ones, which the"
					+ " run pseudonymised");
		}

		return write(out, (zip, now) -> {
			List<String> resultFiles = new ArrayList<>();
			for (String name : RESULT_FILES) {
				Path f = resultsDir.resolve(name);
				if (Files.isRegularFile(f)) {
					zip.file(RESULTS + name, f);
					resultFiles.add(RESULTS + name);
				}
			}
			ExperimentSpec packaged = data.relocated(spec);
			zip.bytes(EXPERIMENT, experimentBytes(packaged));
			if (includeData) {
				for (PackageManifest.DataFile f : data.files()) {
					zip.file(DATA + f.name(), data.root().resolve(f.name()));
				}
			}
			List<PackageManifest.Algorithm> algorithms = algorithms(results, registry, zip, warnings);
			PackageManifest.Data dataEntry = data.entry();
			Map<String, String> environment = environment(results.provenance().environment());
			PackageManifest.Streamwise streamwise = streamwise(environment);
			zip.bytes(README, readme(out.getFileName().toString(), results, dataEntry, algorithms, streamwise)
					.getBytes(StandardCharsets.UTF_8));
			return zip.manifest(new PackageManifest(PackageManifest.FORMAT, PackageManifest.VERSION, now.toString(),
					streamwise, environment, EXPERIMENT, resultFiles, dataEntry, algorithms, zip.entries()));
		});
	}

	/** The run's environment as a package records it: without the command line, whose paths say nothing here. */
	public static Map<String, String> environment(Map<String, String> provenance) {
		Map<String, String> environment = new TreeMap<>(provenance);
		environment.remove(ProvenanceBuilder.COMMAND);
		return environment;
	}

	/** The Streamwise version the run recorded and the commit of this build. */
	public static PackageManifest.Streamwise streamwise(Map<String, String> environment) {
		return new PackageManifest.Streamwise(environment.getOrDefault(ProvenanceBuilder.TOOL_VERSION,
				ProvenanceBuilder.UNKNOWN), BuildCommit.commit());
	}

	/**
	 * Writes a package zip: under a temporary name beside {@code out}, moved into place when {@code content} has
	 * written all of it (its manifest included), removed when it fails.
	 *
	 * @throws FileAlreadyExistsException when {@code out} exists
	 */
	public static PackageManifest write(Path out, Content content) throws IOException {
		Path target = out.toAbsolutePath().normalize();
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target + " exists: remove it or name another package");
		}
		Files.createDirectories(target.getParent());
		Path tmp = target.resolveSibling("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
		Instant now = Instant.now();
		try {
			PackageManifest manifest;
			try (ZipWriter zip = new ZipWriter(Files.newOutputStream(tmp), now)) {
				manifest = content.write(zip, now);
			}
			move(tmp, target);
			return manifest;
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	private static byte[] experimentBytes(ExperimentSpec spec) throws IOException {
		Path f = Files.createTempFile("streamwise-package-", ".experiment");
		try {
			ExperimentFiles.write(spec, f);
			return Files.readAllBytes(f);
		} finally {
			Files.deleteIfExists(f);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	/**
	 * Each algorithm as results.json records it, with its bundle's licence; a plugin's jar (a dropin, or a bundle
	 * that is no part of Streamwise) goes into the package when it is the jar that ran and its licence allows.
	 */
	private static List<PackageManifest.Algorithm> algorithms(ExperimentResults results, AlgorithmRegistry registry,
			ZipWriter zip, java.util.function.Consumer<String> warnings) throws IOException {
		List<PackageManifest.Algorithm> out = new ArrayList<>();
		Map<Path, String> packaged = new LinkedHashMap<>();
		for (ExperimentResults.Algorithm a : results.provenance().algorithms()) {
			String licence = null, jar = null, note = null;
			AlgorithmSource source = source(registry, a.id());
			Path jarFile = source == null ? null : source.jar();
			boolean sameJar = jarFile != null && a.jarSha256() != null && Files.isRegularFile(jarFile)
					&& a.jarSha256().equals(sha256(jarFile));
			if (sameJar) {
				licence = PluginLicence.of(jarFile);
			}
			boolean plugin = source != null && source.bundle() != null
					&& (source.dropin() || !source.bundle().startsWith("io.streamwise."));
			if (plugin) {
				if (!sameJar) {
					note = "the installed jar is not the one that ran (SHA-256 differs or unknown): not included";
				} else if (licence == null) {
					note = "its bundle declares no " + PluginLicence.HEADER + ": not included";
				} else if (!PluginLicence.redistributable(licence)) {
					note = "its licence " + licence + " is not one known to allow redistribution: not included";
				} else {
					jar = packaged.get(jarFile);
					if (jar == null) {
						jar = PLUGINS + jarFile.getFileName();
						zip.file(jar, jarFile);
						packaged.put(jarFile, jar);
					}
				}
				if (note != null) {
					warnings.accept("plugin " + a.bundle() + " (" + a.label() + "): " + note
							+ "; the package records its SHA-256");
				}
			}
			out.add(new PackageManifest.Algorithm(a.label(), a.id(), a.settings(), a.bundle(), a.bundleVersion(),
					a.jarSha256(), licence, jar, note));
		}
		return out;
	}

	private static AlgorithmSource source(AlgorithmRegistry registry, String id) {
		try {
			AlgorithmFactory<?> f = registry.get(id);
			return AlgorithmSource.of(f);
		} catch (IllegalArgumentException e) {
			return null; // not installed here any more: its recorded facts stand alone
		}
	}

	/** The README.md of the package: what it holds and the one command that re-runs and checks it. */
	private static String readme(String zipName, ExperimentResults results, PackageManifest.Data data,
			List<PackageManifest.Algorithm> algorithms, PackageManifest.Streamwise streamwise) {
		StringBuilder sb = new StringBuilder();
		ExperimentResults.Experiment e = results.experiment();
		sb.append("# Replication package: ").append(e.id()).append("\n\n");
		sb.append(e.name()).append(", run with Streamwise ").append(streamwise.version()).append(" (commit ")
				.append(streamwise.commit()).append(") on ").append(results.provenance().startedAt()).append(".\n\n");
		sb.append("Re-run it and compare every value with the packaged results:\n\n```sh\n./streamwise verify ")
				.append(zipName);
		if (!data.included() && data.root() != null) {
			sb.append(" --data DIR");
		}
		sb.append("\n```\n\n");
		sb.append("It prints \"reproduced\" (exit code 0) or a table of every value that differs (exit code 1);"
				+ " `--tolerance X` sets the largest absolute difference taken as equal. A package whose files do not"
				+ " match manifest.json exits with 3 and names the file.\n\n");
		sb.append("## Contents\n\n");
		sb.append("- `").append(EXPERIMENT).append("`: the experiment (seed ").append(results.provenance().seed())
				.append("); `./streamwise run ").append(EXPERIMENT).append(" --out DIR` runs it alone.\n");
		sb.append("- `results/`: the results of the run (results.json, results.csv, ...).\n");
		if (data.generator() != null) {
			sb.append("- Data: generated, not stored: ").append(data.description()).append("; the simulator's")
					.append(" settings and seed in manifest.json regenerate it exactly (SHA-256 ")
					.append(data.sha256()).append(").\n");
		} else if (data.included()) {
			sb.append("- `data/`: the data files (SHA-256 of the files read: ").append(data.sha256()).append(").\n");
		} else {
			sb.append("- Data: not included. The run read ").append(data.files().size()).append(" file(s) from `")
					.append(data.root()).append("` (listed with their SHA-256 in manifest.json); `--data DIR` names")
					.append(" the folder that holds them now.\n");
		}
		sb.append("- Algorithms:\n");
		for (PackageManifest.Algorithm a : algorithms) {
			sb.append("  - `").append(a.label()).append("`: ").append(a.id()).append(", ")
					.append(Objects.toString(a.bundle(), "bundle unknown")).append(' ')
					.append(Objects.toString(a.bundleVersion(), "")).append(a.jar() == null ? ""
							: " (jar in `" + a.jar() + "`: copy it into the product's dropins/)")
					.append('\n');
		}
		sb.append("- `manifest.json`: all of the above with the SHA-256 of every file, the Java and operating system")
				.append(" of the run.\n");
		return sb.toString();
	}

	/** The SHA-256 of a file's bytes in lower-case hex. */
	public static String sha256(Path file) throws IOException {
		return Digests.files(List.of(file));
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** A zip being written: each entry's SHA-256 and size recorded as it is written. */
	public static final class ZipWriter implements AutoCloseable {
		private final ZipOutputStream zip;
		private final FileTime time;
		private final List<PackageManifest.FileEntry> entries = new ArrayList<>();

		ZipWriter(OutputStream out, Instant time) {
			this.zip = new ZipOutputStream(out);
			this.time = FileTime.from(time);
		}

		public void file(String name, Path file) throws IOException {
			try (InputStream in = Files.newInputStream(file)) {
				write(name, in);
			}
		}

		public void bytes(String name, byte[] bytes) throws IOException {
			write(name, new java.io.ByteArrayInputStream(bytes));
		}

		private void write(String name, InputStream in) throws IOException {
			ZipEntry e = new ZipEntry(name);
			e.setLastModifiedTime(time);
			zip.putNextEntry(e);
			MessageDigest md = digest();
			DigestOutputStream out = new DigestOutputStream(new OutputStream() {
				@Override
				public void write(int b) throws IOException {
					zip.write(b);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					zip.write(b, off, len);
				}
			}, md);
			long size = in.transferTo(out);
			zip.closeEntry();
			if (!name.equals(PackageManifest.NAME)) {
				entries.add(new PackageManifest.FileEntry(name, HexFormat.of().formatHex(md.digest()), size));
			}
		}

		/** Every entry written so far but the manifest, with its SHA-256 and size. */
		public List<PackageManifest.FileEntry> entries() {
			return List.copyOf(entries);
		}

		/** Writes the manifest as the last entry and returns it. */
		public PackageManifest manifest(PackageManifest manifest) throws IOException {
			bytes(PackageManifest.NAME, (GSON.toJson(manifest) + "\n").getBytes(StandardCharsets.UTF_8));
			return manifest;
		}

		@Override
		public void close() throws IOException {
			zip.close();
		}
	}

	/**
	 * Where the run's data came from and how the package holds it: the files the run read, under the folder that
	 * holds them all, or the simulator's settings for generated data.
	 */
	record DataPlan(DatasetSpec dataset, ExperimentResults.Provenance provenance, boolean included, Path root,
			String location, String testLocation, List<PackageManifest.DataFile> files, Map<String, String> generator) {

		static DataPlan of(ExperimentSpec spec, ExperimentResults results, boolean includeData, String folder)
				throws IOException {
			DatasetSpec d = spec.dataset();
			ExperimentResults.Provenance p = results.provenance();
			if (d.kind() == DatasetKind.SIMULATOR && (d.location() == null || d.location().isBlank())) {
				Map<String, String> generator = new TreeMap<>(d.options());
				generator.putIfAbsent(DatasetLoader.OPTION_PRESET, "default");
				generator.putIfAbsent(SEED, Long.toString(spec.seed()));
				generator.put("simulatorVersion", Simulator.VERSION);
				return new DataPlan(d, p, false, null, null, null, List.of(), generator);
			}
			List<Path> sources = p.datasetSources().stream().map(s -> Path.of(s).toAbsolutePath().normalize())
					.toList();
			if (sources.isEmpty()) {
				throw new BadPackageException(folder, ResultsWriter.RESULTS_JSON, "provenance.datasetSources is"
						+ " empty: the run does not say which files it read");
			}
			for (Path s : sources) {
				if (!Files.isRegularFile(s)) {
					throw new BadPackageException(folder, ResultsWriter.RESULTS_JSON, "the data file " + s
							+ " the run read is gone: a package needs its SHA-256 and, with --include-data, its"
							+ " bytes");
				}
			}
			String now = Digests.files(sources);
			if (!now.equals(p.datasetSha256())) {
				throw new BadPackageException(folder, ResultsWriter.RESULTS_JSON, "the data files " + sources
						+ " changed since the run (SHA-256 " + now + ", the run read " + p.datasetSha256() + ")");
			}
			Path location = locate(d.location(), sources, folder);
			Path test = d.testLocation() == null ? null : locate(d.testLocation(), sources, folder);
			List<Path> all = new ArrayList<>(sources);
			// a simulator's folder counts as synthetic only with its signature beside its files
			Path signature = (Files.isDirectory(location) ? location : location.getParent())
					.resolve(SimulationWriter.SUMMARY);
			if (Files.isRegularFile(signature) && !all.contains(signature)) {
				all.add(signature);
			}
			Path root = Files.isDirectory(location) ? location : location.getParent();
			for (Path f : all) {
				while (!f.startsWith(root)) {
					root = root.getParent();
				}
			}
			if (test != null) {
				while (!test.startsWith(root)) {
					root = root.getParent();
				}
			}
			List<PackageManifest.DataFile> files = new ArrayList<>();
			for (Path f : all) {
				files.add(new PackageManifest.DataFile(slashes(root.relativize(f)), sha256(f), Files.size(f)));
			}
			return new DataPlan(d, p, includeData, root, relative(root, location),
					test == null ? null : relative(root, test), files, null);
		}

		/** Whether the run pseudonymised viewer ids (its provenance names a key). */
		boolean pseudonymised(ExperimentResults results) {
			return results.provenance().pseudonymKey() != null;
		}

		/** The experiment with its dataset where this package's files are (or were, without them). */
		ExperimentSpec relocated(ExperimentSpec spec) {
			if (root == null) {
				return spec;
			}
			String base = included ? DATA : root.toString() + "/";
			DatasetSpec moved = new DatasetSpec(dataset.kind(), join(base, location),
					testLocation == null ? null : join(base, testLocation), dataset.options());
			return new ExperimentSpec(spec.id(), spec.name(), spec.seed(), moved, spec.protocol(), spec.algorithms(),
					spec.metrics());
		}

		PackageManifest.Data entry() {
			return new PackageManifest.Data(dataset.kind().name().toLowerCase(java.util.Locale.ROOT), provenance
					.dataset(), provenance.datasetSha256(), included, root == null ? null : root.toString(), location,
					testLocation, generator, files);
		}
	}

	/** A location under a base: {@code data/} and "." give {@code data}. */
	public static String join(String base, String location) {
		String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		return location.equals(".") ? b : b + "/" + location;
	}

	private static String relative(Path root, Path p) {
		String r = slashes(root.relativize(p));
		return r.isEmpty() ? "." : r;
	}

	private static String slashes(Path p) {
		return p.toString().replace('\\', '/');
	}

	/**
	 * The absolute path a dataset location named when the run read it: the location itself when absolute, else the
	 * file read (or the folder holding it) whose path ends with the location's (the run resolved it against its
	 * experiment file's folder, which results do not record).
	 */
	static Path locate(String location, List<Path> sources, String folder) {
		Path given = Path.of(location);
		if (given.isAbsolute()) {
			return given.normalize();
		}
		Path tail = given.normalize();
		while (tail.getNameCount() > 0 && (tail.getName(0).toString().equals("..") || tail.getName(0).toString()
				.equals("."))) {
			tail = tail.getNameCount() == 1 ? Path.of("") : tail.subpath(1, tail.getNameCount());
		}
		for (Path s : sources) {
			for (Path c = s; c != null; c = c.getParent()) {
				if (!tail.toString().isEmpty() && c.endsWith(tail)) {
					return c;
				}
			}
		}
		throw new BadPackageException(folder, ExperimentRunService.EXPERIMENT_COPY, "dataset location '" + location
				+ "' matches none of the files the run read " + sources);
	}
}
