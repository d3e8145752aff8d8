package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.SessionDrillDown;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.results.PerUnitValues;
import io.streamwise.core.run.ExperimentRunService;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.run.RunRequest;

/**
 * The drill-down to one session row of a conversion model's metric: the row's features and outcome, and per model its
 * probability, whether it is right at 0.5 and how it ranks against the fold's rows of the other outcome, all
 * computed by hand on a planted stream.
 */
class SessionDrillDownTest {

	record NoSettings() {
	}

	static AlgorithmInfo info(String id) {
		return new AlgorithmInfo(id, id, "planted", "", AlgorithmKind.CONVERSION, false, null);
	}

	/** p = clicks / (clicks + 1), whatever it learned: hand-computable. */
	static final ConversionModelFactory<NoSettings> CLICKS = new ConversionModelFactory<>() {
		@Override
		public AlgorithmInfo info() {
			return SessionDrillDownTest.info("clicks");
		}

		@Override
		public Class<NoSettings> settingsType() {
			return NoSettings.class;
		}

		@Override
		public ConversionModel create(NoSettings settings) {
			return new ConversionModel() {
				private int clicks;

				@Override
				public void initialise(FeatureSchema schema, TaskContext context) {
					clicks = schema.features().stream().map(FeatureSchema.Feature::name).toList().indexOf("clicks");
				}

				@Override
				public void learn(double[] features, boolean converted) {
				}

				@Override
				public double predict(double[] features) {
					return features[clicks] / (features[clicks] + 1);
				}
			};
		}
	};

	/** The share of converted rows in training, for every row. */
	static final ConversionModelFactory<NoSettings> RATE = new ConversionModelFactory<>() {
		@Override
		public AlgorithmInfo info() {
			return SessionDrillDownTest.info("rate");
		}

		@Override
		public Class<NoSettings> settingsType() {
			return NoSettings.class;
		}

		@Override
		public ConversionModel create(NoSettings settings) {
			return new ConversionModel() {
				private double n, converted;

				@Override
				public void initialise(FeatureSchema schema, TaskContext context) {
				}

				@Override
				public void learn(double[] features, boolean label) {
					n++;
					converted += label ? 1 : 0;
				}

				@Override
				public double predict(double[] features) {
					return converted / n;
				}
			};
		}
	};

	static final AlgorithmRegistry REGISTRY = AlgorithmRegistry.of(List.of(CLICKS, RATE));

	static final long T0 = 1_772_395_200L; // 2026-03-01T20:00:00Z

