package io.streamwise.ui.experiments.preferences;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.streamwise.core.experiment.Engine;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;

/**
 * Where the workbench's Run runs an experiment whose file names no engine: Preferences &gt; Streamwise &gt; Execution
 * (docs/scale-out.md). The experiment file's {@code engine} and {@code parallelism} come first; these preferences
 * are the default.
 */
public final class ExecutionPreferences {

	/** The preference node (the instance scope of this bundle) and its keys. */
	public static final String NODE = "io.streamwise.ui.experiments";
	public static final String ENGINE = "execution.engine", ADDRESS = "execution.clusterAddress",
			PARALLELISM = "execution.parallelism";
	/** The values of {@link #ENGINE}: the cluster's address is {@link #ADDRESS}. */
	public static final String EMBEDDED = "embedded", FLINK_LOCAL = "flink-local", FLINK_CLUSTER = "flink-cluster";
	public static final String DEFAULT_ADDRESS = "localhost:8081";

	private ExecutionPreferences() {
	}

	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** The engine the preferences name, as --engine writes it. */
	public static String engineLabel() {
		IEclipsePreferences p = node();
		return switch (p.get(ENGINE, EMBEDDED)) {
		case FLINK_LOCAL -> "flink-local";
		case FLINK_CLUSTER -> "flink://" + p.get(ADDRESS, DEFAULT_ADDRESS).trim();
		default -> "embedded";
		};
	}

	public static int parallelism() {
		return Math.max(1, node().getInt(PARALLELISM, 1));
	}

	/**
	 * The engine of a run of this experiment file: the file's engine and parallelism, else these preferences.
	 *
	 * @throws IllegalArgumentException naming the file's attribute, or the preference, at fault
	 */
	public static Engine engineFor(Path experimentFile) {
		String fileEngine = null;
		int fileParallelism = 0;
		try {
			Experiment e = ModelIO.load(experimentFile, Experiment.class);
			fileEngine = e.getEngine();
			fileParallelism = e.getParallelism();
		} catch (ModelLoadException | RuntimeException notLoaded) {
			// the run reads the file again and reports what is wrong with it
		}
		try {
			Engine.checkFileFields(fileEngine, fileParallelism);
		} catch (IllegalArgumentException wrong) {
			throw new IllegalArgumentException(experimentFile + ": " + wrong.getMessage(), wrong);
		}
		boolean fileNamesEngine = fileEngine != null && !fileEngine.isBlank();
		String preferred = engineLabel();
		try {
			// the file's parallelism goes with the file's engine; the preference's with the preference's engine
			return fileNamesEngine
					? Engine.resolve(fileEngine, fileParallelism > 0 ? fileParallelism : null, null, null)
					: Engine.resolve(preferred, preferred.equals("embedded") ? null : parallelism(), null, null);
		} catch (IllegalArgumentException wrong) {
			throw new IllegalArgumentException("Preferences > Streamwise > Execution: " + wrong.getMessage(), wrong);
		}
	}
}
