package io.streamwise.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.Digests;
import io.streamwise.core.experiment.Engine;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.experiment.RunJournal;
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
	private final Consumer<String> warnings;

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
		this.warnings = warnings == null ? w -> {
		} : warnings;
	}

	/** Runs the cells on this engine (embedded unless said otherwise); results are the same on every engine. */
	public ExperimentRunService withEngine(Engine engine) {
		runner.withEngine(engine);
		return this;
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
		if (!request.resume()) {
			RunJournal.refuseUnfinished(folder.target()); // before any work
		}
		DatasetSpec dataset = withKey(spec.dataset(), request.keyFile(), request.baseDir(), folder);
		LoadedDataset data;
		try {
			data = DatasetLoader.load(dataset, request.baseDir(), spec.seed(), monitor);
		} catch (IOException | IllegalArgumentException e) {
			throw new RunInputException("dataset of " + request.experimentName() + ": " + e.getMessage(), e);
		}
		Map<String, String> environment = ProvenanceBuilder.before(spec, request.origin(), registry, extraProvenance);
		Map<String, ExperimentResult.Origin> origins = ProvenanceBuilder.origins(spec, registry);
		Path copy = folder.staging().resolve(EXPERIMENT_COPY);
		ExperimentFiles.write(spec, copy); // also the experiment's fingerprint in the journal
		ExperimentResult result;
		try (RunJournal journal = RunJournal.open(folder.target(), identity(copy, data, environment, origins),
				Instant.now().toString(), environment, request.resume(), warnings)) {
			try {
				result = runner.run(spec, request.experimentName(), data, environment, monitor, journal);
			} catch (IllegalArgumentException e) {
				throw new RunInputException(request.experimentName() + ": " + e.getMessage(), e);
			} catch (CancelledException e) {
				if (journal.written()) {
					warnings.accept("the " + journal.cells() + " finished cell(s) are kept in " + journal.file()
							+ "; the same command with --resume computes only the others");
				}
				throw e;
			}
			result = ProvenanceBuilder.after(result, origins, ProvenanceBuilder.conflicts(spec, registry));
			ResultsWriter.write(result, folder.staging());
			journal.copyInto(folder.staging());
			monitor.checkCancelled(); // the last moment to stop with no results written
			Path previous = folder.commit();
			return new RunOutcome<>(result, data.description(), data.dataset().log().size(), data.sha256(),
					folder.target(), previous != null ? previous : journal.previous());
		}
	}

	/**
	 * What a run's cells depend on, for its journal: the experiment file as written (its SHA-256), the data's
	 * SHA-256, and each algorithm's id, bundle and version with its jar's SHA-256 (as results.json records them).
	 */
	private static RunJournal.Identity identity(Path experimentCopy, LoadedDataset data,
			Map<String, String> environment, Map<String, ExperimentResult.Origin> origins) throws IOException {
		Map<String, String> algorithms = new LinkedHashMap<>();
		environment.forEach((k, v) -> {
			if (k.startsWith(ProvenanceBuilder.ALGORITHM_PREFIX)) {
				String label = k.substring(ProvenanceBuilder.ALGORITHM_PREFIX.length());
				ExperimentResult.Origin o = origins.get(label);
				algorithms.put(label, v + (o == null || o.jarSha256() == null ? "" : " jar sha256 " + o.jarSha256()));
			}
		});
		return new RunJournal.Identity(Digests.files(List.of(experimentCopy)), data.sha256(), algorithms);
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
