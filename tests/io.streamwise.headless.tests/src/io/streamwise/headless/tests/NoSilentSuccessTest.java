package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.headless.Cli;

/**
 * Issue 10: every failure exits non-zero with one line on standard error, and a command writes its whole output folder
 * or nothing; keys and raw ids stay out of what it writes.
 */
class NoSilentSuccessTest {

	record None() {
	}

	/** A factory whose settings class cannot be loaded or whose fit throws the given error. */
	static RecommenderFactory<None> faulty(String id, Error inSettingsType, Error inFit) {
		return new RecommenderFactory<>() {
			@Override
			public AlgorithmInfo info() {
				return new AlgorithmInfo(id, id, "faulty on purpose", "", AlgorithmKind.RECOMMENDER);
			}

			@Override
			public Class<None> settingsType() {
				if (inSettingsType != null) {
					throw inSettingsType;
				}
				return None.class;
			}

			@Override
			public Recommender create(None settings) {
				return new Recommender() {
					@Override
					public void fit(Dataset train, TaskContext context) {
						if (inFit != null) {
							throw inFit;
						}
					}

					@Override
					public void score(int viewer, float[] scores) {
						java.util.Arrays.fill(scores, 0f);
					}
				};
			}
		};
	}

	static CliFixture with(AlgorithmFactory<?>... extra) {
		return new CliFixture(List.of(extra));
	}

	/** A small event log with e-mail addresses as viewer ids: the kind of id that must never be written raw. */
	static Path emailEvents(Path file, String badRow) throws Exception {
		StringBuilder sb = new StringBuilder("viewer,stream,item,type,timestamp,value\n");
		for (int v = 0; v < 14; v++) {
			for (int i = 0; i < 6; i++) {
				if ((v + i) % 3 != 0) {
					sb.append("viewer").append(v).append("@example.com,s1,item").append((v * i) % 9).append(",click,")
							.append(1772395200L + 60L * (v * 6 + i)).append(",\n");
				}
			}
		}
		sb.append(badRow);
		Files.writeString(file, sb.toString());
		return file;
	}

	@Test
	void anErrorEscapingACommandExitsNonZeroWithOneLineOnStandardError() {
		CliFixture c = with(faulty("broken-plugin", new NoClassDefFoundError("org/example/Gone"), null));
		assertEquals(Cli.FAILED, c.run("algorithms", "--json"));
		String err = c.err().trim();
		assertTrue(err.contains("NoClassDefFoundError") && err.contains("org/example/Gone"), err);
		assertFalse(err.contains("\n"), "one line: " + err);
		assertFalse(c.out().contains("\tat ") || c.err().contains("\tat "), c.out() + c.err());
	}

	@Test
	void outOfMemoryOutsideACellNamesTheHeapAndHowToRaiseIt() {
		CliFixture c = with(faulty("greedy", new OutOfMemoryError("Java heap space"), null));
		assertEquals(Cli.FAILED, c.run("algorithms"));
		assertTrue(c.err().contains("out of memory") && c.err().contains("STREAMWISE_VMARGS=-Xmx")
				&& c.err().contains(Long.toString(Runtime.getRuntime().maxMemory() >> 20) + " MB"), c.err());
	}

	@Test
	void errorsInACellFailThatCellOnly(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("cmp");
		CliFixture c = with(faulty("oom", null, new OutOfMemoryError("Java heap space")),
				faulty("deep", null, new StackOverflowError()));
		assertEquals(Cli.FAILED, c.run("compare", "--data", "simulator:small", "--algorithms", "pop,oom,deep",
				"--out", out.toString()), c.err());
		String json = Files.readString(out.resolve("results.json"));
		assertTrue(json.contains("OutOfMemoryError") && json.contains("STREAMWISE_VMARGS"), json);
		assertTrue(json.contains("StackOverflowError"), json);
		assertTrue(c.out().contains("pop"), c.out());
	}

