// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DriftDetectorKind;
import io.streamwise.model.experiment.EvaluationWindowKind;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.model.io.FormatMigration;
import io.streamwise.model.io.ModelIO;

/** Stream experiments: the optional stream element saves and loads unchanged; files without it are as before. */
class StreamExperimentFileTest {

	@TempDir
	Path dir;

	private static Parameter parameter(String key, String value) {
		Parameter p = ExperimentFactory.eINSTANCE.createParameter();
		p.setKey(key);
		p.setValue(value);
		return p;
	}

	@Test
	void aStreamExperimentRoundTripsWithEveryField() throws Exception {
		ExperimentFactory f = ExperimentFactory.eINSTANCE;
		Experiment e = f.createExperiment();
		e.setId("drift");
		e.setName("Planted drift");
		e.setSeed(7);
		StreamSetup s = f.createStreamSetup();
		s.setSource(StreamSourceKind.GENERATOR);
		s.setGenerator("generators.SEAGenerator");
		s.getGeneratorOptions().add(parameter("function", "2"));
		s.setLocation("data/planted.csv");
		s.setClassAttribute("y");
		s.setInstances(5000);
		s.setTimeColumn("t");
		s.setDelay("5");
		s.setPositiveClass("b");
		s.setWindow(EvaluationWindowKind.FADING);
		s.setWindowSize(500);
		s.setFadingFactor(0.99);
		s.setCurveEvery(250);
		s.setDriftDetector(DriftDetectorKind.PH);
		e.setStream(s);
		AlgorithmConfig ht = f.createAlgorithmConfig();
		ht.setAlgorithmId("moa");
		ht.setLabel("tree");
		ht.getSettings().add(parameter("learner", "trees.HoeffdingTree"));
		ht.getSettings().add(parameter("gracePeriod", "50"));
		e.getAlgorithms().add(ht);
		e.getMetrics().add("kappa");

		Path file = dir.resolve("drift.experiment");
		ModelIO.save(e, file);
		String xml = Files.readString(file);
		assertTrue(xml.contains("<stream ") && xml.contains("generator=\"generators.SEAGenerator\"")
				&& xml.contains("driftDetector=\"PH\"") && xml.contains("window=\"FADING\""), xml);
		Experiment loaded = ModelIO.load(file, Experiment.class);
		assertTrue(EcoreUtil.equals(e, loaded), "the loaded experiment equals the saved one");
		assertEquals(FormatMigration.CURRENT_VERSION, loaded.getFormatVersion());
		ModelIO.save(loaded, dir.resolve("again.experiment"));
		assertEquals(xml, Files.readString(dir.resolve("again.experiment")), "saving the loaded file gives its bytes");
	}

	@Test
	void defaultsAreThoseOfTheCommandLine() {
		StreamSetup s = ExperimentFactory.eINSTANCE.createStreamSetup();
		// streamwise prequential: basic evaluation, a curve point every 1000, no detector, no delay
		assertEquals(StreamSourceKind.FILE, s.getSource());
		assertEquals(EvaluationWindowKind.BASIC, s.getWindow());
		assertEquals(1000, s.getWindowSize());
		assertEquals(0.999, s.getFadingFactor());
		assertEquals(1000, s.getCurveEvery());
		assertEquals(DriftDetectorKind.NONE, s.getDriftDetector());
		assertEquals(0, s.getInstances());
		assertNull(s.getDelay());
	}

	@Test
	void experimentsWithoutAStreamLoadAsBefore() throws Exception {
		Path file = dir.resolve("old.experiment");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="old" formatVersion="1.1" seed="3">
				  <protocol kind="TEMPORAL"/>
				  <algorithms algorithmId="pop" label="pop"/>
				</experiment:Experiment>
				""");
		Experiment loaded = ModelIO.load(file, Experiment.class);
		assertNull(loaded.getStream());
		assertEquals("pop", loaded.getAlgorithms().get(0).getAlgorithmId());
	}

	/**
	 * The simulator source is one more enumeration literal, its options in generatorOptions: no new attribute, so a
	 * file that loaded before loads and saves as before (no format bump), and a source this version does not know is
	 * refused naming its line, as a version without SIMULATOR refuses that one.
	 */
	@Test
	void theSimulatorSourceRoundTripsAndAnUnknownSourceIsRefusedNamingTheLine() throws Exception {
		String simulator = """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="sim" formatVersion="1.1" seed="3">
				  <algorithms algorithmId="moa" label="tree">
				    <settings key="learner" value="trees.HoeffdingTree"/>
				  </algorithms>
				  <stream source="SIMULATOR" curveEvery="100">
				    <generatorOptions key="preset" value="small"/>
				    <generatorOptions key="days" value="7"/>
				  </stream>
				</experiment:Experiment>
				""";
		Path file = dir.resolve("sim.experiment");
		Files.writeString(file, simulator);
		Experiment loaded = ModelIO.load(file, Experiment.class);
		assertEquals(StreamSourceKind.SIMULATOR, loaded.getStream().getSource());
		assertEquals("days", loaded.getStream().getGeneratorOptions().get(1).getKey());
		assertEquals(FormatMigration.CURRENT_VERSION, loaded.getFormatVersion());
		ModelIO.save(loaded, dir.resolve("again.experiment"));
		assertTrue(EcoreUtil.equals(loaded, ModelIO.load(dir.resolve("again.experiment"), Experiment.class)));
		assertTrue(Files.readString(dir.resolve("again.experiment")).contains("source=\"SIMULATOR\""));

		Path unknown = dir.resolve("unknown.experiment");
		Files.writeString(unknown, simulator.replace("SIMULATOR", "SATELLITE"));
		io.streamwise.model.io.ModelLoadException e = org.junit.jupiter.api.Assertions.assertThrows(
				io.streamwise.model.io.ModelLoadException.class, () -> ModelIO.load(unknown, Experiment.class));
		assertEquals(7, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().contains("SATELLITE"), e.getMessage());
	}
}
