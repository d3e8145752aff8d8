package io.streamwise.core.tests.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.experiment.RunJournal;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.run.ExperimentRunService;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.run.RunOutcome;
import io.streamwise.core.run.RunRequest;
import io.streamwise.core.tests.PlantedRecommenders;

/**
 * Issue 14, crash-safe runs: a run's journal keeps every finished cell, {@code --resume} computes only the others and
 * gives the uninterrupted run's results, a journal of other inputs is refused, and a damaged one is trusted only up to
 * its damage.
 */
class ResumeTest {

	/** Fits of the planted scorer; from {@link #stopAfter} on, a fit waits for cancellation (a cell taking minutes). */
	static final AtomicInteger FITS = new AtomicInteger();
	static volatile int stopAfter = Integer.MAX_VALUE;

	record Gain(@Setting(label = "gain", defaultValue = "1.0", min = 0) double gain) {
	}

	/** Scores from its cell's seed: a cell run with another seed would show in every metric. */
	static final RecommenderFactory<Gain> SCORER = PlantedRecommenders.factory("scorer", "Scorer", "seeded scores",
			Gain.class, settings -> new Recommender() {
				private long seed;

				@Override
				public void fit(Dataset data, TaskContext context) {
					if (FITS.incrementAndGet() > stopAfter) {
						while (!context.monitor().isCancelled()) { // a long loop that checks its monitor
							Thread.onSpinWait();
						}
						throw new CancelledException();
					}
					seed = context.seed();
				}

				@Override
				public void score(int viewer, float[] scores) {
					SplittableRandom r = new SplittableRandom(seed ^ viewer);
					for (int i = 0; i < scores.length; i++) {
						scores[i] = (float) (settings.gain() * r.nextDouble());
					}
				}
			});

	@BeforeEach
	void reset() {
		FITS.set(0);
		stopAfter = Integer.MAX_VALUE;
	}

	static ExperimentSpec spec(long seed) {
		return new ExperimentSpec("resume", "Resume", seed, new DatasetSpec(DatasetKind.CSV, "events.csv", null,
				Map.of("rawIds", "true")),
				new ProtocolSpec(ProtocolKind.KFOLD, 0.7, 3, Map.of("relevant",
						"purchase")),
				List.of(new AlgorithmSpec("a", "scorer", Map.of("gain", "1.0")), new AlgorithmSpec("b", "scorer",
						Map.of("gain", "2.0")), new AlgorithmSpec("o", "oracle", Map.of())),
				List.of("ndcg@5", "recall@5"));
	}

	static final List<String> WARNINGS = new ArrayList<>();

	static ExperimentRunService service() {
		return new ExperimentRunService(AlgorithmRegistry.of(List.of(SCORER,
				io.streamwise.core.tests.experiment.ExperimentRunnerTestAccess.oracle())), null, WARNINGS::add,
				Map.of());
	}

	static Path experiment(Path dir, long seed) throws IOException {
		if (!Files.exists(dir.resolve("events.csv"))) {
			ExperimentRunServiceTest.events(dir);
		}
		Path file = dir.resolve("resume.experiment");
		ExperimentFiles.write(spec(seed), file);
		return file;
	}

	static RunOutcome<ExperimentResult> run(Path dir, String out, boolean resume, ProgressMonitor monitor)
			throws IOException {
		RunRequest request = RunRequest.read(dir.resolve("resume.experiment"), dir.resolve(out), null,
				RunOrigin.commandLine(List.of("run", "resume.experiment", "--out", "x"))).resuming(resume);
		return service().run(request, monitor);
	}

	static List<String> journalLines(Path folder) throws IOException {
		return Files.readAllLines(folder.resolve(RunJournal.FILE), StandardCharsets.UTF_8);
	}

	static final List<String> SAME_BYTES = List.of(ResultsWriter.RESULTS_CSV, "per_unit.csv", "significance.csv",
			"results.tex", ExperimentRunService.EXPERIMENT_COPY);

	static void assertSameBytes(Path expected, Path actual, List<String> files) throws IOException {
		for (String f : files) {
			assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
		}
	}

