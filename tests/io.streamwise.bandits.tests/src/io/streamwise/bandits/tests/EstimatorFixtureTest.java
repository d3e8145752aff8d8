package io.streamwise.bandits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.ope.Diagnostics;
import io.streamwise.bandits.ope.Estimator;
import io.streamwise.bandits.ope.OffPolicyData;
import io.streamwise.bandits.policies.UniformPolicyFactory;

/**
 * Each estimator on four logged decisions computed by hand. Columns (μ, r, π, q̂(x,a), Σπq̂, replay match):
 * (0.5, 1, 0.25, 0.6, 0.4, yes), (0.25, 0, 0.75, 0.2, 0.3, no), (0.25, 1, 1, 0.5, 0.5, yes), (0.1, 0, 0.5, 0.1, 0.2,
 * yes); so the weights are 0.5, 3, 4 and 5.
 */
class EstimatorFixtureTest {

	private static final OffPolicyData FOUR = new OffPolicyData(new double[] { 0.5, 0.25, 0.25, 0.1 },
			new double[] { 1, 0, 1, 0 }, new double[] { 0.25, 0.75, 1, 0.5 }, new double[] { 0.6, 0.2, 0.5, 0.1 },
			new double[] { 0.4, 0.3, 0.5, 0.2 }, new boolean[] { true, false, true, true }, new double[4]);
	private static final double NONE = Double.POSITIVE_INFINITY;

	@Test
	void ips() {
		assertEquals((0.5 * 1 + 4 * 1) / 4.0, Estimator.IPS.estimate(FOUR, NONE, NONE, null), 1e-15); // 1.125
	}

	@Test
	void ipsWithClipping() {
		// weights clipped at 2: 0.5, 2, 2, 2
		assertEquals((0.5 + 2) / 4.0, Estimator.IPS.estimate(FOUR, 2, NONE, null), 1e-15);
	}

	@Test
	void snips() {
		assertEquals(4.5 / 12.5, Estimator.SNIPS.estimate(FOUR, NONE, NONE, null), 1e-15); // 0.36
	}

	@Test
	void directMethod() {
		assertEquals(1.4 / 4, Estimator.DM.estimate(FOUR, NONE, NONE, null), 1e-15); // 0.35
	}

	@Test
	void doublyRobust() {
		// 0.35 + (0.5·0.4 + 3·(−0.2) + 4·0.5 + 5·(−0.1)) / 4 = 0.35 + 1.1 / 4
		assertEquals(0.625, Estimator.DR.estimate(FOUR, NONE, NONE, null), 1e-15);
	}

	@Test
	void switchDoublyRobust() {
		// τ = 3.5 keeps the corrections of weights 0.5 and 3: 0.35 + (0.2 − 0.6) / 4
		assertEquals(0.25, Estimator.SWITCH_DR.estimate(FOUR, NONE, 3.5, null), 1e-15);
		// τ above every weight is DR; τ below every weight is DM
		assertEquals(0.625, Estimator.SWITCH_DR.estimate(FOUR, NONE, 10, null), 1e-15);
		assertEquals(0.35, Estimator.SWITCH_DR.estimate(FOUR, NONE, 0.1, null), 1e-15);
	}

	@Test
	void replay() {
		assertEquals(2 / 3.0, Estimator.REPLAY.estimate(FOUR, NONE, NONE, null), 1e-15);
	}

	@Test
	void resampleCountsWeightRows() {
		// rows 1 and 3 twice, row 2 never: IPS = (2·0.5 + 0 + 2·4... ) over 4 draws
		int[] counts = { 2, 0, 1, 1 };
		assertEquals((2 * 0.5 + 4) / 4.0, Estimator.IPS.estimate(FOUR, NONE, NONE, counts), 1e-15);
	}

	@Test
	void diagnostics() {
		Diagnostics d = Diagnostics.of(FOUR);
		assertEquals(12.5 * 12.5 / (0.25 + 9 + 16 + 25), d.effectiveSampleSize(), 1e-12);
		assertEquals(5, d.largestWeight(), 0);
		assertEquals(3, d.replayMatches());
	}

	/**
	 * The columns from a log, a target policy and a reward model: two decisions over actions {0, 1}, a uniform target,
	 * q̂ = 0.3 for action 0 and 0.7 for action 1; action 2 is available in the second context but never logged.
	 */
	@Test
	void columnsFromALog() {
		PolicySchema schema = new PolicySchema(List.of("x"), List.of("a", "b", "c"));
		List<LoggedDecision> log = List.of(
				new LoggedDecision(new PolicyContext(0, new double[] { 1 }, 0, 0, new int[] { 0, 1 }), 0, 0.5, 1),
				new LoggedDecision(new PolicyContext(1, new double[] { 0 }, 0, 0, new int[] { 0, 1, 2 }), 1, 0.8, 0));
		Policy uniform = new UniformPolicyFactory().create(new UniformPolicyFactory.NoSettings());
		uniform.initialise(schema, TaskContext.of(1));
		OffPolicyData d = OffPolicyData.of(log, uniform, (c, a) -> a == 0 ? 0.3 : a == 1 ? 0.7 : 0.9, 3,
				ProgressMonitor.NULL);
		assertEquals(0.5, d.target()[0], 1e-15);
		assertEquals(1 / 3.0, d.target()[1], 1e-15);
		assertEquals(0.3, d.modelLogged()[0], 1e-15);
		assertEquals(0.7, d.modelLogged()[1], 1e-15);
		assertEquals(0.5, d.modelTarget()[0], 1e-15);
		assertEquals((0.3 + 0.7 + 0.9) / 3, d.modelTarget()[1], 1e-15);
		assertEquals(0, d.unsupported()[0], 0);
		assertEquals(1 / 3.0, d.unsupported()[1], 1e-15);
		// DR: mean(0.5 + 1·(1 − 0.3), 0.6333 + (1/3)/0.8·(0 − 0.7))
		double second = (0.3 + 0.7 + 0.9) / 3 + (1 / 3.0) / 0.8 * (0 - 0.7);
		assertEquals((0.5 + 0.7 + second) / 2, Estimator.DR.estimate(d, NONE, NONE, null), 1e-15);
	}
}
