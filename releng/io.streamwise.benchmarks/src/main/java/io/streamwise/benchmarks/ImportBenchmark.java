package io.streamwise.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.simulator.SimulatedDataset;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

/**
 * Measures event-log import against a bare FastCSV parse of the same file, and the heap the built log holds per
 * event. A plain harness rather than JMH: one measured operation takes seconds and allocates gigabytes, so warm-up
 * runs followed by repeated timed runs (median reported) give stable figures. Each run also gives the import's CPU
 * time and the cores it had: see {@link #processCpuNanos}.
 * <p>
 * Arguments: {@code --events=N --warmups=N --runs=N --dir=PATH}. With {@code --simulated-days=D} it measures instead
 * loading a {@code simulate} folder (the LARGE preset over D days, seed 1; 300 days is about 10 million events, made
 * once in the folder) against importing that folder's events.csv alone.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> opt = new HashMap<>();
		for (String a : args) {
			int eq = a.indexOf('=');
			opt.put(a.substring(2, eq), a.substring(eq + 1));
		}
		long events = Long.parseLong(opt.getOrDefault("events", "10000000"));
		int warmups = Integer.parseInt(opt.getOrDefault("warmups", "1"));
		int runs = Integer.parseInt(opt.getOrDefault("runs", "3"));
		Path dir = Path.of(opt.getOrDefault("dir", System.getProperty("java.io.tmpdir")));
		Files.createDirectories(dir);
		if (Integer.parseInt(opt.getOrDefault("simulated-days", "0")) > 0) {
			simulatedFolder(dir, Integer.parseInt(opt.get("simulated-days")), warmups, runs);
			return;
		}
		Path file = dir.resolve("events-" + events + ".csv");

		System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %,d MB%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		if (!Files.exists(file)) {
			long t = System.nanoTime();
			Path tmp = dir.resolve(file.getFileName() + ".tmp");
			EventFileGenerator.write(tmp, events, 20260301L);
			Files.move(tmp, file);
			System.out.printf(Locale.ROOT, "generated %s (%,d MB) in %.1f s%n", file, Files.size(file) >> 20,
					(System.nanoTime() - t) / 1e9);
		} else {
			System.out.printf(Locale.ROOT, "reusing %s (%,d MB)%n", file, Files.size(file) >> 20);
		}

		double[] bare = new double[runs], imp = new double[runs], cpu = new double[runs];
		for (int w = 0; w < warmups; w++) {
			bareParse(file);
			importLog(file);
		}
		for (int r = 0; r < runs; r++) { // alternate so that both see the same machine state
			bare[r] = bareParse(file);
			long cpuBefore = processCpuNanos();
			imp[r] = importLog(file);
			cpu[r] = (processCpuNanos() - cpuBefore) / 1e9;
			System.out.printf(Locale.ROOT, "run %d: bare FastCSV %.2f s, import %.2f s (%.2f s of CPU, %.2f cores)%n",
					r + 1, bare[r], imp[r], cpu[r], cpu[r] / imp[r]);
		}
		if (runs > 0) { // runs=0: only the memory figures (with a small -Xmx: does the import fit?)
			double bareMedian = median(bare), importMedian = median(imp);
			System.out.printf(Locale.ROOT, "bare FastCSV parse (every field as String): median %.2f s = %,.0f events/s%n",
					bareMedian, events / bareMedian);
			System.out.printf(Locale.ROOT, "CsvEventImporter.read (parse, validate, intern, sort): median %.2f s = "
					+ "%,.0f events/s%n", importMedian, events / importMedian);
			System.out.printf(Locale.ROOT, "ratio import/bare (throughput): %.2f%n", bareMedian / importMedian);
			double[] cores = new double[runs];
			Arrays.setAll(cores, r -> cpu[r] / imp[r]);
			System.out.printf(Locale.ROOT, "import CPU time: median %.2f s on %.2f cores%n", median(cpu), median(cores));
		}
		memory(file);
	}

	/**
	 * The process's CPU time: for an import, its two threads' and the collector's. They tell a slow import from a
	 * slow machine: a process holding one of two cores lowers the cores the import gets (the bare parse, on one
	 * thread, runs at full speed on the other), and a machine slowed in other ways raises its CPU time.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	/** Loading a simulate folder against importing its events.csv, alternated, medians and their ratio. */
	private static void simulatedFolder(Path dir, int days, int warmups, int runs) throws IOException {
		Path folder = dir.resolve("simulated-large-" + days + "d");
		if (!Files.exists(folder)) {
			long t = System.nanoTime();
			SimulatedMarket market = Simulator.run(SimulatorSettings.Size.LARGE.settings(Map.of("days",
					Integer.toString(days), "seed", "1")), ProgressMonitor.NULL);
			SimulationWriter.write(market, folder);
			System.out.printf(Locale.ROOT, "simulated %s in %.1f s%n", folder, (System.nanoTime() - t) / 1e9);
		}
		Path events = folder.resolve(SimulationWriter.EVENTS);
		System.out.printf(Locale.ROOT, "folder %s, events.csv %,d MB%n", folder, Files.size(events) >> 20);
		for (int w = 0; w < warmups; w++) {
			loadFolder(folder);
			importLog(events);
		}
		double[] load = new double[runs], imp = new double[runs];
		int size = 0;
		for (int r = 0; r < runs; r++) {
			long t = System.nanoTime();
			size = loadFolder(folder);
			load[r] = (System.nanoTime() - t) / 1e9;
			imp[r] = importLog(events);
			System.out.printf(Locale.ROOT, "run %d: SimulatedDataset.load %.2f s, CsvEventImporter.read %.2f s%n", r + 1,
					load[r], imp[r]);
		}
		if (runs > 0) {
			System.out.printf(Locale.ROOT, "%,d events: folder load median %.2f s, events.csv import median %.2f s,"
					+ " ratio load/import (time) %.2f%n", size, median(load), median(imp), median(load) / median(imp));
		}
	}

	private static int loadFolder(Path folder) throws IOException {
		Dataset data = SimulatedDataset.load(folder);
		if (data.log().size() == 0) {
			throw new IllegalStateException("nothing loaded");
		}
		return data.log().size();
	}

	/** Parses with FastCSV's own records, touching every field; returns seconds. */
	private static double bareParse(Path file) throws IOException {
		long t = System.nanoTime();
		long chars = 0, records = 0;
		try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
			for (CsvRecord rec : csv) {
				for (int i = 0; i < rec.getFieldCount(); i++) {
					chars += rec.getField(i).length();
				}
				records++;
			}
		}
		double s = (System.nanoTime() - t) / 1e9;
		if (records < 2 || chars == 0) {
			throw new IllegalStateException("nothing parsed");
		}
		return s;
	}

	private static double importLog(Path file) throws IOException {
		long t = System.nanoTime();
		EventImport imp = CsvEventImporter.read(file);
		double s = (System.nanoTime() - t) / 1e9;
		if (imp.log().size() == 0) {
			throw new IllegalStateException("nothing imported");
		}
		return s;
	}

	private static void memory(Path file) throws IOException {
		long before = usedAfterGc();
		resetPeaks();
		EventLog log = CsvEventImporter.read(file).log();
		long peak = heapPeaks();
		long after = usedAfterGc();
		int n = log.size();
		System.out.println(log);
		System.out.printf(Locale.ROOT, "retained heap of the log: %,d bytes = %.2f bytes/event%n", after - before,
				(double) (after - before) / n);
		System.out.printf(Locale.ROOT, "  columnBytes %.2f bytes/event, dictionaryBytes %.2f bytes/event (estimates)%n",
				(double) log.columnBytes() / n, (double) log.dictionaryBytes() / n);
		System.out.printf(Locale.ROOT, "peak heap during import (sum of pool peaks, upper bound): %,d MB%n",
				peak >> 20);
		Reference.reachabilityFence(log);
	}

	private static long usedAfterGc() {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 4; i++) { // repeat until the figure settles (finalisers, reference processing)
			System.gc();
			used = Math.min(used, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
		}
		return used;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
			if (p.getType() == MemoryType.HEAP) {
				p.resetPeakUsage();
			}
		}
	}

	private static long heapPeaks() {
		long sum = 0;
		for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
			if (p.getType() == MemoryType.HEAP) {
				sum += p.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	private static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}
}
