package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.headless.Cli;

/**
 * {@code compare … --resume} on the command line: an unfinished run's journal is finished with the uninterrupted run's
 * results, refused without {@code --resume}, and refused (exit 2, one line) when the data changed.
 */
class ResumeCommandTest {

	static List<String> compare(Path data, Path out, String... extra) {
		List<String> args = new ArrayList<>(List.of("compare", "--data", data.toString(), "--algorithms",
				"pop,random", "--protocol", "kfold:3", "--protocol-option", "relevant=purchase", "--metrics",
				"ndcg@5,recall@5", "--seed", "3", "--out", out.toString()));
		args.addAll(List.of(extra));
		return args;
	}

	@Test
	void anUnfinishedCompareIsResumedRefusedWithoutResumeAndRefusedOnOtherData(@TempDir Path dir) throws Exception {
		Path data = ReproducibleResultsTest.write(dir.resolve("events.csv"), ReproducibleResultsTest.rows());
		Path whole = dir.resolve("whole");
		CliFixture first = new CliFixture();
		assertEquals(Cli.OK, first.run(compare(data, whole).toArray(String[]::new)), first.err());
		List<String> journal = Files.readAllLines(whole.resolve("run.journal"), StandardCharsets.UTF_8);
		assertEquals(1 + 6 + 1, journal.size()); // header, 2 algorithms x 3 folds, end

		// what a kill -9 after three cells, in the middle of the fourth record, leaves
		Path killed = Files.createDirectories(dir.resolve("killed"));
		Files.writeString(killed.resolve("run.journal"), String.join("\n", journal.subList(0, 4)) + "\n" + journal
				.get(4).substring(0, 30), StandardCharsets.UTF_8);

		CliFixture fresh = new CliFixture();
		assertEquals(Cli.USAGE, fresh.run(compare(data, killed).toArray(String[]::new)));
		assertTrue(fresh.err().contains("holds the journal of an unfinished run") && fresh.err().contains(
				"--resume"), fresh.err());

		CliFixture resumed = new CliFixture();
		assertEquals(Cli.OK, resumed.run(compare(data, killed, "--resume").toArray(String[]::new)), resumed.err());
		assertTrue(resumed.err().contains("line 5 is truncated"), resumed.err());
		for (String f : List.of("results.csv", "per_unit.csv", "significance.csv", "results.tex")) {
			assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
		}
		assertEquals(8, Files.readAllLines(killed.resolve("run.journal")).size());

		// an unfinished run of the same command, resumed against changed data: refused, its journal untouched
		Path other = Files.createDirectories(dir.resolve("other"));
		Files.writeString(other.resolve("run.journal"), String.join("\n", journal.subList(0, 4)) + "\n");
		List<String> rows = new ArrayList<>(ReproducibleResultsTest.rows());
		rows.remove(0);
		ReproducibleResultsTest.write(data, rows);
		CliFixture changed = new CliFixture();
		assertEquals(Cli.USAGE, changed.run(compare(data, other, "--resume").toArray(String[]::new)));
		List<String> lines = changed.err().lines().filter(l -> l.startsWith("streamwise: ")).toList();
		assertEquals(1, lines.size(), changed.err());
		assertTrue(lines.get(0).contains("cannot resume from") && lines.get(0).contains("the data differ"), lines
				.get(0));
		assertEquals(journal.subList(0, 4), Files.readAllLines(other.resolve("run.journal")));
		try (var files = Files.list(other)) {
			assertEquals(List.of(other.resolve("run.journal")), files.toList());
		}
	}
}
