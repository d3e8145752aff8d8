package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.headless.Cli;

class CompareCommandTest {

	@Test
	void compareWritesAReproducibleExperimentAndEveryResultFile(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("cmp");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("compare", "--data", "simulator:small", "--algorithms", "pop,random", "--set",
				"pop:distinctViewers=true", "--protocol", "kfold:3", "--metrics", "ndcg@10,recall@10,coverage@10",
				"--seed", "4", "--out", out.toString()), c.err());
		for (String f : new String[] { "compare.experiment", "results.json", "results.csv", "costs.csv", "per_unit.csv",
				"significance.csv", "results.tex" }) {
			assertTrue(Files.exists(out.resolve(f)), f);
		}
		String json = Files.readString(out.resolve("results.json"));
		assertTrue(json.contains("\"protocol\": \"kfold\"") && json.contains("\"folds\": 3"), json);
		assertTrue(json.contains("\"test\": \"wilcoxon\"") && json.contains("\"distinctViewers\": \"true\""), json);
		assertTrue(c.out().contains("pop") && c.out().contains("ndcg@10"), c.out());

		// the saved experiment file repeats the comparison exactly
		Path again = tmp.resolve("again");
		CliFixture r = new CliFixture();
		assertEquals(Cli.OK, r.run("run", out.resolve("compare.experiment").toString(), "--out", again.toString()),
				r.err());
		// results.csv repeats byte for byte: the costs, which vary between runs, live in costs.csv
		assertEquals(Files.readString(out.resolve("results.csv")), Files.readString(again.resolve("results.csv")));
		assertTrue(Files.readAllLines(out.resolve("results.csv")).stream().noneMatch(l -> l.contains("Seconds")));
		// every completed cell's cost: one row per algorithm and fold
		List<String> costs = Files.readAllLines(out.resolve("costs.csv"));
		assertEquals("experiment,algorithm,fold,fit_seconds,score_seconds,peak_heap_mb", costs.get(0));
		assertEquals(1 + 2 * 3, costs.size(), costs.toString());
		assertTrue(json.contains("\"costs\"") && json.contains("\"fitSeconds\"") && json.contains("\"peakHeapMb\""),
				json);
		assertTrue(c.out().contains("fit s") && c.out().contains("score s") && c.out().contains("peak MB"), c.out());
		assertEquals(Files.readString(out.resolve("significance.csv")),
				Files.readString(again.resolve("significance.csv")));
	}

	@Test
	void streamSessionOnSimulatedDataUsesShowcases(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("s");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("compare", "--data", "simulator:small", "--algorithms", "pop", "--protocol",
				"stream-session:0.7", "--protocol-option", "sampledNegatives=20", "--metrics", "hit@5,rankauc",
				"--out", out.toString()), c.err());
		assertTrue(Files.readString(out.resolve("results.json")).contains("\"candidates\": \"showcase+sampled:20\""));
	}

	/** A value with commas is one value: relevant=purchase,cart judges on purchases and carts. */
	@Test
	void valuesWithCommasAreTakenWhole(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("c");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("compare", "--data", "simulator:small", "--algorithms", "pop", "--protocol-option",
				"relevant=purchase,cart", "--protocol-option", "excludeSeen=false", "--metrics", "recall@10", "--out",
				out.toString()), c.err());
		String experiment = Files.readString(out.resolve("compare.experiment"));
		assertTrue(experiment.contains("key=\"relevant\" value=\"purchase,cart\"")
				&& experiment.contains("key=\"excludeSeen\" value=\"false\""), experiment);
		assertTrue(Files.readString(out.resolve("results.json")).contains("\"relevant\": \"purchase,cart\""));
	}

	@Test
	void oldCommaSeparatedOptionsPointToTheNewOnes(@TempDir Path tmp) {
		CliFixture s = new CliFixture();
		assertEquals(Cli.USAGE, s.run("compare", "--data", "simulator:small", "--algorithms", "pop", "--settings",
				"pop.distinctViewers=true", "--out", tmp.resolve("a").toString()));
		assertTrue(s.err().contains("--set ALGORITHM:KEY=VALUE"), s.err());
		CliFixture p = new CliFixture();
		assertEquals(Cli.USAGE, p.run("compare", "--data", "simulator:small", "--algorithms", "pop",
				"--protocol-options", "relevant=purchase", "--out", tmp.resolve("b").toString()));
		assertTrue(p.err().contains("--protocol-option KEY=VALUE"), p.err());
	}

	@Test
	void badCommandLinesAreUsageErrorsAndWriteNothing(@TempDir Path tmp) {
		Path out = tmp.resolve("bad");
		String[][] bad = { { "--data", "simulator:small", "--algorithms", "pop", "--protocol", "sideways:1" },
				{ "--data", "simulator:small", "--algorithms", "pop", "--protocol", "temporal:1.5" },
				{ "--data", "simulator:small", "--algorithms", "nope" },
				{ "--data", "simulator:small", "--algorithms", "pop", "--set", "random:x=1" },
				{ "--data", "simulator:small", "--algorithms", "pop", "--set", "pop:x=1" },
				{ "--data", "simulator:small", "--algorithms", "pop", "--set", "pop:distinctViewers" },
				{ "--data", "simulator:small", "--algorithms", "pop", "--set", "pop:distinctViewers=true", "--set",
						"pop:distinctViewers=false" },
				{ "--data", "simulator:small", "--algorithms", "pop", "--settings", "pop.distinctViewers=true" },
				{ "--data", "simulator:small", "--algorithms", "pop", "--protocol-options", "relevant=purchase" },
				{ "--data", "simulator:small", "--algorithms", "pop", "--metrics", "ndcg" },
				{ "--data", "simulator:huge", "--algorithms", "pop" },
				{ "--algorithms", "pop" },
				{ "--data", "simulator:small", "--algorithms", "pop", "--protocol", "kfold:1" } };
		for (String[] args : bad) {
			String[] full = new String[args.length + 3];
			full[0] = "compare";
			System.arraycopy(args, 0, full, 1, args.length);
			full[args.length + 1] = "--out";
			full[args.length + 2] = out.toString();
			CliFixture c = new CliFixture();
			assertEquals(Cli.USAGE, c.run(full), String.join(" ", full) + ": " + c.err());
			assertFalse(Files.exists(out), String.join(" ", full));
		}
		CliFixture help = new CliFixture();
		assertEquals(Cli.OK, help.run("compare", "--help"));
		assertTrue(help.out().startsWith("Usage: streamwise compare") && help.out().contains("--data"), help.out());
	}

	/**
	 * Issue 11: compare reads data with the same options as stats. A semicolon file without header or type column:
	 * every row a purchase (--default-type), the e-mail ids kept (--raw-ids), as stats counts them.
	 */
	@Test
	void compareTakesEveryDataOptionOfStats(@TempDir Path tmp) throws Exception {
		StringBuilder rows = new StringBuilder();
		for (int v = 0; v < 12; v++) {
			for (int i = 0; i < 5; i++) {
				rows.append("viewer").append(v).append("@example.com;item").append((v + i * i) % 7).append(';')
						.append(1772395200L + 600L * (v * 5 + i)).append('\n');
			}
		}
		Path data = Files.writeString(tmp.resolve("purchases.csv"), rows.toString());
		List<String> dataOptions = List.of("--data", data.toString(), "--columns", "viewer,item,timestamp",
				"--separator", "semicolon", "--no-header", "--default-type", "purchase", "--raw-ids");
		CliFixture stats = new CliFixture();
		List<String> statsArgs = new java.util.ArrayList<>(List.of("stats", "--json"));
		statsArgs.addAll(dataOptions);
		assertEquals(Cli.OK, stats.run(statsArgs.toArray(String[]::new)), stats.err());
		assertTrue(stats.out().contains("\"viewers\": 12") && stats.out().contains("\"purchase\": 60"), stats.out());

		Path out = tmp.resolve("cmp");
		List<String> args = new java.util.ArrayList<>(List.of("compare", "--algorithms", "pop", "--protocol",
				"random:0.7", "--metrics", "recall@10", "--out", out.toString()));
		args.addAll(dataOptions);
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run(args.toArray(String[]::new)), c.err());
		String experiment = Files.readString(out.resolve("compare.experiment"));
		assertTrue(experiment.contains("key=\"defaultType\" value=\"purchase\"")
				&& experiment.contains("key=\"rawIds\" value=\"true\"")
				&& experiment.contains("key=\"header\" value=\"false\""), experiment);
		List<String> units = Files.readAllLines(out.resolve("per_unit.csv")).stream().skip(1)
				.map(l -> l.split(",")[4]).toList();
		assertFalse(units.isEmpty());
		assertTrue(units.stream().allMatch(u -> u.endsWith("@example.com")), units.toString());
		// and the saved experiment repeats it
		CliFixture again = new CliFixture();
		assertEquals(Cli.OK, again.run("run", out.resolve("compare.experiment").toString(), "--out",
				tmp.resolve("again").toString()), again.err());
		assertEquals(Files.readString(out.resolve("results.csv")), Files.readString(tmp.resolve("again/results.csv")));
	}
}
