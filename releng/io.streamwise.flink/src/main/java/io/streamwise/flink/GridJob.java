package io.streamwise.flink;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.flink.api.common.functions.Partitioner;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import io.streamwise.core.experiment.GridCells;
import io.streamwise.stream.experiment.PartitionedPrequential;
import io.streamwise.stream.experiment.StreamExperimentJob;

/**
 * The child JVM of a run on Flink: {@code GridJob JOB_DIR ENGINE PARALLELISM [grid|prequential|stream]}. Runs the job
 * folder's cells (or the (learner, partition) tasks of a partitioned prequential evaluation) as one
 * bounded job, on a mini-cluster in this JVM ({@code flink-local}) or on a session cluster through its REST address
 * ({@code flink://HOST:PORT}, the job jar shipped with the job), and prints one line per finished cell as the results
 * arrive. SIGTERM cancels the job before the JVM exits. Lines on standard output start with {@value #MARKER}:
 * {@code job ID}, {@code cell JSON}, {@code input MESSAGE} (exit 3), {@code error MESSAGE} (exit 1).
 */
public final class GridJob {

	static final String MARKER = "streamwise-flink ";
	static final String JOB_JAR = "io.streamwise.flink-job.jar";
	private static final Pattern SLOTS_TOTAL = Pattern.compile("\"slots-total\"\\s*:\\s*(\\d+)");

	private GridJob() {
	}

	public static void main(String[] args) {
		PrintStream out = System.out;
		System.setOut(System.err); // only protocol lines on standard output; Flink's own prints go to the errors
		if (args.length != 3 && args.length != 4) {
			say(out, "error", "usage: GridJob JOB_DIR ENGINE PARALLELISM [grid|prequential|stream|aggregate]");
			System.exit(2);
		}
		System.exit(run(Path.of(args[0]), args[1], Integer.parseInt(args[2]), args.length == 4 ? args[3] : GRID,
				out));
	}

	static final String GRID = "grid", PREQUENTIAL = "prequential", STREAM = "stream", AGGREGATE = "aggregate";

	static int run(Path jobDir, String engine, int parallelism, String kind, PrintStream out) {
		if (kind.equals(AGGREGATE)) {
			return AggregateJob.run(jobDir, engine, parallelism, out);
		}
		int cells;
		int[] folds = null;
		try {
			if (kind.equals(PREQUENTIAL)) {
				cells = PartitionedPrequential.tasks(jobDir);
			} else if (kind.equals(STREAM)) {
				cells = StreamExperimentJob.tasks(jobDir);
			} else {
				GridCells.validate(jobDir, Components.registry());
				cells = GridCells.count(jobDir);
				folds = GridCells.folds(jobDir);
			}
		} catch (IllegalArgumentException e) {
			say(out, "input", e.getMessage() + " (on Flink: the algorithms of the engine's job jar)");
			return 3;
		} catch (IOException e) {
			say(out, "error", "cannot read the job folder " + jobDir + ": " + e.getMessage());
			return 1;
		}
		Configuration conf = new Configuration();
		// a lost task fails the job with its reason: a restart would run cells twice and repeat their answers
		conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
		StreamExecutionEnvironment env;
		if (engine.equals("flink-local")) {
			conf.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
			env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
		} else {
			URI address = URI.create("http://" + engine.substring("flink://".length()));
			String problem = clusterProblem(address, parallelism);
			if (problem != null) {
				say(out, "error", problem);
				return 1;
			}
			String jobJar = jobJar();
			if (jobJar == null) {
				say(out, "error", "cannot find the job jar " + JOB_JAR + " on the class path");
				return 1;
			}
			env = StreamExecutionEnvironment.createRemoteEnvironment(address.getHost(), address.getPort(), conf,
					jobJar);
			env.setParallelism(parallelism);
		}
		// one source hands out the cells; the tasks run them, each cell's answer travels back as it ends
		List<Integer> indices = IntStream.range(0, cells).boxed().toList();
		DataStream<Integer> source = env.fromData(indices).setParallelism(1).name("cells");
		DataStream<Integer> dealt;
		int[] foldOf = folds;
		int distinctFolds = folds == null ? 0 : (int) IntStream.of(folds).distinct().count();
		if (foldOf != null && distinctFolds >= parallelism && distinctFolds % parallelism == 0) {
			// whole folds to a task (fold f to task f mod p): each fold's training and test parts are built by one
			// task only, and every task gets as many folds, each with the same algorithms
			dealt = source.partitionCustom(new FoldPartitioner(), new FoldOf(foldOf));
		} else {
			dealt = source.rebalance(); // in turn: fewer folds than tasks, or folds that do not divide evenly
		}
		CloseableIterator<String> answers = dealt.map(new RunCell(jobDir.toAbsolutePath().toString(), kind))
				.setParallelism(parallelism).name("run cell").collectAsync();
		JobClient client;
		try {
			client = env.executeAsync("streamwise " + jobDir.getFileName());
		} catch (Exception e) {
			e.printStackTrace(); // the whole story for the child's standard error
			say(out, "error", "could not submit the job to " + engine + ": " + root(e));
			return 1;
		}
		Thread canceller = new Thread(() -> cancel(client, out), "streamwise flink cancel");
		Runtime.getRuntime().addShutdownHook(canceller);
		say(out, "job", client.getJobID().toString());
		int received = 0;
		try (answers) {
			while (answers.hasNext()) {
				say(out, "cell", answers.next());
				received++;
			}
			client.getJobExecutionResult().get();
		} catch (Exception e) {
			say(out, "error", "the Flink job failed after " + received + " of " + cells + " cells: " + root(e));
			return 1;
		} finally {
			try {
				Runtime.getRuntime().removeShutdownHook(canceller);
			} catch (IllegalStateException e) {
				// shutting down: the hook cancels
			}
		}
		return received == cells ? 0 : 1;
	}

