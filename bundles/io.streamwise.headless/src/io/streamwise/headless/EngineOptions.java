package io.streamwise.headless;

import java.nio.file.Path;

import io.streamwise.core.experiment.Engine;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import picocli.CommandLine.Option;

/**
 * --engine and --parallelism, the same for every command that runs cells (run, compare, prequential). For {@code run}
 * they override the experiment file's {@code engine} and {@code parallelism}. docs/scale-out.md.
 */
final class EngineOptions {

	@Option(names = "--engine", paramLabel = "ENGINE", description = "Where the cells run: embedded (this process;"
			+ " the default), flink-local (a Flink mini-cluster in a child process) or flink://HOST:PORT (a Flink"
			+ " session cluster, by its REST address); results are the same (docs/scale-out.md). For run: overrides"
			+ " the experiment file's engine.")
	String engine;

	@Option(names = "--parallelism", paramLabel = "N", description = "How many cells run at once on a Flink engine"
			+ " (its task slots); default 1.")
	Integer parallelism;

	/** The engine asked for; a usage error when the options do not name one. */
	Engine engine() {
		try {
			return Engine.parse(engine, parallelism);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/**
	 * The engine for an experiment file: these options, else the file's {@code engine} and {@code parallelism}, else
	 * embedded. A file that does not load is left to the run, which reports it; a wrong engine in the file is bad input
	 * naming the file and the attribute.
	 */
	Engine engine(Path experimentFile) {
		Experiment e;
		try {
			e = ModelIO.load(experimentFile, Experiment.class);
		} catch (ModelLoadException | RuntimeException notLoaded) {
			return engine();
		}
		try {
			Engine.checkFileFields(e.getEngine(), e.getParallelism());
		} catch (IllegalArgumentException wrong) {
			throw new Cli.InputException(experimentFile + ": " + wrong.getMessage(), wrong);
		}
		try {
			return Engine.resolve(engine, parallelism, e.getEngine(), e.getParallelism());
		} catch (IllegalArgumentException wrong) {
			throw new UsageException(wrong.getMessage());
		}
	}
}
