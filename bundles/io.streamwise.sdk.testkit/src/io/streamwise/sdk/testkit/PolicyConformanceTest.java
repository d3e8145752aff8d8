package io.streamwise.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.CancelledException;

/**
 * The conformance kit for policy plugins (contextual bandits). Extend it in your plugin's test fragment and implement
 * {@link #factory()}. Every check runs for the default settings and each of {@link #settingsVariants()} on the kit's
 * own bandit problem: 6 context features, 12 actions of which a varying subset of 2 to 12 is available, and purchase
 * rewards drawn from a planted logistic model. The checks:
 * <ul>
 * <li>every answer is one finite probability in [0, 1] per available action, summing to 1 (within 1e-9), before and
 * throughout learning;</li>
 * <li>the same seed and the same rounds give bit-identical probabilities, so the same choices;</li>
 * <li>cold contexts: a fresh policy, actions never taken, one action alone, missing (NaN), zero and huge features get
 * valid probabilities;</li>
 * <li>choosing learns nothing: asking about many other contexts, in any order, between the updates changes no later
 * answer;</li>
 * <li>learning from a log consults the monitor, and ends with {@code CancelledException} when it says so (counted,
 * not timed);</li>
 * <li>and what every plugin must satisfy ({@link AlgorithmConformanceTest}): identity, settings, seeded randomness,
 * API range.</li>
 * </ul>
 *
 * @param <S> the settings record
 */
public abstract class PolicyConformanceTest<S extends Record> extends AlgorithmConformanceTest<S, PolicyFactory<S>> {

	private static final int FEATURES = 6, ACTIONS = 12, ROUNDS = 1500;

	/** The kit's problem: every action's reward is Bernoulli(logistic(w_a · x − 2)). */
	static final PolicySchema SCHEMA = new PolicySchema(
			List.of("f0", "f1", "f2", "f3", "f4", "f5"),
			List.of("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11"));

	@Override
	final AlgorithmKind kind() {
		return AlgorithmKind.POLICY;
	}

	private Policy fresh(S settings, long seed) {
		Policy p = factory().create(settings);
		p.initialise(SCHEMA, TaskContext.of(seed));
		return p;
	}

	/** Contexts of the kit's problem, from a generator of their own. */
	static PolicyContext context(SplittableRandom r, int round) {
		double[] x = new double[FEATURES];
		for (int i = 0; i < FEATURES; i++) {
			x[i] = r.nextDouble() < 0.5 ? 0 : 1;
		}
		x[0] = 1; // a bias
		int available = 2 + r.nextInt(ACTIONS - 1);
		int[] all = new int[ACTIONS];
		for (int a = 0; a < ACTIONS; a++) {
			all[a] = a;
		}
		for (int i = ACTIONS - 1; i > 0; i--) { // Fisher-Yates: a random subset in random order
			int j = r.nextInt(i + 1);
			int t = all[i];
			all[i] = all[j];
			all[j] = t;
		}
		return new PolicyContext(round % 50, x, round % 7, round, Arrays.copyOf(all, available));
	}

	static double purchaseProbability(int action, double[] x) {
		double z = -2;
		for (int i = 0; i < FEATURES; i++) {
			z += x[i] * Math.sin(1.7 * action + 0.9 * i); // a fixed, planted weight per action and feature
		}
		return 1 / (1 + Math.exp(-z));
	}

	/** Checks an answer for a context and returns it. */
	static double[] valid(double[] p, PolicyContext context, String what) {
		if (p == null || p.length != context.actions().length) {
			fail(what + ": " + (p == null ? "null" : p.length + " probabilities") + " for "
					+ context.actions().length + " available actions");
		}
		double sum = 0;
		for (int i = 0; i < p.length; i++) {
			if (!(p[i] >= 0 && p[i] <= 1)) {
				fail(what + ": probability " + p[i] + " of action " + context.actions()[i] + " is not in [0, 1]");
			}
			sum += p[i];
		}
		if (Math.abs(sum - 1) > 1e-9) {
			fail(what + ": probabilities " + Arrays.toString(p) + " sum to " + sum + ", not 1");
		}
		return p;
	}