	/** A cell's fold, by its index. */
	static final class FoldOf implements KeySelector<Integer, Integer> {
		private static final long serialVersionUID = 1L;
		private final int[] folds;

		FoldOf(int[] folds) {
			this.folds = folds;
		}

		@Override
		public Integer getKey(Integer index) {
			return folds[index];
		}
	}

	/** Fold f goes to task f modulo the tasks. */
	static final class FoldPartitioner implements Partitioner<Integer> {
		private static final long serialVersionUID = 1L;

		@Override
		public int partition(Integer fold, int tasks) {
			return Math.floorMod(fold, tasks);
		}
	}

	/** The job jar on this JVM's class path, shipped to the cluster with the job. */
	static String jobJar() {
		for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
			if (Path.of(entry).getFileName() != null && Path.of(entry).getFileName().toString().equals(JOB_JAR)) {
				return Path.of(entry).toAbsolutePath().toString();
			}
		}
		return null;
	}

	/** On SIGTERM: cancels the job where it runs and waits for that. */
	private static void cancel(JobClient client, PrintStream out) {
		try {
			client.cancel().get(20, TimeUnit.SECONDS);
			say(out, "cancelled", client.getJobID().toString());
		} catch (Exception e) {
			say(out, "error", "could not cancel the Flink job " + client.getJobID() + ": " + root(e));
		}
	}

	/**
	 * Why the cluster cannot take the job, or null: unreachable, or fewer task slots in all than the parallelism (Flink
	 * would wait minutes for slots that never come).
	 */
	static String clusterProblem(URI address, int parallelism) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String body;
		try {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(address.resolve("/overview"))
					.timeout(Duration.ofSeconds(20)).GET().build(),
					HttpResponse.BodyHandlers.ofString(
							StandardCharsets.UTF_8));
			if (r.statusCode() != 200) {
				return "the Flink cluster at " + address.getAuthority() + " answered " + r.statusCode() + " to GET"
						+ " /overview: is it a Flink REST address?";
			}
			body = r.body();
		} catch (IOException e) {
			return "cannot reach a Flink cluster at " + address.getAuthority() + " (" + root(e) + ")";
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted while reaching the Flink cluster at " + address.getAuthority();
		}
		Matcher m = SLOTS_TOTAL.matcher(body);
		if (!m.find()) {
			return "the Flink cluster at " + address.getAuthority() + " did not say how many task slots it has";
		}
		int slots = Integer.parseInt(m.group(1));
		if (slots < parallelism) {
			return "the Flink cluster at " + address.getAuthority() + " has " + slots + " task slot(s) in all;"
					+ " --parallelism " + parallelism + " needs " + parallelism;
		}
		return null;
	}

	/** The innermost cause, in one line. */
	static String root(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String m = t.getMessage();
		return (m == null || m.isBlank() ? t.getClass().getSimpleName()
				: t instanceof IOException && m.contains("task manager") ? m : t.getClass().getSimpleName() + ": " + m)
				.replaceAll("\\s*\\R\\s*", " ");
	}

	static void say(PrintStream out, String what, String text) {
		synchronized (out) {
			out.println(MARKER + what + " " + text.replaceAll("\\R", " "));
			out.flush();
		}
	}
}
