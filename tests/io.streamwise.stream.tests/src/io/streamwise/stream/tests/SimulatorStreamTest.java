package io.streamwise.stream.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.yahoo.labs.samoa.instances.Instance;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.features.SessionFeatures;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.model.io.ModelIO;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.experiment.SimulatorStream;
import io.streamwise.stream.experiment.StreamExperiment;

/**
 * The simulator as a stream: the conversion models' session features in time order, the same instances for the same
 * seed, and structure (the simulator's purchase model) that a learner finds and the majority class cannot.
 */
class SimulatorStreamTest {

	private static final Map<String, String> SMALL = Map.of("preset", "small", "days", "5");

	@TempDir
	Path dir;

	private static Parameter parameter(String key, String value) {
		Parameter p = ExperimentFactory.eINSTANCE.createParameter();
		p.setKey(key);
		p.setValue(value);
		return p;
	}

	@Test
	void instancesAreTheSessionFeaturesInTimeOrderTheSameForTheSameSeed() {
		SimulatorStream a = SimulatorStream.of(SMALL, 7, 0, ProgressMonitor.NULL);
		SimulatorStream again = SimulatorStream.of(SMALL, 7, 0, ProgressMonitor.NULL);
		SimulatorStream other = SimulatorStream.of(SMALL, 8, 0, ProgressMonitor.NULL);
		assertTrue(a.size() > 200, "sessions of a small market over 5 days: " + a.size());

		// exactly the rows the conversion models get from the same simulated market
		var sessions = SessionFeatures.sessions(DatasetLoader.simulate(SMALL, 7, ProgressMonitor.NULL).dataset()
				.log(), SessionFeatures.DEFAULT_OBSERVATION_MINUTES, ProgressMonitor.NULL);
		assertEquals(sessions.table().size(), a.size());
		assertEquals(SessionFeatures.SCHEMA.size() + 1, a.header().numAttributes());
		assertEquals("converted", a.header().classAttribute().name());
		int positives = 0;
		for (int i = 0; i < a.size(); i++) {
			double[] values = a.instances().get(i).toDoubleArray();
			for (int f = 0; f < SessionFeatures.SCHEMA.size(); f++) {
				assertEquals(sessions.table().rows()[i][f], values[f], 0, "row " + i + " feature " + f);
			}
			assertEquals(sessions.table().labels()[i] ? 1 : 0, (int) a.instances().get(i).classValue());
			positives += sessions.table().labels()[i] ? 1 : 0;
		}
		assertTrue(positives > 0 && positives < a.size(), "both classes: " + positives + " of " + a.size());

		// in time order: arrival at the prediction point, the label when the session ends (never before arrival)
		LabelledStream s = a.stream(), t = again.stream();
		long previous = Long.MIN_VALUE;
		int i = 0;
		while (s.hasNext()) {
			Instance x = s.next();
			Instance y = t.next();
			assertArrayEquals(x.toDoubleArray(), y.toDoubleArray(), "same seed, same instance " + i);
			assertEquals(s.arrivalTime(), t.arrivalTime());
			assertEquals(s.labelTime(), t.labelTime());
			assertEquals(sessions.predictionPoints()[i], s.arrivalTime());
			assertTrue(s.arrivalTime() >= previous, "arrivals never go back");
			assertTrue(s.labelTime() >= s.arrivalTime());
			previous = s.arrivalTime();
			i++;
		}
		assertFalse(t.hasNext());
		assertFalse(sameInstances(a, other), "another seed simulates another market");
		assertEquals(50, SimulatorStream.of(SMALL, 7, 50, ProgressMonitor.NULL).size(), "instances limits it");
	}

