package io.streamwise.core.run;

import java.io.IOException;

import io.streamwise.api.progress.ProgressMonitor;

/**
 * Something that runs a request into an output folder: the offline experiment ({@link ExperimentRunService}) today;
 * a campaign, an A/B test, a bandit policy or a remote engine later. Every engine keeps the output-folder contract
 * (all files or none, see {@link io.streamwise.core.io.OutputFolder}), records provenance through
 * {@link ProvenanceBuilder}, and stops with {@link io.streamwise.api.progress.CancelledException} when the monitor is
 * cancelled, leaving nothing written.
 *
 * @param <Q> what the engine is asked to run: {@link RunRequest} for an experiment; an engine with other input (a
 *            campaign, a policy) brings its own request type, with an output folder and a {@link RunOrigin}
 * @param <R> the result the engine produces
 */
public interface RunEngine<Q, R> {

	/**
	 * Checks the request without doing the work: a wrong request fails before anything is loaded or written.
	 *
	 * @throws RunInputException naming the file and the field at fault
	 */
	void validate(Q request);

	/**
	 * Runs the request and moves its output folder into place.
	 *
	 * @throws RunInputException                                  for bad input data or experiment
	 * @throws io.streamwise.core.io.OutputFolder.UnusableException when the output folder cannot take the run
	 * @throws IOException                                        when writing fails
	 */
	RunOutcome<R> run(Q request, ProgressMonitor monitor) throws IOException;
}
