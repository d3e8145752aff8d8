package io.streamwise.moa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.core.experiment.ConversionMetrics;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.moa.MoaFactory;
import io.streamwise.moa.MoaLearnerFactories;
import io.streamwise.moa.MoaLearnerFactory;
import io.streamwise.moa.MoaLearners;
import io.streamwise.moa.MoaOption;
import io.streamwise.moa.NaiveBayesFactory;
import moa.classifiers.Classifier;
import moa.classifiers.trees.HoeffdingTree;

class MoaLearnersTest {

	private static final List<MoaLearnerFactory<?>> FIRST_CLASS = List.of(new MoaLearnerFactories.HoeffdingTree(),
			new MoaLearnerFactories.HoeffdingAdaptiveTree(), new MoaLearnerFactories.Efdt(),
			new MoaLearnerFactories.AdaptiveRandomForest(), new MoaLearnerFactories.LeveragingBag(),
			new MoaLearnerFactories.OzaBag(), new MoaLearnerFactories.SgdLogistic(), new MoaLearnerFactories.Knn(),
			new MoaLearnerFactories.MajorityClass(), new MoaLearnerFactories.NoChange());

	@Test
	void cliStringsResolveUnderMoaClassifiers() {
		Classifier c = MoaLearners.parse("trees.HoeffdingTree -g 100 -c 0.01");
		HoeffdingTree ht = (HoeffdingTree) c;
		assertEquals(100, ht.gracePeriodOption.getValue());
		assertEquals(0.01, ht.splitConfidenceOption.getValue(), 0);
		assertEquals("trees.HoeffdingTree -g 100 -c 0.01", MoaLearners.cli(c));
		assertTrue(MoaLearners.parse("moa.classifiers.bayes.NaiveBayes") instanceof moa.classifiers.bayes.NaiveBayes);
		var e = assertThrows(IllegalArgumentException.class, () -> MoaLearners.parse("trees.NoSuchTree"));
		assertTrue(e.getMessage().contains("trees.NoSuchTree"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> MoaLearners.parse("trees.HoeffdingTree -g many"));
		assertThrows(IllegalArgumentException.class, () -> MoaLearners.parse(" "));
	}

	@Test
	void optionsAreReadFromMoasOwnOptionObjects() {
		List<MoaOption> options = MoaLearners.options(MoaLearners.parse("trees.HoeffdingTree -g 100"));
		MoaOption grace = options.stream().filter(o -> o.name().equals("gracePeriod")).findFirst().orElseThrow();
		assertEquals('g', grace.cliChar());
		assertEquals(MoaOption.Type.INT, grace.type());
		assertEquals("200", grace.defaultValue());
		assertEquals("100", grace.value());
		assertEquals(0, grace.min());
		MoaOption leaf = options.stream().filter(o -> o.name().equals("leafprediction")).findFirst().orElseThrow();
		assertEquals(MoaOption.Type.CHOICE, leaf.type());
		assertEquals(List.of("MC", "NB", "NBAdaptive"), leaf.choices());
		MoaOption conf = options.stream().filter(o -> o.name().equals("splitConfidence")).findFirst().orElseThrow();
		assertEquals(MoaOption.Type.FLOAT, conf.type());
		assertEquals(1.0, conf.max());
		assertTrue(options.stream().anyMatch(o -> o.type() == MoaOption.Type.FLAG && o.name().equals("binarySplits")));
		assertTrue(
				options.stream().anyMatch(o -> o.type() == MoaOption.Type.CLASS && o.name().equals("splitCriterion")));
	}

	@Test
	void genericFactoryChecksTheLearnerWhenSettingsAreMade() {
		MoaFactory f = new MoaFactory();
		assertEquals("trees.HoeffdingTree", f.defaultSettings().learner());
		MoaFactory.MoaSettings s = Settings.parse(MoaFactory.MoaSettings.class, Map.of("learner", "lazy.kNN -k 3"));
		assertEquals("lazy.kNN -k 3", s.learner());
		var e = assertThrows(SettingsException.class,
				() -> Settings.parse(MoaFactory.MoaSettings.class, Map.of("learner", "lazy.kNNN")));
		assertTrue(e.getMessage().contains("lazy.kNNN"), e.getMessage());
	}

	@Test
	void firstClassSettingsBecomeMoaOptions() {
		var ht = new MoaLearnerFactories.HoeffdingTree();
		var s = Settings.parse(MoaLearnerFactories.TreeSettings.class,
				Map.of("gracePeriod", "50", "leafPrediction", "MC"));
		HoeffdingTree tree = (HoeffdingTree) ht.classifier(s);
		assertEquals(50, tree.gracePeriodOption.getValue());
		assertEquals("MC", tree.leafpredictionOption.getChosenLabel());
		var arf = new MoaLearnerFactories.AdaptiveRandomForest();
		var forest = (moa.classifiers.meta.AdaptiveRandomForest) arf.classifier(
				Settings.parse(MoaLearnerFactories.ArfSettings.class,
						Map.of("ensembleSize", "3", "driftDetection", "false")));
		assertEquals(3, forest.ensembleSizeOption.getValue());
		assertTrue(forest.disableDriftDetectionOption.isSet());
		assertEquals(1, forest.numberOfJobsOption.getValue());
		assertThrows(SettingsException.class,
				() -> Settings.parse(MoaLearnerFactories.TreeSettings.class, Map.of("splitConfidence", "2")));
	}

	/** Planted signal: conversion iff x0 + noise > 1; x1 is noise. Returns AUC on fresh rows. */
	private static double auc(ConversionModel m, long seed) {
		m.initialise(
				new FeatureSchema("t",
						List.of(FeatureSchema.Feature.numeric("x0"), FeatureSchema.Feature.numeric("x1"))),
				TaskContext.of(seed));
		SplittableRandom r = new SplittableRandom(seed);
		for (int i = 0; i < 3000; i++) {
			double x0 = r.nextDouble() * 2;
			m.learn(new double[] { x0, r.nextDouble() }, x0 + 0.2 * r.nextGaussian() > 1);
		}
		double[] p = new double[1000];
		boolean[] y = new boolean[p.length];
		for (int i = 0; i < p.length; i++) {
			double x0 = r.nextDouble() * 2;
			p[i] = m.predict(new double[] { x0, r.nextDouble() });
			y[i] = x0 + 0.2 * r.nextGaussian() > 1;
			assertTrue(p[i] >= 0 && p[i] <= 1);
		}
		return ConversionMetrics.auc(p, y);
	}

	@Test
	void naiveBayesKeepsItsIdWithoutSettingsAndFindsThePlantedSignal() {
		// moved here from the built-in algorithms bundle: experiment files name it by this id and set nothing
		var factory = new NaiveBayesFactory();
		assertEquals("moa.naive-bayes", factory.info().id());
		assertEquals(0, factory.settingsType().getRecordComponents().length);
		double auc = auc(factory.create(factory.defaultSettings()), 11);
		assertTrue(auc > 0.9, "AUC " + auc);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	@Test
	void everyFirstClassLearnerRunsAsAConversionModel() {
		for (MoaLearnerFactory f : FIRST_CLASS) {
			ConversionModel m = f.create(f.defaultSettings());
			double auc = auc(m, 5);
			String id = f.info().id();
			if (id.equals("moa.majority-class") || id.equals("moa.no-change")) {
				assertTrue(auc >= 0 && auc <= 1 || Double.isNaN(auc), id);
			} else {
				assertTrue(auc > 0.85, id + " AUC " + auc);
			}
		}
	}

	@Test
	void learnersAreDeclarativeServicesFoundByTheRegistry() throws Exception {
		Bundle core = FrameworkUtil.getBundle(AlgorithmRegistry.class);
		core.start();
		FrameworkUtil.getBundle(MoaFactory.class).start();
		BundleContext ctx = core.getBundleContext();
		ServiceTracker<AlgorithmRegistry, AlgorithmRegistry> tracker = new ServiceTracker<>(ctx,
				AlgorithmRegistry.class, null);
		tracker.open();
		try {
			AlgorithmRegistry registry = tracker.waitForService(10_000);
			assertNotNull(registry, "AlgorithmRegistry service");
			List<String> ids = registry.all().stream().map(f -> f.info().id()).toList();
			for (MoaLearnerFactory<?> f : FIRST_CLASS) {
				assertTrue(ids.contains(f.info().id()), f.info().id() + " in " + ids);
			}
			assertTrue(ids.contains("moa"), ids.toString());
			assertTrue(ids.contains(NaiveBayesFactory.ID), ids.toString());
			assertTrue(registry.get("moa.hoeffding-tree") instanceof ConversionModelFactory<?>);
		} finally {
			tracker.close();
		}
	}
}
