package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.headless.Cli;

/** A pre-made train/test pair is evaluated on its own split, never silently re-split. */
class GivenSplitTest {

	/**
	 * Training: viewers a..f buy x and y; test: a..c buy z, earlier in time. The given split tests the three viewers
	 * a, b, c; a temporal split of the union would test on the last 20% of all events instead (viewers e and f).
	 */
	static void writePair(Path train, Path test) throws Exception {
		StringBuilder tr = new StringBuilder("viewer,stream,item,type,timestamp,value\n");
		long t = 1_772_395_100L;
		for (String v : new String[] { "a", "b", "c", "d", "e", "f" }) {
			tr.append(v).append(",s1,x,purchase,").append(t++).append(",1\n");
			tr.append(v).append(",s1,y,purchase,").append(t++).append(",1\n");
		}
		StringBuilder te = new StringBuilder("viewer,stream,item,type,timestamp,value\n");
		t = 1_772_395_000L;
		for (String v : new String[] { "a", "b", "c" }) {
			te.append(v).append(",s2,z,purchase,").append(t++).append(",1\n");
		}
		Files.writeString(train, tr);
		Files.writeString(test, te);
	}

	@Test
	void compareWithATrainTestPairUsesTheGivenSplitByDefault(@TempDir Path tmp) throws Exception {
		Path train = tmp.resolve("train.csv"), test = tmp.resolve("test.csv"), out = tmp.resolve("out");
		writePair(train, test);
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("compare", "--train", train.toString(), "--test", test.toString(), "--algorithms",
				"pop", "--metrics", "recall@10", "--out", out.toString()), c.err());
		assertTrue(Files.readString(out.resolve("compare.experiment")).contains("kind=\"GIVEN\""),
				Files.readString(out.resolve("compare.experiment")));
		String json = Files.readString(out.resolve("results.json"));
		assertTrue(json.contains("\"protocol\": \"given\""), json);
		// three test viewers (a, b, c), each judged on z: the given split's test part exactly
		assertTrue(json.contains("\"metric\": \"recall@10\"") && json.contains("\"n\": 3"), json);
	}

	@Test
	void aProtocolThatReSplitsAGivenPairIsRefused(@TempDir Path tmp) throws Exception {
		Path train = tmp.resolve("train.csv"), test = tmp.resolve("test.csv"), out = tmp.resolve("out");
		writePair(train, test);
		for (String protocol : new String[] { "temporal:0.8", "random:0.5", "kfold:3", "leave-last-out:1" }) {
			CliFixture c = new CliFixture();
			assertEquals(Cli.USAGE, c.run("compare", "--train", train.toString(), "--test", test.toString(),
					"--algorithms", "pop", "--protocol", protocol, "--out", out.toString()), c.err());
			String kind = protocol.substring(0, protocol.indexOf(':'));
			assertTrue(c.err().contains("train/test pair") && c.err().contains("protocol " + kind)
					&& c.err().contains("train.csv") && c.err().contains("use protocol given"), c.err());
			assertFalse(Files.exists(out), protocol);
		}
	}

	@Test
	void runRefusesAnExperimentThatReSplitsAPairNamingTheFileAndProtocol(@TempDir Path tmp) throws Exception {
		Path train = tmp.resolve("train.csv"), test = tmp.resolve("test.csv");
		writePair(train, test);
		Path exp = tmp.resolve("pair.experiment");
		Files.writeString(exp, DataCommandsTest.experiment(
				"<dataset kind=\"TRAIN_TEST\" location=\"train.csv\" testLocation=\"test.csv\"/>", "pop"));
		CliFixture c = new CliFixture();
		assertEquals(Cli.BAD_INPUT, c.run("run", exp.toString(), "--out", tmp.resolve("o").toString()), c.err());
		assertTrue(c.err().contains("pair.experiment") && c.err().contains("protocol temporal")
				&& c.err().contains("re-split"), c.err());
		assertFalse(Files.exists(tmp.resolve("o")));

		Path given = tmp.resolve("given.experiment");
		Files.writeString(given, DataCommandsTest.experiment(
				"<dataset kind=\"TRAIN_TEST\" location=\"train.csv\" testLocation=\"test.csv\"/>", "pop")
				.replace("kind=\"TEMPORAL\"", "kind=\"GIVEN\""));
		CliFixture ok = new CliFixture();
		assertEquals(Cli.OK, ok.run("run", given.toString(), "--out", tmp.resolve("o2").toString()), ok.err());
	}

	@Test
	void protocolGivenWithoutAPairIsAUsageErrorBeforeAnythingRuns(@TempDir Path tmp) throws Exception {
		Path data = tmp.resolve("events.csv"), out = tmp.resolve("out");
		Path train = tmp.resolve("train.csv");
		writePair(train, tmp.resolve("test.csv"));
		Files.copy(train, data);
		CliFixture c = new CliFixture();
		assertEquals(Cli.USAGE, c.run("compare", "--data", data.toString(), "--algorithms", "pop", "--protocol",
				"given", "--out", out.toString()), c.err());
		assertTrue(c.err().contains("protocol given") && c.err().contains("events.csv"), c.err());
		assertFalse(Files.exists(out));
	}
}
