package io.streamwise.flink;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import io.streamwise.api.data.EventType;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.FlinkAggregation;
import io.streamwise.core.experiment.FlinkAggregation.Answer;
import io.streamwise.core.experiment.FlinkAggregation.Plan;
import io.streamwise.core.experiment.FlinkAggregation.ReportJson;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.ImportOptions.EpochUnit;
import io.streamwise.core.io.ImportReport;
import io.streamwise.core.stats.DatasetStatistics;
import io.streamwise.recommenders.internal.NearestNeighbours;
import io.streamwise.recommenders.internal.SparseMatrix;

/**
 * The child's aggregation job ({@code GridJob JOB_DIR ENGINE P aggregate}): a CSV log read straight from its file in
 * pieces, never whole, counted into the statistics of {@code stats}, pop's popularity and ItemKNN's co-occurrence
 * counts, and the two models fitted from the counts. As one bounded batch job:
 * <ol>
 * <li>each task imports pieces of the file (byte ranges cut at line ends, the header put before each) with the
 * importer's own code, so that every row is checked and rejected as the embedded import does, and sends each viewer's
 * events of the piece, keyed by viewer;</li>
 * <li>the events of a viewer come together (Flink's sort-based shuffle, which spills to disk): exact duplicates are
 * removed across pieces and the viewer is counted (its events, types, items, streams, times, and the pairs of items it
 * shares with itself for ItemKNN);</li>
 * <li>each task adds up its viewers (a combiner) and the sums are merged by key.</li>
 * </ol>
 * This JVM then merges what remains (per-item counts and pair counts, per-piece import reports), computes the
 * statistics with {@link DatasetStatistics}'s own code, fits pop and ItemKNN's neighbours from the counts
 * ({@link NearestNeighbours#topKFromCounts}) and writes them to the job folder.
 */
final class AggregateJob {

	private AggregateJob() {
	}

	static int run(Path jobDir, String engine, int parallelism, PrintStream out) {
		Plan plan;
		try {
			plan = FlinkAggregation.readPlan(jobDir);
		} catch (IOException e) {
			GridJob.say(out, "error", "cannot read the job folder " + jobDir + ": " + e.getMessage());
			return 1;
		}
		Path file = Path.of(plan.file());
		Path resultDir = jobDir.resolve("result");
		try {
			Files.createDirectories(resultDir);
			Pieces.Setup setup = Pieces.setup(plan, file);
			if (setup.inputError() != null) {
				writeAnswer(resultDir, setup.inputError());
				GridJob.say(out, "cell", resultDir.toString());
				return 0;
			}
			long started = System.nanoTime();
			List<Tuple3<String, String, byte[]>> merged = execute(plan, setup, engine, parallelism, out);
			if (merged == null) {
				return 1;
			}
			long jobEnded = System.nanoTime();
			Answer answer = finish(plan, setup, merged, resultDir);
			if (answer.report != null) {
				answer.timings = new FlinkAggregation.Timings(setup.pieces(), parallelism, (jobEnded - started) / 1e9,
						importNanos / 1e9, countNanos / 1e9, (System.nanoTime() - jobEnded) / 1e9, pairCount);
			}
			writeAnswer(resultDir, answer);
		} catch (IOException | RuntimeException e) {
			e.printStackTrace();
			GridJob.say(out, "error", "the aggregation of " + plan.shownFile() + " failed: " + GridJob.root(e));
			return 1;
		}
		GridJob.say(out, "cell", resultDir.toString());
		return 0;
	}

	private static void writeAnswer(Path dir, Answer a) throws IOException {
		Files.writeString(dir.resolve(FlinkAggregation.RESULT), Answer.toJson(a), StandardCharsets.UTF_8);
	}