	/**
	 * Plays {@code rounds} rounds: asks, draws the action with the kit's generator, tells the reward. Returns the
	 * actions chosen; {@code answers} (if not null) receives every answer.
	 */
	private static int[] play(Policy policy, int rounds, long seed, List<double[]> answers, boolean meddle) {
		SplittableRandom contexts = new SplittableRandom(seed), choices = new SplittableRandom(seed + 1),
				rewards = new SplittableRandom(seed + 2), others = new SplittableRandom(seed + 3);
		int[] chosen = new int[rounds];
		for (int t = 0; t < rounds; t++) {
			PolicyContext c = context(contexts, t);
			if (meddle) {
				// questions about other contexts, which must not change anything
				for (int k = 0; k < 3; k++) {
					PolicyContext other = context(others, t);
					valid(policy.probabilities(other), other, "a question between updates");
				}
			}
			double[] p = valid(policy.probabilities(c), c, "round " + t);
			if (answers != null) {
				answers.add(p);
			}
			int action = c.actions()[Policy.draw(p, choices.nextDouble())];
			chosen[t] = action;
			double reward = rewards.nextDouble() < purchaseProbability(action, c.features()) ? 1 : 0;
			policy.update(c, action, reward);
		}
		return chosen;
	}

	@Test
	void probabilitiesAreValidWhileLearning() {
		for (S s : allSettings()) {
			play(fresh(s, 5), ROUNDS, 21, null, false);
		}
	}

	@Test
	void sameSeedGivesTheSameChoices() {
		for (S s : allSettings()) {
			for (long seed : seeds()) {
				List<double[]> first = new ArrayList<>(), second = new ArrayList<>();
				int[] a = play(fresh(s, seed), ROUNDS, 31, first, false);
				int[] b = play(fresh(s, seed), ROUNDS, 31, second, false);
				assertTrue(Arrays.equals(a, b), "two runs with seed " + seed + " and " + s + " chose differently;"
						+ " take every random choice from TaskContext.seed()");
				for (int t = 0; t < first.size(); t++) {
					assertTrue(Arrays.equals(first.get(t), second.get(t)), "round " + t + " with " + s
							+ ": probabilities " + Arrays.toString(first.get(t)) + " and "
							+ Arrays.toString(second.get(t)));
				}
			}
		}
	}

	@Test
	void coldContextsGetProbabilities() {
		double[] missing = new double[FEATURES], huge = new double[FEATURES], zero = new double[FEATURES];
		Arrays.fill(missing, Double.NaN);
		Arrays.fill(huge, 1e12);
		int[] all = new int[ACTIONS];
		for (int a = 0; a < ACTIONS; a++) {
			all[a] = a;
		}
		List<PolicyContext> cold = List.of(new PolicyContext(-1, missing, -1, 0, all),
				new PolicyContext(-1, huge, -1, 0, all), new PolicyContext(-1, zero, -1, 0, all),
				new PolicyContext(-1, zero, -1, 0, new int[] { 7 }),
				new PolicyContext(3, huge, 2, 5, new int[] { 11, 0 }));
		for (S s : allSettings()) {
			Policy p = fresh(s, 9);
			for (PolicyContext c : cold) {
				valid(p.probabilities(c), c, "a fresh policy with " + s);
			}
			// after learning about a few actions only: the others were never taken
			SplittableRandom r = new SplittableRandom(4);
			for (int t = 0; t < 200; t++) {
				PolicyContext c = context(r, t);
				p.update(c, c.actions()[0], t % 9 == 0 ? 1 : 0);
			}
			for (PolicyContext c : cold) {
				valid(p.probabilities(c), c, "a policy that has learnt with " + s);
			}
			double[] one = p.probabilities(cold.get(3));
			assertEquals(1.0, one[0], 1e-12, "the only available action must have probability 1");
		}
	}

