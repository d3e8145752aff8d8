package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.core.registry.AlgorithmSource;
import io.streamwise.headless.Cli;

/**
 * {@code streamwise algorithms} lists full ids, references and settings by key with type, default, bounds and
 * choices; an id claimed twice is reported by every command and recorded in results.json, which names the bundle of
 * each algorithm.
 */
class AlgorithmsListingTest {

	enum Shape {
		FLAT, STEEP
	}

	record Listed(
			@Setting(key = "neighbours", label = "Neighbours", description = "How many neighbours", defaultValue = "50", min = 1, max = 500) int neighbours,
			@Setting(key = "shape", label = "Shape", description = "The curve", defaultValue = "FLAT") Shape shape) {
	}

	static RecommenderFactory<Listed> listed(String id) {
		return new RecommenderFactory<>() {
			@Override
			public AlgorithmInfo info() {
				return new AlgorithmInfo(id, "Listed", "A listed algorithm.", "Author, Title, Venue 2024.",
						AlgorithmKind.RECOMMENDER);
			}

			@Override
			public Class<Listed> settingsType() {
				return Listed.class;
			}

			@Override
			public Recommender create(Listed settings) {
				return new Recommender() {
					@Override
					public void fit(Dataset train, TaskContext context) {
						context.monitor().checkCancelled();
					}

					@Override
					public void score(int viewer, float[] scores) {
						java.util.Arrays.fill(scores, 1f);
					}
				};
			}
		};
	}

	@Test
	void listsFullIdsReferencesAndSettingsByKeyWithTypeDefaultBoundsAndChoices() {
		String id = "com.example.a-rather-long-algorithm-id";
		CliFixture c = new CliFixture(List.of(listed(id)));
		assertEquals(Cli.OK, c.run("algorithms"), c.err());
		String out = c.out();
		assertTrue(out.lines().anyMatch(l -> l.startsWith(id + "  recommender  Listed")), out);
		assertTrue(out.contains("  reference: Author, Title, Venue 2024."), out);
		assertTrue(out.lines().anyMatch(l -> l.matches("  neighbours +int +50 +1 to 500 +How many neighbours")), out);
		assertTrue(out.lines().anyMatch(l -> l.matches("  shape +Shape +FLAT +one of FLAT, STEEP +The curve")), out);
		// settings by key, not as options: --set ID:KEY=VALUE sets them
		assertFalse(out.contains("--neighbours") || out.contains("--countedEvents"), out);
		assertTrue(out.contains("--set ID:KEY=VALUE"), out);
		assertTrue(out.lines().anyMatch(l -> l.matches("  countedEvents +String +click,cart,purchase,rate +- .*")),
				out);
		assertTrue(out.contains("  from: io.streamwise.algorithms "), out);
	}

	@Test
	void jsonIncludesChoicesBoundsAndTheBundle() {
		CliFixture c = new CliFixture(List.of(listed("com.example.listed")));
		assertEquals(Cli.OK, c.run("algorithms", "--json"), c.err());
		JsonArray all = JsonParser.parseString(c.out()).getAsJsonArray();
		JsonObject listed = null, pop = null;
		for (JsonElement e : all) {
			String id = e.getAsJsonObject().get("id").getAsString();
			listed = id.equals("com.example.listed") ? e.getAsJsonObject() : listed;
			pop = id.equals("pop") ? e.getAsJsonObject() : pop;
		}
		JsonObject shape = listed.getAsJsonArray("settings").get(1).getAsJsonObject();
		assertEquals("shape", shape.get("key").getAsString());
		assertEquals(List.of("FLAT", "STEEP"), shape.getAsJsonArray("choices").asList().stream()
				.map(JsonElement::getAsString).toList());
		JsonObject neighbours = listed.getAsJsonArray("settings").get(0).getAsJsonObject();
		assertEquals(1.0, neighbours.get("min").getAsDouble());
		assertEquals(500.0, neighbours.get("max").getAsDouble());
		assertEquals(0, neighbours.getAsJsonArray("choices").size());
		assertEquals("io.streamwise.algorithms", pop.get("bundle").getAsString());
		assertEquals(FrameworkUtil.getBundle(io.streamwise.algorithms.popularity.MostPopularFactory.class).getVersion()
				.toString(), pop.get("bundleVersion").getAsString());
	}

