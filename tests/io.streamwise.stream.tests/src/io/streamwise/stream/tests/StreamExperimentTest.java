package io.streamwise.stream.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DriftDetectorKind;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.model.io.ModelIO;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.experiment.StreamExperiment;
import io.streamwise.stream.experiment.StreamExperimentStarter;

/** Stream experiments from their files: a planted concept flip, live curve points, generators, refused values. */
class StreamExperimentTest {

	private static final RunOrigin ORIGIN = RunOrigin.workbench("test");

	@TempDir
	Path dir;

	/**
	 * 2000 rows of x in [0, 1): y = b when x >= 0.5 for the first 1000 rows, and the other way round after (the
	 * concept flips at row 1000, so every learner's error jumps there).
	 */
	static Path plantedFlip(Path file, int rows) throws Exception {
		SplittableRandom random = new SplittableRandom(11);
		StringBuilder csv = new StringBuilder("x,noise,y\n");
		for (int i = 0; i < rows; i++) {
			double x = random.nextDouble();
			boolean high = x >= 0.5;
			boolean b = i < rows / 2 ? high : !high;
			csv.append(String.format(Locale.ROOT, "%.6f,%.6f,%s%n", x, random.nextDouble(), b ? "b" : "a"));
		}
		Files.writeString(file, csv);
		return file;
	}

	private static Parameter parameter(String key, String value) {
		Parameter p = ExperimentFactory.eINSTANCE.createParameter();
		p.setKey(key);
		p.setValue(value);
		return p;
	}

	static AlgorithmConfig learner(String label, String learner, String... options) {
		AlgorithmConfig a = ExperimentFactory.eINSTANCE.createAlgorithmConfig();
		a.setAlgorithmId(StreamExperiment.ALGORITHM_ID);
		a.setLabel(label);
		a.getSettings().add(parameter(StreamExperiment.LEARNER_SETTING, learner));
		for (int i = 0; i < options.length; i += 2) {
			a.getSettings().add(parameter(options[i], options[i + 1]));
		}
		return a;
	}

	private Experiment fileExperiment(String data) {
		Experiment e = ExperimentFactory.eINSTANCE.createExperiment();
		e.setId("flip");
		StreamSetup s = ExperimentFactory.eINSTANCE.createStreamSetup();
		s.setSource(StreamSourceKind.FILE);
		s.setLocation(data);
		s.setClassAttribute("y");
		s.setCurveEvery(100);
		s.setDriftDetector(DriftDetectorKind.DDM);
		e.setStream(s);
		e.getAlgorithms().add(learner("tree", "trees.HoeffdingTree", "gracePeriod", "50"));
		e.getAlgorithms().add(learner("bayes", "bayes.NaiveBayes"));
		return e;
	}

	@Test
	void aPlantedFlipIsLearnedThenDetectedAndEveryCurvePointIsHeardLive() throws Exception {
		plantedFlip(dir.resolve("flip.csv"), 2000);
		Path file = dir.resolve("flip.experiment");
		ModelIO.save(fileExperiment("flip.csv"), file);
		StreamExperiment x = StreamExperiment.of(ModelIO.load(file, Experiment.class), file);

		List<String> heard = new ArrayList<>();
		List<String> drifts = new ArrayList<>();
		StreamExperiment.Outcome outcome = x.run(ProgressMonitor.NULL, new Prequential.Listener() {
			@Override
			public void curvePoint(String learner, PrequentialResult.CurvePoint point) {
				heard.add(learner + "@" + point.instance());
			}

			@Override
			public void drift(String learner, long at) {
				drifts.add(learner + "@" + at);
			}
		}, ORIGIN);

		List<String> expected = new ArrayList<>();
		for (String learner : List.of("tree", "bayes")) {
			for (int at = 100; at <= 2000; at += 100) {
				expected.add(learner + "@" + at);
			}
		}
		assertEquals(expected, heard, "one point per 100 instances, in order, learner after learner");
		PrequentialResult tree = outcome.learners().get(0);
		assertEquals("tree", tree.learner());
		assertEquals(2000, tree.instances());
		// before the flip the concept is a threshold on x: the tree learns it
		double atFlip = tree.curve().get(9).metrics().accuracy();
		assertTrue(atFlip > 0.85, "accuracy after the first concept " + atFlip);
		assertTrue(tree.drifts().length >= 1, "DDM fires after the flip");
		long first = tree.drifts()[0];
		assertTrue(first > 1000 && first < 1400, "first drift at " + first + ", planted at 1000");
		assertTrue(drifts.contains("tree@" + first), "the drift was heard live: " + drifts);

		x.write(outcome, dir);
		PrequentialResults json = ResultsJson.read(dir.resolve("results.json"), PrequentialResults.class);
		assertEquals(List.of("tree", "bayes"), json.learners().stream().map(PrequentialResults.Learner::learner)
				.toList());
		assertEquals(20, json.learners().get(0).curve().size());
		assertEquals(2000, json.data().instances());
		assertEquals("b", json.data().positiveClass());
		assertEquals("ddm", json.settings().drift());
		assertEquals(List.of("a", "b"), json.data().classValues());
		assertTrue(Files.readString(dir.resolve("curves.csv")).startsWith("learner,instances,accuracy"));
		assertTrue(Files.exists(dir.resolve("flip.experiment")), "a copy of the experiment");
	}