	/** Runs the job; the merged records, or null when it failed (said on out). */
	private static List<Tuple3<String, String, byte[]>> execute(Plan plan, Pieces.Setup setup, String engine,
			int parallelism, PrintStream out) {
		Configuration conf = new Configuration();
		conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
		// bounded input: sort-based shuffles that spill to disk, so that no task holds more than a piece
		conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.BATCH);
		StreamExecutionEnvironment env;
		if (engine.equals("flink-local")) {
			conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
			env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
		} else {
			URI address = URI.create("http://" + engine.substring("flink://".length()));
			String problem = GridJob.clusterProblem(address, parallelism);
			if (problem != null) {
				GridJob.say(out, "error", problem);
				return null;
			}
			String jobJar = GridJob.jobJar();
			if (jobJar == null) {
				GridJob.say(out, "error", "cannot find the job jar " + GridJob.JOB_JAR + " on the class path");
				return null;
			}
			env = StreamExecutionEnvironment.createRemoteEnvironment(address.getHost(), address.getPort(), conf,
					jobJar);
			env.setParallelism(parallelism);
		}
		List<Integer> pieces = IntStream.range(0, setup.pieces()).boxed().toList();
		SingleOutputStreamOperator<Tuple2<String, byte[]>> viewers = env.fromData(pieces).setParallelism(1)
				.name("pieces").rebalance().process(new Pieces.Import(plan, setup)).setParallelism(parallelism)
				.name("import piece");
		DataStream<Tuple3<String, String, byte[]>> reports = viewers.getSideOutput(Pieces.REPORTS);
		DataStream<Tuple3<String, String, byte[]>> counts = viewers.keyBy(t -> t.f0).reduce(Counting::concat)
				.name("events by viewer").fullWindowPartition().mapPartition(new Counting.PerTask(plan))
				.name("count viewers");
		CloseableIterator<Tuple3<String, String, byte[]>> answers;
		JobClient client;
		try {
			answers = counts.union(reports).keyBy(t -> t.f0 + '\u0001' + t.f1).reduce(Counting::merge)
					.name("merge counts").collectAsync();
			client = env.executeAsync("streamwise aggregate " + Path.of(plan.shownFile()).getFileName());
		} catch (Exception e) {
			e.printStackTrace();
			GridJob.say(out, "error", "could not submit the job to " + engine + ": " + GridJob.root(e));
			return null;
		}
		Thread canceller = new Thread(() -> {
			try {
				client.cancel().get(20, java.util.concurrent.TimeUnit.SECONDS);
			} catch (Exception e) {
				// exiting anyway
			}
		}, "streamwise flink cancel");
		Runtime.getRuntime().addShutdownHook(canceller);
		GridJob.say(out, "job", client.getJobID().toString());
		List<Tuple3<String, String, byte[]>> merged = new ArrayList<>();
		try (answers) {
			while (answers.hasNext()) {
				merged.add(answers.next());
			}
			client.getJobExecutionResult().get();
		} catch (Exception e) {
			GridJob.say(out, "error", "the Flink job failed: " + GridJob.root(e));
			return null;
		} finally {
			try {
				Runtime.getRuntime().removeShutdownHook(canceller);
			} catch (IllegalStateException e) {
				// shutting down: the hook cancels
			}
		}
		return merged;
	}

	/** Merges the job's records into the answer and writes the models. */
	/** The tasks' time importing and counting, summed by {@link #finish}. */
	private static long importNanos, countNanos, pairCount;

	static Answer finish(Plan plan, Pieces.Setup setup, List<Tuple3<String, String, byte[]>> records,
			Path resultDir) throws IOException {
		TreeMap<Integer, Pieces.PieceReport> byPiece = new TreeMap<>();
		long[] scalars = null;
		TreeMap<Integer, Long> histogram = new TreeMap<>();
		Map<String, long[]> items = new HashMap<>();
		List<Tuple3<String, String, byte[]>> pairs = new ArrayList<>();
		int streams = 0;
		pairCount = 0;
		importNanos = 0;
		for (Tuple3<String, String, byte[]> r : records) {
			switch (r.f0) {
			case Counting.REPORT -> byPiece.put(Integer.parseInt(r.f1), Pieces.PieceReport.decode(r.f2));
			case Counting.SCALARS -> scalars = Counting.longs(r.f2);
			case Counting.HISTOGRAM -> histogram.put(Integer.parseInt(r.f1), Counting.longs(r.f2)[0]);
			case Counting.ITEM -> items.put(r.f1, Counting.longs(r.f2));
			case Counting.STREAM -> streams++;
			case Counting.PAIR -> {
				pairs.add(r);
				pairCount++;
			}
			default -> throw new IllegalStateException("unknown record " + r.f0);
			}
		}
		Answer answer = new Answer();
		// the import report: pieces in file order, their lines made the file's
		ReportJson report = new ReportJson();
		long lineBase = 0;
		for (int p = 0; p < setup.pieces(); p++) {
			Pieces.PieceReport pr = byPiece.get(p);
			if (pr == null) {
				throw new IllegalStateException("piece " + p + " of " + setup.pieces() + " sent no report");
			}
			if (pr.inputError != null) {
				answer.inputError = pr.inputError;
				answer.inputErrorLine = pr.inputErrorLine == 0 ? 0 : lineBase + setup.fileLine(p, pr.inputErrorLine);
				answer.inputErrorColumn = pr.inputErrorColumn;
				return answer;
			}
			report.rowsRead += pr.rowsRead;
			report.rowsAccepted += pr.rowsAccepted;
			report.rejectedCount += pr.rejectedCount;
			for (int i = 0; i < pr.lines.size()
					&& report.rejectedLines.size() < ImportReport.MAX_KEPT_REJECTIONS; i++) {
				report.rejectedLines.add(new long[] { lineBase + setup.fileLine(p, pr.lines.get(i)) });
				report.rejectedText.add(pr.texts.get(i));
			}
			lineBase += pr.newlines;
			importNanos += pr.nanos;
		}
		if (setup.warning() != null) {
			report.warnings.add(setup.warning());
		}
		long events = scalars == null ? 0 : scalars[Counting.S_EVENTS];
		countNanos = scalars == null ? 0 : scalars[Counting.S_NANOS];
		report.duplicatesRemoved = report.rowsAccepted - events;
		answer.report = report;

		// the statistics, by DatasetStatistics' own code
		int activeViewers = 0;
		for (long v : histogram.values()) {
			activeViewers += (int) v;
		}
		int[] viewerCounts = new int[activeViewers];
		int k = 0;
		for (Map.Entry<Integer, Long> e : histogram.entrySet()) { // ascending counts
			for (long c = 0; c < e.getValue(); c++) {
				viewerCounts[k++] = e.getKey();
			}
		}
		int[] itemCounts = items.values().stream().mapToLong(v -> v[Counting.I_EVENTS]).filter(c -> c > 0)
				.mapToInt(c -> (int) c).sorted().toArray();
		Map<EventType, Long> byType = new EnumMap<>(EventType.class);
		for (EventType t : EventType.values()) {
			byType.put(t, scalars == null ? 0 : scalars[Counting.S_TYPES + t.code()]);
		}
		answer.statistics = scalars == null
				? DatasetStatistics.of(0, new int[0], new int[0], 0, byType, 0, 0, 0, 0, 0)
				: DatasetStatistics.of(events, viewerCounts, itemCounts, streams, byType, scalars[Counting.S_PAIRS],
						(int) scalars[Counting.S_VIEWERS_WITH_ITEMS], scalars[Counting.S_FIRST],
						scalars[Counting.S_LAST], scalars[Counting.S_ITEM_EVENTS]);

		// the models: items in the canonical order of an imported log (by their UTF-8 bytes)
		String[] ids = items.keySet().toArray(String[]::new);
		Arrays.sort(ids, AggregateJob::utf8Order);
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < ids.length; i++) {
			index.put(ids[i], i);
		}
		if (plan.pop() != null) {
			try (Writer w = Files.newBufferedWriter(resultDir.resolve(FlinkAggregation.POPULARITY))) {
				w.write("item,popularity\n");
				for (String id : ids) {
					w.write(csv(id) + "," + (float) items.get(id)[Counting.I_POP] + "\n");
				}
			}
		}
		if (plan.itemKnn() != null) {
			SparseMatrix nb = neighbours(plan, ids, index, items, pairs);
			try (Writer w = Files.newBufferedWriter(resultDir.resolve(FlinkAggregation.NEIGHBOURS))) {
				writeNeighbours(w, ids, nb);
			}
		}
		return answer;
	}

	/** ItemKNN's neighbours from the items' viewer counts and the pairs' shared counts. */
	private static SparseMatrix neighbours(Plan plan, String[] ids, Map<String, Integer> index,
			Map<String, long[]> items, List<Tuple3<String, String, byte[]>> pairs) {
		int n = ids.length;
		int[] rowLengths = new int[n];
		for (int i = 0; i < n; i++) {
			rowLengths[i] = (int) items.get(ids[i])[Counting.I_KNN_VIEWERS];
		}
		int[] degree = new int[n];
		int[][] pair = new int[pairs.size()][];
		int p = 0;
		for (Tuple3<String, String, byte[]> r : pairs) {
			String[] ab = Counting.splitPair(r.f1);
			int a = index.get(ab[0]), b = index.get(ab[1]);
			int count = (int) Counting.longs(r.f2)[0];
			pair[p++] = new int[] { a, b, count };
			degree[a]++;
			degree[b]++;
		}
		int[] start = new int[n + 1];
		for (int i = 0; i < n; i++) {
			start[i + 1] = start[i] + degree[i];
		}
		int[] fill = Arrays.copyOf(start, n);
		int[] partner = new int[start[n]], shared = new int[start[n]];
		for (int[] x : pair) {
			partner[fill[x[0]]] = x[1];
			shared[fill[x[0]]++] = x[2];
			partner[fill[x[1]]] = x[0];
			shared[fill[x[1]]++] = x[2];
		}
		return NearestNeighbours.topKFromCounts(rowLengths, start, partner, shared, plan.itemKnn().alpha(),
				plan.itemKnn().shrinkage(), plan.itemKnn().neighbours());
	}

	/** {@code item,neighbour,similarity}, each item's neighbours most similar first. */
	static void writeNeighbours(Writer w, String[] ids, SparseMatrix nb) throws IOException {
		w.write("item,neighbour,similarity\n");
		for (int i = 0; i < ids.length; i++) {
			for (int q = nb.start()[i]; q < nb.start()[i + 1]; q++) {
				w.write(csv(ids[i]) + "," + csv(ids[nb.index()[q]]) + "," + nb.value()[q] + "\n");
			}
		}
	}

	static String csv(String s) {
		return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
	}

	/** The order of ids in an imported log: by their UTF-8 bytes, unsigned. */
	static int utf8Order(String a, String b) {
		return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

	/** The import options every piece uses: the unit the file's head decided, no limit on rejections per piece. */
	static ImportOptions pieceOptions(Plan plan, EpochUnit unit) {
		return DatasetLoader.importOptions(plan.options()).withTimeUnit(unit).withMaxRejectedShare(1.0);
	}

	static CsvMapping mapping(Plan plan) {
		return DatasetLoader.mapping(plan.options());
	}

	/** Reads bytes [from, to) of a file. */
	static byte[] read(RandomAccessFile f, long from, long to) throws IOException {
		byte[] b = new byte[Math.toIntExact(to - from)];
		f.seek(from);
		f.readFully(b);
		return b;
	}

	static String lower(Enum<?> e) {
		return e.name().toLowerCase(Locale.ROOT);
	}

	static EventImport importFile(Path piece, Plan plan, EpochUnit unit) throws IOException {
		return CsvEventImporter.read(piece, mapping(plan), Pieces.ids(plan), pieceOptions(plan, unit),
				io.streamwise.api.progress.ProgressMonitor.NULL);
	}

	/** Thrown for bad input found while setting up. */
	static Answer inputError(ImportException e, Path pieceFile, long line) {
		Answer a = new Answer();
		String prefix = new ImportException(pieceFile, e.line(), e.column(), "").getMessage();
		a.inputError = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
		a.inputErrorLine = line;
		a.inputErrorColumn = e.column();
		return a;
	}
}
