package io.streamwise.core.experiment;

import java.util.List;
import java.util.Map;

/**
 * An experiment as plain immutable values: what the runner executes. It is read from an experiment file (EMF model)
 * or made by the command line, and written back to one, so that every run can be repeated from its file.
 *
 * @param id         stable id, used in results
 * @param name       display name
 * @param seed       the seed from which every random choice of the run is derived
 * @param dataset    what data to use
 * @param protocol   how to split it
 * @param algorithms what to compare, each with a label unique in the experiment
 * @param metrics    metric names such as {@code ndcg@10} or {@code auc}; each applies to the algorithms of its kind
 */
public record ExperimentSpec(String id, String name, long seed, DatasetSpec dataset, ProtocolSpec protocol,
		List<AlgorithmSpec> algorithms, List<String> metrics) {

	public ExperimentSpec {
		algorithms = List.copyOf(algorithms);
		metrics = List.copyOf(metrics);
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("experiment needs an id");
		}
		if (algorithms.isEmpty()) {
			throw new IllegalArgumentException("experiment '" + id + "' names no algorithm");
		}
		if (metrics.isEmpty()) {
			throw new IllegalArgumentException("experiment '" + id + "' names no metric");
		}
		long distinct = algorithms.stream().map(AlgorithmSpec::label).distinct().count();
		if (distinct != algorithms.size()) {
			throw new IllegalArgumentException("experiment '" + id + "': algorithm labels must be unique");
		}
	}

	/**
	 * Where the data comes from. {@code location} is resolved against the experiment file's folder. The options are
	 * text as the experiment file holds them: a simulator's settings, or a file dataset's options, which code reads
	 * typed through {@link #fileOptions()}.
	 */
	public record DatasetSpec(DatasetKind kind, String location, String testLocation, Map<String, String> options) {
		public DatasetSpec {
			options = Map.copyOf(options);
		}

		/** A file dataset with typed options, written as the experiment file will hold them. */
		public static DatasetSpec files(DatasetKind kind, String location, String testLocation,
				DatasetOptions options) {
			return new DatasetSpec(kind, location, testLocation, options.toMap());
		}

		/**
		 * The options of a file dataset (CSV, RecBole, train/test), typed.
		 *
		 * @throws IllegalArgumentException naming an unknown option or one whose value is not valid
		 */
		public DatasetOptions fileOptions() {
			return DatasetOptions.fromMap(options);
		}
	}

	public enum DatasetKind {
		SIMULATOR, CSV, RECBOLE, TRAIN_TEST
	}

	/** How data is split into training and test parts. */
	public record ProtocolSpec(ProtocolKind kind, double trainRatio, int folds, Map<String, String> options) {
		public ProtocolSpec {
			options = Map.copyOf(options);
			if (!(trainRatio > 0 && trainRatio < 1)) {
				throw new IllegalArgumentException("protocol trainRatio must lie in (0, 1), was " + trainRatio);
			}
			if (folds < 1) {
				throw new IllegalArgumentException("protocol folds must be at least 1, was " + folds);
			}
		}

		public String option(String key, String fallback) {
			return options.getOrDefault(key, fallback);
		}
	}

	/**
	 * The registry of protocols: each constant is the persisted name of one protocol and holds its object (command-line
	 * syntax, options, split, units and candidates). Add a protocol here, in the Experiment metamodel's enum, and as
	 * one class implementing {@link EvaluationProtocol}.
	 */
	public enum ProtocolKind {
		RANDOM(new RandomProtocol()), TEMPORAL(new TemporalProtocol()), LEAVE_LAST_OUT(new LeaveLastOutProtocol()),
		KFOLD(new KFoldProtocol()), GIVEN(new GivenProtocol()), STREAM_SESSION(new StreamSessionProtocol()),
		/** Each viewer's events shuffled and split by ratios (train, validation, test), as RecBole's RS with RO. */
		RANDOM_PER_VIEWER(new RandomPerViewerProtocol());

		private final EvaluationProtocol protocol;

		ProtocolKind(EvaluationProtocol protocol) {
			this.protocol = protocol;
		}

		public EvaluationProtocol protocol() {
			return protocol;
		}

		/** The protocol's name in reports and on the command line, such as {@code leave-last-out}. */
		public String label() {
			return protocol.label();
		}
	}

	/**
	 * One algorithm to compare.
	 *
	 * @param label       unique name in this experiment (several labels may use one algorithm id)
	 * @param algorithmId the stable id of an installed algorithm
	 * @param settings    settings as text; missing ones take their defaults
	 */
	public record AlgorithmSpec(String label, String algorithmId, Map<String, String> settings) {
		public AlgorithmSpec {
			settings = Map.copyOf(settings);
			if (label == null || label.isBlank()) {
				label = algorithmId;
			}
		}
	}
}