	/** A journal of the uninterrupted run, cut to its header and first cells, into a folder of its own. */
	static Path journalWith(Path dir, Path complete, String out, int lines) throws IOException {
		Path folder = Files.createDirectories(dir.resolve(out));
		List<String> all = journalLines(complete);
		Files.write(folder.resolve(RunJournal.FILE), (String.join("\n", all.subList(0, lines)) + "\n").getBytes(
				StandardCharsets.UTF_8));
		return folder;
	}

	@Test
	void aRunStoppedAfterFourCellsResumesToTheUninterruptedResults(@TempDir Path dir) throws Exception {
		experiment(dir, 5);
		RunOutcome<ExperimentResult> whole = run(dir, "whole", false, ProgressMonitor.NULL);
		assertEquals(6, FITS.get());
		// header, 9 cells (3 algorithms x 3 folds), end; and the journal goes into the finished folder too
		List<String> lines = journalLines(whole.folder());
		assertEquals(11, lines.size());
		assertTrue(lines.get(10).contains("\"type\":\"end\""), lines.get(10));

		FITS.set(0);
		stopAfter = 3; // the 4th fit of a scorer (fold 1, b) takes "minutes" until cancelled
		ProgressMonitor cancelWhenStuck = ProgressMonitor.cancelledWhen(() -> FITS.get() > 3);
		assertThrows(CancelledException.class, () -> run(dir, "stopped", false, cancelWhenStuck));
		Path stopped = dir.resolve("stopped");
		// no results, only the journal: fold 0's three cells and fold 1's first
		try (Stream<Path> s = Files.list(stopped)) {
			assertEquals(List.of(RunJournal.FILE), s.map(p -> p.getFileName().toString()).toList());
		}
		assertEquals(5, journalLines(stopped).size());
		assertTrue(WARNINGS.stream().anyMatch(w -> w.contains("4 finished cell(s) are kept in")), WARNINGS
				.toString());
		try (Stream<Path> s = Files.list(dir)) {
			assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "a staging folder left");
		}

		// without --resume the unfinished journal is neither mixed in nor thrown away
		OutputFolder.UnusableException refused = assertThrows(OutputFolder.UnusableException.class, () -> run(dir,
				"stopped", false, ProgressMonitor.NULL));
		assertTrue(refused.getMessage().contains("--resume"), refused.getMessage());

