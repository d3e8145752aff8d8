package io.streamwise.core.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.model.io.ModelLoadException;

/**
 * What a results folder's run evaluated, loaded again for a drill-down ({@link ViewerDrillDown},
 * {@link SessionDrillDown}): the experiment copy, the data read with the recorded pseudonym key (never a new one),
 * checked against the recorded SHA-256, and the simulator's market or folder when the data is simulated.
 *
 * @param market          the regenerated market of a simulator dataset, else null
 * @param simulatedFolder the simulator's own output folder the data was read from, else null
 */
record DrillDownData(ExperimentSpec spec, LoadedDataset data, SimulatedMarket market, Path simulatedFolder) {

	/**
	 * @throws IOException when the experiment copy or the data cannot be read, the data changed since the run, or
	 *                     the pseudonym key is missing or another; the message says which
	 */
	static DrillDownData load(Path resultsDir, ProgressMonitor monitor) throws IOException {
		Path json = resultsDir.resolve(ResultsWriter.RESULTS_JSON);
		if (!(ResultsJson.read(json) instanceof ExperimentResults results) || results.provenance() == null) {
			throw new IOException(json + " holds no experiment's results");
		}
		ExperimentResults.Provenance provenance = results.provenance();
		Path copy = resultsDir.resolve(ViewerDrillDown.EXPERIMENT_COPY);
		ExperimentSpec spec;
		try {
			spec = ExperimentFiles.read(copy);
		} catch (ModelLoadException e) {
			throw new IOException(copy + ": " + e.getMessage(), e);
		}
		Path baseDir = ViewerDrillDown.experimentFolder(resultsDir, provenance.experimentFile());
		ExperimentSpec.DatasetSpec dataset = spec.dataset();
		if (provenance.pseudonymKey() != null) {
			// the key that made the ids of per_unit.csv, never a new one: loadOrCreate would make one up
			Path key = Path.of(provenance.pseudonymKey().file());
			if (!Files.isRegularFile(key)) {
				throw new IOException("the pseudonym key " + key + " that pseudonymised these results' viewer ids"
						+ " is missing");
			}
			Map<String, String> options = new LinkedHashMap<>(dataset.options());
			options.put(DatasetOptions.KEY_FILE, key.toString());
			dataset = new ExperimentSpec.DatasetSpec(dataset.kind(), dataset.location(), dataset.testLocation(),
					options);
		}
		LoadedDataset data;
		SimulatedMarket market = null;
		Path simulatedFolder = null;
		try {
			if (dataset.kind() == ExperimentSpec.DatasetKind.SIMULATOR
					&& (dataset.location() == null || dataset.location().isBlank())) {
				DatasetLoader.Simulation simulation = DatasetLoader.simulation(dataset.options(), spec.seed(), monitor);
				market = simulation.market();
				data = simulation.loaded();
			} else {
				data = DatasetLoader.load(dataset, baseDir, spec.seed(), monitor);
				Path location = dataset.location() == null ? null : baseDir.resolve(dataset.location());
				if (location != null && Files.isDirectory(location)
						&& SimulationWriter.unsignedReason(location) == null) {
					simulatedFolder = location; // the simulator's own output: its ground truth files are the truth
				}
			}
		} catch (IllegalArgumentException e) {
			throw new IOException("dataset of " + copy + ": " + e.getMessage(), e);
		}
		if (provenance.datasetSha256() != null && !provenance.datasetSha256().equals(data.sha256())) {
			throw new IOException("the data changed since the run: its SHA-256 is " + data.sha256() + ", the results"
					+ " say " + provenance.datasetSha256());
		}
		if (provenance.pseudonymKey() != null && (data.pseudonymKey() == null
				|| !provenance.pseudonymKey().fingerprint().equals(data.pseudonymKey().fingerprint()))) {
			throw new IOException("the pseudonym key " + provenance.pseudonymKey().file() + " is not the one that"
					+ " pseudonymised these results (fingerprint " + provenance.pseudonymKey().fingerprint() + ")");
		}
		return new DrillDownData(spec, data, market, simulatedFolder);
	}
}
