package io.streamwise.core.tests.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.simulator.SimulatedDataset;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

class SimulationWriterTest {

	private static SimulatedMarket small(long seed) {
		return Simulator.run(SimulatorSettings.Size.SMALL.settings(Map.of("seed", Long.toString(seed))),
				ProgressMonitor.NULL);
	}

	@Test
	void sameSeedGivesIdenticalFilesOtherSeedOtherEvents(@TempDir Path tmp) throws IOException {
		SimulationWriter.write(small(1), tmp.resolve("a"));
		SimulationWriter.write(small(1), tmp.resolve("b"));
		SimulationWriter.write(small(2), tmp.resolve("c"));
		for (String f : SimulationWriter.FILES) {
			assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)),
					Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
		}
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(tmp.resolve("a/events.csv")),
				Files.readAllBytes(tmp.resolve("c/events.csv"))));
	}

	@Test
	void filesHaveTheDocumentedColumnsAndSayTheyAreSynthetic(@TempDir Path tmp) throws IOException {
		SimulatedMarket m = small(5);
		Path dir = tmp.resolve("out");
		SimulationWriter.write(m, dir);
		assertEquals(Map.ofEntries(Map.entry("events.csv", "viewer,stream,item,type,timestamp,value"),
				Map.entry("items.csv", "id,kind,title,category,tags,price,currency,creator"),
				Map.entry("streams.csv", "id,host,title,start,end"),
				Map.entry("showcases.csv",
						"stream,item,from,until,offer_kind,discount_percent,offer_from,offer_until,gift_item"),
				Map.entry("viewers.csv", "id,age_band,region,occupation"),
				Map.entry("hosts.csv", "id,name,specialty,audience_pull"),
				Map.entry("ground_truth_interests.csv", "viewer,category,weight_start,weight_end"),
				Map.entry("ground_truth_viewer_traits.csv", "viewer,price_sensitivity,activity"),
				Map.entry("ground_truth_purchase_probability.csv",
						"viewer,stream,item,probability,purchased,exposed_at,price,offered")),
				Map.ofEntries(Stream.of("events.csv", "items.csv", "streams.csv", "showcases.csv", "viewers.csv",
						"hosts.csv", "ground_truth_interests.csv", "ground_truth_viewer_traits.csv",
						"ground_truth_purchase_probability.csv").map(f -> Map.entry(f, firstLine(dir.resolve(f))))
						.toArray(Map.Entry[]::new)));
		List<String> events = Files.readAllLines(dir.resolve("events.csv"));
		assertEquals(m.log().size() + 1, events.size());
		assertTrue(events.stream().skip(1).allMatch(
				l -> l.matches(
						"v\\d{5},s\\d{4},(p\\d{4})?,[a-z]+,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,(\\d+\\.\\d\\d)?")),
				"event lines follow the format");
		assertTrue(events.stream().anyMatch(l -> l.contains(",purchase,")));
		assertEquals(m.exposures().size() + 1,
				Files.readAllLines(dir.resolve("ground_truth_purchase_probability.csv")).size());
		assertEquals(m.viewers().size() * m.categories().size() + 1,
				Files.readAllLines(dir.resolve("ground_truth_interests.csv")).size());
		String json = Files.readString(dir.resolve("simulation.json"));
		assertTrue(json.contains("\"synthetic\": true"), json);
		assertTrue(json.contains("\"simulatorVersion\": \"" + Simulator.VERSION + "\""), json);
		assertTrue(json.contains("\"events\": " + m.log().size()), json);
		assertTrue(Files.readString(dir.resolve("SYNTHETIC.md")).contains("generated"));
	}

	@Test
	void writeThenLoadGivesTheSameLogAndCatalogue(@TempDir Path tmp) throws IOException {
		SimulatedMarket m = small(9);
		SimulationWriter.write(m, tmp.resolve("out"));
		Dataset loaded = SimulatedDataset.load(tmp.resolve("out"));
		EventLog a = m.log(), b = loaded.log();
		assertEquals(a.viewers(), b.viewers());
		assertEquals(a.items(), b.items());
		assertEquals(a.streams(), b.streams());
		assertEquals(a.size(), b.size());
		for (int r = 0; r < a.size(); r++) {
			assertEquals(a.viewer(r), b.viewer(r));
			assertEquals(a.item(r), b.item(r));
			assertEquals(a.stream(r), b.stream(r));
			assertEquals(a.type(r), b.type(r));
			assertEquals(a.timestamp(r), b.timestamp(r));
			assertEquals(Float.floatToIntBits(a.value(r)), Float.floatToIntBits(b.value(r)), "value at row " + r);
		}
		ItemCatalog ca = m.catalog(), cb = loaded.catalog();
		for (int i = 0; i < ca.items().size(); i++) {
			assertEquals(ca.price(i), cb.price(i));
			assertEquals(ca.title(i), cb.title(i));
			assertEquals(ca.kind(i), cb.kind(i));
			assertEquals(ca.category(i), cb.category(i));
			assertEquals(ca.tags(i), cb.tags(i));
		}
	}

	@Test
	void writingOverAnEarlierSimulationKeepsItAsideAndAFolderOfOtherFilesIsRefused(@TempDir Path tmp)
			throws IOException {
		Path dir = tmp.resolve("out");
		SimulationWriter.write(small(1), dir);
		Files.writeString(dir.resolve("notes.txt"), "mine");
		Path previous = SimulationWriter.writeCommitted(small(2), dir, ProgressMonitor.NULL);
		assertTrue(previous.getFileName().toString().startsWith("out.previous-"), previous.toString());
		assertEquals("mine", Files.readString(previous.resolve("notes.txt")));
		assertFalse(Files.exists(dir.resolve("notes.txt")), "the new folder holds one simulation only");
		try (Stream<Path> siblings = Files.list(tmp)) {
			assertEquals(2, siblings.count(), "no temporaries");
		}

		Path foreign = Files.createDirectories(tmp.resolve("mine"));
		Files.writeString(foreign.resolve("events.csv"), "stale");
		assertThrows(OutputFolder.UnusableException.class, () -> SimulationWriter.write(small(1), foreign));
		assertEquals("stale", Files.readString(foreign.resolve("events.csv")));
	}

	@Test
	void cancelledWriteLeavesNothingBehind(@TempDir Path tmp) {
		ProgressMonitor cancelled = ProgressMonitor.cancelledWhen(() -> true);
		SimulatedMarket m = Simulator.run(SimulatorSettings.withSeed(1).with(Map.of("days", "10")),
				ProgressMonitor.NULL);
		assertThrows(CancelledException.class, () -> SimulationWriter.write(m, tmp.resolve("out"), cancelled));
		assertFalse(Files.exists(tmp.resolve("out")));
		assertEquals(0, tmp.toFile().list().length, "no temporary folder left");
	}

	@Test
	void loadingReportsMissingFilesAndBadLines(@TempDir Path tmp) throws IOException {
		IOException missing = assertThrows(IOException.class, () -> SimulatedDataset.load(tmp));
		assertTrue(missing.getMessage().contains("items.csv"), missing.getMessage());
		SimulationWriter.write(small(1), tmp.resolve("out"));
		Path events = tmp.resolve("out/events.csv");
		List<String> lines = new java.util.ArrayList<>(Files.readAllLines(events));
		lines.set(3, lines.get(3).replaceFirst(",[a-z]+,", ",shout,"));
		Files.write(events, lines);
		IOException bad = assertThrows(IOException.class, () -> SimulatedDataset.load(tmp.resolve("out")));
		assertTrue(bad.getMessage().contains("events.csv, line 4, column 'type'") && bad.getMessage().contains("shout"),
				bad.getMessage());
	}

	private static String firstLine(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.findFirst().orElse("");
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
