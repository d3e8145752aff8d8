package io.streamwise.headless.tests;

import static io.streamwise.headless.tests.ReplicationPackageTest.cli;
import static io.streamwise.headless.tests.ReplicationPackageTest.entries;
import static io.streamwise.headless.tests.ReplicationPackageTest.manifest;
import static io.streamwise.headless.tests.ReplicationPackageTest.rehashed;
import static io.streamwise.headless.tests.ReplicationPackageTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import io.streamwise.headless.Cli;

/**
 * {@code streamwise package} and {@code verify} on a stream experiment's results: the stream file (or its SHA-256 and
 * folder), the learners with their MOA options, bundle, version and jar SHA-256, and a re-run through the stream
 * experiment's run path compared final value by final value and curve point by curve point.
 */
class StreamReplicationPackageTest {

	@TempDir
	static Path shared;
	static Path data, results;

	/** 1,200 rows: y = b iff x >= 0.5 for the first 600, the other way round after (a planted drift). */
	@BeforeAll
	static void run() throws Exception {
		data = Files.createDirectories(shared.resolve("stream"));
		SplittableRandom random = new SplittableRandom(11);
		StringBuilder csv = new StringBuilder("x,y\n");
		for (int i = 0; i < 1200; i++) {
			double x = random.nextDouble();
			csv.append(String.format(Locale.ROOT, "%.6f,%s%n", x, (x >= 0.5) ^ (i >= 600) ? "b" : "a"));
		}
		Files.writeString(data.resolve("flip.csv"), csv);
		Path file = data.resolve("flip.experiment");
		Files.writeString(file, StreamExperimentRunTest.EXPERIMENT.replace("GRACE", "50"));
		results = shared.resolve("results");
		cli(Cli.OK, "run", file.toString(), "--out", results.toString());
	}

	@Test
	void aPackageWithItsStreamReproducesAndRecordsTheLearners(@TempDir Path tmp) throws Exception {
		Path zip = tmp.resolve("stream.zip");
		CliFixture p = cli(Cli.OK, "package", results.toString(), "--out", zip.toString(), "--include-data");
		assertTrue(p.out().contains("2 algorithm(s)") && p.out().contains("included (1 file(s))"), p.out());
		Map<String, byte[]> entries = entries(zip);
		assertTrue(entries.keySet().containsAll(List.of("manifest.json", "README.md", "experiment.experiment",
				"results/results.json", "results/results.csv", "results/curves.csv", "data/flip.csv")), entries
						.keySet().toString());
		assertTrue(new String(entries.get("experiment.experiment"), StandardCharsets.UTF_8).contains(
				"location=\"data/flip.csv\""), "the packaged experiment reads the packaged stream");
		JsonObject m = manifest(entries);
		JsonObject d = m.getAsJsonObject("data");
		assertEquals("stream-file", d.get("kind").getAsString());
		assertTrue(d.get("included").getAsBoolean());
		var tree = m.getAsJsonArray("algorithms").get(0).getAsJsonObject();
		assertEquals("tree", tree.get("label").getAsString());
		assertEquals("moa", tree.get("id").getAsString());
		assertEquals("trees.HoeffdingTree", tree.getAsJsonObject("settings").get("learner").getAsString());
		assertEquals("50", tree.getAsJsonObject("settings").get("gracePeriod").getAsString());
		// the classifier's bundle: MOA's jar, with its version and SHA-256
		assertTrue(tree.get("bundle").getAsString().contains("moa"), tree.toString());
		assertEquals("2024.7.0", tree.get("bundleVersion").getAsString());
		assertEquals(64, tree.get("jarSha256").getAsString().length());
		assertNotNull(tree.get("jarNote"));

		CliFixture v = cli(Cli.OK, "verify", zip.toString());
		// 2 learners x (7+ final metrics, counts, drifts, 4 curve points x metrics): well over a hundred values
		var count = java.util.regex.Pattern.compile("reproduced: (\\d+) value").matcher(v.out());
		assertTrue(count.find() && Integer.parseInt(count.group(1)) > 100, v.out());

		// a changed byte in the stream: bad input naming the file
		Map<String, byte[]> changed = new LinkedHashMap<>(entries);
		byte[] bytes = changed.get("data/flip.csv").clone();
		int at = new String(bytes, StandardCharsets.UTF_8).indexOf(",a\n");
		bytes[at + 1] = 'b';
		changed.put("data/flip.csv", bytes);
		CliFixture bad = cli(3, "verify", write(tmp.resolve("changed-data.zip"), changed).toString());
		assertTrue(bad.err().contains("data/flip.csv") && bad.err().contains("was changed"), bad.err());
		// the same byte with the manifest's hash brought along: the re-run's values differ
		CliFixture rehashedData = cli(1, "verify", write(tmp.resolve("rehashed-data.zip"), rehashed(changed,
				"data/flip.csv")).toString());
		assertTrue(rehashedData.out().contains("data file sha256") || rehashedData.out().contains("data sha256"),
				rehashedData.out());
	}