	@Test
	void outPointingAtAFileOrUnderAFileIsAUsageErrorBeforeAnyWork(@TempDir Path tmp) throws Exception {
		Path file = Files.writeString(tmp.resolve("taken.txt"), "mine");
		Path exp = tmp.resolve("t.experiment");
		// the dataset does not exist: were the data loaded first, this would be a bad-input error (3)
		Files.writeString(exp, DataCommandsTest.experiment("<dataset kind=\"CSV\" location=\"missing.csv\"/>", "pop"));
		for (Path out : List.of(file, file.resolve("sub"))) {
			CliFixture c = new CliFixture();
			assertEquals(Cli.USAGE, c.run("run", exp.toString(), "--out", out.toString()), c.err());
			assertTrue(c.err().contains("--out") && c.err().contains(out.toString()), c.err());
			CliFixture s = new CliFixture();
			assertEquals(Cli.USAGE, s.run("simulate", "--out", out.toString(), "--preset", "small"), s.err());
		}
		assertEquals("mine", Files.readString(file));
	}

	@Test
	void aFolderThatIsNotAnOutputFolderIsNeverMovedAside(@TempDir Path tmp) throws Exception {
		Path project = Files.createDirectories(tmp.resolve("project"));
		Files.writeString(project.resolve("notes.txt"), "keep me");
		CliFixture c = new CliFixture();
		assertEquals(Cli.USAGE, c.run("compare", "--data", "simulator:small", "--algorithms", "pop", "--out",
				project.toString()), c.err());
		assertEquals("keep me", Files.readString(project.resolve("notes.txt")));
		assertEquals(1, listing(tmp).size(), listing(tmp).toString());
	}

	@Test
	void aFailedCompareWritesNothing(@TempDir Path tmp) throws Exception {
		Path data = Files.writeString(tmp.resolve("bad.csv"), "viewer,item\na,x\n"); // no timestamp column
		Path out = tmp.resolve("cmp");
		CliFixture c = new CliFixture();
		assertEquals(Cli.BAD_INPUT, c.run("compare", "--data", data.toString(), "--algorithms", "pop", "--out",
				out.toString()), c.err());
		assertFalse(Files.exists(out), "nothing is written on failure");
		assertEquals(List.of("bad.csv"), listing(tmp), "no staging folder or key left beside it");
	}

	@Test
	void aRerunKeepsThePreviousRunAsideAndRemovesStaleStaging(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("cmp");
		CliFixture first = new CliFixture();
		assertEquals(Cli.OK, first.run("compare", "--data", "simulator:small", "--algorithms", "pop,random",
				"--out", out.toString()), first.err());
		Files.writeString(out.resolve("my-notes.txt"), "from the first run");
		Path stale = Files.createDirectories(tmp.resolve(".cmp.partial-2147483646"));
		Files.writeString(stale.resolve("results.json"), "{");
		CliFixture second = new CliFixture();
		assertEquals(Cli.OK, second.run("compare", "--data", "simulator:small", "--algorithms", "pop", "--out",
				out.toString()), second.err());
		assertFalse(Files.exists(out.resolve("my-notes.txt")), "the new folder holds the new run only");
		assertFalse(Files.readString(out.resolve("results.csv")).contains("random"));
		List<String> names = listing(tmp);
		assertEquals(2, names.size(), names.toString());
		String previous = names.stream().filter(n -> n.startsWith("cmp.previous-")).findFirst().orElseThrow();
		assertEquals("from the first run", Files.readString(tmp.resolve(previous).resolve("my-notes.txt")));
		assertTrue(second.err().contains(previous), second.err());
	}

