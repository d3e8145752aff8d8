package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import io.streamwise.bandits.run.PolicyExperiment;
import io.streamwise.core.experiment.Engine;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.stream.experiment.StreamExperiment;

/**
 * {@code streamwise run FILE} for a stream experiment (one with a {@code stream} element): test-then-train
 * evaluation of its MOA learners, the same as the workbench's Run, writing results.json, results.csv, curves.csv
 * and a copy of the experiment, all or nothing.
 */
final class StreamExperimentRun {

	private final Cli cli;

	StreamExperimentRun(Cli cli) {
		this.cli = cli;
	}

	/** The file's stream experiment, or null when it is none (or does not load: the ordinary run reports why). */
	static Experiment streamExperiment(Path file) {
		try {
			Experiment e = ModelIO.load(file, Experiment.class);
			return StreamExperiment.isStream(e) ? e : null;
		} catch (ModelLoadException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The file's policy experiment (protocol ONLINE or OFF_POLICY), or null when it is none (or does not load: the
	 * ordinary run reports why).
	 */
	static Experiment policyExperiment(Path file) {
		try {
			Experiment e = ModelIO.load(file, Experiment.class);
			return PolicyExperiment.isPolicy(e) ? e : null;
		} catch (ModelLoadException | RuntimeException e) {
			return null;
		}
	}

	/** Runs the stream experiment on the engine (embedded, or one Flink task per learner) and writes its results. */
	int run(Path file, Experiment experiment, Path out, Engine engine) throws IOException {
		Path dir = OutputFolder.check(out); // before any work
		StreamExperiment x;
		StreamExperiment.Outcome outcome;
		try {
			x = StreamExperiment.of(experiment, file);
			outcome = x.run(engine, cli.progress(), null, cli.origin(),
					w -> cli.err.println("streamwise: warning: " + w));
		} catch (IllegalArgumentException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		try (OutputFolder folder = OutputFolder.create(dir)) {
			x.write(outcome, folder.staging());
			cli.progress().checkCancelled();
			cli.reportPrevious(dir, folder.commit());
		}
		var data = outcome.results().data();
		var settings = outcome.results().settings();
		cli.out.printf(Locale.ROOT, "Stream experiment %s: %s%n", x.id(), x.name());
		cli.out.printf(Locale.ROOT, "Stream: %s, %,d instances, class '%s' (positive '%s')%n", data.file(),
				data.instances(), data.className(), data.positiveClass());
		cli.out.printf(Locale.ROOT, "Evaluation %s, drift detector %s, seed %d%n%n", settings.evaluation(),
				settings.drift(), x.seed());
		PrequentialCommand.printLearners(cli.out, outcome.learners(), dir);
		return Cli.OK;
	}
}
