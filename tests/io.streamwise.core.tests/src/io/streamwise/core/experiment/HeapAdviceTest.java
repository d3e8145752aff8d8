package io.streamwise.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;

/** What running out of memory says: the heap limit, the data's size and need, and the option that gives more. */
class HeapAdviceTest {

	@TempDir
	Path dir;

	@AfterEach
	void forget() {
		HeapAdvice.clear();
	}

	@Test
	void aFileBeingReadIsSizedByItsLinesAndTwentyBytesPerEvent() {
		// 3 million events: 60,000,000 bytes (57 MB of 2^20 bytes); twice that while reading is under 1 GB: 2g
		String advice = HeapAdvice.advice(64L << 20,
				new HeapAdvice.Data("events.csv", 150L << 20, 3_000_000, false));
		assertEquals("the Java heap is limited to 64 MB; events.csv (150 MB) holds about 3.0 million events, which"
				+ " need about 57 MB at ~20 bytes per event (up to 2 times that while it is read) plus the algorithms'"
				+ " working sets (an item-item model such as itemknn or ease: 8 bytes per item pair); give more with"
				+ " STREAMWISE_VMARGS=-Xmx2g (the launcher's default is -XX:MaxRAMPercentage=70, 70 % of this machine's"
				+ " memory)", advice);
	}

	@Test
	void aLoadedLogIsSizedByItsEventsAndTheAdviceCoversTheImportPeak() {
		// 200 million loaded events: 3.7 GB; twice that for the log and the algorithms is 7.5 GB, so -Xmx9g
		String advice = HeapAdvice.advice(4L << 30, new HeapAdvice.Data("big.csv", -1, 200_000_000, true));
		assertTrue(advice.startsWith("the Java heap is limited to 4096 MB; big.csv holds 200.0 million events, which"
				+ " need about 3.7 GB at ~20 bytes per event plus the algorithms' working sets"), advice);
		assertTrue(advice.contains("STREAMWISE_VMARGS=-Xmx9g"), advice);
	}

	@Test
	void withNothingNotedTheAdviceNamesTheLimitAndTheOption() {
		assertEquals("the Java heap is limited to 2048 MB; give more with STREAMWISE_VMARGS=-Xmx5g (the launcher's"
				+ " default is -XX:MaxRAMPercentage=70, 70 % of this machine's memory)",
				HeapAdvice.advice(2L << 30, null));
	}

	@Test
	void linesAreEstimatedFromTheFirstBytes() throws IOException {
		Path file = dir.resolve("e.csv");
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 10_000; i++) {
			s.append("v1,s1,i1,watch,1700000000,12345\n"); // 32 bytes a line: 2,048 lines in the 64 KB sample
		}
		Files.writeString(file, s, StandardCharsets.UTF_8);
		assertEquals(10_000, HeapAdvice.estimateLines(file, Files.size(file)));
	}

	@Test
	void theDatasetLoaderNotesTheFileItReadsAndTheEventsItLoaded() throws IOException {
		Path file = dir.resolve("events.csv");
		Files.writeString(file, "viewer,stream,item,type,timestamp,value\n" + "v1,s1,i1,purchase,1700000000,5\n"
				+ "v2,s1,i2,click,1700000060,\n" + "v1,s1,i2,watch,1700000120,30\n", StandardCharsets.UTF_8);
		DatasetLoader.load(new DatasetSpec(DatasetKind.CSV, "events.csv", null, Map.of("rawIds", "true")), dir, 1,
				ProgressMonitor.NULL);
		String advice = HeapAdvice.advice();
		assertTrue(advice.contains("events.csv (1 KB) holds 3 events, which need about 1 KB"), advice);
	}
}
