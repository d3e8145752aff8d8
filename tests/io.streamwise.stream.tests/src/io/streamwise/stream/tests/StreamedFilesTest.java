package io.streamwise.stream.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.yahoo.labs.samoa.instances.Instance;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.moa.MoaLearners;
import io.streamwise.stream.FileStream;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamData;
import io.streamwise.stream.StreamDataException;
import io.streamwise.stream.StreamFiles;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.StreamSource;
import moa.streams.generators.RandomTreeGenerator;
import moa.tasks.WriteStreamToARFFFile;

/** Issue 19, item 6: files are read as they are evaluated, and what MOA's own writer writes is read. */
class StreamedFilesTest {

	@TempDir
	Path dir;

	private static RandomTreeGenerator generator() {
		RandomTreeGenerator g = new RandomTreeGenerator(); // 5 nominal and 5 numeric attributes, 2 classes
		g.prepareForUse();
		return g;
	}

	/** A file written by MOA's WriteStreamToARFFFile task: every row ends in a comma. */
	private Path moaWritten(int rows) {
		Path file = dir.resolve("moa.arff");
		WriteStreamToARFFFile task = new WriteStreamToARFFFile();
		task.streamOption.setCurrentObject(generator());
		task.arffFileOption.setValue(file.toString());
		task.maxInstancesOption.setValue(rows);
		task.prepareForUse();
		task.doTask();
		return file;
	}

	@Test
	void readsWhatMoasWriterWrites() throws IOException {
		Path file = moaWritten(300);
		List<String> lines = Files.readAllLines(file);
		String last = lines.get(lines.size() - 1);
		assertTrue(last.endsWith(","), "MOA's writer ends each row in a comma: " + last);

		StreamData data = StreamFiles.read(file, "class", Set.of(), ProgressMonitor.NULL);
		assertEquals(300, data.size());
		assertEquals(11, data.header().numAttributes());
		RandomTreeGenerator again = generator();
		for (int i = 0; i < 300; i++) {
			Instance expected = again.nextInstance().getData();
			assertArrayEquals(expected.toDoubleArray(), data.instances().get(i).toDoubleArray(), 0.0, "row " + i);
		}
	}

