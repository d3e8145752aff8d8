package io.streamwise.headless;

import io.streamwise.core.experiment.Engine;
import picocli.CommandLine.Option;

/** --engine and --parallelism, the same for every command that runs cells (run, compare). docs/scale-out.md. */
final class EngineOptions {

	@Option(names = "--engine", paramLabel = "ENGINE", description = "Where the cells run: embedded (this process;"
			+ " the default), flink-local (a Flink mini-cluster in a child process) or flink://HOST:PORT (a Flink"
			+ " session cluster, by its REST address); results are the same (docs/scale-out.md).")
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
}
