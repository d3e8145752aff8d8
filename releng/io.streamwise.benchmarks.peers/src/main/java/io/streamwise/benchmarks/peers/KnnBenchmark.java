package io.streamwise.benchmarks.peers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.recommenders.knn.ItemKnn;
import io.streamwise.recommenders.knn.ItemKnnFactory;
import io.streamwise.recommenders.knn.ItemKnnSettings;
import io.streamwise.recommenders.knn.UserKnn;
import io.streamwise.recommenders.knn.UserKnnSettings;
import io.streamwise.recommenders.mf.ease.Ease;
import io.streamwise.recommenders.mf.ease.EaseSettings;

/**
 * Cold and warm cost of fit plus top-10 for every test viewer (excluding the viewer's training items), per algorithm
 * and thread count, each in a fresh JVM so that the first run is really cold. Input: a MovieLens-100K-style split
 * ({@code --train=u1.base --test=u1.test}: tab-separated viewer, item, rating, time) or, without it, a synthetic
 * split of ML-100K u1's shape (943 viewers, 1,682 items, 80,000 training rows, 20,000 test rows from 459 viewers;
 * Pareto activity, Zipf popularity; seed 100) or, with {@code --size=ml1m}, one of MovieLens-1M's shape (6,040
 * viewers, 3,706 items, 1,000,209 ratings, the test part a fifth of them from the first 2,940 viewers): big enough that
 * the neighbour search is worth two threads. The top-10 lists run in chunks of 16 viewers on the same number of
 * threads, as the evaluation loop does; the lists' checksum shows that results do not depend on the thread count.
 * <p>
 * Reported per run: wall seconds, CPU seconds of the whole process (all threads, JIT compiler and GC included; the
 * operating system counts it in 10 ms ticks) and of the calling thread, and the JIT compilers' and the collector's
 * milliseconds, for the fit and the top-10 loop. Children run with {@code -Dstreamwise.parallel.stats=true}: every
 * parallel loop prints its chunks and CPU seconds per thread, which shows whether the work is balanced. At the end, the
 * medians of the warm runs per thread count and the speed-ups from the first thread count to the others.
 * <p>
 * {@code eval} is core's evaluation loop in a whole experiment: ItemKNN (fitted on one thread) ranks the test items of
 * every viewer of a larger synthetic log (10,000 viewers, 1,682 items, random 80/20 split), the protocol's
 * {@code threads} set to the thread count; reported are the cell's scoring seconds (wall, as {@code compare} reports
 * them) and the NDCG@10, which must not change with the thread count.
 */
public final class KnnBenchmark {

	private static final int K = 10;
	private static final int CHUNK = 16;

	private KnnBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String train = null, test = null, child = null;
		List<String> algorithms = List.of("itemknn", "userknn", "ease");
		int[] threads = { 1, 2 };
		int warm = 5;
		String heap = "2g";
		String size = "u1";
		for (String a : args) {
			String v = a.substring(a.indexOf('=') + 1);
			if (a.startsWith("--train=")) {
				train = v.isBlank() ? null : v; // empty: the synthetic split
			} else if (a.startsWith("--test=")) {
				test = v.isBlank() ? null : v;
			} else if (a.startsWith("--algorithms=")) {
				algorithms = List.of(v.split(","));
			} else if (a.startsWith("--threads=")) {
				threads = Arrays.stream(v.split(",")).mapToInt(Integer::parseInt).toArray();
			} else if (a.startsWith("--warm=")) {
				warm = Integer.parseInt(v);
			} else if (a.startsWith("--heap=")) {
				heap = v;
			} else if (a.startsWith("--size=")) {
				size = v.isBlank() ? "u1" : v;
				if (!size.equals("u1") && !size.equals("ml1m")) {
					System.err.println("--size: u1 or ml1m, was " + size);
					System.exit(2);
				}
			} else if (a.startsWith("--child=")) {
				child = v;
			} else {
				System.err.println("unknown argument " + a);
				System.exit(2);
			}
		}
		if ((train == null) != (test == null)) {
			System.err.println("give both --train and --test, or neither (the synthetic split)");
			System.exit(2);
		}
		if (child != null) {
			String[] at = child.split(":");
			runChild(at[0], Integer.parseInt(at[1]), warm, train, test, size);
			return;
		}
		System.out.println("load average at start: " + loadAverage());
		List<String> medians = new ArrayList<>();
		for (String algorithm : algorithms) {
			for (int t : threads) {
				List<String> command = new ArrayList<>(List.of(
						Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms" + heap,
						"-Xmx" + heap, "-Dstreamwise.parallel.stats=true", "-cp", System.getProperty("java.class.path"), KnnBenchmark.class.getName(),
						"--child=" + algorithm + ":" + t, "--warm=" + warm, "--size=" + size));
				if (train != null) {
					command.add("--train=" + train);
					command.add("--test=" + test);
				}
				Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
				try (BufferedReader r = new BufferedReader(
						new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
					r.lines().forEach(line -> {
						System.out.println(line);
						if (line.startsWith(MEDIAN)) {
							medians.add(line);
						}
					});
				}
				if (p.waitFor() != 0) {
					System.err.println(algorithm + " on " + t + " threads failed");
					System.exit(1);
				}
			}
		}
		System.out.println("load average at end: " + loadAverage());
		printSpeedUps(medians);
	}