	@Test
	void compareKeepsThePseudonymKeyOutOfItsOutputAndSaysWhichKeyItUsed(@TempDir Path tmp) throws Exception {
		Path data = emailEvents(tmp.resolve("events.csv"), "");
		Path key = tmp.resolve("keys").resolve("study.key");
		Path out = tmp.resolve("cmp");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("compare", "--data", data.toString(), "--algorithms", "pop", "--protocol",
				"random:0.7", "--key-file", key.toString(), "--out", out.toString()), c.err());
		assertTrue(Files.isRegularFile(key));
		String hex = Files.readString(key).trim();
		assertFalse(Files.exists(out.resolve(".streamwise")));
		try (Stream<Path> files = Files.walk(out)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(f);
				assertFalse(text.contains(hex), f + " holds the key");
				assertFalse(text.contains("@example.com"), f + " holds a raw id");
			}
		}
		String json = Files.readString(out.resolve("results.json"));
		assertTrue(json.contains("\"pseudonymKey\"") && json.contains(key.toString().replace("\\", "\\\\")), json);
		assertTrue(c.out().contains(key.toString()), c.out());

		// without --key-file, in a project: the project's key, still not in --out
		Path project = Files.createDirectories(tmp.resolve("project").resolve(".streamwise")).getParent();
		Path out2 = project.resolve("results").resolve("cmp");
		CliFixture p = new CliFixture();
		assertEquals(Cli.OK, p.run("compare", "--data", data.toString(), "--algorithms", "pop", "--protocol",
				"random:0.7", "--out", out2.toString()), p.err());
		assertTrue(Files.isRegularFile(project.resolve(".streamwise/pseudonym.key")));
		assertFalse(Files.exists(out2.resolve(".streamwise")));
	}

	@Test
	void rejectedRowReportsArePseudonymised(@TempDir Path tmp) throws Exception {
		Path data = emailEvents(tmp.resolve("events.csv"), "alice@example.com,s1,item1,explode,1772395200,\n");
		Path rejected = tmp.resolve("rejected.csv");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("stats", "--data", data.toString(), "--max-rejected-share", "5%", "--rejected",
				rejected.toString()), c.err());
		String report = Files.readString(rejected);
		assertTrue(report.contains("explode"), report);
		assertFalse(report.contains("alice"), report);
		assertFalse(c.err().contains("alice"), c.err());

		CliFixture raw = new CliFixture();
		assertEquals(Cli.OK, raw.run("stats", "--data", data.toString(), "--raw-ids", "--max-rejected-share", "5%",
				"--rejected", rejected.toString()), raw.err());
		assertTrue(Files.readString(rejected).contains("alice@example.com"), "--raw-ids keeps them, as asked");
	}

	@Test
	void aFolderInTheSimulatorsLayoutIsSyntheticOnlyWhenItsFilesAreTheSimulatorsOwn(@TempDir Path tmp)
			throws Exception {
		Path sim = tmp.resolve("sim");
		assertEquals(Cli.OK, new CliFixture().run("simulate", "--out", sim.toString(), "--preset", "small"));
		CliFixture synthetic = new CliFixture();
		assertEquals(Cli.OK, synthetic.run("compare", "--data", sim.toString(), "--algorithms", "pop", "--out",
				tmp.resolve("a").toString()), synthetic.err());
		List<String> units = units(tmp.resolve("a/per_unit.csv"));
		assertFalse(units.isEmpty());
		assertTrue(units.stream().noneMatch(u -> u.startsWith("p:")), "signed simulator output keeps its ids");
		String firstViewer = Files.readAllLines(sim.resolve("events.csv")).get(1).split(",")[0];

		// real ids in the same layout: no longer the simulator's files, so they are pseudonymised
		Path events = sim.resolve("events.csv");
		Files.writeString(events, Files.readString(events).replace(firstViewer + ",", "alice@example.com,"));
		CliFixture real = new CliFixture();
		assertEquals(Cli.OK, real.run("compare", "--data", sim.toString(), "--algorithms", "pop", "--key-file",
				tmp.resolve("k.key").toString(), "--out", tmp.resolve("b").toString()), real.err());
		assertFalse(Files.readString(tmp.resolve("b/per_unit.csv")).contains("alice@example.com"));
		assertTrue(units(tmp.resolve("b/per_unit.csv")).stream().allMatch(u -> u.startsWith("p:")));
		assertTrue(real.out().contains("pseudonymised"), real.out());
	}

	@Test
	void outputFilesHonourTheUmask(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("cmp");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("compare", "--data", "simulator:small", "--algorithms", "pop", "--out",
				out.toString()), c.err());
		// a file created plainly gets the process's umask; the results must get the same
		Path probe = Files.createFile(tmp.resolve("probe"));
		String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
		for (String f : List.of("results.json", "results.csv", "per_unit.csv", "compare.experiment")) {
			assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(f))), f);
		}
	}

	/** The unit column of per_unit.csv: viewer ids for per-viewer metrics. */
	static List<String> units(Path perUnit) throws Exception {
		return Files.readAllLines(perUnit).stream().skip(1).map(l -> l.split(",")[4]).toList();
	}

	static List<String> listing(Path dir) throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
