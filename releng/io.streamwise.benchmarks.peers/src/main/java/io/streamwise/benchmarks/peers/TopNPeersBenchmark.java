package io.streamwise.benchmarks.peers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.RankingMetrics;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.recommenders.mf.als.Ials;
import io.streamwise.recommenders.mf.als.IalsSettings;
import io.streamwise.recommenders.mf.bpr.Bpr;
import io.streamwise.recommenders.mf.bpr.BprSettings;

/**
 * Top-N recommendation against Java peers, in one JVM on one machine: Streamwise ItemKNN, Apache Mahout Taste 0.13
 * item-based and LensKit 3.0-M3 item-item on the same two simulated logs (about 100 thousand and 1 million events),
 * the same temporal 80/20 split, the same binary input, the same exclusion of training items and the same metric code
 * (RankingMetrics, docs/metrics.md). For each system and log: warm-ups, then timed runs of the fit and of the top 10
 * for every test viewer; medians and ranges are printed. Then the time of one iALS iteration and one BPR epoch on 1 and
 * 2 threads on the 1M log. A plain main rather than JMH: each measured operation takes from tens of milliseconds to
 * minutes and the quality figures come from the same runs.
 * <p>
 * Arguments: --warmups=2 --runs=5 --neighbours=50 --peer-cap=600 (seconds; a peer whose warm-up run takes longer is
 * not repeated) --logs=100k,1m --mf=true.
 */
public final class TopNPeersBenchmark {

	private static final int K = 10;

	private TopNPeersBenchmark() {
	}

	/** The two simulated logs: seed 1, the DEFAULT preset at 750 viewers and the LARGE preset. */
	static SimulatorSettings log(String name) {
		return switch (name) {
		// catalogues of a thousand-odd products, as in public top-N data sets, rather than the presets' 120 and 400
		case "100k" -> SimulatorSettings.Size.DEFAULT.settings(Map.of("seed", "1", "viewers", "750", "products", "1500",
				"showcaseSize", "40"));
		case "1m" -> SimulatorSettings.Size.LARGE.settings(Map.of("seed", "1", "products", "3000", "showcaseSize", "40"));
		default -> throw new IllegalArgumentException("unknown log " + name);
		};
	}

	record Result(String log, String system, double[] fit, double[] top, double ndcg, double recall, int runs) {
		double fitMedian() {
			return median(fit);
		}

		double topMedian() {
			return median(top);
		}

		double[] total() {
			double[] t = new double[fit.length];
			Arrays.setAll(t, i -> fit[i] + top[i]);
			return t;
		}
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> opt = new LinkedHashMap<>(Map.of("warmups", "2", "runs", "5", "neighbours", "50",
				"peer-cap", "600", "logs", "100k,1m", "mf", "true"));
		for (String a : args) {
			String[] kv = a.replaceFirst("^--", "").split("=", 2);
			opt.put(kv[0], kv.length > 1 ? kv[1] : "true");
		}
		int warmups = Integer.parseInt(opt.get("warmups")), runs = Integer.parseInt(opt.get("runs"));
		int nb = Integer.parseInt(opt.get("neighbours"));
		double cap = Double.parseDouble(opt.get("peer-cap"));
		System.out.printf(Locale.ROOT, "JVM %s %s, %d processors, max heap %d MiB%n", System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);

		List<Result> results = new ArrayList<>();
		Dataset largest = null;
		for (String name : opt.get("logs").split(",")) {
			long t0 = System.nanoTime();
			Dataset all = Simulator.run(log(name), ProgressMonitor.NULL).dataset();
			Split split = Split.of(name, all);
			System.out.printf(Locale.ROOT,
					"%nlog %s: %s; simulated and split in %.1f s%n  %,d events (%,d train), %,d viewers, %,d items, "
							+ "%,d binary training pairs, %,d test viewers (%,d with training history)%n",
					name, Settings.format(log(name)).entrySet().stream()
							.filter(e -> List.of("seed", "viewers", "products", "days", "streamsPerDay")
									.contains(e.getKey()))
							.map(e -> e.getKey() + "=" + e.getValue()).toList(),
					(System.nanoTime() - t0) / 1e9, split.events, split.trainEvents, split.viewers, split.items,
					split.pairViewer.length, split.testViewers.length, split.testViewersWithHistory());
			largest = all;
			List<TopNSystem> systems = List.of(new StreamwiseItemKnn(nb, 0), new StreamwiseItemKnn(nb, 1),
					new LenskitItemItem(nb), new StreamwiseItemKnn(Integer.MAX_VALUE, 0),
					new StreamwiseItemKnn(Integer.MAX_VALUE, 1), new MahoutItemBased());
			for (TopNSystem s : systems) {
				results.add(measure(s, split, warmups, runs, cap, !s.name().startsWith("Streamwise")));
			}
		}
		printTable(results);
		if (Boolean.parseBoolean(opt.get("mf")) && largest != null) {
			mfTimings(largest);
		}
	}

