package io.streamwise.flink;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real standalone Flink session cluster on localhost: a JobManager process
 * ({@code StandaloneSessionClusterEntrypoint}) and a TaskManager process ({@code TaskManagerRunner}) started from the
 * engine's jars with a configuration folder of their own, as Flink's scripts would start them. The TaskManager can
 * run in a mount namespace of its own in which one folder is an empty file system: a path the client writes but the
 * task manager cannot read, as on a cluster without a shared file system.
 */
final class LocalCluster implements AutoCloseable {

	final int restPort;
	private final Path engine;
	private final Path conf;
	private final Path logs;
	private final Process jobManager;
	private Process taskManager;

	/**
	 * @param hidden a folder the task manager sees empty (through {@code unshare -m} and a tmpfs), or null
	 */
	LocalCluster(Path engine, Path dir, int slots, Path hidden) throws IOException, InterruptedException {
		this.engine = engine;
		this.restPort = freePort();
		int rpcPort = freePort();
		conf = Files.createDirectories(dir.resolve("conf"));
		logs = Files.createDirectories(dir.resolve("logs"));
		// every memory size given, as Flink's start scripts compute and pass them: the processes start without them
		Files.writeString(conf.resolve("config.yaml"), String.join("\n", "jobmanager.rpc.address: localhost",
				"jobmanager.rpc.port: " + rpcPort, "jobmanager.bind-host: localhost", "rest.address: localhost",
				"rest.bind-address: localhost", "rest.port: " + restPort, "taskmanager.host: localhost",
				"taskmanager.bind-host: localhost", "taskmanager.numberOfTaskSlots: " + slots,
				"jobmanager.memory.process.size: 600m", "jobmanager.memory.heap.size: 256m",
				"jobmanager.memory.off-heap.size: 64m", "jobmanager.memory.jvm-metaspace.size: 192m",
				"jobmanager.memory.jvm-overhead.min: 88m", "jobmanager.memory.jvm-overhead.max: 88m",
				"taskmanager.cpu.cores: " + slots, "taskmanager.memory.framework.heap.size: 64m",
				"taskmanager.memory.task.heap.size: 512m", "taskmanager.memory.framework.off-heap.size: 64m",
				"taskmanager.memory.task.off-heap.size: 0m", "taskmanager.memory.managed.size: 0m",
				"taskmanager.memory.network.min: 32m", "taskmanager.memory.network.max: 32m",
				"taskmanager.memory.jvm-metaspace.size: 192m", "taskmanager.memory.jvm-overhead.min: 96m",
				"taskmanager.memory.jvm-overhead.max: 96m", "heartbeat.timeout: 15000", "heartbeat.interval: 3000",
				// a job whose task manager was killed waits this long for new slots before it fails (Flink: 5 min)
				"slot.request.timeout: 30000", "") + "\n", StandardCharsets.UTF_8);
		jobManager = start("org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint", "jobmanager",
				"-Xmx256m", null);
		startTaskManager(hidden);
		awaitTaskManagers(1);
	}

	/** Starts the task manager again (after {@link #killTaskManager()}). */
	void startTaskManager(Path hidden) throws IOException {
		taskManager = start("org.apache.flink.runtime.taskexecutor.TaskManagerRunner", "taskmanager", "-Xmx576m",
				hidden);
	}

	/** Kills the task manager's process at once, as a machine that dies. */
	void killTaskManager() throws InterruptedException {
		taskManager.destroyForcibly();
		taskManager.waitFor(30, TimeUnit.SECONDS);
	}

	/** Whether this machine can give a process a mount namespace of its own (root, or user namespaces). */
	static boolean canHideFolders() {
		try {
			Process p = new ProcessBuilder("unshare", "-m", "true").redirectErrorStream(true).start();
			return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	private Process start(String main, String name, String heap, Path hidden) throws IOException {
		List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				heap, "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
				"--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
				"--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
				"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.time=ALL-UNNAMED",
				"--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
				"--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "-cp",
				engine.resolve("lib") + "/*" + logging(), main, "--configDir", conf.toString()));
		List<String> command = new ArrayList<>();
		if (hidden != null) {
			Files.createDirectories(hidden);
			command.addAll(List.of("unshare", "-m", "sh", "-c",
					"mount -t tmpfs hidden \"$0\" && exec \"$@\"", hidden.toString()));
		}
		command.addAll(java);
		return new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(logs.resolve(name + ".log").toFile())
				.start();
	}

	/** The test's SLF4J binding, so that the processes' logs say what they did (empty when there is none). */
	private static String logging() {
		for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
			if (entry.contains("slf4j-simple")) {
				return java.io.File.pathSeparator + entry;
			}
		}
		return "";
	}

	/** Waits (up to two minutes: a loaded machine) until the REST address reports this many task managers. */
	void awaitTaskManagers(int count) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		String last = "";
		while (System.nanoTime() < deadline) {
			if (!jobManager.isAlive()) {
				throw new IOException("the job manager exited: " + log("jobmanager"));
			}
			if (!taskManager.isAlive()) {
				throw new IOException("the task manager exited with code " + taskManager.exitValue() + ": "
						+ log("taskmanager"));
			}
			try {
				last = get("/overview");
				if (last.contains("\"taskmanagers\":" + count + ",")) {
					return;
				}
			} catch (IOException e) {
				last = e.toString(); // not up yet
			}
			Thread.sleep(500);
		}
		throw new IOException("the cluster did not report " + count + " task manager(s) in 2 minutes: " + last + "\n"
				+ log("jobmanager") + "\n" + log("taskmanager"));
	}

	String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> r = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + restPort + path))
						.timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IOException("GET " + path + ": " + r.statusCode() + " " + r.body());
		}
		return r.body();
	}

	String log(String name) {
		try {
			String s = Files.readString(logs.resolve(name + ".log"));
			return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
		} catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		for (Process p : new Process[] { taskManager, jobManager }) {
			if (p != null) {
				p.descendants().forEach(ProcessHandle::destroy);
				p.destroy();
				if (!p.waitFor(20, TimeUnit.SECONDS)) {
					p.descendants().forEach(ProcessHandle::destroyForcibly);
					p.destroyForcibly();
				}
			}
		}
	}
}
