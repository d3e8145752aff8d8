package io.streamwise.core.replication;

import java.util.List;
import java.util.Map;

/**
 * {@value #NAME} of a replication package: what the package holds and where it came from, with the SHA-256 of every
 * other file in it. Written and read by {@link ReplicationPackage}; fields are documented in docs/replication.md.
 *
 * @param createdAt   ISO-8601 instant the package was made
 * @param environment the run's facts as results.json records them (Java, operating system, bundle versions)
 * @param experiment  the experiment file in the package
 * @param results     the results files in the package
 * @param files       every file of the package but this manifest, with its SHA-256 and size
 */
public record PackageManifest(String format, int formatVersion, String createdAt, Streamwise streamwise,
		Map<String, String> environment, String experiment, List<String> results, Data data,
		List<Algorithm> algorithms, List<FileEntry> files) {

	public static final String FORMAT = "streamwise.replication-package";
	public static final int VERSION = 1;
	/** The manifest's name in the package. */
	public static final String NAME = "manifest.json";

	/**
	 * @param version the version of Streamwise that made the results
	 * @param commit  the source commit of the build that made the package, or "unknown"
	 */
	public record Streamwise(String version, String commit) {
	}

	/**
	 * The data of the run.
	 *
	 * @param kind         the experiment's dataset kind (simulator, csv, recbole, train_test)
	 * @param description  the run's sentence on the data
	 * @param sha256       the data's SHA-256 as results.json records it (of the files read, or of generated events)
	 * @param included     whether the files are in the package, under {@value ReplicationPackage#DATA}
	 * @param root         the folder that held the files when the run read them (absent for generated data)
	 * @param location     the dataset's location relative to root ("." for root itself)
	 * @param testLocation the test file of a train/test pair relative to root, else absent
	 * @param generator    for generated data: the simulator's version, settings and seed, which regenerate it exactly
	 * @param files        the files read (and the simulator's signature of a simulated folder), relative to root
	 */
	public record Data(String kind, String description, String sha256, boolean included, String root,
			String location, String testLocation, Map<String, String> generator, List<DataFile> files) {
	}

	public record DataFile(String name, String sha256, long size) {
	}

	/**
	 * An algorithm of the run, as results.json records it, with the licence its bundle declares and its jar in the
	 * package when that licence allows.
	 *
	 * @param licence the bundle's {@value PluginLicence#HEADER}, or absent
	 * @param jar     the jar in the package (under {@value ReplicationPackage#PLUGINS}), or absent
	 * @param jarNote why the jar is not in the package, when it is a plugin's
	 */
	public record Algorithm(String label, String id, Map<String, String> settings, String bundle, String bundleVersion,
			String jarSha256, String licence, String jar, String jarNote) {
	}

	public record FileEntry(String path, String sha256, long size) {
	}
}
