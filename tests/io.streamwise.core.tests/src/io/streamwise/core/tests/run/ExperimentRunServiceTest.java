package io.streamwise.core.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

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
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.run.ExperimentRunService;
import io.streamwise.core.run.ProvenanceBuilder;
import io.streamwise.core.run.RunInputException;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.run.RunOutcome;
import io.streamwise.core.run.RunRequest;

/**
 * The run service behind {@code streamwise run} and the workbench's Run: one output folder with results and the
 * experiment, and the same provenance fields whoever asks.
 */
class ExperimentRunServiceTest {

	/** A small CSV log: viewer v buys item v%5 in each of 6 streams, an hour apart. */
	static Path events(Path dir) throws IOException {
		StringBuilder sb = new StringBuilder("viewer,stream,item,type,timestamp,value\n");
		for (int s = 0; s < 6; s++) {
			for (int v = 0; v < 12; v++) {
				long t = 1_700_000_000L + s * 3600L + v;
				sb.append("v").append(v).append(",s").append(s).append(",i").append((v + s) % 5).append(",click,")
						.append(t).append(",\n");
				sb.append("v").append(v).append(",s").append(s).append(",i").append((v + s) % 5).append(",purchase,")
						.append(t + 30).append(",10\n");
			}
		}
		return Files.writeString(dir.resolve("events.csv"), sb);
	}

	static ExperimentSpec spec() {
		return new ExperimentSpec("svc", "Service", 5, new DatasetSpec(DatasetKind.CSV, "events.csv", null,
				Map.of("rawIds", "true")),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.7, 1, Map.of("relevant",
						"purchase")),
				List.of(new AlgorithmSpec("oracle", "oracle", Map.of())), List.of("ndcg@5"));
	}

	static ExperimentRunService service() {
		return new ExperimentRunService(AlgorithmRegistry.of(List.of(
				io.streamwise.core.tests.experiment.ExperimentRunnerTestAccess.oracle())), null, w -> {
				}, Map.of());
	}

	static RunOutcome<ExperimentResult> run(Path dir, String out, RunOrigin origin) throws IOException {
		Path file = dir.resolve("svc.experiment");
		ExperimentFiles.write(spec(), file);
		return service().run(RunRequest.read(file, dir.resolve(out), null, origin), ProgressMonitor.NULL);
	}

	static JsonObject environment(Path folder) throws IOException {
		JsonObject root = JsonParser.parseString(Files.readString(folder.resolve(ResultsWriter.RESULTS_JSON)))
				.getAsJsonObject();
		return root.getAsJsonObject("provenance").getAsJsonObject("environment");
	}

	@Test
	void theCommandLineAndTheWorkbenchRecordTheSameProvenanceFields(@TempDir Path dir) throws Exception {
		events(dir);
		RunOutcome<ExperimentResult> cli = run(dir, "cli", RunOrigin.commandLine(List.of("run", "svc.experiment",
				"--out", "my results")));
		RunOutcome<ExperimentResult> ui = run(dir, "ui", RunOrigin.workbench("Run /p/svc.experiment"));
		JsonObject a = environment(cli.folder()), b = environment(ui.folder());
		assertEquals(a.keySet(), b.keySet());
		for (String field : ProvenanceBuilder.FIELDS) {
			assertTrue(a.has(field), field);
			assertFalse(a.get(field).getAsString().isBlank(), field);
		}
		assertTrue(a.has(ProvenanceBuilder.ALGORITHM_PREFIX + "oracle"), a.toString());
		assertTrue(a.get(ProvenanceBuilder.ALGORITHM_PREFIX + "oracle").getAsString().startsWith("oracle "));
		assertTrue(a.has(ProvenanceBuilder.BUNDLE_PREFIX + "io.streamwise.core"), a.toString());
		assertEquals("temporal:0.7", a.get(ProvenanceBuilder.PROTOCOL).getAsString());
		assertEquals("command line", a.get(ProvenanceBuilder.ORIGIN).getAsString());
		assertEquals("streamwise run svc.experiment --out 'my results'",
				a.get(ProvenanceBuilder.COMMAND).getAsString());
		assertEquals("workbench", b.get(ProvenanceBuilder.ORIGIN).getAsString());
		Set<String> differ = new HashSet<>();
		for (String key : a.keySet()) {
			if (!a.get(key).equals(b.get(key))) {
				differ.add(key);
			}
		}
		differ.remove(ProvenanceBuilder.FINISHED_AT);
		assertEquals(Set.of(ProvenanceBuilder.ORIGIN, ProvenanceBuilder.COMMAND), differ);
		// start, seconds and end agree
		ExperimentResult.Provenance p = cli.result().provenance();
		assertEquals(Instant.parse(p.startedAt()).plusNanos(Math.round(p.seconds() * 1e9)),
				Instant.parse(a.get(ProvenanceBuilder.FINISHED_AT).getAsString()));
		// and the same numbers
		assertEquals(cli.result().summary(), ui.result().summary());
		assertTrue(Files.isRegularFile(cli.folder().resolve(ExperimentRunService.EXPERIMENT_COPY)));
		assertEquals(spec(), ExperimentFiles.read(cli.folder().resolve(ExperimentRunService.EXPERIMENT_COPY)));
	}

	@Test
	void badInputNamesTheFileAndLeavesNothing(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("svc.experiment"); // no events.csv beside it
		ExperimentFiles.write(spec(), file);
		RunInputException e = assertThrows(RunInputException.class, () -> service().run(RunRequest.read(file,
				dir.resolve("out"), null, RunOrigin.workbench("test")), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("events.csv"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("out")));
		Path broken = Files.writeString(dir.resolve("broken.experiment"), "<experiment");
		RunInputException unreadable = assertThrows(RunInputException.class, () -> RunRequest.read(broken,
				dir.resolve("out"), null, RunOrigin.workbench("test")));
		assertTrue(unreadable.getMessage().contains("broken.experiment"), unreadable.getMessage());
		ExperimentSpec wrong = new ExperimentSpec("svc", "Service", 5, spec().dataset(), new ProtocolSpec(
				ProtocolKind.TEMPORAL, 0.7, 2, Map.of()), spec().algorithms(), spec().metrics());
		RunInputException invalid = assertThrows(RunInputException.class, () -> service().validate(new RunRequest(
				wrong, file, "svc.experiment", dir.resolve("out"), null, RunOrigin.workbench("test"))));
		assertTrue(invalid.getMessage().startsWith("svc.experiment: ") && invalid.getMessage().contains("one fold"),
				invalid.getMessage());
	}

	@Test
	void aCancelledRunWritesNothingAndAKeyInsideTheOutputFolderIsRefused(@TempDir Path dir) throws Exception {
		events(dir);
		Path file = dir.resolve("svc.experiment");
		ExperimentFiles.write(spec(), file);
		assertThrows(CancelledException.class, () -> service().run(RunRequest.read(file, dir.resolve("out"), null,
				RunOrigin.workbench("test")), ProgressMonitor.cancelledWhen(() -> true)));
		assertFalse(Files.exists(dir.resolve("out")));
		ExperimentSpec keyed = new ExperimentSpec("svc", "Service", 5, new DatasetSpec(DatasetKind.CSV, "events.csv",
				null, Map.of()), spec().protocol(), spec().algorithms(), spec().metrics());
		assertThrows(OutputFolder.UnusableException.class, () -> service().run(new RunRequest(keyed, file, null,
				dir.resolve("out"), dir.resolve("out/key"), RunOrigin.workbench("test")), ProgressMonitor.NULL));
		assertFalse(Files.exists(dir.resolve("out")));
	}
}
