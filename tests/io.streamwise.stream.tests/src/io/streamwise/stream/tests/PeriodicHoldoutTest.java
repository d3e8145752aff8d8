package io.streamwise.stream.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.yahoo.labs.samoa.instances.Attribute;
import com.yahoo.labs.samoa.instances.DenseInstance;
import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.Instances;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.moa.MoaLearners;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.PeriodicHoldout;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamLearner;

class PeriodicHoldoutTest {

	/** Class = x > 0.5, with 5 % label noise. */
	static List<Instance> threshold(InstancesHeader h, int n, long seed) {
		SplittableRandom r = new SplittableRandom(seed);
		List<Instance> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			double x = r.nextDouble();
			int y = (x > 0.5) ^ (r.nextDouble() < 0.05) ? 1 : 0;
			Instance inst = new DenseInstance(1.0, new double[] { x, r.nextDouble(), y });
			inst.setDataset(h);
			out.add(inst);
		}
		return out;
	}

	static InstancesHeader header() {
		List<Attribute> atts = List.of(new Attribute("x"), new Attribute("noise"),
				new Attribute("cls", List.of("neg", "pos")));
		Instances data = new Instances("t", new ArrayList<>(atts), 0);
		data.setClassIndex(2);
		return new InstancesHeader(data);
	}

	@Test
	void heldOutInstancesAreNeverLearnedAndTheCurveImproves() {
		InstancesHeader h = header();
		List<Instance> data = threshold(h, 5_000, 3);
		Set<Instance> trainedOn = Collections.newSetFromMap(new IdentityHashMap<>());
		StreamLearner tree = StreamLearner.of("ht", MoaLearners.parse("trees.HoeffdingTree -g 50"));
		StreamLearner recording = new StreamLearner() {
			@Override
			public String name() {
				return "ht";
			}

			@Override
			public void prepare(InstancesHeader header, TaskContext context) {
				tree.prepare(header, context);
			}

			@Override
			public double[] votes(Instance instance) {
				return tree.votes(instance);
			}

			@Override
			public void train(Instance instance) {
				trainedOn.add(instance);
				tree.train(instance);
			}
		};
		PrequentialResult r = PeriodicHoldout.run(LabelledStream.of(h, data, null, null), recording, 1_000, 500,
				PrequentialSettings.defaults(), TaskContext.of(1));
		for (int i = 0; i < 1_000; i++) {
			assertTrue(!trainedOn.contains(data.get(i)), "held-out instance " + i + " was learned from");
		}
		assertEquals(4_000, r.trained());
		assertEquals(8, r.curve().size()); // after 500, 1000, ..., 4000 training instances
		assertEquals(500, r.curve().get(0).instance());
		assertEquals(1_000, r.curve().get(0).metrics().instances(), 1e-9, "each point is judged on the whole test set");
		double first = r.curve().get(0).metrics().accuracy(), lastAcc = r.metrics().accuracy();
		assertTrue(lastAcc > 0.9 && lastAcc >= first, first + " -> " + lastAcc);
	}

	@Test
	void rejectsStreamsTooShortForTheTestSet() {
		InstancesHeader h = header();
		assertThrows(IllegalArgumentException.class, () -> PeriodicHoldout.run(
				LabelledStream.of(h, threshold(h, 100, 1), null, null),
				StreamLearner.of("nb", MoaLearners.parse("bayes.NaiveBayes")), 100, 10, PrequentialSettings.defaults(),
				TaskContext.of(1)));
		assertThrows(IllegalArgumentException.class, () -> PeriodicHoldout.run(
				LabelledStream.of(h, threshold(h, 100, 1), null, null),
				StreamLearner.of("nb", MoaLearners.parse("bayes.NaiveBayes")), 0, 10, PrequentialSettings.defaults(),
				TaskContext.of(1)));
	}
}
