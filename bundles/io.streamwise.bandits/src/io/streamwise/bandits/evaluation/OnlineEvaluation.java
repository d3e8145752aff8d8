package io.streamwise.bandits.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.env.MarketEnvironment;
import io.streamwise.core.experiment.Seeds;

/**
 * Policies acting in the simulator for T rounds, under R seeds each. Under seed r every policy meets the same viewers
 * in the same order and the same uniform numbers decide their purchases (common random numbers, so differences
 * between policies are not luck of the draw); a policy's own draws (its choice, its seed) derive from the seed and
 * its label. Each (policy, seed) is one chunk of {@link ParallelChunks} writing its own arrays, so the results are
 * the same on any thread count.
 */
public final class OnlineEvaluation {

	/** A chunk looks for cancellation every this many rounds plus one (a mask: 1,024 rounds). */
	private static final long CHECK_EVERY = 1023;

	private OnlineEvaluation() {
	}

	/**
	 * What one policy did under every seed.
	 *
	 * @param checkpoints the rounds after which the cumulative values are kept
	 * @param reward      [seed][checkpoint] reward so far (purchases, revenue or margin: the environment's
	 *                    {@link io.streamwise.bandits.env.Reward}, in its unit)
	 * @param regret      [seed][checkpoint] Σ (oracle's true expected reward − the chosen action's)
	 */
	public record Trajectories(PolicySpec policy, long[] checkpoints, double[][] reward, double[][] regret) {
	}

	/** Checkpoints: about {@code points} rounds spread evenly up to {@code rounds}, the last one being it. */
	public static long[] checkpoints(long rounds, int points) {
		int n = (int) Math.min(rounds, points);
		long[] out = new long[n];
		for (int i = 0; i < n; i++) {
			out[i] = Math.max(1, Math.round((double) rounds * (i + 1) / n));
		}
		return out;
	}

	public static List<Trajectories> run(MarketEnvironment environment, List<PolicySpec> policies, long rounds,
			int seeds, long seed, int threads, ProgressMonitor monitor) {
		long[] checkpoints = checkpoints(rounds, 100);
		double[][][] reward = new double[policies.size()][seeds][], regret = new double[policies.size()][seeds][];
		monitor.begin("Simulating " + policies.size() + " policies × " + seeds + " seeds × " + rounds + " rounds",
				(long) policies.size() * seeds);
		int chunks = policies.size() * seeds;
		// a chunk of many rounds must stop when the run is cancelled. Only the calling thread may ask the monitor:
		// chunks running on it ask it directly; on a pool, they read a flag set whenever the calling thread, polling
		// the monitor while it waits for them, finds the run cancelled
		boolean inline = Math.min(ParallelChunks.resolve(threads), chunks) <= 1;
		AtomicBoolean cancelled = new AtomicBoolean();
		ProgressMonitor watched = inline ? monitor : new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				monitor.begin(task, totalWork);
			}

			@Override
			public void worked(long work) {
				monitor.worked(work);
			}

			@Override
			public boolean isCancelled() {
				boolean c = monitor.isCancelled();
				if (c) {
					cancelled.set(true);
				}
				return c;
			}
		};
		BooleanSupplier stop = inline ? monitor::isCancelled : cancelled::get;
		ParallelChunks.forEach(chunks, threads, chunk -> {
			int p = chunk / seeds, r = chunk % seeds;
			double[][] out = play(environment, policies.get(p), rounds, seed, r, checkpoints, stop);
			reward[p][r] = out[0];
			regret[p][r] = out[1];
		}, watched);
		List<Trajectories> result = new ArrayList<>();
		for (int p = 0; p < policies.size(); p++) {
			result.add(new Trajectories(policies.get(p), checkpoints, reward[p], regret[p]));
		}
		return result;
	}

	/** One policy under seed index r: {cumulative reward, cumulative regret} at the checkpoints. */
	static double[][] play(MarketEnvironment environment, PolicySpec spec, long rounds, long seed, int r,
			long[] checkpoints, BooleanSupplier stop) {
		SplittableRandom world = new SplittableRandom(Seeds.combine(seed, r, 1));
		SplittableRandom choices = new SplittableRandom(Seeds.combine(seed, r, 2, spec.key()));
		Policy policy = spec.create();
		policy.initialise(environment.schema(), TaskContext.of(Seeds.combine(seed, r, 3, spec.key())));
		double[] reward = new double[checkpoints.length], regret = new double[checkpoints.length];
		double sumReward = 0, sumRegret = 0;
		int next = 0;
		for (long t = 1; t <= rounds; t++) {
			if ((t & CHECK_EVERY) == 0 && stop.getAsBoolean()) {
				throw new CancelledException();
			}
			MarketEnvironment.Round round = environment.draw(world);
			double u = world.nextDouble(); // drawn whatever the policy does: common random numbers
			PolicyContext c = round.context();
			int i = Policy.draw(policy.probabilities(c), choices.nextDouble());
			boolean purchased = u < round.purchaseProbability()[i];
			policy.update(c, c.actions()[i], environment.policyReward(round, i, purchased));
			sumReward += purchased ? round.value()[i] : 0;
			sumRegret += round.best() - round.expected(i);
			if (t == checkpoints[next]) {
				reward[next] = sumReward;
				regret[next] = sumRegret;
				next++;
			}
		}
		return new double[][] { reward, regret };
	}
}
