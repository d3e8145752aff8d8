package io.streamwise.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.bandits.ope.Estimator;
import io.streamwise.bandits.ope.OffPolicyData;
import io.streamwise.bandits.policies.LinUcbFactory;
import io.streamwise.bandits.policies.ThompsonFactory;

/**
 * Two figures of docs/benchmarks.md, "Bandit policies": LinUCB decisions per second on one thread (20 features, 50
 * actions all available, after 20,000 updates), and IPS, SNIPS and DR over a log of 10 million decisions (the
 * estimators' pass over the prepared columns). CPU time of the measuring thread is reported beside wall time, since
 * the build machine is shared. Thompson sampling's decisions per second (50 actions all available, 100 joint posterior
 * draws per decision, its default, after 20,000 updates) are measured the same way. Arguments: {@code --decisions=N
 * --thompson-decisions=N --rows=N --runs=N}.
 */
public final class PolicyBenchmark {

	private PolicyBenchmark() {
	}

	public static void main(String[] args) {
		int decisions = 500_000, rows = 10_000_000, runs = 3, thompsonDecisions = 20_000;
		for (String a : args) {
			String v = a.substring(a.indexOf('=') + 1);
			if (a.startsWith("--decisions=")) {
				decisions = Integer.parseInt(v);
			} else if (a.startsWith("--rows=")) {
				rows = Integer.parseInt(v);
			} else if (a.startsWith("--thompson-decisions=")) {
				thompsonDecisions = Integer.parseInt(v);
			} else if (a.startsWith("--runs=")) {
				runs = Integer.parseInt(v);
			}
		}
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		linUcb(decisions, runs, cpu);
		thompson(thompsonDecisions, runs, cpu);
		estimators(rows, runs, cpu);
	}

