package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.streamwise.core.replication.BadPackageException;
import io.streamwise.core.replication.PackageVerifier;
import io.streamwise.core.replication.ReplicationException;
import io.streamwise.core.replication.ResultsComparison;
import io.streamwise.core.run.RunInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code streamwise verify}: checks a replication package and re-runs it in a temporary folder
 * ({@link PackageVerifier}); exit 0 when every value is reproduced, 1 when one differs, 3 for a bad package.
 */
@Command(name = "verify", description = {
		"Checks a replication package ('streamwise package') by re-running it.",
		"Checks every file against manifest.json and the installed algorithms' versions and jars against the"
				+ " package's, re-runs it in a temporary folder the way 'run' does, and compares every value of the re-run's"
				+ " results with the packaged ones. Prints \"reproduced\" (exit 0) or a table of every value that differs (exit 1); a package with a"
				+ " file missing, changed or unlisted exits 3 naming it." })
final class VerifyCommand implements Callable<Integer> {

	private final Cli cli;

	@Parameters(paramLabel = "PACKAGE.zip", description = "The package to verify.")
	Path zip;

	@Option(names = "--tolerance", paramLabel = "X", defaultValue = "1e-9", description = "The largest absolute"
			+ " difference between a packaged and a re-run value taken as equal (default ${DEFAULT-VALUE}; 0: exactly"
			+ " equal).")
	double tolerance;

	@Option(names = "--data", paramLabel = "DIR", description = "For a package without its data: the folder that holds"
			+ " the data files now (default: where the run read them). Each file is checked against its SHA-256.")
	Path data;

	@Option(names = "--pseudonym-key", paramLabel = "FILE", description = "The pseudonym key for the re-run, instead"
			+ " of the dataset's or the default one. --key-file FILE also works.")
	Path pseudonymKey;

	/** The name earlier versions used: still accepted, not listed. */
	@Option(names = "--key-file", paramLabel = "FILE", hidden = true)
	Path keyFile;

	VerifyCommand(Cli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() throws IOException {
		PackageVerifier.Options options;
		try {
			options = new PackageVerifier.Options(tolerance, data, DataOptions.pseudonymKey(pseudonymKey, keyFile));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--tolerance: " + e.getMessage());
		}
		PackageVerifier.Report report;
		try {
			report = PackageVerifier.verify(zip, options, cli.registry, cli.service(),
					io.streamwise.stream.experiment.StreamPackage.INSTANCE, cli.origin(), cli.progress());
		} catch (BadPackageException | RunInputException e) {
			throw new Cli.InputException(e.getMessage(), e);
		} catch (ReplicationException e) {
			cli.err.println("streamwise: cannot re-run the package: " + e.getMessage());
			return Cli.FAILED;
		}
		report.notes().forEach(n -> cli.out.println("differs from the package: " + n));
		if (report.reproduced()) {
			cli.out.printf(Locale.ROOT, "reproduced: %d value(s) of %s equal within %s%n", report.compared(), zip,
					tolerance);
			return Cli.OK;
		}
		cli.out.printf(Locale.ROOT, "%d value(s) differ beyond %s:%n", report.differences().size(), tolerance);
		cli.out.print(ResultsComparison.table(report.differences()));
		cli.err.println("streamwise: not reproduced: " + report.differences().size() + " value(s) differ");
		return Cli.FAILED;
	}
}