	private static boolean sameInstances(SimulatorStream a, SimulatorStream b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (!java.util.Arrays.equals(a.instances().get(i).toDoubleArray(), b.instances().get(i).toDoubleArray())) {
				return false;
			}
		}
		return true;
	}

	private Path simulatorExperiment(long seed, String... options) throws Exception {
		Experiment e = ExperimentFactory.eINSTANCE.createExperiment();
		e.setId("sim");
		e.setSeed(seed);
		StreamSetup s = ExperimentFactory.eINSTANCE.createStreamSetup();
		s.setSource(StreamSourceKind.SIMULATOR);
		for (int i = 0; i < options.length; i += 2) {
			s.getGeneratorOptions().add(parameter(options[i], options[i + 1]));
		}
		s.setCurveEvery(500);
		e.setStream(s);
		e.getAlgorithms().add(StreamExperimentTest.learner("majority", "functions.MajorityClass"));
		e.getAlgorithms().add(StreamExperimentTest.learner("tree", "trees.HoeffdingTree", "gracePeriod", "50"));
		e.getAlgorithms().add(StreamExperimentTest.learner("bayes", "bayes.NaiveBayes"));
		Path file = dir.resolve("sim-" + seed + ".experiment");
		ModelIO.save(e, file);
		return file;
	}

	@Test
	void aLearnerOnTheSimulatorStreamBeatsTheMajorityClass() throws Exception {
		Path file = simulatorExperiment(9, "preset", "default", "days", "20");
		Experiment loaded = ModelIO.load(file, Experiment.class);
		assertEquals(StreamSourceKind.SIMULATOR, loaded.getStream().getSource(), "the source survives a round trip");
		StreamExperiment x = StreamExperiment.of(loaded, file);
		StreamExperiment.Outcome outcome = x.run(ProgressMonitor.NULL, null, RunOrigin.workbench("test"));
		PrequentialResult majority = outcome.learners().get(0), tree = outcome.learners().get(1),
				bayes = outcome.learners().get(2);
		// the simulator buys with a probability that rises with interest and engagement: the session features carry
		// it, so a learner ranks buyers above non-buyers, which the majority class (its score is the share of buyers
		// so far, the same for every session at a time) cannot; nine sessions in ten buy nothing, so accuracy is no
		// measure here (always "no" is right 90 % of the time): AUC and kappa are
		assertEquals(0, majority.metrics().kappa(), 1e-9, "the majority class always says no");
		assertTrue(majority.metrics().auc() < 0.55, "the majority class ranks at chance: " + majority.metrics().auc());
		assertTrue(bayes.metrics().auc() > majority.metrics().auc() + 0.2, "naive Bayes AUC " + bayes.metrics()
				.auc() + " vs the majority class's " + majority.metrics().auc());
		assertTrue(tree.metrics().auc() > majority.metrics().auc() + 0.2, "Hoeffding tree AUC " + tree.metrics()
				.auc() + " vs the majority class's " + majority.metrics().auc());
		assertTrue(bayes.metrics().kappa() > 0.15, "naive Bayes kappa " + bayes.metrics().kappa());
		assertTrue(tree.metrics().kappa() > 0, "Hoeffding tree kappa " + tree.metrics().kappa());

		// the experiment's seed makes the market: the same file gives the same numbers
		StreamExperiment.Outcome again = StreamExperiment.of(ModelIO.load(file, Experiment.class), file)
				.run(ProgressMonitor.NULL, null, RunOrigin.workbench("test"));
		for (int l = 0; l < 3; l++) {
			assertEquals(outcome.learners().get(l).metrics(), again.learners().get(l).metrics());
		}
		assertTrue(outcome.results().data().file().startsWith("Streamwise simulator"),
				outcome.results().data().file());
		assertEquals("converted", outcome.results().data().className());
		assertEquals("yes", outcome.results().data().positiveClass());

		x.write(outcome, dir);
		assertTrue(Files.readString(dir.resolve("results.json")).contains("\"datasetSha256\""));
	}

	@Test
	void badSimulatorOptionsAreRefusedBeforeAnyWorkNamingFileAndOption() throws Exception {
		Path file = simulatorExperiment(1, "preset", "small", "viewrs", "10");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> StreamExperiment.of(ModelIO.load(file, Experiment.class), file));
		assertTrue(e.getMessage().startsWith("sim-1.experiment: stream/generatorOptions: ")
				&& e.getMessage().contains("viewrs"), e.getMessage());

		Path huge = simulatorExperiment(2, "preset", "tiny");
		e = assertThrows(IllegalArgumentException.class,
				() -> StreamExperiment.of(ModelIO.load(huge, Experiment.class), huge));
		assertTrue(e.getMessage().contains("preset: 'tiny' is not one of small, default, large"), e.getMessage());

		Path minutes = simulatorExperiment(4, "observationMinutes", "0");
		e = assertThrows(IllegalArgumentException.class,
				() -> StreamExperiment.of(ModelIO.load(minutes, Experiment.class), minutes));
		assertTrue(e.getMessage().contains("observationMinutes: '0'"), e.getMessage());

		Experiment delayed = ModelIO.load(simulatorExperiment(5, "preset", "small"), Experiment.class);
		delayed.getStream().setDelay("10");
		e = assertThrows(IllegalArgumentException.class,
				() -> StreamExperiment.of(delayed, dir.resolve("d.experiment")));
		assertTrue(e.getMessage().contains("leave timeColumn and delay empty"), e.getMessage());
		assertEquals(List.of(), List.of(dir.toFile().list()).stream().filter(n -> n.contains("results")).toList());
	}
}