	@Test
	void aChangedLearnerSettingIsCaughtWithTheLearnersValues(@TempDir Path tmp) throws Exception {
		Path zip = tmp.resolve("stream.zip");
		cli(Cli.OK, "package", results.toString(), "--out", zip.toString(), "--include-data");
		Map<String, byte[]> entries = new LinkedHashMap<>(entries(zip));
		String experiment = new String(entries.get("experiment.experiment"), StandardCharsets.UTF_8);
		String changed = experiment.replace("key=\"gracePeriod\" value=\"50\"", "key=\"gracePeriod\" value=\"10\"");
		assertFalse(changed.equals(experiment), experiment);
		entries.put("experiment.experiment", changed.getBytes(StandardCharsets.UTF_8));
		// the manifest's hash left stale: bad input naming the experiment
		CliFixture stale = cli(3, "verify", write(tmp.resolve("stale.zip"), entries).toString());
		assertTrue(stale.err().contains("experiment.experiment"), stale.err());
		// brought along: the re-run differs, for the tree only, in its curve points and final values
		CliFixture v = cli(1, "verify", write(tmp.resolve("changed.zip"), rehashed(entries, "experiment.experiment"))
				.toString());
		List<String> rows = v.out().lines().filter(l -> l.startsWith("curve ") || l.startsWith("final ")).toList();
		assertFalse(rows.isEmpty(), v.out());
		assertTrue(rows.stream().allMatch(l -> l.split("\\s+")[2].equals("tree")), v.out());
		assertTrue(rows.stream().anyMatch(l -> l.startsWith("curve ") && l.contains("at 250")), v.out());
		assertTrue(v.err().contains("not reproduced"), v.err());
	}

	@Test
	void withoutItsStreamThePackageRecordsTheFileAndNamesItWhenMoved(@TempDir Path tmp) throws Exception {
		Path zip = tmp.resolve("stream.zip");
		cli(Cli.OK, "package", results.toString(), "--out", zip.toString());
		Map<String, byte[]> entries = entries(zip);
		assertFalse(entries.containsKey("data/flip.csv"), entries.keySet().toString());
		JsonObject d = manifest(entries).getAsJsonObject("data");
		assertEquals(data.toString(), d.get("root").getAsString());
		assertEquals("flip.csv", d.get("location").getAsString());
		assertTrue(new String(entries.get("README.md"), StandardCharsets.UTF_8).contains("verify stream.zip --data"
				+ " DIR"));
		cli(Cli.OK, "verify", zip.toString());

		Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
		CliFixture missing = cli(3, "verify", zip.toString(), "--data", elsewhere.toString());
		assertTrue(missing.err().contains("flip.csv") && missing.err().contains("--data DIR"), missing.err());
		Files.copy(data.resolve("flip.csv"), elsewhere.resolve("flip.csv"));
		cli(Cli.OK, "verify", zip.toString(), "--data", elsewhere.toString());
	}

	@Test
	void prequentialCommandResultsNameWhatIsMissing(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("preq");
		cli(Cli.OK, "prequential", "--data", data.resolve("flip.csv").toString(), "--class", "y", "--learners",
				"bayes.NaiveBayes", "--out", out.toString());
		CliFixture p = cli(3, "package", out.toString(), "--out", tmp.resolve("p.zip").toString());
		assertTrue(p.err().contains("results.json") && p.err().contains("record no experiment"), p.err());
		assertFalse(Files.exists(tmp.resolve("p.zip")));
	}
}
