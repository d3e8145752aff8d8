package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.headless.Cli;

/**
 * {@code streamwise package} and {@code streamwise verify}: a package of a small run on simulated data verifies as
 * reproduced, with and without its data; a changed data file, a changed setting (with and without the manifest's
 * hash brought along), a removed or an added file are all caught, naming the file; and every error path has its exit
 * code.
 */
class ReplicationPackageTest {

	@TempDir
	static Path shared;
	/** A simulate folder, and a compare of two algorithms on it. */
	static Path simulated, results;

	@BeforeAll
	static void run() {
		simulated = shared.resolve("sim");
		CliFixture sim = new CliFixture();
		assertEquals(Cli.OK, sim.run("simulate", "--preset", "small", "--seed", "2", "--out", simulated.toString()),
				sim.err());
		results = shared.resolve("results");
		CliFixture cmp = new CliFixture();
		assertEquals(Cli.OK, cmp.run("compare", "--data", simulated.toString(), "--algorithms", "pop,random", "--set",
				"pop:distinctViewers=true", "--protocol", "kfold:3", "--metrics", "ndcg@10,recall@10", "--seed", "5",
				"--out", results.toString()), cmp.err());
	}

	static CliFixture cli(int expected, String... args) {
		CliFixture c = new CliFixture();
		int code = c.run(args);
		assertEquals(expected, code, () -> String.join(" ", args) + "\nout: " + c.out() + "\nerr: " + c.err());
		return c;
	}

	static Map<String, byte[]> entries(Path zip) throws IOException {
		Map<String, byte[]> all = new LinkedHashMap<>();
		try (ZipFile f = new ZipFile(zip.toFile())) {
			for (ZipEntry e : java.util.Collections.list(f.entries())) {
				try (InputStream in = f.getInputStream(e)) {
					all.put(e.getName(), in.readAllBytes());
				}
			}
		}
		return all;
	}

	static Path write(Path zip, Map<String, byte[]> entries) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (var e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
		return zip;
	}

	static JsonObject manifest(Map<String, byte[]> entries) {
		return JsonParser.parseString(new String(entries.get("manifest.json"), StandardCharsets.UTF_8))
				.getAsJsonObject();
	}

