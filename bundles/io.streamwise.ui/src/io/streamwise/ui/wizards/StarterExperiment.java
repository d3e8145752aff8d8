package io.streamwise.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;

/**
 * The experiment a new project or a new experiment file starts from: the four built-in algorithms, judged on
 * purchases in the last 20% of time, with recall at several list lengths so that the results show a recall@K curve.
 */
public final class StarterExperiment {

	public static final List<String> METRICS = List.of("ndcg@10", "recall@5", "recall@10", "recall@20", "auc",
			"logloss");

	private StarterExperiment() {
	}

	/**
	 * @param dataset a simulator dataset (location null, options with a preset) or a folder written by the
	 *                simulator, relative to the experiment
	 */
	public static ExperimentSpec spec(String id, String name, DatasetSpec dataset, long seed) {
		ProtocolSpec protocol = new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1,
				Map.of("relevant", "purchase", "excludeSeen", "true"));
		List<AlgorithmSpec> algorithms = List.of(new AlgorithmSpec("pop", "pop", Map.of()),
				new AlgorithmSpec("random", "random", Map.of()),
				new AlgorithmSpec("naive-bayes", "moa.naive-bayes", Map.of()),
				new AlgorithmSpec("base-rate", "base-rate", Map.of()));
		return new ExperimentSpec(id, name, seed, dataset, protocol, algorithms, METRICS);
	}

	public static DatasetSpec simulated(String preset) {
		return new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of("preset", preset));
	}

	public static DatasetSpec folder(String relativeLocation) {
		return new DatasetSpec(DatasetKind.CSV, relativeLocation, null, Map.of());
	}

	/** The experiment file's bytes, as {@link ExperimentFiles#write} writes them. */
	public static byte[] bytes(ExperimentSpec spec) throws IOException {
		Path folder = Files.createTempDirectory("streamwise-starter");
		Path file = folder.resolve("starter.experiment");
		try {
			ExperimentFiles.write(spec, file);
			return Files.readAllBytes(file);
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(folder);
		}
	}
}
