package io.streamwise.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.experiment.WorkerLauncher;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.registry.AlgorithmRegistry;

/**
 * Runs an experiment the same way for every front end: validates it, loads its dataset, runs its cells, writes the
 * results and a copy of the experiment into a staging folder, records provenance ({@link ProvenanceBuilder}) and
 * moves the folder into place. {@code streamwise run}, {@code streamwise compare} and the workbench's Run all come
 * here.
 */
public final class ExperimentRunService implements RunEngine<RunRequest, ExperimentResult> {

	/** The copy of the experiment written beside its results. */
	public static final String EXPERIMENT_COPY = "experiment.experiment";

	private final AlgorithmRegistry registry;
	private final ExperimentRunner runner;
	private final Map<String, String> extraProvenance;

	/**
	 * @param workers         starts worker processes for plugins' cells; null runs every cell in this process
	 * @param warnings        receives one line per warning of the runner, and what workers print
	 * @param extraProvenance facts the caller adds to provenance (never replacing the builder's)
	 */
	public ExperimentRunService(AlgorithmRegistry registry, WorkerLauncher workers, Consumer<String> warnings,
			Map<String, String> extraProvenance) {
		this.registry = registry;
		this.runner = workers == null ? new ExperimentRunner(registry)
				: new ExperimentRunner(registry).withWorkers(workers, warnings);
		this.extraProvenance = Map.copyOf(extraProvenance);
	}

	/** The runner behind the service, for callers that validate an experiment they build. */
	public ExperimentRunner runner() {
		return runner;
	}

	@Override
	public void validate(RunRequest request) {
		try {
			runner.validate(request.spec());
		} catch (IllegalArgumentException e) {
			throw new RunInputException(request.experimentName() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public RunOutcome<ExperimentResult> run(RunRequest request, ProgressMonitor monitor) throws IOException {
		Path dir = OutputFolder.check(request.out()); // before any work
		validate(request);
		try (OutputFolder folder = OutputFolder.create(dir)) {
			return run(request, folder, monitor);
		}
	}

	/**
	 * Runs into a staging folder the caller has created (and may have put files into, such as the experiment a
	 * {@code compare} made up), and commits it.
	 */
	public RunOutcome<ExperimentResult> run(RunRequest request, OutputFolder folder, ProgressMonitor monitor)
			throws IOException {
		ExperimentSpec spec = request.spec();
		DatasetSpec dataset = withKey(spec.dataset(), request.keyFile(), request.baseDir(), folder);
		LoadedDataset data;
		try {
			data = DatasetLoader.load(dataset, request.baseDir(), spec.seed(), monitor);
		} catch (IOException | IllegalArgumentException e) {
			throw new RunInputException("dataset of " + request.experimentName() + ": " + e.getMessage(), e);
		}
		Map<String, String> environment = ProvenanceBuilder.before(spec, request.origin(), registry, extraProvenance);
		Map<String, ExperimentResult.Origin> origins = ProvenanceBuilder.origins(spec, registry);
		ExperimentResult result;
		try {
			result = runner.run(spec, request.experimentName(), data, environment, monitor);
		} catch (IllegalArgumentException e) {
			throw new RunInputException(request.experimentName() + ": " + e.getMessage(), e);
		}
		result = ProvenanceBuilder.after(result, origins, ProvenanceBuilder.conflicts(spec, registry));
		ResultsWriter.write(result, folder.staging());
		ExperimentFiles.write(spec, folder.staging().resolve(EXPERIMENT_COPY));
		monitor.checkCancelled(); // the last moment to stop with nothing written
		Path previous = folder.commit();
		return new RunOutcome<>(result, data.description(), data.dataset().log().size(), data.sha256(),
				folder.target(), previous);
	}

	/** Whether loading this dataset may pseudonymise viewer ids, and so needs a key. */
	public static boolean mayNeedKey(DatasetSpec d) {
		return d.kind() != DatasetKind.SIMULATOR || d.location() != null && !d.location().isBlank();
	}

	/**
	 * The dataset with the request's key file, if any; refuses a key inside the output folder, which would hand the
	 * key to whoever receives the results.
	 */
	private static DatasetSpec withKey(DatasetSpec dataset, Path keyFile, Path base, OutputFolder folder)
			throws OutputFolder.UnusableException {
		if (!mayNeedKey(dataset)) {
			return dataset;
		}
		DatasetSpec keyed = dataset;
		if (keyFile != null) {
			Map<String, String> options = new LinkedHashMap<>(dataset.options());
			options.put(DatasetOptions.KEY_FILE, keyFile.toAbsolutePath().normalize().toString());
			keyed = new DatasetSpec(dataset.kind(), dataset.location(), dataset.testLocation(), options);
		}
		Path key = DatasetLoader.keyFile(keyed.options(), base);
		if (key.startsWith(folder.target()) || key.startsWith(folder.staging())) {
			throw new OutputFolder.UnusableException("the pseudonym key " + key + " would be inside --out "
					+ folder.target() + ": keep keys out of output folders (--key-file FILE names one elsewhere)");
		}
		return keyed;
	}
}