	/** The entries with the manifest's SHA-256 and size of one file brought in line with its new bytes. */
	static Map<String, byte[]> rehashed(Map<String, byte[]> entries, String file) throws Exception {
		JsonObject m = manifest(entries);
		for (var f : m.getAsJsonArray("files")) {
			JsonObject o = f.getAsJsonObject();
			if (o.get("path").getAsString().equals(file)) {
				o.addProperty("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries
						.get(file))));
				o.addProperty("size", entries.get(file).length);
			}
		}
		Map<String, byte[]> out = new LinkedHashMap<>(entries);
		out.put("manifest.json", m.toString().getBytes(StandardCharsets.UTF_8));
		return out;
	}

	@Test
	void aPackageWithoutItsDataRecordsItAndVerifiesAsReproduced(@TempDir Path tmp) throws Exception {
		Path zip = tmp.resolve("run.zip");
		CliFixture p = cli(Cli.OK, "package", results.toString(), "--out", zip.toString());
		assertTrue(p.out().contains("not included"), p.out());
		Map<String, byte[]> entries = entries(zip);
		assertTrue(entries.keySet().containsAll(List.of("manifest.json", "README.md", "experiment.experiment",
				"results/results.json", "results/results.csv")), entries.keySet().toString());
		assertFalse(entries.keySet().stream().anyMatch(n -> n.startsWith("data/")), entries.keySet().toString());
		JsonObject m = manifest(entries);
		assertEquals("streamwise.replication-package", m.get("format").getAsString());
		assertEquals(1, m.get("formatVersion").getAsInt());
		JsonObject data = m.getAsJsonObject("data");
		assertFalse(data.get("included").getAsBoolean());
		assertEquals(simulated.toString(), data.get("root").getAsString());
		String resultsJson = Files.readString(results.resolve("results.json"));
		assertTrue(resultsJson.contains(data.get("sha256").getAsString()), "the data's SHA-256 is the run's");
		// every file of the package but the manifest is listed with its SHA-256
		assertEquals(entries.size() - 1, m.getAsJsonArray("files").size());
		var pop = m.getAsJsonArray("algorithms").get(0).getAsJsonObject();
		assertEquals("pop", pop.get("id").getAsString());
		assertEquals("true", pop.getAsJsonObject("settings").get("distinctViewers").getAsString());
		assertTrue(m.getAsJsonObject("environment").has("java.version"));
		assertTrue(new String(entries.get("README.md"), StandardCharsets.UTF_8).contains(
				"./streamwise verify run.zip --data DIR"));

		List<Path> before = verifyFolders();
		CliFixture v = cli(Cli.OK, "verify", zip.toString());
		assertTrue(v.out().contains("reproduced"), v.out());
		assertEquals(before, verifyFolders(), "the temporary folder is removed");

		// the data moved: not found is bad input naming the file; --data names where it is now
		Path moved = tmp.resolve("moved");
		copyFolder(simulated, moved);
		Path elsewhere = tmp.resolve("elsewhere.zip");
		Map<String, byte[]> relocated = new LinkedHashMap<>(entries);
		JsonObject mm = manifest(entries);
		mm.getAsJsonObject("data").addProperty("root", tmp.resolve("gone").toString());
		relocated.put("manifest.json", mm.toString().getBytes(StandardCharsets.UTF_8));
		write(elsewhere, relocated);
		CliFixture missing = cli(Cli.BAD_INPUT, "verify", elsewhere.toString());
		assertTrue(missing.err().contains(tmp.resolve("gone").resolve("events.csv").toString())
				&& missing.err().contains("--data"), missing.err());
		CliFixture found = cli(Cli.OK, "verify", elsewhere.toString(), "--data", moved.toString());
		assertTrue(found.out().contains("reproduced"), found.out());

		// data that is there but differs: said file by file, nothing re-run, exit 1
		Path events = moved.resolve("events.csv");
		List<String> lines = Files.readAllLines(events);
		Files.write(events, lines.subList(0, lines.size() - 1));
		CliFixture changed = cli(Cli.FAILED, "verify", elsewhere.toString(), "--data", moved.toString());
		assertTrue(changed.out().contains("data file sha256") && changed.out().contains(events.toString()), changed
				.out());
	}

	@Test
	void aPackageWithItsDataVerifiesWithoutTheOriginalAndCatchesATamperedDataFile(@TempDir Path tmp)
			throws Exception {
		Path zip = tmp.resolve("with-data.zip");
		CliFixture p = cli(Cli.OK, "package", results.toString(), "--out", zip.toString(), "--include-data");
		assertTrue(p.out().contains("included"), p.out());
		Map<String, byte[]> entries = entries(zip);
		for (String f : List.of("events.csv", "items.csv", "viewers.csv", "streams.csv", "showcases.csv",
				"simulation.json")) {
			assertTrue(entries.containsKey("data/" + f), f + " in " + entries.keySet());
			assertEquals(Files.readString(simulated.resolve(f)), new String(entries.get("data/" + f),
					StandardCharsets.UTF_8));
		}
		String experiment = new String(entries.get("experiment.experiment"), StandardCharsets.UTF_8);
		assertTrue(experiment.contains("location=\"data\""), experiment);

		// the re-run reads the packaged data: the original folder may be gone
		Path zipElsewhere = tmp.resolve("copy.zip");
		JsonObject m = manifest(entries);
		assertTrue(m.getAsJsonObject("data").get("included").getAsBoolean());
		m.getAsJsonObject("data").addProperty("root", tmp.resolve("nowhere").toString());
		Map<String, byte[]> moved = new LinkedHashMap<>(entries);
		moved.put("manifest.json", m.toString().getBytes(StandardCharsets.UTF_8));
		write(zipElsewhere, moved);
		CliFixture v = cli(Cli.OK, "verify", zipElsewhere.toString());
		assertTrue(v.out().contains("reproduced"), v.out());

		// one byte of a data file changed: caught by the manifest, naming the file
		Map<String, byte[]> tampered = new LinkedHashMap<>(entries);
		byte[] events = entries.get("data/events.csv").clone();
		events[events.length - 2] ^= 1;
		tampered.put("data/events.csv", events);
		CliFixture bad = cli(Cli.BAD_INPUT, "verify", write(tmp.resolve("tampered.zip"), tampered).toString());
		assertTrue(bad.err().contains("data/events.csv") && bad.err().contains("SHA-256"), bad.err());
	}

	@Test
	void aChangedSettingIsCaughtByTheManifestOrElseByTheReRun(@TempDir Path tmp) throws Exception {
		Path zip = tmp.resolve("run.zip");
		cli(Cli.OK, "package", results.toString(), "--out", zip.toString(), "--include-data");
		Map<String, byte[]> entries = entries(zip);
		String experiment = new String(entries.get("experiment.experiment"), StandardCharsets.UTF_8);
		String changed = experiment.replace("key=\"distinctViewers\" value=\"true\"",
				"key=\"distinctViewers\" value=\"false\"");
		assertNotEquals(experiment, changed);
		Map<String, byte[]> tampered = new LinkedHashMap<>(entries);
		tampered.put("experiment.experiment", changed.getBytes(StandardCharsets.UTF_8));

		// the manifest's hash left as it was: the package is bad, naming the file
		CliFixture bad = cli(Cli.BAD_INPUT, "verify", write(tmp.resolve("bad.zip"), tampered).toString());
		assertTrue(bad.err().contains("experiment.experiment") && bad.err().contains("was changed"), bad.err());

		// the hash brought along: only the re-run can tell, and it does, value by value
		CliFixture differs = cli(Cli.FAILED, "verify", write(tmp.resolve("rehashed.zip"), rehashed(tampered,
				"experiment.experiment")).toString());
		String out = differs.out();
		assertTrue(out.contains("what") && out.contains("packaged") && out.contains("re-run") && out.contains(
				"difference"), out);
		List<String> rows = out.lines().filter(l -> l.startsWith("value ") || l.startsWith("mean ")).toList();
		assertFalse(rows.isEmpty(), out);
		assertTrue(rows.stream().allMatch(l -> l.contains(" pop ")), "only pop's setting changed: " + out);
		assertTrue(differs.err().contains("not reproduced"), differs.err());
		assertFalse(out.contains("reproduced:"), out);

		// a tolerance wider than every difference takes them as equal
		CliFixture wide = cli(Cli.OK, "verify", tmp.resolve("rehashed.zip").toString(), "--tolerance", "1000000");
		assertTrue(wide.out().contains("reproduced"), wide.out());
	}

	@Test
	void aMissingOrUnlistedFileFailsNamingIt(@TempDir Path tmp) throws Exception {
		Path zip = tmp.resolve("run.zip");
		cli(Cli.OK, "package", results.toString(), "--out", zip.toString());
		Map<String, byte[]> entries = entries(zip);

		Map<String, byte[]> removed = new LinkedHashMap<>(entries);
		removed.remove("results/results.csv");
		CliFixture missing = cli(Cli.BAD_INPUT, "verify", write(tmp.resolve("removed.zip"), removed).toString());
		assertTrue(missing.err().contains("results/results.csv") && missing.err().contains("missing"), missing
				.err());

		Map<String, byte[]> noManifest = new LinkedHashMap<>(entries);
		noManifest.remove("manifest.json");
		CliFixture none = cli(Cli.BAD_INPUT, "verify", write(tmp.resolve("none.zip"), noManifest).toString());
		assertTrue(none.err().contains("manifest.json"), none.err());

		Map<String, byte[]> extra = new LinkedHashMap<>(entries);
		extra.put("results/extra.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
		CliFixture unlisted = cli(Cli.BAD_INPUT, "verify", write(tmp.resolve("extra.zip"), extra).toString());
		assertTrue(unlisted.err().contains("results/extra.csv") && unlisted.err().contains("not listed"), unlisted
				.err());

		Map<String, byte[]> escaping = new LinkedHashMap<>(entries);
		escaping.put("../outside.txt", new byte[] { 1 });
		CliFixture outside = cli(Cli.BAD_INPUT, "verify", write(tmp.resolve("escape.zip"), escaping).toString());
		assertTrue(outside.err().contains("../outside.txt"), outside.err());
		assertFalse(Files.exists(tmp.resolve("outside.txt")));
	}

	@Test
	void installedAlgorithmsThatDifferAreSaidAndAMissingOneStopsTheReRun(@TempDir Path tmp) throws Exception {
		Path zip = tmp.resolve("run.zip");
		cli(Cli.OK, "package", results.toString(), "--out", zip.toString());
		Map<String, byte[]> entries = entries(zip);

		// the package says pop came from another build: said, and the values decide
		JsonObject m = manifest(entries);
		JsonObject pop = m.getAsJsonArray("algorithms").get(0).getAsJsonObject();
		String installed = pop.get("bundleVersion").getAsString();
		pop.addProperty("bundleVersion", "9.9.9");
		Map<String, byte[]> other = new LinkedHashMap<>(entries);
		other.put("manifest.json", m.toString().getBytes(StandardCharsets.UTF_8));
		CliFixture v = cli(Cli.OK, "verify", write(tmp.resolve("other.zip"), other).toString());
		assertTrue(v.out().contains("differs from the package: algorithm pop (pop): version 9.9.9 packaged, "
				+ installed + " installed"), v.out());
		assertTrue(v.out().contains("reproduced"), v.out());

		// an algorithm that is not installed: nothing to re-run it with, exit 1 naming it
		pop.addProperty("id", "acme.gone");
		other.put("manifest.json", m.toString().getBytes(StandardCharsets.UTF_8));
		CliFixture gone = cli(Cli.FAILED, "verify", write(tmp.resolve("gone.zip"), other).toString());
		assertTrue(gone.err().contains("acme.gone") && gone.err().contains("not installed"), gone.err());
	}

	@Test
	void generatedDataIsRecordedBySettingsAndSeedAndRegenerated(@TempDir Path tmp) throws Exception {
		Path res = tmp.resolve("generated");
		cli(Cli.OK, "compare", "--data", "simulator:small", "--algorithms", "pop,random", "--protocol",
				"temporal:0.8", "--metrics", "ndcg@10", "--seed", "7", "--out", res.toString());
		Path zip = tmp.resolve("generated.zip");
		cli(Cli.OK, "package", res.toString(), "--out", zip.toString(), "--include-data");
		Map<String, byte[]> entries = entries(zip);
		assertFalse(entries.keySet().stream().anyMatch(n -> n.startsWith("data/")), entries.keySet().toString());
		JsonObject generator = manifest(entries).getAsJsonObject("data").getAsJsonObject("generator");
		assertEquals("small", generator.get("preset").getAsString());
		assertEquals("7", generator.get("seed").getAsString());
		CliFixture v = cli(Cli.OK, "verify", zip.toString(), "--tolerance", "0");
		assertTrue(v.out().contains("reproduced"), v.out());
	}

	@Test
	void errorsHaveTheirExitCodesAndLeaveNothingBehind(@TempDir Path tmp) throws Exception {
		// not a results folder: bad input naming results.json
		CliFixture empty = cli(Cli.BAD_INPUT, "package", Files.createDirectories(tmp.resolve("empty")).toString(),
				"--out", tmp.resolve("p.zip").toString());
		assertTrue(empty.err().contains("results.json"), empty.err());
		assertFalse(Files.exists(tmp.resolve("p.zip")));

		// an existing --out is never replaced
		Path existing = Files.writeString(tmp.resolve("existing.zip"), "keep");
		cli(Cli.USAGE, "package", results.toString(), "--out", existing.toString());
		assertEquals("keep", Files.readString(existing));

		// data changed since the run: refused before anything is written, naming the data
		Path sim = tmp.resolve("sim");
		copyFolder(simulated, sim);
		Path res = tmp.resolve("res");
		cli(Cli.OK, "compare", "--data", sim.toString(), "--algorithms", "pop", "--protocol", "temporal:0.8",
				"--metrics", "ndcg@10", "--out", res.toString());
		Files.writeString(sim.resolve("items.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
		Path out = Files.createDirectories(tmp.resolve("out"));
		CliFixture changed = cli(Cli.BAD_INPUT, "package", res.toString(), "--out", out.resolve("p.zip").toString(),
				"--include-data");
		assertTrue(changed.err().contains("changed since the run"), changed.err());
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of(), files.toList(), "nothing half-written");
		}

		cli(Cli.USAGE, "verify", tmp.resolve("any.zip").toString(), "--tolerance", "-1");
		CliFixture absent = cli(Cli.BAD_INPUT, "verify", tmp.resolve("absent.zip").toString());
		assertTrue(absent.err().contains("absent.zip") && absent.err().contains("not found"), absent.err());
		CliFixture notZip = cli(Cli.BAD_INPUT, "verify", existing.toString());
		assertTrue(notZip.err().contains("not a zip"), notZip.err());
	}

	/** The temporary folders verify works in. */
	static List<Path> verifyFolders() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("streamwise-verify-")).sorted().toList();
		}
	}

	static void copyFolder(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path f : files.toList()) {
				Files.copy(f, to.resolve(f.getFileName()));
			}
		}
	}
}