	private static void linUcb(int decisions, int runs, ThreadMXBean cpu) {
		int d = 20, k = 50;
		List<String> features = new ArrayList<>(), actions = new ArrayList<>();
		for (int i = 0; i < d; i++) {
			features.add("f" + i);
		}
		for (int a = 0; a < k; a++) {
			actions.add("a" + a);
		}
		Policy policy = new LinUcbFactory().create(new LinUcbFactory.LinUcbSettings(0.5, 1));
		policy.initialise(new PolicySchema(features, actions), TaskContext.of(1));
		int[] all = new int[k];
		for (int a = 0; a < k; a++) {
			all[a] = a;
		}
		SplittableRandom r = new SplittableRandom(1);
		PolicyContext[] contexts = new PolicyContext[1024];
		for (int i = 0; i < contexts.length; i++) {
			double[] x = new double[d];
			for (int j = 0; j < d; j++) {
				x[j] = r.nextDouble();
			}
			contexts[i] = new PolicyContext(i, x, 0, 0, all);
		}
		long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
		int updates = 20_000;
		for (int t = 0; t < updates; t++) {
			PolicyContext c = contexts[t & 1023];
			int i = Policy.draw(policy.probabilities(c), r.nextDouble());
			policy.update(c, c.actions()[i], r.nextDouble() < 0.05 ? 1 : 0);
		}
		System.out.printf(Locale.ROOT, "linucb d=20 k=50: %,d decisions with updates: %.0f decisions/s wall, %.0f/s"
				+ " CPU%n", updates, updates / ((System.nanoTime() - t0) / 1e9),
				updates / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9));
		for (int run = 0; run < runs; run++) {
			long w = System.nanoTime(), c = cpu.getCurrentThreadCpuTime();
			double sink = 0;
			for (int t = 0; t < decisions; t++) {
				sink += Policy.draw(policy.probabilities(contexts[t & 1023]), r.nextDouble());
			}
			double wall = (System.nanoTime() - w) / 1e9, used = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
			System.out.printf(Locale.ROOT, "linucb d=20 k=50 run %d: %,d decisions in %.3f s wall (%.0f/s), %.3f s"
					+ " CPU (%.0f/s per core) [%s]%n", run + 1, decisions, wall, decisions / wall, used,
					decisions / used, sink > 0 ? "ok" : "?");
		}
	}

	private static void thompson(int decisions, int runs, ThreadMXBean cpu) {
		int k = 50;
		List<String> actions = new ArrayList<>();
		for (int a = 0; a < k; a++) {
			actions.add("a" + a);
		}
		Policy policy = new ThompsonFactory().create(new ThompsonFactory.ThompsonSettings(1, 1, 100));
		policy.initialise(new PolicySchema(List.of("bias"), actions), TaskContext.of(1));
		int[] all = new int[k];
		for (int a = 0; a < k; a++) {
			all[a] = a;
		}
		PolicyContext c = new PolicyContext(0, new double[] { 1 }, 0, 0, all);
		SplittableRandom r = new SplittableRandom(3);
		// every action a purchase rate of its own (1 % to 10 %), learnt from 20,000 uniform pulls
		for (int t = 0; t < 20_000; t++) {
			int a = r.nextInt(k);
			policy.update(c, a, r.nextDouble() < 0.01 + 0.09 * a / (k - 1) ? 1 : 0);
		}
		for (int run = 0; run < runs + 1; run++) { // the first run warms up
			long w = System.nanoTime(), used0 = cpu.getCurrentThreadCpuTime();
			double sink = 0;
			for (int t = 0; t < decisions; t++) {
				int i = Policy.draw(policy.probabilities(c), r.nextDouble());
				sink += i;
				// an update between decisions, as in a simulation (each decision then draws from new posteriors)
				policy.update(c, i, r.nextDouble() < 0.05 ? 1 : 0);
			}
			double wall = (System.nanoTime() - w) / 1e9, used = (cpu.getCurrentThreadCpuTime() - used0) / 1e9;
			System.out.printf(Locale.ROOT, "thompson k=50 draws=100 %s: %,d decisions with updates in %.3f s wall"
					+ " (%.0f/s), %.3f s CPU (%.0f/s per core) [%s]%n", run == 0 ? "warm-up" : "run " + run,
					decisions, wall, decisions / wall, used, decisions / used, sink > 0 ? "ok" : "?");
		}
	}

	private static void estimators(int rows, int runs, ThreadMXBean cpu) {
		SplittableRandom r = new SplittableRandom(2);
		double[] mu = new double[rows], reward = new double[rows], pi = new double[rows], ql = new double[rows],
				qt = new double[rows];
		for (int i = 0; i < rows; i++) {
			mu[i] = 1.0 / (2 + r.nextInt(10));
			pi[i] = r.nextDouble();
			reward[i] = r.nextDouble() < 0.05 ? 1 : 0;
			ql[i] = 0.05 * r.nextDouble();
			qt[i] = 0.05 * r.nextDouble();
		}
		OffPolicyData data = new OffPolicyData(mu, reward, pi, ql, qt, new boolean[rows], new double[rows]);
		for (int run = 0; run < runs + 1; run++) { // the first run warms up
			long w = System.nanoTime(), c = cpu.getCurrentThreadCpuTime();
			double ips = Estimator.IPS.estimate(data, Double.POSITIVE_INFINITY, 10, null);
			double snips = Estimator.SNIPS.estimate(data, Double.POSITIVE_INFINITY, 10, null);
			double dr = Estimator.DR.estimate(data, Double.POSITIVE_INFINITY, 10, null);
			double wall = (System.nanoTime() - w) / 1e9, used = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
			System.out.printf(Locale.ROOT, "%s IPS, SNIPS and DR over %,d rows: %.3f s wall, %.3f s CPU (ips %.5f,"
					+ " snips %.5f, dr %.5f)%n", run == 0 ? "warm-up" : "run " + run, rows, wall, used, ips, snips, dr);
		}
	}
}
