package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code streamwise run}: runs an experiment file; the work itself is {@link Cli#runExperiment}, or
 * {@link StreamExperimentRun} for a stream experiment.
 */
@Command(name = "run", description = { "Runs an experiment file.",
		"Writes results.json, results.csv (the same bytes under the same seed), costs.csv, per_unit.csv, "
				+ "significance.csv, results.tex and a copy of the experiment; for a stream experiment "
				+ "results.json, results.csv and curves.csv (docs/stream-learning.md)." })
final class RunCommand implements Callable<Integer> {

	private final Cli cli;

	@Parameters(paramLabel = "EXPERIMENT_FILE", description = "The experiment (*.experiment) to run.")
	Path experiment;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the results to.")
	Path out;

	/** What --resume does, for run and compare. */
	static final String RESUME = "Finish the run whose journal (run.journal) is in --out: cells it holds are not"
			+ " computed again, so the results are those of an uninterrupted run. Refused when the experiment, the"
			+ " data or an algorithm's version differ from the journal's.";

	@Option(names = "--resume", description = RESUME)
	boolean resume;

	@Option(names = "--pseudonym-key", paramLabel = "FILE", description = "The pseudonym key, instead of the"
			+ " dataset's (the dataset option pseudonymKey) or the default one. --key-file FILE also works.")
	Path pseudonymKey;

	/** The name earlier versions used: still accepted, not listed. */
	@Option(names = "--key-file", paramLabel = "FILE", hidden = true)
	Path keyFile;

	@Mixin
	EngineOptions engine = new EngineOptions();

	RunCommand(Cli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() throws IOException {
		var stream = StreamExperimentRun.streamExperiment(experiment);
		var where = engine.engine(experiment); // before any work: the options, else the file's engine
		if (stream != null) { // a stream element: test-then-train evaluation of MOA learners (on Flink: one task each)
			if (resume) {
				throw new UsageException("--resume: a stream experiment (" + experiment + ") is one pass over its"
						+ " stream, without cells to resume; run it again without --resume");
			}
			return new StreamExperimentRun(cli).run(experiment, stream, out, where);
		}
		var policy = StreamExperimentRun.policyExperiment(experiment);
		if (policy != null) { // protocol ONLINE or OFF_POLICY: bandit policies, as streamwise policy runs them
			if (where.flink() || resume) {
				throw new UsageException((resume ? "--resume" : "--engine " + where.label()) + ": a policy"
						+ " experiment (" + experiment + ") runs embedded and in one pass; run it without it");
			}
			return new PolicyRunner(cli).runExperiment(experiment, policy, out);
		}
		return cli.runExperiment(experiment, out, DataOptions.pseudonymKey(pseudonymKey, keyFile), resume, where);
	}
}
