package io.streamwise.core.tests.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

/**
 * The data's sources and digest cover every file a simulator folder is read from: viewers.csv fixes the order of the
 * viewer dictionary, which splits depend on, so a replication package that left it out re-ran on other folds.
 */
class SimulatedFolderSourcesTest {

	@Test
	void viewersCsvIsASourceAndChangesTheDigest(@TempDir Path tmp) throws Exception {
		Path dir = tmp.resolve("sim");
		SimulationWriter.write(Simulator.run(SimulatorSettings.Size.SMALL.settings(Map.of("seed", "3")),
				ProgressMonitor.NULL), dir);
		DatasetSpec spec = new DatasetSpec(DatasetKind.SIMULATOR, "sim", null, Map.of("rawIds", "true"));
		LoadedDataset before = DatasetLoader.load(spec, tmp, 1, ProgressMonitor.NULL);
		assertEquals(List.of("events.csv", "items.csv", "viewers.csv", "streams.csv", "showcases.csv"), before
				.sources().stream().map(s -> Path.of(s).getFileName().toString()).toList());

		// the same viewers in another order: the same events, other dictionaries, so another digest
		Path viewers = dir.resolve(SimulationWriter.VIEWERS);
		List<String> lines = Files.readAllLines(viewers);
		List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
		Collections.reverse(rows);
		rows.add(0, lines.get(0));
		Files.write(viewers, rows);
		LoadedDataset after = DatasetLoader.load(spec, tmp, 1, ProgressMonitor.NULL);
		assertNotEquals(before.sha256(), after.sha256());
	}
}