	@Test
	void aTrailingCommaEndsARowOnlyAfterEveryValue() throws IOException {
		String head = "@relation r\n@attribute x numeric\n@attribute y {a,b}\n@data\n";
		Path ok = Files.writeString(dir.resolve("ok.arff"), head + "1.5,a,\n2,b\n");
		StreamData data = StreamFiles.read(ok, "y", Set.of(), ProgressMonitor.NULL);
		assertArrayEquals(new double[] { 1.5, 0 }, data.instances().get(0).toDoubleArray());
		assertArrayEquals(new double[] { 2, 1 }, data.instances().get(1).toDoubleArray());
		// a comma after all values and then another value is a value too many, not a terminator
		Path extra = Files.writeString(dir.resolve("extra.arff"), head + "1.5,a,,\n");
		StreamDataException e = assertThrows(StreamDataException.class,
				() -> StreamFiles.read(extra, "y", Set.of(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("extra.arff:5: 4 values, but there are 2 attributes"), e.getMessage());
		Path value = Files.writeString(dir.resolve("value.arff"), head + "1.5,a,b\n");
		e = assertThrows(StreamDataException.class,
				() -> StreamFiles.read(value, "y", Set.of(), ProgressMonitor.NULL));
		assertTrue(e.getMessage().contains("value.arff:5: 3 values"), e.getMessage());
		// a quoted comma at the end is part of a value
		Path quoted = Files.writeString(dir.resolve("quoted.arff"),
				"@relation r\n@attribute x numeric\n@attribute y {'a,',b}\n@data\n1,'a,'\n");
		assertEquals(0.0, StreamFiles.read(quoted, "y", Set.of(), ProgressMonitor.NULL).instances().get(0).value(1));
	}

	@Test
	void prequentialOverTheFileAsItIsReadEqualsTheInMemoryRun() throws IOException {
		Path file = moaWritten(2000);
		String cli = "trees.HoeffdingTree -g 50";
		StreamSource source = StreamFiles.open(file, "class", Set.of(), StandardCharsets.UTF_8,
				ProgressMonitor.NULL);
		PrequentialResult streamed;
		try (FileStream stream = FileStream.open(source, null, 0, null)) {
			streamed = Prequential.run(stream, StreamLearner.of(cli, MoaLearners.parse(cli)),
					PrequentialSettings.defaults(), TaskContext.of(3));
			assertEquals(2000, stream.count());
		}
		StreamData data = StreamFiles.read(file, "class", Set.of(), ProgressMonitor.NULL);
		PrequentialResult inMemory = Prequential.run(
				LabelledStream.of(data.header(), data.instances(), null, null),
				StreamLearner.of(cli, MoaLearners.parse(cli)), PrequentialSettings.defaults(), TaskContext.of(3));
		assertEquals(inMemory.instances(), streamed.instances());
		assertEquals(inMemory.metrics().asMap(), streamed.metrics().asMap());
	}

	@Test
	void timesAndBadRowsAreCheckedAsThePassReachesThem() throws IOException {
		Path csv = Files.writeString(dir.resolve("s.csv"), "t,due,x,y\n1,1,0.5,a\n3,5,0.7,b\n2,4,0.1,a\n");
		StreamSource source = StreamFiles.open(csv, "y", Set.of("t", "due"), StandardCharsets.UTF_8,
				ProgressMonitor.NULL);
		assertEquals(List.of("t", "due"), source.heldOutNames());
		try (FileStream s = FileStream.open(source, "t", 0, "due")) {
			s.next();
			assertEquals(1, s.arrivalTime());
			s.next();
			assertEquals(3, s.arrivalTime());
			assertEquals(5, s.labelTime());
			StreamDataException e = assertThrows(StreamDataException.class, s::next);
			assertTrue(e.getMessage().contains("s.csv:4: time column 't' goes back (2 after 3)"), e.getMessage());
		}
		Path late = Files.writeString(dir.resolve("late.csv"), "t,due,x,y\n1,0,0.5,a\n2,3,0.1,b\n");
		try (FileStream s = FileStream.open(
				StreamFiles.open(late, "y", Set.of("t", "due"), StandardCharsets.UTF_8, ProgressMonitor.NULL), "t", 0,
				"due")) {
			StreamDataException e = assertThrows(StreamDataException.class, s::next);
			assertTrue(e.getMessage().contains("late.csv:2: label time 'due' = 0 is before the row arrives (1)"),
					e.getMessage());
		}
		// an ARFF value that is not a number is found when the pass reaches its line, with file, line and field
		Path arff = Files.writeString(dir.resolve("bad.arff"),
				"@relation r\n@attribute x numeric\n@attribute y {a,b}\n@data\n1,a\n2,b\n% note\nthree,a\n");
		try (FileStream s = FileStream.open(
				StreamFiles.open(arff, "y", Set.of(), StandardCharsets.UTF_8, ProgressMonitor.NULL), null, 2, null)) {
			s.next();
			assertEquals(2, s.labelTime());
			s.next();
			StreamDataException e = assertThrows(StreamDataException.class, s::hasNext);
			assertTrue(e.getMessage().contains("bad.arff:8: field 'x': 'three' is not a number"), e.getMessage());
		}
		// each pass starts from the first row
		try (StreamSource.Rows rows = source.rows()) {
			assertTrue(rows.next());
			assertEquals(2, rows.line());
			assertEquals(0.5, rows.instance().value(0));
			assertTrue(rows.next());
			assertTrue(rows.next());
			assertFalse(rows.next());
			assertEquals(3, rows.count());
		}
	}
}
