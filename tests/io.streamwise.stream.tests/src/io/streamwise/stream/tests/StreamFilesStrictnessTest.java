package io.streamwise.stream.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.simulator.SimulatedDataset;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.stream.StreamData;
import io.streamwise.stream.StreamDataException;
import io.streamwise.stream.StreamFiles;

/** Issue 10, item 6 (and 4 for ARFF): stream files and catalogues take plain decimals only, and say where not. */
class StreamFilesStrictnessTest {

	@TempDir
	Path dir;

	private static final String ARFF_HEAD = """
			@relation r
			@attribute x numeric
			@attribute y {a,b}
			@data
			""";

	private StreamDataException failure(String name, String text) throws IOException {
		Path f = Files.writeString(dir.resolve(name), text);
		return assertThrows(StreamDataException.class, () -> StreamFiles.read(f, "y", Set.of(), ProgressMonitor.NULL));
	}

	@Test
	void nanAndInfinityAreNotNumericValues() throws IOException {
		for (String v : new String[] { "NaN", "Infinity", "-Infinity", "12d", "0x1p4" }) {
			StreamDataException e = failure("s.arff", ARFF_HEAD + "1.5,a\n" + v + ",b\n");
			assertTrue(e.getMessage().contains("s.arff:6:") && e.getMessage().contains("'x'")
					&& e.getMessage().contains("'" + v + "'"), e.getMessage());
			StreamDataException csv = failure("s.csv", "x,y\n1.5,a\n" + v + ",b\n");
			assertTrue(csv.getMessage().contains("s.csv:3:") && csv.getMessage().contains("'x'"), csv.getMessage());
		}
		// missing values and plain decimals still read
		Path ok = Files.writeString(dir.resolve("ok.arff"), ARFF_HEAD + "1.5,a\n?,b\n-2e3,a\n");
		StreamData data = StreamFiles.read(ok, "y", Set.of(), ProgressMonitor.NULL);
		assertEquals(3, data.size());
		assertEquals(-2000.0, data.instances().get(2).value(0));
	}

	@Test
	void unknownArffTypeAndDuplicateAttributeAreErrorsWithTheirLine() throws IOException {
		StreamDataException strung = failure("t.arff", """
				@relation r
				@attribute x strung
				@attribute y {a,b}
				@data
				1,a
				""");
		assertTrue(strung.getMessage().contains("t.arff:2:") && strung.getMessage().contains("'strung'"),
				strung.getMessage());
		StreamDataException twice = failure("d.arff", """
				@relation r
				@attribute x numeric
				@attribute y {a,b}
				@attribute x real
				@data
				1,a,2
				""");
		assertTrue(twice.getMessage().contains("d.arff:4:") && twice.getMessage().contains("'x' is declared twice"),
				twice.getMessage());
	}

	@Test
	void invalidUtf8InAnArffFileNamesLineAndByteOffset() throws IOException {
		String text = ARFF_HEAD + "1,a\n2,b\n";
		byte[] bytes = text.replace("@relation r", "@relation caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
		Path f = Files.write(dir.resolve("l.arff"), bytes);
		StreamDataException e = assertThrows(StreamDataException.class,
				() -> StreamFiles.read(f, "y", Set.of(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("l.arff:1:") && e.getMessage().contains("byte offset 13"), e.getMessage());
		// read with its encoding it is fine
		assertEquals(2, StreamFiles.read(f, "y", Set.of(), StandardCharsets.ISO_8859_1, ProgressMonitor.NULL).size());
	}

	@Test
	void catalogPriceInJavaSyntaxIsAnErrorWithItsLine() throws IOException {
		SimulationWriter.write(Simulator.run(SimulatorSettings.Size.SMALL.settings(Map.of("seed", "3")),
				ProgressMonitor.NULL), dir);
		Path items = dir.resolve(SimulationWriter.ITEMS);
		String[] lines = Files.readString(items).split("\n", -1);
		String[] fields = lines[2].split(",", -1); // id,kind,title,category,tags,price,currency,creator
		fields[fields.length - 3] = "12d";
		lines[2] = String.join(",", fields);
		Files.writeString(items, String.join("\n", lines));
		IOException e = assertThrows(IOException.class, () -> SimulatedDataset.load(dir, ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("'12d'"), e.getMessage());
	}
}
