package io.streamwise.recommenders.mf.tests;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.feedback.Weighting;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.recommenders.mf.als.Ials;
import io.streamwise.recommenders.mf.als.IalsSettings;
import io.streamwise.recommenders.mf.bpr.Bpr;
import io.streamwise.recommenders.mf.bpr.BprSettings;
import io.streamwise.recommenders.mf.ease.Ease;
import io.streamwise.recommenders.mf.ease.EaseSettings;

/**
 * Timing of one BPR epoch, one iALS iteration (1 and 2 threads) and one EASE fit on the simulator's LARGE preset,
 * plus a rough temporal hold-out hit rate as a sanity check of the defaults. Not a test: its name keeps it out of the
 * build's test run. Run its {@code main} on a plain class path holding the compiled classes of io.streamwise.api,
 * io.streamwise.core, this bundle and its host, and the EJML (core, ddense), gson and fastcsv jars.
 */
public final class MfBenchmark {

	private MfBenchmark() {
	}

	public static void main(String[] args) {
		long t0 = System.nanoTime();
		Dataset all = Simulator.run(SimulatorSettings.Size.LARGE.settings(Map.of("seed", "1")), ProgressMonitor.NULL)
				.dataset();
		EventLog log = all.log();
		System.out.printf(Locale.ROOT, "LARGE preset: %s, simulated in %.1f s%n", log, (System.nanoTime() - t0) / 1e9);
		int cut = (int) (log.size() * 0.8);
		int[] trainRows = new int[cut];
		for (int r = 0; r < cut; r++) {
			trainRows[r] = r;
		}
		Dataset train = all.withLog(log.select(trainRows));

		InteractionMatrix matrix = InteractionMatrix.of(log, EventWeights.parse("purchase,cart,click,rate"),
				Weighting.BINARY,
				ProgressMonitor.NULL);
		System.out.printf(Locale.ROOT, "viewer-item pairs with counted events: %d%n", matrix.entries());
		// the first round warms the JIT up; the second is the one to report
		for (String round : List.of("warm-up", "measured")) {
			System.out.println(round + ":");
			for (String threads : List.of("1", "2")) {
				step("BPR epoch, blocks=1", threads, new Bpr(bpr(Map.of("epochs", "8", "threads", threads))), all);
				step("BPR epoch, blocks=4", threads,
						new Bpr(bpr(Map.of("epochs", "8", "blocks", "4", "threads", threads))), all);
				step("iALS iteration, Cholesky, k=32", threads,
						new Ials(ials(Map.of("iterations", "8", "threads", threads))), all);
				step("iALS iteration, CG(3), k=32", threads,
						new Ials(ials(Map.of("iterations", "8", "threads", threads, "solver", "CG"))), all);
			}
		}
		for (int run = 0; run < 2; run++) {
			Ease ease = new Ease(Settings.defaults(EaseSettings.class));
			long s = System.nanoTime();
			ease.fit(all, TaskContext.of(1));
			System.out.printf(Locale.ROOT, "EASE fit, %d items: %.3f s%n", log.items().size(),
					(System.nanoTime() - s) / 1e9);
		}

		Map<String, Recommender> models = new java.util.LinkedHashMap<>();
		models.put("popularity (the models' cold-viewer ranking)", new Recommender() {
			private float[] popularity;

			@Override
			public void fit(Dataset data, TaskContext context) {
				popularity = InteractionMatrix
						.of(data.log(), EventWeights.parse("purchase,cart,click,rate"), Weighting.BINARY,
								ProgressMonitor.NULL)
						.popularity();
			}

			@Override
			public void score(int viewer, float[] scores) {
				System.arraycopy(popularity, 0, scores, 0, scores.length);
			}
		});
		models.put("bpr (defaults)", new Bpr(Settings.defaults(BprSettings.class)));
		models.put("ials (defaults)", new Ials(Settings.defaults(IalsSettings.class)));
		models.put("ease (defaults)", new Ease(Settings.defaults(EaseSettings.class)));
		models.put("ease lambda=50", new Ease(Settings.parse(EaseSettings.class, Map.of("lambda", "50"))));
		for (Map.Entry<String, Recommender> m : models.entrySet()) {
			long s = System.nanoTime();
			m.getValue().fit(train, TaskContext.of(1));
			double fit = (System.nanoTime() - s) / 1e9;
			System.out.printf(Locale.ROOT,
					"hold-out (last 20%% of events, purchases) %s: hit rate@10 %.4f, fit %.1f s%n",
					m.getKey(), hitRate(m.getValue(), log, cut), fit);
		}
	}

	private static BprSettings bpr(Map<String, String> s) {
		return Settings.parse(BprSettings.class, s);
	}

	private static IalsSettings ials(Map<String, String> s) {
		return Settings.parse(IalsSettings.class, s);
	}

	/** Fits and prints the time between successive progress steps (epochs or iterations); the first is warm-up. */
	private static void step(String what, String threads, Recommender rec, Dataset data) {
		List<Long> marks = new ArrayList<>();
		ProgressMonitor timing = new ProgressMonitor() {
			@Override
			public void begin(String task, long totalWork) {
				marks.add(System.nanoTime());
			}

			@Override
			public void worked(long work) {
				marks.add(System.nanoTime());
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};
		rec.fit(data, new TaskContext(1, timing));
		StringBuilder times = new StringBuilder();
		double[] steps = new double[marks.size() - 1];
		for (int i = 1; i < marks.size(); i++) {
			steps[i - 1] = (marks.get(i) - marks.get(i - 1)) / 1e9;
			times.append(String.format(Locale.ROOT, " %.3f", steps[i - 1]));
		}
		java.util.Arrays.sort(steps);
		System.out.printf(Locale.ROOT, "%s, threads=%s: median %.4f s; per step%s%n", what, threads,
				steps[steps.length / 2], times);
	}

	/** Share of viewers with a new purchase after the cut whose top 10 unseen items hold one. */
	private static double hitRate(Recommender rec, EventLog log, int cut) {
		Map<Integer, BitSet> seen = new HashMap<>(), bought = new HashMap<>();
		for (int r = 0; r < log.size(); r++) {
			if (log.item(r) < 0) {
				continue;
			}
			if (r < cut) {
				seen.computeIfAbsent(log.viewer(r), v -> new BitSet()).set(log.item(r));
			} else if (log.type(r) == EventType.PURCHASE) {
				bought.computeIfAbsent(log.viewer(r), v -> new BitSet()).set(log.item(r));
			}
		}
		float[] scratch = new float[log.items().size()];
		int viewers = 0, hits = 0;
		for (Map.Entry<Integer, BitSet> e : bought.entrySet()) {
			BitSet s = seen.getOrDefault(e.getKey(), new BitSet());
			BitSet fresh = (BitSet) e.getValue().clone();
			fresh.andNot(s);
			if (fresh.isEmpty()) {
				continue;
			}
			viewers++;
			for (int i : rec.recommend(e.getKey(), 10, i -> !s.get(i), scratch)) {
				if (fresh.get(i)) {
					hits++;
					break;
				}
			}
		}
		return hits / (double) Math.max(1, viewers);
	}
}
