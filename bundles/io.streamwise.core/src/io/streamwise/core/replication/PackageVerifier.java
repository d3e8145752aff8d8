package io.streamwise.core.replication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.google.gson.JsonParseException;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.AlgorithmSource;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ResultsDocument;
import io.streamwise.core.results.ResultsFileException;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.run.ExperimentRunService;
import io.streamwise.core.run.ProvenanceBuilder;
import io.streamwise.core.run.RunInputException;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.run.RunRequest;
import io.streamwise.model.io.ModelLoadException;

/**
 * Checks a replication package and re-runs it: unpacks it into a temporary folder, checks every file against the
 * manifest (a file missing, changed or not listed is a {@link BadPackageException} naming it), compares the installed
 * algorithms and the data with what the package records, re-runs the experiment through the run service (the code
 * path of {@code streamwise run}) and compares every value of the re-run's results with the packaged ones
 * ({@link ResultsComparison}). The temporary folder is removed afterwards, whatever happens.
 */
public final class PackageVerifier {

	/**
	 * @param tolerance the largest absolute difference taken as equal
	 * @param data      the folder that now holds data the package does not include, or null for where the run read it
	 * @param keyFile   the pseudonym key for the re-run, or null for the default one
	 */
	public record Options(double tolerance, Path data, Path keyFile) {
		public Options {
			if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
				throw new IllegalArgumentException("tolerance " + tolerance + " is not a finite number >= 0");
			}
		}
	}

	/**
	 * What verification found.
	 *
	 * @param notes       what differs between the package's setting and this installation (algorithm versions and
	 *                    jars, Streamwise, Java, operating system): said, not failed, since equal values are what count
	 * @param differences every value that differs beyond the tolerance; empty when reproduced
	 * @param compared    how many values the package holds (values, summaries, tests and fold counts)
	 */
	public record Report(PackageManifest manifest, List<String> notes, List<ResultsComparison.Difference> differences,
			int compared) {
		public boolean reproduced() {
			return differences.isEmpty();
		}
	}

	private PackageVerifier() {
	}

	/**
	 * @param service  runs the experiment, as {@code streamwise run} does
	 * @param registry the installed algorithms, to compare with the package's
	 * @throws BadPackageException naming the file when the package is not sound
	 * @throws ReplicationException when an algorithm the package needs is not installed
	 * @throws RunInputException    when data the package does not include cannot be found
	 */
	public static Report verify(Path zip, Options options, AlgorithmRegistry registry, ExperimentRunService service,
			RunOrigin origin, ProgressMonitor monitor) throws IOException {
		return verify(zip, options, registry, service, null, origin, monitor);
	}

	/**
	 * As {@link #verify(Path, Options, AlgorithmRegistry, ExperimentRunService, RunOrigin, ProgressMonitor)}, with
	 * packages of stream experiments re-run by {@code streams} (null: refused, naming results.json).
	 */
	public static Report verify(Path zip, Options options, AlgorithmRegistry registry, ExperimentRunService service,
			StreamReplication streams, RunOrigin origin, ProgressMonitor monitor) throws IOException {
		Path dir = Files.createTempDirectory("streamwise-verify-");
		try {
			Path content = Files.createDirectory(dir.resolve("package"));
			PackageManifest manifest = unpack(zip, content);
			check(zip.toString(), manifest, content);
			if (streams != null && packagedResults(zip.toString(), content) instanceof PrequentialResults) {
				return streams.verify(zip.toString(), manifest, content, Files.createDirectory(dir.resolve("rerun")),
						options, origin, monitor);
			}
			List<String> notes = new ArrayList<>(installed(manifest, registry));
			ExperimentResults packaged = results(zip.toString(), content);
			Path experimentFile = content.resolve(manifest.experiment());
			ExperimentSpec spec;
			try {
				spec = ExperimentFiles.read(experimentFile);
			} catch (ModelLoadException e) {
				throw new BadPackageException(zip.toString(), manifest.experiment(), e.getMessage(), e);
			}
			List<ResultsComparison.Difference> dataDifferences = new ArrayList<>();
			ExperimentSpec located = locate(spec, manifest.data(), content, options.data(), dataDifferences);
			if (!dataDifferences.isEmpty()) {
				return new Report(manifest, notes, dataDifferences, 0);
			}
			Path rerunExperiment = dir.resolve(ReplicationPackage.EXPERIMENT);
			ExperimentFiles.write(located, rerunExperiment);
			RunRequest request = new RunRequest(located, rerunExperiment, manifest.experiment(), dir.resolve(
					"rerun"), options.keyFile(), origin);
			service.validate(request);
			service.run(request, monitor);
			ExperimentResults rerun = ResultsJson.read(dir.resolve("rerun").resolve(ResultsWriter.RESULTS_JSON),
					ExperimentResults.class);
			int compared = packaged.values().size() + packaged.summary().size() + packaged.significance().size()
					+ packaged.evaluatedUnits().size();
			return new Report(manifest, notes, ResultsComparison.compare(packaged, rerun, options.tolerance()),
					compared);
		} finally {
			delete(dir);
		}
	}

	/** Unpacks every entry (refusing names that would leave the folder) and reads the manifest. */
	public static PackageManifest unpack(Path zip, Path into) throws IOException {
		String name = zip.toString();
		if (!Files.isRegularFile(zip)) {
			throw new BadPackageException(name, null, Files.exists(zip) ? "not a file" : "not found");
		}
		try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry e = entries.nextElement();
				Path target = into.resolve(e.getName()).normalize();
				if (!target.startsWith(into) || target.equals(into)) {
					throw new BadPackageException(name, e.getName(), "a path outside the package");
				}
				if (e.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = file.getInputStream(e)) {
					Files.copy(in, target);
				} catch (ZipException | java.nio.file.FileAlreadyExistsException ex) {
					throw new BadPackageException(name, e.getName(), "cannot be read: " + ex.getMessage(), ex);
				}
			}
		} catch (ZipException e) {
			throw new BadPackageException(name, null, "not a zip file (" + e.getMessage() + ")", e);
		}
		Path manifest = into.resolve(PackageManifest.NAME);
		if (!Files.isRegularFile(manifest)) {
			throw new BadPackageException(name, PackageManifest.NAME, "missing: this is no replication package");
		}
		PackageManifest m;
		try {
			m = ReplicationPackage.GSON.fromJson(Files.readString(manifest, StandardCharsets.UTF_8),
					PackageManifest.class);
		} catch (JsonParseException e) {
			throw new BadPackageException(name, PackageManifest.NAME, "not valid JSON: " + e.getMessage(), e);
		}
		if (m == null || !PackageManifest.FORMAT.equals(m.format())) {
			throw new BadPackageException(name, PackageManifest.NAME, "format is not " + PackageManifest.FORMAT);
		}
		if (m.formatVersion() > PackageManifest.VERSION) {
			throw new BadPackageException(name, PackageManifest.NAME, "formatVersion " + m.formatVersion()
					+ " is newer than this Streamwise reads (" + PackageManifest.VERSION + ")");
		}
		if (m.files() == null || m.experiment() == null || m.data() == null || m.results() == null) {
			throw new BadPackageException(name, PackageManifest.NAME, "lacks files, experiment, data or results");
		}
		return m;
	}

	/** Every listed file present with its SHA-256, and no file that is not listed. */
	public static void check(String zip, PackageManifest manifest, Path content) throws IOException {
		Set<String> listed = new LinkedHashSet<>();
		for (PackageManifest.FileEntry f : manifest.files()) {
			listed.add(f.path());
			Path p = content.resolve(f.path()).normalize();
			if (!p.startsWith(content) || !Files.isRegularFile(p)) {
				throw new BadPackageException(zip, f.path(), "missing (manifest.json lists it)");
			}
			String sha = ReplicationPackage.sha256(p);
			if (!sha.equals(f.sha256())) {
				throw new BadPackageException(zip, f.path(), "SHA-256 " + sha + " differs from manifest.json's "
						+ f.sha256() + ": the file was changed");
			}
		}
		for (String required : List.of(manifest.experiment(), ReplicationPackage.RESULTS
				+ ResultsWriter.RESULTS_JSON)) {
			if (!listed.contains(required)) {
				throw new BadPackageException(zip, required, "missing (manifest.json does not list it)");
			}
		}
		try (var files = Files.walk(content)) {
			for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				String rel = content.relativize(p).toString().replace('\\', '/');
				if (!rel.equals(PackageManifest.NAME) && !listed.contains(rel)) {
					throw new BadPackageException(zip, rel, "not listed in manifest.json");
				}
			}
		}
	}

	/** The package's results.json, of whichever kind. */
	public static ResultsDocument packagedResults(String zip, Path content) throws IOException {
		String name = ReplicationPackage.RESULTS + ResultsWriter.RESULTS_JSON;
		try {
			return ResultsJson.read(content.resolve(name));
		} catch (ResultsFileException e) {
			throw new BadPackageException(zip, name, e.getMessage(), e);
		}
	}

	private static ExperimentResults results(String zip, Path content) throws IOException {
		String name = ReplicationPackage.RESULTS + ResultsWriter.RESULTS_JSON;
		try {
			return ResultsJson.read(content.resolve(name), ExperimentResults.class);
		} catch (ResultsFileException e) {
			throw new BadPackageException(zip, name, e.getMessage(), e);
		}
	}

	/**
	 * What differs between the package's algorithms and environment and this installation's, one sentence each.
	 *
	 * @throws ReplicationException when an algorithm is not installed here
	 */
	static List<String> installed(PackageManifest manifest, AlgorithmRegistry registry) {
		List<String> notes = new ArrayList<>();
		for (PackageManifest.Algorithm a : manifest.algorithms()) {
			AlgorithmFactory<?> f;
			try {
				f = registry.get(a.id());
			} catch (IllegalArgumentException e) {
				throw new ReplicationException("algorithm " + a.label() + " (" + a.id() + ", " + Objects.toString(a
						.bundle(), "bundle unknown") + " " + Objects.toString(a.bundleVersion(), "") + ") is not"
						+ " installed here" + (a.jar() == null ? ""
								: "; the package holds its jar " + a.jar()
										+ ": copy it into the product's dropins/ folder"));
			}
			AlgorithmSource s = AlgorithmSource.of(f);
			List<String> differs = new ArrayList<>();
			if (a.bundle() != null && !a.bundle().equals(s.bundle())) {
				differs.add("bundle " + a.bundle() + " packaged, " + s.bundle() + " installed");
			}
			if (a.bundleVersion() != null && !a.bundleVersion().equals(s.version())) {
				differs.add("version " + a.bundleVersion() + " packaged, " + s.version() + " installed");
			}
			if (a.jarSha256() != null) {
				String sha = s.jarSha256();
				if (!a.jarSha256().equals(sha)) {
					differs.add("jar SHA-256 " + a.jarSha256().substring(0, 12) + "... packaged, " + (sha == null
							? "unknown"
							: sha.substring(0, 12) + "...") + " installed");
				}
			}
			if (!differs.isEmpty()) {
				notes.add("algorithm " + a.label() + " (" + a.id() + "): " + String.join("; ", differs));
			}
		}
		notes.addAll(environmentNotes(manifest));
		return notes;
	}

	/** What differs between the package's Streamwise, Java and operating system and this installation's. */
	public static List<String> environmentNotes(PackageManifest manifest) {
		List<String> notes = new ArrayList<>();
		Map<String, String> here = ProvenanceBuilder.environment(RunOrigin.commandLine(List.of()));
		Map<String, String> names = new LinkedHashMap<>();
		names.put(ProvenanceBuilder.TOOL_VERSION, "Streamwise");
		names.put(ProvenanceBuilder.JAVA_VERSION, "Java");
		names.put(ProvenanceBuilder.JAVA_VM, "Java VM");
		names.put(ProvenanceBuilder.OS, "operating system");
		names.forEach((key, what) -> {
			String then = manifest.environment() == null ? null : manifest.environment().get(key);
			String now = here.get(key);
			if (then != null && !then.equals(now)) {
				notes.add(what + ": " + then + " packaged, " + now + " here");
			}
		});
		return notes;
	}

	/**
	 * The experiment with its dataset where the data is now: the package's data folder, {@code --data}, or where the
	 * run read it. Data that the package does not include is checked file by file first: a file that differs is a
	 * difference (nothing is re-run), a file that is missing is bad input.
	 */
	private static ExperimentSpec locate(ExperimentSpec spec, PackageManifest.Data data, Path content, Path override,
			List<ResultsComparison.Difference> differences) throws IOException {
		if (data.root() == null) {
			return spec; // generated: the experiment's settings and seed regenerate it
		}
		Path root = data.included() ? content.resolve(ReplicationPackage.DATA)
				: override != null ? (Files.isRegularFile(override) ? override.toAbsolutePath().getParent()
						: override.toAbsolutePath()) : Path.of(data.root());
		if (!data.included()) {
			for (PackageManifest.DataFile f : data.files()) {
				Path p = root.resolve(f.name());
				if (!Files.isRegularFile(p)) {
					throw new RunInputException("data file " + p + " not found: the package does not include its"
							+ " data; --data DIR names the folder that holds " + f.name(),
							new NoSuchFileException(p
									.toString()));
				}
				String sha = ReplicationPackage.sha256(p);
				if (!sha.equals(f.sha256())) {
					differences.add(new ResultsComparison.Difference("data file sha256", "-", "-", "-", p.toString(),
							f.sha256(), sha, "-"));
				}
			}
		}
		DatasetSpec d = spec.dataset();
		String base = root.toString() + "/";
		DatasetSpec moved = new DatasetSpec(d.kind(), ReplicationPackage.join(base, data.location()),
				data.testLocation() == null ? null : ReplicationPackage.join(base, data.testLocation()), d.options());
		return new ExperimentSpec(spec.id(), spec.name(), spec.seed(), moved, spec.protocol(), spec.algorithms(),
				spec.metrics());
	}

	/** Removes a folder and everything in it. */
	public static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		Files.walkFileTree(dir, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
				Files.delete(d);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
