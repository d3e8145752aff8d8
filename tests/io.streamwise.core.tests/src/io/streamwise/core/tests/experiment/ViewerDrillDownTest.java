package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.ViewerDrillDown;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.KeyStore;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.results.PerUnitValues;
import io.streamwise.core.run.ExperimentRunService;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.run.RunRequest;
import io.streamwise.core.simulator.LatentViewer;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.core.tests.PlantedRecommenders;

/**
 * The drill-down to one viewer of a finished run: planted training history, top-K lists with the hits marked, the
 * same pseudonyms as per_unit.csv, and the simulator's ground truth.
 */
class ViewerDrillDownTest {

	record NoSettings() {
	}

	/** Ranks items by how many viewers purchased them in training (ties by item index), as a popularity baseline. */
	static final RecommenderFactory<NoSettings> BOUGHT = PlantedRecommenders.factory("bought", "Bought",
			"counts purchases", NoSettings.class, settings -> new Recommender() {
				private float[] counts = new float[0];

				@Override
				public void fit(Dataset data, TaskContext context) {
					EventLog log = data.log();
					counts = new float[log.items().size()];
					for (int r = 0; r < log.size(); r++) {
						if (log.item(r) >= 0 && log.type(r) == io.streamwise.api.data.EventType.PURCHASE) {
							counts[log.item(r)]++;
						}
					}
				}

				@Override
				public void score(int viewer, float[] scores) {
					java.util.Arrays.fill(scores, 0f);
					System.arraycopy(counts, 0, scores, 0, Math.min(counts.length, scores.length));
				}
			});

	static final ExperimentRunService SERVICE = new ExperimentRunService(AlgorithmRegistry.of(List.of(BOUGHT)), null,
			w -> {
			}, Map.of());

	/**
	 * Training: alice buys i1, clicks i2, buys i2; bob buys i1 and i3; carol buys i1; dave clicks i4. Test: alice buys
	 * i3, bob i2, carol i5, dave i1. Purchase counts i1 3, i2 1, i3 1; bought items are no candidates, so alice's top
	 * 3 is i3 (a hit), i4, i5.
	 */
	static Path plantedProject(Path dir) throws IOException {
		Files.createDirectories(dir.resolve(".streamwise")); // a project: its own pseudonym key
		Files.writeString(dir.resolve("train.csv"), """
				viewer,item,type,timestamp
				alice,i1,purchase,1700000000
				alice,i2,click,1700000100
				alice,i2,purchase,1700000200
				bob,i1,purchase,1700000300
				bob,i3,purchase,1700000400
				carol,i1,purchase,1700000500
				dave,i4,click,1700000600
				""");
		Files.writeString(dir.resolve("test.csv"), """
				viewer,item,type,timestamp
				alice,i3,purchase,1700100000
				bob,i2,purchase,1700100100
				carol,i5,purchase,1700100200
				dave,i1,purchase,1700100300
				""");
		ExperimentSpec spec = new ExperimentSpec("planted", "Planted", 3,
				new DatasetSpec(DatasetKind.TRAIN_TEST, "train.csv", "test.csv", Map.of()),
				new ProtocolSpec(ProtocolKind.GIVEN, 0.8, 1, Map.of("relevant", "purchase")),
				List.of(new AlgorithmSpec("bought", "bought", Map.of())), List.of("hit@3", "ndcg@3"));
		Path file = dir.resolve("planted.experiment");
		ExperimentFiles.write(spec, file);
		Path out = dir.resolve("out");
		SERVICE.run(RunRequest.read(file, out, null, RunOrigin.commandLine(List.of("run"))), ProgressMonitor.NULL);
		return out;
	}

	static String pseudonym(Path project, String raw) throws IOException {
		return IdPolicy.pseudonymised(PseudonymKey.loadOrCreate(project.resolve(KeyStore.PROJECT_KEY)))
				.viewerId(raw);
	}

