package io.streamwise.benchmarks.peers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import io.streamwise.recommenders.knn.ItemKnn;
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
 * Pareto activity, Zipf popularity; seed 100). The top-10 lists run in chunks of 16 viewers on the same number of
 * threads, as the evaluation loop does; the lists' checksum shows that results do not depend on the thread count.
 * <p>
 * Reported per run: wall seconds, CPU seconds of the whole process (all threads, JIT compiler and GC included) and of
 * the calling thread, for the fit and the top-10 loop.
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
			runChild(at[0], Integer.parseInt(at[1]), warm, train, test);
			return;
		}
		System.out.println("load average at start: " + loadAverage());
		for (String algorithm : algorithms) {
			for (int t : threads) {
				List<String> command = new ArrayList<>(List.of(
						Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms" + heap,
						"-Xmx" + heap, "-cp", System.getProperty("java.class.path"), KnnBenchmark.class.getName(),
						"--child=" + algorithm + ":" + t, "--warm=" + warm));
				if (train != null) {
					command.add("--train=" + train);
					command.add("--test=" + test);
				}
				Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
				try (BufferedReader r = new BufferedReader(
						new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
					r.lines().forEach(System.out::println);
				}
				if (p.waitFor() != 0) {
					System.err.println(algorithm + " on " + t + " threads failed");
					System.exit(1);
				}
			}
		}
		System.out.println("load average at end: " + loadAverage());
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

	private static void runChild(String algorithm, int threads, int warm, String train, String test)
			throws IOException {
		Split split = train == null ? synthetic() : read(Path.of(train), Path.of(test));
		EventLog log = split.train.log();
		String source = train == null ? "synthetic u1-shaped split (seed 100)" : train;
		for (int run = 0; run <= warm; run++) {
			Recommender rec = create(algorithm, threads);
			Times fit = Times.start();
			rec.fit(split.train, TaskContext.of(1));
			fit.stop();
			Times top = Times.start();
			long checksum = topK(rec, split, log.items().size(), threads);
			top.stop();
			System.out.printf(Locale.ROOT,
					"%-8s threads=%d %-5s fit wall %.3f cpu %.3f thread %.3f | top-%d for %d wall %.3f cpu %.3f thread %.3f | total wall %.3f cpu %.3f | lists %016x (%s)%n",
					algorithm, threads, run == 0 ? "cold" : "warm" + run, fit.wall, fit.cpu, fit.thread, K,
					split.testViewers.length, top.wall, top.cpu, top.thread, fit.wall + top.wall, fit.cpu + top.cpu,
					checksum, source);
		}
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
		try (ParallelChunks parallel = new ParallelChunks(rec.concurrentScoring() ? threads : 1, "benchmark")) {
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

	/** Wall, process CPU and calling-thread CPU seconds of one step. */
	private static final class Times {
		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
		private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
				.getOperatingSystemMXBean();
		long wall0, cpu0, thread0;
		double wall, cpu, thread;

		static Times start() {
			Times t = new Times();
			t.wall0 = System.nanoTime();
			t.cpu0 = OS.getProcessCpuTime();
			t.thread0 = THREADS.getCurrentThreadCpuTime();
			return t;
		}

		void stop() {
			wall = (System.nanoTime() - wall0) / 1e9;
			cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
			thread = (THREADS.getCurrentThreadCpuTime() - thread0) / 1e9;
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
		Random random = new Random(100);
		int viewers = 943, items = 1682, ratings = 100_000;
		double[] raw = new double[viewers];
		double sum = 0;
		for (int u = 0; u < viewers; u++) {
			raw[u] = Math.pow(1 - random.nextDouble(), -1 / 1.2); // Pareto(1.2)
			sum += raw[u];
		}
		int[] degree = new int[viewers];
		int total = 0;
		for (int u = 0; u < viewers; u++) {
			degree[u] = Math.min(737, 20 + (int) ((ratings - 20 * viewers) * raw[u] / sum));
			total += degree[u];
		}
		while (total < ratings) {
			int u = random.nextInt(viewers);
			if (degree[u] < 737) {
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
		// test: 20,000 rows drawn from the first 459 viewers' rows
		List<Integer> candidates = new ArrayList<>();
		for (int r = 0; r < all.size(); r++) {
			if (all.get(r)[0] <= 459) {
				candidates.add(r);
			}
		}
		java.util.Collections.shuffle(candidates, random);
		BitSet inTest = new BitSet();
		candidates.subList(0, 20_000).forEach(inTest::set);
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