	/**
	 * Choosing learns nothing: a policy asked about three other contexts before every decision answers, and so
	 * chooses, exactly as one that is asked only what it decides.
	 */
	@Test
	void choosingDoesNotLearn() {
		for (S s : allSettings()) {
			List<double[]> plain = new ArrayList<>(), meddled = new ArrayList<>();
			int[] a = play(fresh(s, 13), ROUNDS / 2, 41, plain, false);
			int[] b = play(fresh(s, 13), ROUNDS / 2, 41, meddled, true);
			for (int t = 0; t < plain.size(); t++) {
				if (!Arrays.equals(plain.get(t), meddled.get(t))) {
					fail("with " + s + ", questions about other contexts changed the answer of round " + t + ": "
							+ Arrays.toString(plain.get(t)) + " became " + Arrays.toString(meddled.get(t))
							+ "; probabilities() must not change the policy (only update() learns)");
				}
			}
			assertTrue(Arrays.equals(a, b), "choices differ after questions about other contexts");
		}
	}

	private static List<LoggedDecision> kitLog(int size) {
		SplittableRandom r = new SplittableRandom(77);
		List<LoggedDecision> log = new ArrayList<>(size);
		for (int t = 0; t < size; t++) {
			PolicyContext c = context(r, t);
			int pick = r.nextInt(c.actions().length);
			int action = c.actions()[pick];
			log.add(new LoggedDecision(c, action, 1.0 / c.actions().length,
					r.nextDouble() < purchaseProbability(action, c.features()) ? 1 : 0));
		}
		return log;
	}

	private long checksOfOneLearn(S settings, List<LoggedDecision> log) {
		CountingMonitor counting = new CountingMonitor(0);
		Policy p = factory().create(settings);
		TaskContext context = new TaskContext(7, counting);
		p.initialise(SCHEMA, context);
		p.learn(log, context);
		return counting.checks.get();
	}

	/**
	 * Without a clock: learning from a log of 2,000 decisions asks the monitor at least once, and a monitor that says
	 * "cancelled" from its second question on (its first, when there is only one) ends it with
	 * {@link CancelledException}.
	 */
	@Test
	void learningFromALogCanBeCancelled() {
		List<LoggedDecision> log = kitLog(2000);
		for (S s : allSettings()) {
			long checks = checksOfOneLearn(s, log);
			assertTrue(checks > 0, "learning from a log with " + s + " never consulted context.monitor(); call"
					+ " checkCancelled() in every long loop");
			long at = Math.min(checks, 2);
			CountingMonitor cancel = new CountingMonitor(at);
			Policy p = factory().create(s);
			TaskContext context = new TaskContext(7, cancel);
			p.initialise(SCHEMA, context);
			boolean thrown = false;
			try {
				p.learn(log, context);
			} catch (CancelledException e) {
				thrown = true;
			}
			assertTrue(thrown, "learning with " + s + " was told it is cancelled at question " + at
					+ " but returned normally; call context.monitor().checkCancelled()");
		}
	}

	/** For a policy that declares randomness: some settings answer differently under two seeds. */
	@Test
	void theSeedMattersWhenThePolicyDeclaresRandomness() {
		if (!usesRandomness()) {
			return;
		}
		for (S s : allSettings()) {
			List<double[]> a = new ArrayList<>(), b = new ArrayList<>();
			play(fresh(s, 11), 300, 51, a, false);
			play(fresh(s, 12), 300, 51, b, false);
			for (int t = 0; t < a.size(); t++) {
				if (!Arrays.equals(a.get(t), b.get(t))) {
					return;
				}
			}
		}
		fail(factory().info().id() + " declares randomness (usesRandomness()) but answers alike under seeds 11 and"
				+ " 12; take its random choices from TaskContext.seed()");
	}
}