	@Test
	void perUnitIdsAreThePseudonymsOfTheProjectKeyAndTheViewerPageShowsThePlantedHistoryAndHits(@TempDir Path dir)
			throws Exception {
		Path out = plantedProject(dir);
		PerUnitValues values = PerUnitValues.read(out.resolve(PerUnitValues.FILE));
		Set<String> units = values.byUnit("hit@3", "all").keySet().stream().map(PerUnitValues.Unit::unit)
				.collect(Collectors.toSet());
		Set<String> expected = Set.of(pseudonym(dir, "alice"), pseudonym(dir, "bob"), pseudonym(dir, "carol"),
				pseudonym(dir, "dave"));
		assertEquals(expected, units, "per_unit.csv keys viewers by the project key's pseudonyms");
		assertFalse(units.contains("alice"));
		// hits: alice i3 first, bob i2 first, carol i5 (never bought) not in i2 i3 i4, dave i1 first
		assertEquals(3.0, java.util.Arrays.stream(values.values("bought", "hit@3", "all")).sum());

		ViewerDrillDown drill = ViewerDrillDown.open(out, AlgorithmRegistry.of(List.of(BOUGHT)),
				ProgressMonitor.NULL);
		ViewerDrillDown.Viewer alice = drill.viewer(pseudonym(dir, "alice"), 0, ProgressMonitor.NULL);
		assertEquals(List.of("purchase i1", "click i2", "purchase i2"),
				alice.training().stream().map(e -> e.type() + " " + e.item()).toList());
		assertEquals(List.of(1700000000L, 1700000100L, 1700000200L),
				alice.training().stream().map(ViewerDrillDown.HistoryEvent::time).toList());
		assertEquals(List.of("i3"), alice.relevant());
		ViewerDrillDown.TopK top = alice.topK().get(0);
		assertNull(top.failure());
		assertEquals(List.of("i3", "i4", "i5"), top.items().stream().map(ViewerDrillDown.Recommended::item).toList());
		assertEquals(List.of(true, false, false), top.items().stream().map(ViewerDrillDown.Recommended::hit).toList());
		assertNull(alice.truth(), "imported data has no ground truth");

		ViewerDrillDown.Viewer carol = drill.viewer(pseudonym(dir, "carol"), 0, ProgressMonitor.NULL);
		assertEquals(List.of("i2", "i3", "i4"),
				carol.topK().get(0).items().stream().map(ViewerDrillDown.Recommended::item).toList());
		assertTrue(carol.topK().get(0).items().stream().noneMatch(ViewerDrillDown.Recommended::hit));
	}

	@Test
	void aChangedDataFileOrAMissingKeyIsRefusedNamingIt(@TempDir Path dir) throws Exception {
		Path out = plantedProject(dir);
		Path key = dir.resolve(KeyStore.PROJECT_KEY);
		Path moved = Files.move(key, dir.resolve("elsewhere.key"));
		IOException missing = assertThrows(IOException.class,
				() -> ViewerDrillDown.open(out, AlgorithmRegistry.of(List.of(BOUGHT)), ProgressMonitor.NULL));
		assertTrue(missing.getMessage().contains(key.toString()) && missing.getMessage().contains("missing"),
				missing.getMessage());
		assertFalse(Files.exists(key), "no new key made up in its place");
		Files.move(moved, key);
		Files.writeString(dir.resolve("test.csv"), "dave,i2,purchase,1700100400\n",
				java.nio.file.StandardOpenOption.APPEND);
		IOException changed = assertThrows(IOException.class,
				() -> ViewerDrillDown.open(out, AlgorithmRegistry.of(List.of(BOUGHT)), ProgressMonitor.NULL));
		assertTrue(changed.getMessage().contains("data changed"), changed.getMessage());
	}

	@Test
	void onTheSimulatorsOwnFolderTheViewerPageGivesTheTrueInterestsAndPurchaseProbabilities(@TempDir Path dir)
			throws Exception {
		SimulatedMarket market = Simulator.run(SimulatorSettings.Size.SMALL.settings(Map.of("seed", "4")),
				ProgressMonitor.NULL);
		SimulationWriter.write(market, dir.resolve("sim"));
		ExperimentSpec spec = new ExperimentSpec("sim", "Simulated", 4,
				new DatasetSpec(DatasetKind.SIMULATOR, "sim", null, Map.of()),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of()),
				List.of(new AlgorithmSpec("bought", "bought", Map.of())), List.of("hit@5"));
		Path file = dir.resolve("sim.experiment");
		ExperimentFiles.write(spec, file);
		Path out = dir.resolve("out");
		SERVICE.run(RunRequest.read(file, out, null, RunOrigin.commandLine(List.of("run"))), ProgressMonitor.NULL);
		PerUnitValues.Unit unit = PerUnitValues.read(out.resolve(PerUnitValues.FILE)).byUnit("hit@5", "all")
				.keySet().iterator().next();

		ViewerDrillDown.Viewer viewer = ViewerDrillDown.open(out, AlgorithmRegistry.of(List.of(BOUGHT)),
				ProgressMonitor.NULL).viewer(unit.unit(), unit.fold(), ProgressMonitor.NULL);
		LatentViewer truth = market.latentViewers().stream().filter(l -> l.viewer().equals(unit.unit())).findFirst()
				.orElseThrow();
		assertEquals(market.categories().size(), viewer.truth().interests().size());
		for (int c = 0; c < market.categories().size(); c++) {
			ViewerDrillDown.Interest i = viewer.truth().interests().get(c);
			assertEquals(market.categories().get(c), i.category());
			assertEquals(truth.interestStart()[c], i.start(), 1e-6);
			assertEquals(truth.interestEnd()[c], i.end(), 1e-6);
		}
		List<io.streamwise.core.simulator.Exposure> exposures = market.exposures().stream()
				.filter(e -> e.viewer().equals(unit.unit())).toList();
		assertFalse(exposures.isEmpty());
		assertEquals(exposures.size(), viewer.truth().exposures().size());
		for (int e = 0; e < exposures.size(); e++) {
			assertEquals(exposures.get(e).probability(), viewer.truth().exposures().get(e).probability(), 1e-8);
			assertEquals(exposures.get(e).product(), viewer.truth().exposures().get(e).item());
		}
		assertEquals(5, viewer.topK().get(0).items().size());
		assertFalse(viewer.training().isEmpty());
	}
}