	private static final String MEDIAN = "median of warm runs:";

	/** The warm medians, and each thread count's speed-up over the first, per algorithm and step. */
	private static void printSpeedUps(List<String> medians) {
		Map<String, double[]> first = new java.util.HashMap<>();
		System.out.println("speed-ups (median warm wall seconds, first thread count / this one; \"rank\" is the top-10"
				+ " loop, or for eval the evaluation loop):");
		for (String line : medians) {
			String[] f = line.substring(MEDIAN.length()).trim().split("\\s+");
			String algorithm = f[0];
			int threads = Integer.parseInt(f[1]);
			double[] walls = { Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]) };
			double[] base = first.computeIfAbsent(algorithm, a -> walls);
			System.out.printf(Locale.ROOT, "  %-8s threads=%d  fit %.4f (%.2fx)  rank %.4f (%.2fx)  total %.4f (%.2fx)%n",
					algorithm, threads, walls[0], base[0] / walls[0], walls[1], base[1] / walls[1], walls[2],
					base[2] / walls[2]);
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		} catch (IOException e) {
			return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/** The split: training log, test viewers (indices in the training log) and their excluded training items. */
	private record Split(Dataset train, int[] testViewers, BitSet[] seen) {
	}

	private static void runChild(String algorithm, int threads, int warm, String train, String test, String size)
			throws IOException {
		if (algorithm.equals("eval")) {
			runEvaluation(threads, warm);
			return;
		}
		Split split = train != null ? read(Path.of(train), Path.of(test))
				: size.equals("ml1m") ? synthetic(6040, 3706, 1_000_209, 2314, 2940, 200_042) : synthetic();
		EventLog log = split.train.log();
		String source = train == null ? "synthetic " + size + "-shaped split (seed 100)" : train;
		double[][] walls = new double[3][warm];
		for (int run = 0; run <= warm; run++) {
			Recommender rec = create(algorithm, threads);
			Times fit = Times.start();
			rec.fit(split.train, TaskContext.of(1));
			fit.stop();
			Times top = Times.start();
			long checksum = topK(rec, split, log.items().size(), threads);
			top.stop();
			System.out.printf(Locale.ROOT,
					"%-8s threads=%d %-5s fit wall %.3f cpu %.3f thread %.3f jit %d ms gc %d ms | top-%d for %d wall %.3f cpu %.3f thread %.3f jit %d ms | total wall %.3f cpu %.3f | lists %016x (%s)%n",
					algorithm, threads, run == 0 ? "cold" : "warm" + run, fit.wall, fit.cpu, fit.thread, fit.jit,
					fit.gc, K, split.testViewers.length, top.wall, top.cpu, top.thread, top.jit, fit.wall + top.wall,
					fit.cpu + top.cpu, checksum, source);
			if (run > 0) {
				walls[0][run - 1] = fit.wall;
				walls[1][run - 1] = top.wall;
				walls[2][run - 1] = fit.wall + top.wall;
			}
		}
		printMedians(algorithm, threads, walls);
	}

	private static void printMedians(String algorithm, int threads, double[][] walls) {
		if (walls[0].length > 0) {
			System.out.printf(Locale.ROOT, "%s %s %d %.4f %.4f %.4f%n", MEDIAN, algorithm, threads, median(walls[0]),
					median(walls[1]), median(walls[2]));
		}
	}

	private static double median(double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
	}

	/** Core's evaluation loop: see the class comment. */
	private static void runEvaluation(int threads, int warm) {
		Split split = synthetic(10_000, 0);
		LoadedDataset data = new LoadedDataset(split.train, "synthetic, 10,000 viewers", List.of(), "none", null,
				null);
		ExperimentRunner runner = new ExperimentRunner(AlgorithmRegistry.of(List.of(new ItemKnnFactory())));
		ExperimentSpec spec = new ExperimentSpec("bench", "bench", 1,
				new DatasetSpec(DatasetKind.CSV, "synthetic", null, Map.of()),
				new ProtocolSpec(ProtocolKind.RANDOM, 0.8, 1, Map.of("threads", Integer.toString(threads))),
				List.of(new AlgorithmSpec("itemknn", ItemKnnFactory.ID, Map.of("threads", "1"))),
				List.of("ndcg@10", "recall@10"));
		runner.validate(spec);
		Pauses pauses = new Pauses();
		double[][] walls = new double[3][warm];
		for (int run = 0; run <= warm; run++) {
			Times all = Times.start();
			ExperimentResult r = runner.run(spec, "bench.experiment", data, Map.of(), ProgressMonitor.NULL);
			all.stop();
			long end = ManagementFactory.getRuntimeMXBean().getUptime();
			if (!r.failures().isEmpty()) {
				throw new IllegalStateException(r.failures().toString());
			}
			var cost = r.costs().get(0);
			var ndcg = r.summary().stream()
					.filter(x -> x.metric().equals("ndcg@10") && x.segment().equals(ExperimentResult.ALL))
					.findFirst().orElseThrow();
			// the loop ended just before the run did (the results are assembled after it): its pauses are those that
			// ended in its last scoreSeconds
			long inLoop = pauses.millisEndingWithin(end - Math.round(cost.scoreSeconds() * 1000), end);
			System.out.printf(Locale.ROOT,
					"eval     threads=%d %-5s fit wall %.3f | evaluation loop (%d viewers) wall %.3f, of it gc pauses %d ms | whole run wall %.3f cpu %.3f jit %d ms gc %d ms | ndcg@10 %.6f%n",
					threads, run == 0 ? "cold" : "warm" + run, cost.fitSeconds(), ndcg.n(), cost.scoreSeconds(), inLoop,
					all.wall, all.cpu, all.jit, all.gc, ndcg.mean());
			if (run > 0) {
				walls[0][run - 1] = cost.fitSeconds();
				walls[1][run - 1] = cost.scoreSeconds();
				walls[2][run - 1] = cost.fitSeconds() + cost.scoreSeconds();
			}
		}
		printMedians("eval", threads, walls);
	}

	private static Recommender create(String algorithm, int threads) {
		Map<String, String> t = Map.of("threads", Integer.toString(threads));
		return switch (algorithm) {
		case "itemknn" -> new ItemKnn(Settings.parse(ItemKnnSettings.class, t));
		case "userknn" -> new UserKnn(Settings.parse(UserKnnSettings.class, t));
		case "ease" -> new Ease(Settings.parse(EaseSettings.class, t));
		default -> throw new IllegalArgumentException("unknown algorithm " + algorithm);
		};
	}

	/** Top-K for every test viewer in fixed chunks on the given threads; a checksum of all lists in viewer order. */
	private static long topK(Recommender rec, Split split, int items, int threads) {
		int[][] lists = new int[split.testViewers.length][];
		int chunks = (lists.length + CHUNK - 1) / CHUNK;
		try (ParallelChunks parallel = new ParallelChunks(rec.concurrentScoring() ? threads : 1, "benchmark", true)) {
			parallel.forEach(chunks, c -> {
				float[] scratch = new float[items];
				for (int n = c * CHUNK; n < Math.min(lists.length, (c + 1) * CHUNK); n++) {
					BitSet seen = split.seen[n];
					lists[n] = rec.recommend(split.testViewers[n], K, i -> !seen.get(i), scratch);
				}
			}, ProgressMonitor.NULL);
		}
		long h = 1125899906842597L;
		for (int[] list : lists) {
			for (int i : list) {
				h = 31 * h + i;
			}
			h = 31 * h - 1;
		}
		return h;
	}

	/**
	 * The collector's stop-the-world pauses as they end (JVM uptime and duration in milliseconds): a pause inside a
	 * parallel loop stops every thread, so it adds the same wall time on one thread as on two and caps the speed-up.
	 */
	private static final class Pauses {
		private final List<long[]> ended = new java.util.concurrent.CopyOnWriteArrayList<>();

		Pauses() {
			for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
				if (b instanceof javax.management.NotificationEmitter emitter) {
					emitter.addNotificationListener((n, h) -> {
						if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
							var info = com.sun.management.GarbageCollectionNotificationInfo
									.from((javax.management.openmbean.CompositeData) n.getUserData()).getGcInfo();
							ended.add(new long[] { info.getEndTime(), info.getDuration() });
						}
					}, null, null);
				}
			}
		}

		/** Milliseconds of the pauses that ended between from and to (uptime), waiting briefly for late notices. */
		long millisEndingWithin(long from, long to) {
			try {
				Thread.sleep(20); // notifications arrive on a JMX thread shortly after the pause
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			long sum = 0;
			for (long[] p : ended) {
				if (p[0] >= from && p[0] <= to) {
					sum += p[1];
				}
			}
			return sum;
		}
	}

	/** Wall, process CPU and calling-thread CPU seconds of one step. */
	private static final class Times {
		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
		private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
				.getOperatingSystemMXBean();
		private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
		long wall0, cpu0, thread0, jit0, gc0;
		double wall, cpu, thread;
		long jit, gc;

		static Times start() {
			Times t = new Times();
			t.wall0 = System.nanoTime();
			t.cpu0 = OS.getProcessCpuTime();
			t.thread0 = THREADS.getCurrentThreadCpuTime();
			t.jit0 = JIT.getTotalCompilationTime();
			t.gc0 = gcMillis();
			return t;
		}

		void stop() {
			wall = (System.nanoTime() - wall0) / 1e9;
			cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
			thread = (THREADS.getCurrentThreadCpuTime() - thread0) / 1e9;
			jit = JIT.getTotalCompilationTime() - jit0;
			gc = gcMillis() - gc0;
		}

		private static long gcMillis() {
			long sum = 0;
			for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
				sum += Math.max(0, b.getCollectionTime());
			}
			return sum;
		}
	}

	private static Split read(Path train, Path test) throws IOException {
		List<long[]> trainRows = new ArrayList<>(), testRows = new ArrayList<>();
		for (Path p : List.of(train, test)) {
			List<long[]> rows = p == train ? trainRows : testRows;
			int line = 0;
			for (String s : Files.readAllLines(p)) {
				line++;
				String[] f = s.split("\t");
				if (f.length < 4) {
					throw new IOException(p + ", line " + line + ": expected viewer, item, rating and time");
				}
				rows.add(new long[] { Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
						Long.parseLong(f[3]) });
			}
		}
		return split(trainRows, testRows);
	}

	/** The shape of ML-100K's u1 split, not its data: see the class comment. */
	private static Split synthetic() {
		return synthetic(943, 20_000);
	}

	/** ML-100K-like viewers: 1,682 items, 106 ratings a viewer, the test rows from the first 459 viewers. */
	private static Split synthetic(int viewers, int heldOut) {
		return synthetic(viewers, 1682, (int) (100_000L * viewers / 943), 737, 459, heldOut);
	}

	/**
	 * {@code viewers} viewers with u1's kind of activity (Pareto, at least 20 and at most {@code maxDegree} ratings)
	 * and popularity (Zipf over {@code items}), {@code heldOut} random rows of the first {@code testViewers} viewers
	 * held out as the test part (none: everything is training).
	 */
	private static Split synthetic(int viewers, int items, int ratings, int maxDegree, int testViewers,
			int heldOut) {
		Random random = new Random(100);
		double[] raw = new double[viewers];
		double sum = 0;
		for (int u = 0; u < viewers; u++) {
			raw[u] = Math.pow(1 - random.nextDouble(), -1 / 1.2); // Pareto(1.2)
			sum += raw[u];
		}
		int[] degree = new int[viewers];
		int total = 0;
		for (int u = 0; u < viewers; u++) {
			degree[u] = Math.min(maxDegree, 20 + (int) ((ratings - 20 * viewers) * raw[u] / sum));
			total += degree[u];
		}
		while (total < ratings) {
			int u = random.nextInt(viewers);
			if (degree[u] < maxDegree) {
				degree[u]++;
				total++;
			}
		}
		double[] cumulative = new double[items];
		double c = 0;
		for (int r = 0; r < items; r++) {
			c += 1 / Math.pow(r + 10, 1.1); // Zipf-like popularity by rank
			cumulative[r] = c;
		}
		int[] itemOfRank = new int[items];
		Arrays.setAll(itemOfRank, i -> i);
		for (int i = items - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = itemOfRank[i];
			itemOfRank[i] = itemOfRank[j];
			itemOfRank[j] = t;
		}
		List<long[]> all = new ArrayList<>();
		for (int u = 0; u < viewers; u++) {
			TreeSet<Integer> got = new TreeSet<>();
			while (got.size() < degree[u]) {
				int rank = Arrays.binarySearch(cumulative, random.nextDouble() * c);
				got.add(itemOfRank[Math.min(items - 1, rank < 0 ? -rank - 1 : rank)]);
			}
			for (int i : got) {
				all.add(new long[] { u + 1, i + 1, 1 + random.nextInt(5), 874_724_710L + random.nextInt(10_000_000) });
			}
		}
		// test: heldOut rows drawn from the first testViewers viewers' rows
		List<Integer> candidates = new ArrayList<>();
		for (int r = 0; r < all.size(); r++) {
			if (all.get(r)[0] <= testViewers) {
				candidates.add(r);
			}
		}
		java.util.Collections.shuffle(candidates, random);
		BitSet inTest = new BitSet();
		candidates.subList(0, heldOut).forEach(inTest::set);
		List<long[]> trainRows = new ArrayList<>(), testRows = new ArrayList<>();
		for (int r = 0; r < all.size(); r++) {
			(inTest.get(r) ? testRows : trainRows).add(all.get(r));
		}
		return split(trainRows, testRows);
	}

	private static Split split(List<long[]> trainRows, List<long[]> testRows) {
		EventLogBuilder b = EventLogBuilder.canonical();
		for (long[] r : trainRows) {
			b.add(Long.toString(r[0]), null, Long.toString(r[1]), EventType.RATE, r[3], r[2]);
		}
		EventLog log = b.build();
		TreeSet<Integer> viewers = new TreeSet<>();
		for (long[] r : testRows) {
			int v = log.viewers().indexOf(Long.toString(r[0]));
			if (v >= 0) {
				viewers.add(v);
			}
		}
		int[] testViewers = viewers.stream().mapToInt(Integer::intValue).toArray();
		BitSet[] seen = new BitSet[testViewers.length];
		for (int n = 0; n < testViewers.length; n++) {
			seen[n] = new BitSet();
		}
		for (int r = 0; r < log.size(); r++) {
			int n = Arrays.binarySearch(testViewers, log.viewer(r));
			if (n >= 0 && log.item(r) >= 0) {
				seen[n].set(log.item(r));
			}
		}
		return new Split(Dataset.of(log), testViewers, seen);
	}
}