		List<String> stoppedJournal = journalLines(stopped);
		FITS.set(0);
		stopAfter = Integer.MAX_VALUE;
		RunOutcome<ExperimentResult> resumed = run(dir, "stopped", true, ProgressMonitor.NULL);
		assertEquals(3, FITS.get(), "only the scorer's cells the journal lacks are fitted: fold 1 b, fold 2 a and b");
		assertNull(resumed.previous(), "the unfinished run's folder is replaced, not kept");
		assertSameBytes(whole.folder(), resumed.folder(), SAME_BYTES);
		assertEquals(whole.result().summary(), resumed.result().summary());
		assertEquals(whole.result().significance(), resumed.result().significance());
		// results.json: the same but for what is measured: the cells' costs, the start (that of the stopped run,
		// from the journal) and the run's seconds (and so its end)
		JsonObject a = json(whole.folder()), b = json(resumed.folder());
		JsonElement costsA = a.remove("costs"), costsB = b.remove("costs");
		for (int i = 0; i < 4; i++) { // the journal's four cells keep the cost measured when they ran
			JsonObject cost = costsB.getAsJsonArray().get(i).getAsJsonObject();
			JsonObject cell = JsonParser.parseString(stoppedJournal.get(1 + i).substring(9)).getAsJsonObject();
			JsonObject measured = null;
			for (JsonElement v : cell.getAsJsonArray("values")) {
				if (v.getAsJsonObject().get("segment").getAsString().equals("cost")) {
					measured = v.getAsJsonObject();
				}
			}
			assertEquals(cell.get("algorithm").getAsString(), cost.get("algorithm").getAsString());
			assertEquals(measured.getAsJsonArray("unitValues").get(0).getAsDouble(), cost.get("fitSeconds")
					.getAsDouble());
			assertEquals(measured.getAsJsonArray("unitValues").get(1).getAsDouble(), cost.get("scoreSeconds")
					.getAsDouble());
		}
		assertEquals(costsA.getAsJsonArray().size(), costsB.getAsJsonArray().size());
		JsonObject pa = a.getAsJsonObject("provenance"), pb = b.getAsJsonObject("provenance");
		assertEquals(JsonParser.parseString(stoppedJournal.get(0).substring(9)).getAsJsonObject().get("startedAt"),
				pb.get("startedAt"), "the start of the run that began the journal");
		for (JsonObject p : List.of(pa, pb)) {
			p.remove("startedAt");
			p.remove("seconds");
			p.getAsJsonObject("environment").remove("finishedAt");
		}
		assertEquals(a, b);
		// the finished folder holds the complete journal
		assertEquals(11, journalLines(resumed.folder()).size());
	}

	static JsonObject json(Path folder) throws IOException {
		return JsonParser.parseString(Files.readString(folder.resolve(ResultsWriter.RESULTS_JSON))).getAsJsonObject();
	}

	@Test
	void aProcessKilledDuringTheFinalWriteResumesToTheSameBytes(@TempDir Path dir) throws Exception {
		experiment(dir, 5);
		RunOutcome<ExperimentResult> whole = run(dir, "whole", false, ProgressMonitor.NULL);
		// what a kill -9 while the results were written leaves: the complete journal in the folder and a staging
		// folder of a dead process with half a results.json
		Path killed = journalWith(dir, whole.folder(), "killed", 11);
		Path staging = Files.createDirectories(dir.resolve(".killed.partial-2147483646-1"));
		Files.writeString(staging.resolve(ResultsWriter.RESULTS_JSON), "{\"format\":");
		FITS.set(0);
		RunOutcome<ExperimentResult> resumed = run(dir, "killed", true, ProgressMonitor.NULL);
		assertEquals(0, FITS.get());
		assertFalse(Files.exists(staging));
		List<String> all = new ArrayList<>(SAME_BYTES);
		all.addAll(List.of(ResultsWriter.RESULTS_JSON, ResultsWriter.COSTS_CSV, RunJournal.FILE));
		assertSameBytes(whole.folder(), killed, all); // every cell's cost, the start and the seconds from the journal
		assertEquals(killed, resumed.folder());

		// killed between setting the journal aside and moving the results into place: the journal is put back
		Path aside = Files.createDirectories(dir.resolve(".again.journal-2147483646-7"));
		Files.copy(whole.folder().resolve(RunJournal.FILE), aside.resolve(RunJournal.FILE));
		run(dir, "again", true, ProgressMonitor.NULL);
		assertEquals(0, FITS.get());
		assertSameBytes(whole.folder(), dir.resolve("again"), all);
		assertFalse(Files.exists(aside));
	}

	@Test
	void aDamagedTailIsDroppedAndItsCellsComputedAgain(@TempDir Path dir) throws Exception {
		experiment(dir, 5);
		RunOutcome<ExperimentResult> whole = run(dir, "whole", false, ProgressMonitor.NULL);
		List<String> lines = journalLines(whole.folder());

		// the last cell's record cut off mid-line (no end record yet): that one cell runs again
		Path cut = Files.createDirectories(dir.resolve("cut"));
		String text = String.join("\n", lines.subList(0, 9)) + "\n" + lines.get(9).substring(0, 40);
		Files.writeString(cut.resolve(RunJournal.FILE), text);
		FITS.set(0);
		WARNINGS.clear();
		RunOutcome<ExperimentResult> resumed = run(dir, "cut", true, ProgressMonitor.NULL);
		assertEquals(0, FITS.get(), "the last cell is the oracle's, fold 2");
		assertTrue(WARNINGS.stream().anyMatch(w -> w.contains("line 10 is truncated") && w.contains("1 record(s)")),
				WARNINGS.toString());
		assertSameBytes(whole.folder(), resumed.folder(), SAME_BYTES);
		assertEquals(11, journalLines(resumed.folder()).size());
		assertTrue(journalLines(resumed.folder()).stream().allMatch(ResumeTest::checksumMatches));

		// one changed digit in the third cell: its checksum fails; it and everything after it are recomputed
		Path flipped = Files.createDirectories(dir.resolve("flipped"));
		List<String> damaged = new ArrayList<>(lines.subList(0, 10));
		String third = damaged.get(3);
		int at = third.indexOf("\"value\":") + 9;
		char c = third.charAt(at);
		damaged.set(3, third.substring(0, at) + (c == '1' ? '2' : '1') + third.substring(at + 1));
		Files.writeString(flipped.resolve(RunJournal.FILE), String.join("\n", damaged) + "\n");
		FITS.set(0);
		WARNINGS.clear();
		resumed = run(dir, "flipped", true, ProgressMonitor.NULL);
		// lines 4..10 hold fold 0 o, folds 1 and 2: the scorers' four cells there are fitted again
		assertEquals(4, FITS.get());
		assertTrue(WARNINGS.stream().anyMatch(w -> w.contains("line 4 fails its checksum") && w.contains(
				"7 record(s)")), WARNINGS.toString());
		assertSameBytes(whole.folder(), resumed.folder(), SAME_BYTES);

		// a damaged header: nothing in the journal is trusted
		Path headless = Files.createDirectories(dir.resolve("headless"));
		Files.writeString(headless.resolve(RunJournal.FILE), "00000000" + lines.get(0).substring(8) + "\n" + String
				.join("\n", lines.subList(1, 10)) + "\n");
		FITS.set(0);
		resumed = run(dir, "headless", true, ProgressMonitor.NULL);
		assertEquals(6, FITS.get());
		assertSameBytes(whole.folder(), resumed.folder(), SAME_BYTES);
	}

	static boolean checksumMatches(String line) {
		CRC32 crc = new CRC32();
		crc.update(line.substring(9).getBytes(StandardCharsets.UTF_8));
		return Long.parseLong(line.substring(0, 8), 16) == crc.getValue();
	}

	@Test
	void aJournalOfAnotherExperimentDataOrAlgorithmIsRefused(@TempDir Path dir) throws Exception {
		experiment(dir, 5);
		RunOutcome<ExperimentResult> whole = run(dir, "whole", false, ProgressMonitor.NULL);
		Path partial = journalWith(dir, whole.folder(), "partial", 5);

		experiment(dir, 6); // another seed: another experiment
		OutputFolder.UnusableException e = assertThrows(OutputFolder.UnusableException.class, () -> run(dir,
				"partial", true, ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("the experiment differs") && e.getMessage().contains(partial.resolve(
				RunJournal.FILE).toString()), e.getMessage());

		experiment(dir, 5);
		Path events = dir.resolve("events.csv");
		String original = Files.readString(events);
		Files.writeString(events, original.replace("v3,s0,i3,click", "v3,s0,i4,click"));
		e = assertThrows(OutputFolder.UnusableException.class, () -> run(dir, "partial", true,
				ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("the data differ"), e.getMessage());
		Files.writeString(events, original);

		// another version of an algorithm: a hand-made header naming another jar, with its checksum
		List<String> lines = journalLines(partial);
		JsonObject header = JsonParser.parseString(lines.get(0).substring(9)).getAsJsonObject();
		String was = header.getAsJsonObject("algorithms").get("o").getAsString();
		header.getAsJsonObject("algorithms").addProperty("o", "oracle io.example.oracle 2.0.0 jar sha256 ab12");
		String json = header.toString();
		CRC32 crc = new CRC32();
		crc.update(json.getBytes(StandardCharsets.UTF_8));
		lines.set(0, String.format("%08x", crc.getValue()) + " " + json);
		Files.write(partial.resolve(RunJournal.FILE), (String.join("\n", lines) + "\n").getBytes(
				StandardCharsets.UTF_8));
		e = assertThrows(OutputFolder.UnusableException.class, () -> run(dir, "partial", true,
				ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("algorithm 'o' is " + was + " now, oracle io.example.oracle 2.0.0"),
				e.getMessage());
		// refused before anything was written: the journal is as it was
		assertEquals(lines, journalLines(partial));
		assertNotEquals(0, lines.size());
	}

	/** Started when the planted deaf cell is in its uninterruptible wait; counted down when it is interrupted. */
	static final java.util.concurrent.CountDownLatch DEAF_STARTED = new java.util.concurrent.CountDownLatch(1),
			DEAF_INTERRUPTED = new java.util.concurrent.CountDownLatch(1);

	/** A cell in a call that never looks at the monitor (as EASE's inversion): it ends only when interrupted. */
	static final RecommenderFactory<Gain> DEAF = PlantedRecommenders.factory("deaf", "Deaf", "ignores the monitor",
			Gain.class, settings -> new Recommender() {
				@Override
				public void fit(Dataset data, TaskContext context) {
					DEAF_STARTED.countDown();
					try {
						Thread.sleep(Long.MAX_VALUE);
					} catch (InterruptedException e) {
						DEAF_INTERRUPTED.countDown();
					}
				}

				@Override
				public void score(int viewer, float[] scores) {
					java.util.Arrays.fill(scores, 0f);
				}
			});

	/**
	 * Cancel stops the run even in a cell that never checks its monitor: the cell is abandoned (its thread
	 * interrupted), and the cells finished before stay in the journal.
	 */
	@Test
	void cancelAbandonsACellThatIgnoresTheMonitor(@TempDir Path dir) throws Exception {
		ExperimentRunServiceTest.events(dir);
		ExperimentSpec spec = new ExperimentSpec("deaf", "Deaf", 5, spec(5).dataset(), spec(5).protocol(), List.of(
				new AlgorithmSpec("a", "scorer", Map.of()), new AlgorithmSpec("d", "deaf", Map.of())),
				List.of(
						"ndcg@5"));
		Path file = dir.resolve("deaf.experiment");
		ExperimentFiles.write(spec, file);
		ExperimentRunService service = new ExperimentRunService(AlgorithmRegistry.of(List.of(SCORER, DEAF)), null,
				WARNINGS::add, Map.of());
		ProgressMonitor cancelOnceDeaf = ProgressMonitor.cancelledWhen(() -> DEAF_STARTED.getCount() == 0);
		assertThrows(CancelledException.class, () -> service.run(RunRequest.read(file, dir.resolve("out"), null,
				RunOrigin.workbench("test")), cancelOnceDeaf));
		assertTrue(DEAF_INTERRUPTED.await(60, java.util.concurrent.TimeUnit.SECONDS),
				"the abandoned cell's thread is interrupted");
		assertEquals(2, journalLines(dir.resolve("out")).size(), "the header and fold 0 of a");
	}

	@Test
	void aFreshRunBesideACompleteOneKeepsItAndResumeWithoutAJournalRunsEverything(@TempDir Path dir)
			throws Exception {
		experiment(dir, 5);
		RunOutcome<ExperimentResult> first = run(dir, "out", false, ProgressMonitor.NULL);
		byte[] firstJson = Files.readAllBytes(first.folder().resolve(ResultsWriter.RESULTS_JSON));
		RunOutcome<ExperimentResult> second = run(dir, "out", false, ProgressMonitor.NULL);
		assertTrue(second.previous() != null && second.previous().getFileName().toString().startsWith(
				"out.previous-"), String.valueOf(second.previous()));
		assertArrayEquals(firstJson, Files.readAllBytes(second.previous().resolve(ResultsWriter.RESULTS_JSON)));
		FITS.set(0);
		WARNINGS.clear();
		run(dir, "new", true, ProgressMonitor.NULL);
		assertEquals(6, FITS.get());
		assertTrue(WARNINGS.stream().anyMatch(w -> w.startsWith("nothing to resume")), WARNINGS.toString());
	}
}