	static Result measure(TopNSystem s, Split split, int warmups, int runs, double cap, boolean capped)
			throws Exception {
		List<Double> fits = new ArrayList<>(), tops = new ArrayList<>();
		int[][] lists = null;
		for (int r = 0; r < warmups + runs; r++) {
			s.reset();
			System.gc();
			long t0 = System.nanoTime();
			s.fit(split);
			long t1 = System.nanoTime();
			lists = s.recommendAll(split, K);
			long t2 = System.nanoTime();
			double fit = (t1 - t0) / 1e9, top = (t2 - t1) / 1e9;
			boolean warm = r < warmups;
			System.out.printf(Locale.ROOT, "  %-50s %s %d: fit %8.3f s, top-10 for all %8.3f s%n", s.name(),
					warm ? "warm-up" : "run    ", warm ? r + 1 : r - warmups + 1, fit, top);
			if (!warm) {
				fits.add(fit);
				tops.add(top);
			}
			if (capped && fit + top > cap) {
				if (warm) {
					fits.add(fit);
					tops.add(top);
				}
				System.out.printf(Locale.ROOT, "  %s: one run took more than the cap of %.0f s; not repeated%n",
						s.name(), cap);
				break;
			}
		}
		s.reset();
		double ndcg = 0, recall = 0;
		int n = split.testViewers.length;
		for (int u = 0; u < n; u++) {
			var rel = split.relevant[u];
			ndcg += RankingMetrics.value("ndcg", lists[u], K, rel::get, rel.cardinality());
			recall += RankingMetrics.value("recall", lists[u], K, rel::get, rel.cardinality());
		}
		Result res = new Result(split.name, s.name(), fits.stream().mapToDouble(d -> d).toArray(),
				tops.stream().mapToDouble(d -> d).toArray(), ndcg / n, recall / n, fits.size());
		System.out.printf(Locale.ROOT, "  %-50s NDCG@10 %.4f, recall@10 %.4f%n", s.name(), res.ndcg, res.recall);
		return res;
	}

	static void printTable(List<Result> results) {
		System.out.println();
		System.out.println("| log | system | runs | fit (s) | top-10 for all (s) | total (s) | NDCG@10 | recall@10 |");
		System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
		for (Result r : results) {
			System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %.4f | %.4f |%n", r.log, r.system, r.runs,
					span(r.fit), span(r.top), span(r.total()), r.ndcg, r.recall);
		}
		System.out.println();
		// speed-ups of Streamwise against each peer with the same model (same k, hence the same NDCG@10), on the
		// median total; the faster peer is the one with the smaller median total
		for (String log : results.stream().map(Result::log).distinct().toList()) {
			List<Result> rs = results.stream().filter(r -> r.log.equals(log)).toList();
			Result sw = rs.get(0), sw1 = rs.get(1), lk = rs.get(2), swAll = rs.get(3), swAll1 = rs.get(4),
					mh = rs.get(5);
			boolean lensKitFaster = median(lk.total()) <= median(mh.total());
			System.out.printf(Locale.ROOT, "%s: faster peer %s (median total %.3f s)%n", log,
					lensKitFaster ? lk.system : mh.system, Math.min(median(lk.total()), median(mh.total())));
			speedUp(log, sw, lk);
			speedUp(log, sw1, lk);
			speedUp(log, swAll, mh);
			speedUp(log, swAll1, mh);
			speedUp(log, sw, mh);
		}
	}

	private static void speedUp(String log, Result sw, Result peer) {
		System.out.printf(Locale.ROOT, "  %s vs %s: %.1fx (fit %.1fx, top-10 %.1fx); NDCG@10 %.4f vs %.4f%n", sw.system,
				peer.system, median(peer.total()) / median(sw.total()), peer.fitMedian() / sw.fitMedian(),
				peer.topMedian() / sw.topMedian(), sw.ndcg, peer.ndcg);
	}

	/** One iALS iteration and one BPR epoch on 1 and 2 threads: the median of the steps after the first. */
	static void mfTimings(Dataset data) {
		System.out.printf(Locale.ROOT, "%nmatrix factorisation on the largest log (%,d events), events "
				+ "purchase,cart,click, binary; medians of the per-step times after the first:%n", data.log().size());
		for (String round : List.of("warm-up", "measured")) {
			System.out.println(round + ":");
			for (String threads : List.of("1", "2")) {
				step("iALS iteration, Cholesky, 32 factors", threads, new Ials(Settings.parse(IalsSettings.class,
						Map.of("events", "purchase,cart,click", "iterations", "6", "threads", threads))), data);
				step("BPR epoch, blocks=1", threads, new Bpr(Settings.parse(BprSettings.class,
						Map.of("events", "purchase,cart,click", "epochs", "6", "threads", threads))), data);
				step("BPR epoch, blocks=4", threads, new Bpr(Settings.parse(BprSettings.class, Map.of("events",
						"purchase,cart,click", "epochs", "6", "blocks", "4", "threads", threads))), data);
			}
		}
	}

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
		// the first step also holds the set-up (interaction matrix, initial factors): left out
		double[] steps = new double[marks.size() - 2];
		for (int i = 2; i < marks.size(); i++) {
			steps[i - 2] = (marks.get(i) - marks.get(i - 1)) / 1e9;
		}
		System.out.printf(Locale.ROOT, "  %-38s threads=%s: median %.4f s (range %.4f-%.4f over %d steps)%n", what,
				threads, median(steps), Arrays.stream(steps).min().orElse(0), Arrays.stream(steps).max().orElse(0),
				steps.length);
	}

	static double median(double[] a) {
		double[] s = a.clone();
		Arrays.sort(s);
		int n = s.length;
		return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	}

	/** "median (min-max)" or the single value. */
	static String span(double[] a) {
		if (a.length == 1) {
			return String.format(Locale.ROOT, "%.3f", a[0]);
		}
		return String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", median(a), Arrays.stream(a).min().getAsDouble(),
				Arrays.stream(a).max().getAsDouble());
	}
}
