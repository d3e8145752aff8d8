package io.streamwise.core.replication;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.run.RunOrigin;

/**
 * Packages and re-runs the results of a stream experiment. Its run path (MOA learners evaluated test-then-train)
 * lives in the stream bundle, which depends on this one; {@link ReplicationPackage} and {@link PackageVerifier} hand
 * such results to it, sharing the zip, the manifest and the file checks.
 */
public interface StreamReplication {

	/**
	 * Packages the stream experiment's results in {@code resultsDir} into {@code out}.
	 *
	 * @throws BadPackageException naming the results folder's file that is missing or unusable
	 */
	PackageManifest create(Path resultsDir, PrequentialResults results, Path out, boolean includeData,
			Consumer<String> warnings) throws IOException;

	/**
	 * Re-runs an unpacked, checked package of stream results and compares every final value and curve point.
	 *
	 * @param content the unpacked package, every file checked against the manifest
	 * @param work    an empty folder for the re-run, removed by the caller
	 */
	PackageVerifier.Report verify(String zip, PackageManifest manifest, Path content, Path work,
			PackageVerifier.Options options, RunOrigin origin, ProgressMonitor monitor) throws IOException;
}
