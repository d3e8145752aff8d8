package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.algorithms.baseline.RandomRecommenderFactory;
import io.streamwise.algorithms.popularity.MostPopularFactory;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.headless.Cli;
import io.streamwise.recommenders.knn.ItemKnnFactory;

/**
 * Same experiment, same data, same seed: byte-identical results.csv, whatever the order of the file's rows and
 * whichever output folder and pseudonymisation key the run uses.
 */
class ReproducibleResultsTest {

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		AlgorithmRegistry registry = AlgorithmRegistry.of(List.of(new MostPopularFactory(),
				new RandomRecommenderFactory(), new ItemKnnFactory()));
		return new Cli(registry, Map.of("test", "true"), new PrintStream(new ByteArrayOutputStream(), true,
				StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	/**
	 * 120 viewers buying from 30 items on few distinct timestamps, so that popularity ties and timestamp ties abound;
	 * item popularity is planted by the viewer's number.
	 */
	static List<String> rows() {
		Random r = new Random(12);
		List<String> rows = new ArrayList<>();
		for (int v = 0; v < 120; v++) {
			int n = 3 + r.nextInt(6);
			for (int k = 0; k < n; k++) {
				int item = (v * 7 + k * k * 3 + r.nextInt(4)) % 30;
				String type = r.nextInt(4) == 0 ? "click" : "purchase";
				rows.add("u" + v + ",s" + r.nextInt(4) + ",p" + item + "," + type + ","
						+ (1_772_400_000L + r.nextInt(20) * 60)
						+ ",");
			}
		}
		return rows;
	}

	static Path write(Path file, List<String> rows) throws Exception {
		List<String> lines = new ArrayList<>();
		lines.add("viewer,stream,item,type,timestamp,value");
		lines.addAll(rows);
		Files.write(file, lines);
		return file;
	}

	String compare(Path data, Path out, String protocol, String options, String... extra) throws Exception {
		List<String> args = new ArrayList<>(List.of("compare", "--data", data.toString(), "--algorithms",
				"pop,itemknn,random", "--protocol", protocol, "--protocol-option", options, "--metrics",
				"precision@10,ndcg@10,recall@5", "--seed", "3", "--out", out.toString()));
		args.addAll(List.of(extra));
		assertEquals(Cli.OK, run(args.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
		return metricRows(out.resolve("results.csv"));
	}

	/** results.csv whole: byte for byte the same under the same seed (costs, which vary, are in costs.csv). */
	static String metricRows(Path csv) throws Exception {
		return Files.readString(csv);
	}

	@Test
	void permutedRowsGiveByteIdenticalResults(@TempDir Path tmp) throws Exception {
		List<String> rows = rows();
		Path original = write(tmp.resolve("events.csv"), rows);
		List<String> reversed = new ArrayList<>(rows);
		Collections.reverse(reversed);
		List<String> shuffled = new ArrayList<>(rows);
		Collections.shuffle(shuffled, new Random(99));
		for (String protocol : new String[] { "temporal:0.7", "random:0.8" }) {
			String expected = compare(original, tmp.resolve("o-" + protocol.replace(':', '_')), protocol,
					"excludeSeen=true");
			assertEquals(expected, compare(write(tmp.resolve("reversed.csv"), reversed),
					tmp.resolve("r-" + protocol.replace(':', '_')), protocol, "excludeSeen=true"),
					protocol + " reversed");
			assertEquals(expected, compare(write(tmp.resolve("shuffled.csv"), shuffled),
					tmp.resolve("s-" + protocol.replace(':', '_')), protocol, "excludeSeen=true"),
					protocol + " shuffled");
		}
	}

	@Test
	void anotherOutputFolderGivesByteIdenticalResults(@TempDir Path tmp) throws Exception {
		Path data = write(tmp.resolve("events.csv"), rows());
		Path first = tmp.resolve("first"), second = tmp.resolve("second");
		// a key of its own for each run (keys never live in output folders), so the viewers' pseudonyms differ; the
		// numbers must not
		String a = compare(data, first, "random:0.8", "sampledNegatives=10", "--key-file",
				tmp.resolve("first.key").toString());
		String b = compare(data, second, "random:0.8", "sampledNegatives=10", "--key-file",
				tmp.resolve("second.key").toString());
		assertNotEquals(Files.readString(tmp.resolve("first.key")), Files.readString(tmp.resolve("second.key")));
		assertEquals(a, b);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("warning: sampled-metrics"), err.toString());
	}

	@Test
	void randomPerViewerRunsFromTheCommandLineAndItsExperimentFile(@TempDir Path tmp) throws Exception {
		Path data = write(tmp.resolve("events.csv"), rows());
		Path out = tmp.resolve("rpv");
		String csv = compare(data, out, "random-per-viewer:8:1:1", "excludeSeen=true");
		String json = Files.readString(out.resolve("results.json"));
		assertTrue(json.contains("\"protocol\": \"random_per_viewer\"") && json.contains("\"validation\": \"0.1\""),
				json);
		assertTrue(json.contains("\"evaluatedUnits\""), json);
		Path again = tmp.resolve("again");
		assertEquals(Cli.OK, run("run", out.resolve("compare.experiment").toString(), "--out", again.toString()),
				err.toString(StandardCharsets.UTF_8));
		assertEquals(csv, metricRows(again.resolve("results.csv")));
	}
}
