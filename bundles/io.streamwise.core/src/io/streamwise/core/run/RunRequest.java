package io.streamwise.core.run;

import java.nio.file.Path;
import java.util.Objects;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.model.io.ModelLoadException;

/**
 * What to run and where its output goes.
 *
 * @param spec           the experiment
 * @param experimentFile where it was read from: relative dataset locations resolve against its folder, and worker
 *                       processes read it; null for an experiment without a file
 * @param experimentName the experiment file as the results name it (the path the user gave)
 * @param out            the output folder
 * @param keyFile        the pseudonym key to use instead of the dataset's, or null
 * @param origin         who asked for the run, for provenance
 * @param resume         finish the run whose journal is in out, computing only the cells it lacks
 *                       ({@link io.streamwise.core.experiment.RunJournal})
 */
public record RunRequest(ExperimentSpec spec, Path experimentFile, String experimentName, Path out, Path keyFile,
		RunOrigin origin, boolean resume) {

	/** A request that starts the run afresh. */
	public RunRequest(ExperimentSpec spec, Path experimentFile, String experimentName, Path out, Path keyFile,
			RunOrigin origin) {
		this(spec, experimentFile, experimentName, out, keyFile, origin, false);
	}

	/** The same request, resuming the run in its output folder or not. */
	public RunRequest resuming(boolean resume) {
		return new RunRequest(spec, experimentFile, experimentName, out, keyFile, origin, resume);
	}

	public RunRequest {
		Objects.requireNonNull(spec, "spec");
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(origin, "origin");
		if (experimentName == null) {
			experimentName = experimentFile == null ? spec.id() : experimentFile.toString();
		}
	}

	/**
	 * Reads an experiment file into a request.
	 *
	 * @throws RunInputException for unreadable XML (with line and column) or an incomplete experiment, naming the file
	 */
	public static RunRequest read(Path experimentFile, Path out, Path keyFile, RunOrigin origin) {
		ExperimentSpec spec;
		try {
			spec = ExperimentFiles.read(experimentFile);
		} catch (ModelLoadException e) {
			throw new RunInputException(e.getMessage(), e);
		}
		return new RunRequest(spec, experimentFile, experimentFile.toString(), out, keyFile, origin);
	}

	/** The folder relative dataset locations resolve against: the experiment file's, else the working folder. */
	public Path baseDir() {
		return experimentFile == null ? Path.of("").toAbsolutePath() : experimentFile.toAbsolutePath().getParent();
	}
}