	@Test
	void generatorsAreSeededByTheExperiment() throws Exception {
		Experiment e = ExperimentFactory.eINSTANCE.createExperiment();
		e.setId("sea");
		e.setSeed(3);
		StreamSetup s = ExperimentFactory.eINSTANCE.createStreamSetup();
		s.setSource(StreamSourceKind.GENERATOR);
		s.setGenerator("generators.SEAGenerator");
		s.getGeneratorOptions().add(parameter("function", "2"));
		s.setInstances(600);
		s.setCurveEvery(200);
		e.setStream(s);
		e.getAlgorithms().add(learner("tree", "trees.HoeffdingTree"));
		Path file = dir.resolve("sea.experiment");
		double first = StreamExperiment.of(e, file).run(ProgressMonitor.NULL, null, ORIGIN).learners().get(0)
				.metrics().accuracy();
		double again = StreamExperiment.of(e, file).run(ProgressMonitor.NULL, null, ORIGIN).learners().get(0)
				.metrics().accuracy();
		assertEquals(first, again, 0, "same seed, same stream, same accuracy");
		e.setSeed(4);
		StreamExperiment.Outcome other = StreamExperiment.of(e, file).run(ProgressMonitor.NULL, null, ORIGIN);
		assertNotEquals(first, other.learners().get(0).metrics().accuracy(), "another seed, other instances");
		assertEquals(600, other.learners().get(0).instances());
		assertEquals(3, other.learners().get(0).curve().size());
		assertTrue(other.results().data().file().startsWith("generator generators.SEAGenerator"),
				other.results().data().file());
	}

	@Test
	void theStarterPlantsADriftThatAdwinFindsAfterIt() throws Exception {
		Experiment starter = StreamExperimentStarter.create("starter");
		Path file = dir.resolve("starter.experiment");
		ModelIO.save(starter, file);
		StreamExperiment.Outcome o = StreamExperiment.of(ModelIO.load(file, Experiment.class), file)
				.run(ProgressMonitor.NULL, null, ORIGIN);
		PrequentialResult tree = o.learners().get(0);
		assertEquals(StreamExperimentStarter.INSTANCES, tree.instances());
		boolean found = false;
		for (long at : tree.drifts()) {
			found |= at > StreamExperimentStarter.DRIFT_AT && at <= StreamExperimentStarter.DRIFT_AT + 2000;
		}
		assertTrue(found, "ADWIN fires within 2000 instances after the planted drift: "
				+ java.util.Arrays.toString(tree.drifts()));
		assertEquals(List.of("HoeffdingTree", "HoeffdingAdaptiveTree", "NaiveBayes"),
				o.learners().stream().map(PrequentialResult::learner).toList());
	}

	@Test
	void badValuesAreRefusedNamingFileAndField() throws Exception {
		Path file = dir.resolve("bad.experiment");
		Experiment e = fileExperiment("flip.csv");
		e.getAlgorithms().get(0).getSettings().get(1).setValue("-3");
		var range = assertThrows(IllegalArgumentException.class, () -> StreamExperiment.of(e, file));
		assertEquals("bad.experiment: learner 'tree': MOA learner 'trees.HoeffdingTree': gracePeriod must be of at"
				+ " least 0, not -3", range.getMessage());
		Experiment noClass = fileExperiment("flip.csv");
		noClass.getStream().setClassAttribute(" ");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> StreamExperiment.of(noClass, file))
				.getMessage().startsWith("bad.experiment: stream/classAttribute"));
		Experiment pop = fileExperiment("flip.csv");
		pop.getAlgorithms().get(1).setAlgorithmId("pop");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> StreamExperiment.of(pop, file)).getMessage()
				.contains("algorithm 2"));
		Experiment missing = fileExperiment("nowhere.csv");
		StreamExperiment x = StreamExperiment.of(missing, file);
		assertTrue(assertThrows(IllegalArgumentException.class, () -> x.run(ProgressMonitor.NULL, null, ORIGIN))
				.getMessage().contains("nowhere.csv does not exist"));
	}

	@Test
	void cancellingStopsTheRun() throws Exception {
		plantedFlip(dir.resolve("flip.csv"), 4000);
		Path file = dir.resolve("flip.experiment");
		StreamExperiment x = StreamExperiment.of(fileExperiment("flip.csv"), file);
		boolean[] cancelled = { false };
		List<Long> heard = new ArrayList<>();
		assertThrows(CancelledException.class, () -> x.run(ProgressMonitor.cancelledWhen(() -> cancelled[0]),
				(learner, point) -> {
					heard.add(point.instance());
					cancelled[0] = point.instance() >= 1000;
				}, ORIGIN));
		assertTrue(heard.size() < 40, "stopped before the end: " + heard.size() + " points");
	}
}
