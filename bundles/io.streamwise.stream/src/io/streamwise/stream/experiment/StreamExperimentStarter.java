package io.streamwise.stream.experiment;

import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DriftDetectorKind;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.StreamSourceKind;

/**
 * The stream experiment File > New > Stream Experiment starts from: MOA's random-tree concepts with an abrupt drift
 * half-way (the tree of seed 1, then the tree of seed 2: a new concept), a Hoeffding tree, an adaptive Hoeffding tree
 * and naive Bayes, ADWIN watching each.
 * It runs without any data file, and shows what the page does: curves, drift markers, the table.
 */
public final class StreamExperimentStarter {

	/** Where the drift is planted, of {@link #INSTANCES}. */
	public static final int DRIFT_AT = 10_000;

	public static final int INSTANCES = 20_000;

	private StreamExperimentStarter() {
	}

	public static Experiment create(String id) {
		ExperimentFactory f = ExperimentFactory.eINSTANCE;
		Experiment e = f.createExperiment();
		e.setId(id);
		e.setName("Random-tree concepts with an abrupt drift at " + DRIFT_AT);
		e.setSeed(1);
		StreamSetup s = f.createStreamSetup();
		s.setSource(StreamSourceKind.GENERATOR);
		s.setGenerator("ConceptDriftStream");
		s.getGeneratorOptions().add(parameter("stream", "generators.RandomTreeGenerator -r 1"));
		s.getGeneratorOptions().add(parameter("driftstream", "generators.RandomTreeGenerator -r 2"));
		s.getGeneratorOptions().add(parameter("position", Integer.toString(DRIFT_AT)));
		s.getGeneratorOptions().add(parameter("width", "1"));
		s.setInstances(INSTANCES);
		s.setCurveEvery(500);
		s.setDriftDetector(DriftDetectorKind.ADWIN);
		e.setStream(s);
		e.getAlgorithms().add(learner("HoeffdingTree", "trees.HoeffdingTree"));
		e.getAlgorithms().add(learner("HoeffdingAdaptiveTree", "trees.HoeffdingAdaptiveTree"));
		e.getAlgorithms().add(learner("NaiveBayes", "bayes.NaiveBayes"));
		e.getMetrics().add("accuracy");
		return e;
	}

	/**
	 * The starter's learners and evaluation on the simulator's stream sessions: the market of this preset and number
	 * of days, simulated with the experiment's seed.
	 */
	public static Experiment simulator(String id, String preset, int days, long seed) {
		Experiment e = create(id);
		e.setName("Stream sessions of the simulator (" + preset + ", " + days + " days)");
		e.setSeed(seed);
		StreamSetup s = e.getStream();
		s.setSource(StreamSourceKind.SIMULATOR);
		s.setGenerator(null);
		s.setInstances(0);
		s.getGeneratorOptions().clear();
		s.getGeneratorOptions().add(parameter(SimulatorStream.PRESET, preset));
		s.getGeneratorOptions().add(parameter("days", Integer.toString(days)));
		s.setCurveEvery(100);
		return e;
	}

	/** The starter's learners and evaluation on an ARFF or CSV file (location relative to the experiment). */
	public static Experiment file(String id, String location, String classAttribute, long seed) {
		Experiment e = create(id);
		e.setName("Stream " + location);
		e.setSeed(seed);
		StreamSetup s = e.getStream();
		s.setSource(StreamSourceKind.FILE);
		s.setGenerator(null);
		s.setInstances(0);
		s.getGeneratorOptions().clear();
		s.setLocation(location);
		s.setClassAttribute(classAttribute);
		s.setCurveEvery(100);
		return e;
	}

	private static AlgorithmConfig learner(String label, String learner) {
		AlgorithmConfig a = ExperimentFactory.eINSTANCE.createAlgorithmConfig();
		a.setAlgorithmId(StreamExperiment.ALGORITHM_ID);
		a.setLabel(label);
		a.getSettings().add(parameter(StreamExperiment.LEARNER_SETTING, learner));
		return a;
	}

	private static Parameter parameter(String key, String value) {
		Parameter p = ExperimentFactory.eINSTANCE.createParameter();
		p.setKey(key);
		p.setValue(value);
		return p;
	}
}
