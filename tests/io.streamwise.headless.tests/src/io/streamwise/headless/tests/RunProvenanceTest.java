package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.headless.Cli;

/**
 * What {@code streamwise run} records about a run: the fields the workbench records too (its test is
 * ExperimentWorkbenchTest), with this command line as the origin.
 */
class RunProvenanceTest {

	/** The provenance fields every run records, whoever starts it (see ProvenanceBuilder.FIELDS). */
	static final List<String> FIELDS = List.of("streamwise.version", "origin", "command", "java.version", "java.vendor",
			"java.vm", "os", "processors", "maxHeapMB", "protocol", "finishedAt");

	@Test
	void runRecordsTheCompleteProvenanceWithItsCommandLine(@TempDir Path tmp) throws Exception {
		Path exp = tmp.resolve("t.experiment");
		Files.writeString(exp, DataCommandsTest.experiment(
				"<dataset kind=\"SIMULATOR\"><options key=\"preset\" value=\"small\"/></dataset>", "pop"));
		Path out = tmp.resolve("out");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("run", exp.toString(), "--out", out.toString()), c.err());
		JsonObject provenance = JsonParser.parseString(Files.readString(out.resolve("results.json")))
				.getAsJsonObject().getAsJsonObject("provenance");
		JsonObject env = provenance.getAsJsonObject("environment");
		for (String field : FIELDS) {
			assertTrue(env.has(field) && !env.get(field).getAsString().isBlank(), field + " in " + env);
		}
		assertEquals("command line", env.get("origin").getAsString());
		assertEquals("streamwise run " + exp + " --out " + out, env.get("command").getAsString());
		assertEquals("temporal:0.8", env.get("protocol").getAsString());
		assertTrue(env.get("algorithm:a").getAsString().startsWith("pop io.streamwise.algorithms "), env.toString());
		assertTrue(env.get("algorithm:r").getAsString().startsWith("random io.streamwise.algorithms "), env.toString());
		assertTrue(env.has("bundle:io.streamwise.core") && env.has("bundle:io.streamwise.headless"), env.toString());
		assertFalse(env.get("finishedAt").getAsString().compareTo(provenance.get("startedAt").getAsString()) < 0);
		assertEquals(4, provenance.get("seed").getAsLong());
		assertEquals(64, provenance.get("datasetSha256").getAsString().length());
	}
}
