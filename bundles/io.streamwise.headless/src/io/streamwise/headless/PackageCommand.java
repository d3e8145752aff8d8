package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.streamwise.core.replication.BadPackageException;
import io.streamwise.core.replication.PackageManifest;
import io.streamwise.core.replication.ReplicationPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code streamwise package}: a replication package of a results folder ({@link ReplicationPackage}). */
@Command(name = "package", description = { "Makes a replication package of a run's results folder.",
		"One zip with the experiment, the results, the data (or its SHA-256 and where it came from), every algorithm's id,"
				+ " settings, bundle version and jar SHA-256 (a plugin's jar when its Bundle-License allows), Java and"
				+ " system, the Streamwise version and commit, a README.md and a manifest.json with the SHA-256 of every"
				+ " file. 'streamwise verify' re-runs it (docs/replication.md)." })
final class PackageCommand implements Callable<Integer> {

	private final Cli cli;

	@Parameters(paramLabel = "RESULTS_DIR", description = "The folder 'run' or 'compare' wrote (results.json and"
			+ " the experiment's copy); a stream experiment's too.")
	Path results;

	@Option(names = "--out", required = true, paramLabel = "PACKAGE.zip", description = "The zip to write; it must not"
			+ " exist yet. Written under a temporary name and moved into place when complete.")
	Path out;

	@Option(names = "--include-data", description = "Put the data files into the package (only if you may"
			+ " redistribute them). Without it the package records their SHA-256 and where the run read them;"
			+ " generated data is always recorded by the simulator's settings and seed.")
	boolean includeData;

	PackageCommand(Cli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() throws IOException {
		if (Files.exists(out)) {
			throw new UsageException("--out: " + out + " exists: remove it or name another package");
		}
		PackageManifest manifest;
		try {
			manifest = ReplicationPackage.create(results, out, includeData, cli.registry,
					io.streamwise.stream.experiment.StreamPackage.INSTANCE, w -> cli.err.println("streamwise: warning: "
							+ w));
		} catch (BadPackageException e) {
			throw new Cli.InputException(e.getMessage(), e);
		} catch (FileAlreadyExistsException e) {
			throw new UsageException("--out: " + e.getMessage());
		}
		PackageManifest.Data data = manifest.data();
		cli.out.printf("Package %s of %s: %d algorithm(s), %d file(s); data %s%n", out, results, manifest
				.algorithms().size(), manifest.files().size() + 1,
				data.generator() != null ? "generated (its settings and seed recorded)"
						: data.included() ? "included (" + data.files().size() + " file(s))"
								: "not included (SHA-256 of " + data.files().size() + " file(s) recorded)");
		cli.out.printf("Check it with: streamwise verify %s%n", out);
		return Cli.OK;
	}
}