	/** A second factory with the id "pop": every command warns once, naming both bundles and the one used. */
	@Test
	void anIdClaimedTwiceIsReportedByEveryCommandAndInTheResults(@TempDir Path tmp) throws Exception {
		AlgorithmFactory<?> impostor = listed("pop");
		String used = FrameworkUtil.getBundle(io.streamwise.algorithms.popularity.MostPopularFactory.class)
				.getBundleId() < FrameworkUtil.getBundle(impostor.getClass()).getBundleId() ? "io.streamwise.algorithms"
						: "io.streamwise.headless";
		for (String[] command : new String[][] { { "algorithms" }, { "algorithms", "--json" }, { "help" },
				{ "compare", "--data", "simulator:small", "--algorithms", "pop",
						"--metrics", "ndcg@10", "--out", tmp.resolve("cmp").toString() },
				{ "run", tmp.resolve("cmp/compare.experiment").toString(), "--out",
						tmp.resolve("rerun").toString() } }) {
			CliFixture c = new CliFixture(List.of(impostor));
			int code = c.run(command);
			String err = c.err();
			assertTrue(err.contains("streamwise: warning: algorithm id 'pop' is claimed by ") && err.contains(
					"io.streamwise.algorithms") && err.contains("io.streamwise.headless")
					&& err.contains(used
							+ " "),
					String.join(" ", command) + " (exit " + code + "): " + err);
			// once per command: the run's own warnings (which results.json records) do not repeat it
			assertEquals(1, err.split("'pop' is claimed by", -1).length - 1, String.join(" ", command) + ": " + err);
		}
		JsonObject results = JsonParser.parseString(Files.readString(tmp.resolve("cmp/results.json")))
				.getAsJsonObject();
		JsonObject pop = results.getAsJsonObject("provenance").getAsJsonArray("algorithms").get(0).getAsJsonObject();
		assertEquals(used, pop.get("bundle").getAsString());
		boolean warned = false;
		for (JsonElement w : results.getAsJsonArray("warnings")) {
			warned |= w.getAsJsonObject().get("code").getAsString().equals("algorithm-id-claimed-twice")
					&& w.getAsJsonObject().get("reason").getAsString().contains("'pop'");
		}
		assertTrue(warned, results.getAsJsonArray("warnings").toString());
	}

	/** results.json names each algorithm's bundle, version and the SHA-256 of the jar it was installed from. */
	@Test
	void resultsNameTheBundleVersionAndJarHashOfEachAlgorithm(@TempDir Path tmp) throws Exception {
		Path exp = tmp.resolve("t.experiment");
		Files.writeString(exp, DataCommandsTest.experiment(
				"<dataset kind=\"SIMULATOR\"><options key=\"preset\" value=\"small\"/></dataset>", "pop"));
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("run", exp.toString(), "--out", tmp.resolve("out").toString()), c.err());
		JsonArray algorithms = JsonParser.parseString(Files.readString(tmp.resolve("out/results.json")))
				.getAsJsonObject().getAsJsonObject("provenance").getAsJsonArray("algorithms");
		JsonObject pop = algorithms.get(0).getAsJsonObject();
		assertEquals("a", pop.get("label").getAsString());
		assertEquals("io.streamwise.algorithms", pop.get("bundle").getAsString());
		AlgorithmSource source = AlgorithmSource.of(new io.streamwise.algorithms.popularity.MostPopularFactory());
		assertEquals(source.version(), pop.get("bundleVersion").getAsString());
		if (source.jar() != null && Files.isRegularFile(source.jar())) {
			java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
			String expected = java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(source.jar())));
			assertEquals(expected, pop.get("jarSha256").getAsString());
		} else {
			assertNull(pop.get("jarSha256"), "a bundle installed from a folder has no jar hash");
		}
	}
}
