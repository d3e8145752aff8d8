package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.core.results.ProfileResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.headless.Cli;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.io.ModelIO;

class ProfileCommandTest {

	@Test
	void writesSegmentsBesideTheGroundTruthAndASummary(@TempDir Path tmp) throws Exception {
		Path data = tmp.resolve("market");
		CliFixture sim = new CliFixture();
		assertEquals(Cli.OK, sim.run("simulate", "--out", data.toString(), "--preset", "small", "--seed", "4"),
				sim.err());
		Path out = tmp.resolve("profile");
		CliFixture c = new CliFixture();
		int code = c.run("profile", "--data", data.toString(), "--k", "4", "--method", "clustream", "--seed", "2",
				"--out", out.toString());
		assertEquals(Cli.OK, code, c.err());
		assertTrue(c.out().contains("cluster-clustream-4") && c.out().contains("majority class"), c.out());
		Audience audience = ModelIO.load(out.resolve("audience.audience"), Audience.class);
		long clusters = audience.getSegments().stream().filter(s -> s.getRule().startsWith("cluster:clustream"))
				.count();
		long truth = audience.getSegments().stream().filter(s -> s.getRule().equals("ground-truth")).count();
		assertEquals(4, clusters);
		assertTrue(truth > 0, "the simulator's ground-truth segments are kept");
		JsonObject json = JsonParser.parseString(Files.readString(out.resolve("profile.json"))).getAsJsonObject();
		assertEquals(ProfileResults.FORMAT, json.get("format").getAsString());
		assertEquals(json.get("viewers_clustered").getAsInt(),
				ResultsJson.read(out.resolve("profile.json"), ProfileResults.class).viewersClustered());
		int sum = 0;
		for (var s : json.getAsJsonArray("segments")) {
			sum += s.getAsJsonObject().get("size").getAsInt();
		}
		assertEquals(json.get("viewers_clustered").getAsInt(), sum);
		assertTrue(json.getAsJsonObject("next_purchase").get("purchases").getAsLong() > 0);
	}

	@Test
	void wrongOptionsAreUsageErrorsAndNothingIsWritten(@TempDir Path tmp) {
		CliFixture c = new CliFixture();
		assertEquals(Cli.USAGE, c.run("profile", "--data", tmp.toString(), "--k", "4", "--method", "dbscan", "--out",
				tmp.resolve("out").toString()));
		assertTrue(c.err().contains("use kmeans or clustream"), c.err());
		CliFixture missing = new CliFixture();
		assertEquals(Cli.BAD_INPUT, missing.run("profile", "--data", tmp.resolve("nope").toString(), "--k", "4",
				"--out", tmp.resolve("out").toString()));
		assertFalse(Files.exists(tmp.resolve("out")));
	}
}