	/**
	 * Five viewers in stream s1, predicted 10 minutes after they join. v1 clicks once and buys in minute 20; v2 only
	 * watches from afar and leaves; v3 clicks x and y (minutes 1 and 2) and buys in minute 30; v4 clicks once and
	 * leaves; v5 clicks three times and leaves. Session rows end (their labels are known) at 20, 25, 30, 35 and 40
	 * minutes: the temporal split at 0.4 trains on v1 and v2 (base rate 1/2) and tests v3, v4 and v5.
	 */
	static Path planted(Path dir) throws IOException {
		Files.createDirectories(dir.resolve(".streamwise")); // a project: its own pseudonym key
		StringBuilder csv = new StringBuilder("viewer,stream,item,type,timestamp,value\n");
		csv.append(row("v1", "", "join", 0)).append(row("v1", "x", "click", 60))
				.append(row("v1", "x", "purchase", 1200, "10"));
		csv.append(row("v2", "", "join", 10)).append(row("v2", "", "leave", 1500));
		csv.append(row("v3", "", "join", 20)).append(row("v3", "x", "click", 80)).append(row("v3", "y", "click", 140))
				.append(row("v3", "y", "purchase", 1800, "12"));
		csv.append(row("v4", "", "join", 30)).append(row("v4", "x", "click", 90)).append(row("v4", "", "leave", 2100));
		csv.append(row("v5", "", "join", 40)).append(row("v5", "x", "click", 100)).append(row("v5", "y", "click", 160))
				.append(row("v5", "z", "click", 220)).append(row("v5", "", "leave", 2400));
		Files.writeString(dir.resolve("events.csv"), csv);
		ExperimentSpec spec = new ExperimentSpec("sessions", "Sessions", 7,
				new DatasetSpec(DatasetKind.CSV, "events.csv", null, Map.of()),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.4, 1, Map.of()),
				List.of(new AlgorithmSpec("clicks", "clicks", Map.of()), new AlgorithmSpec("rate", "rate", Map.of())),
				List.of("accuracy", "logloss"));
		Path file = dir.resolve("sessions.experiment");
		ExperimentFiles.write(spec, file);
		Path out = dir.resolve("out");
		new ExperimentRunService(REGISTRY, null, w -> {
		}, Map.of()).run(RunRequest.read(file, out, null, RunOrigin.commandLine(List.of("run"))),
				ProgressMonitor.NULL);
		return out;
	}

	private static String row(String viewer, String item, String type, long seconds) {
		return row(viewer, item, type, seconds, "");
	}

	private static String row(String viewer, String item, String type, long seconds, String value) {
		return viewer + ",s1," + item + "," + type + "," + (T0 + seconds) + "," + value + "\n";
	}

	@Test
	void aSessionPageShowsItsFeaturesOutcomeAndEachModelsProbabilityAndRanking(@TempDir Path dir) throws Exception {
		Path out = planted(dir);
		PerUnitValues values = PerUnitValues.read(out.resolve(PerUnitValues.FILE));
		var units = values.byUnit("accuracy", "all");
		assertEquals(3, units.size(), "v3, v4 and v5 are tested: " + units);
		SessionDrillDown drill = SessionDrillDown.open(out, REGISTRY, ProgressMonitor.NULL);
		assertEquals(1, drill.folds());
		Map<String, SessionDrillDown.Session> byViewer = new HashMap<>();
		for (PerUnitValues.Unit u : units.keySet()) {
			SessionDrillDown.Session s = drill.session(u.unit(), u.fold(), ProgressMonitor.NULL);
			byViewer.put(s.viewer(), s);
			// the page agrees with the run's per-row accuracy
			for (SessionDrillDown.Prediction p : s.predictions()) {
				assertEquals(units.get(u).get(p.model()), p.correct() ? 1.0 : 0.0, s.viewer() + " " + p.model());
			}
		}
		String v3 = ViewerDrillDownTest.pseudonym(dir, "v3"), v4 = ViewerDrillDownTest.pseudonym(dir, "v4");
		assertEquals(3, byViewer.size());
		SessionDrillDown.Session s3 = byViewer.get(v3);
		assertEquals("s1", s3.stream());
		assertTrue(s3.converted());
		assertEquals(T0 + 20 + 600, s3.predictionPoint());
		// 0 watch, 0 likes, 0 comments, 2 clicks, 0 carts, 2 items clicked, present 2 minutes, no history, hour 20
		assertArrayEquals(new double[] { 0, 0, 0, 2, 0, 2, 2, 0, 0, 0, 20 }, s3.features().stream()
				.mapToDouble(SessionDrillDown.Feature::value).toArray());
		assertEquals("clicks", s3.features().get(3).name());
		assertEquals(3, s3.testRows());
		assertEquals(2, s3.opposite(), "v4 and v5 did not convert");
		SessionDrillDown.Prediction clicks = s3.predictions().get(0), rate = s3.predictions().get(1);
		assertEquals("clicks", clicks.model());
		assertNull(clicks.failure());
		assertEquals(2.0 / 3, clicks.probability(), 1e-12);
		assertTrue(clicks.correct());
		assertEquals(0.5, clicks.rankedCorrectly(), 1e-12, "above v4 (1/2), below v5 (3/4)");
		assertEquals(0.5, rate.probability(), 1e-12, "trained on v1 (bought) and v2 (did not)");
		assertTrue(rate.correct(), "0.5 counts as converting");
		assertEquals(0.5, rate.rankedCorrectly(), 1e-12, "ties count one half");

		SessionDrillDown.Session s4 = byViewer.get(v4);
		assertFalse(s4.converted());
		assertEquals(1, s4.opposite());
		assertEquals(0.5, s4.predictions().get(0).probability(), 1e-12);
		assertFalse(s4.predictions().get(0).correct());
		assertEquals(1.0, s4.predictions().get(0).rankedCorrectly(), 1e-12, "below v3, the only converted row");
	}

	@Test
	void aUnitTheFoldDoesNotTestOrACancelledMonitorIsRefused(@TempDir Path dir) throws Exception {
		Path out = planted(dir);
		SessionDrillDown drill = SessionDrillDown.open(out, REGISTRY, ProgressMonitor.NULL);
		var units = PerUnitValues.read(out.resolve(PerUnitValues.FILE)).byUnit("accuracy", "all").keySet();
		PerUnitValues.Unit tested = units.iterator().next();
		// five rows, three tested: a training row's number
		String trained = java.util.stream.IntStream.range(0, 5).mapToObj(Integer::toString).filter(r -> units.stream()
				.noneMatch(u -> u.unit().equals(r))).findFirst().orElseThrow();
		IllegalArgumentException notTested = assertThrows(IllegalArgumentException.class, () -> drill.session(
				trained, 0, ProgressMonitor.NULL));
		assertTrue(notTested.getMessage().contains("does not test session row " + trained), notTested.getMessage());
		assertThrows(IllegalArgumentException.class, () -> drill.session("alice", 0, ProgressMonitor.NULL));
		ProgressMonitor cancelled = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
			}

			@Override
			public void worked(long work) {
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		assertThrows(CancelledException.class, () -> drill.session(tested.unit(), tested.fold(), cancelled));
	}
}
