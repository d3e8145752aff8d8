package io.streamwise.bandits.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.bandits.logs.BanditLog;
import io.streamwise.bandits.logs.ObdCsv;
import io.streamwise.core.io.ImportException;

/** Logged bandit data in the Open Bandit Dataset's layout. */
class ObdCsvTest {

	private static final String HEADER = ",timestamp,item_id,position,click,propensity_score,user_feature_0,"
			+ "user_feature_1,user-item_affinity_0\n";

	@Test
	void readsTheOpenBanditDatasetLayout(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("random.csv");
		Files.writeString(file, HEADER + "0,2019-11-24 00:00:00,5,1,0,0.0125,81ce,c39b,0.5\n"
				+ "1,2019-11-24 00:00:01,7,2,1,0.0125,cef3,c39b,0.0\n"
				+ "2,2019-11-24 00:00:02,5,1,0,0.0125,81ce,03a5,\n");
		BanditLog log = ObdCsv.read(file);
		assertEquals(3, log.size());
		assertEquals(List.of("5", "7"), log.schema().actions());
		// categorical user features become indicators; the affinity is numeric (missing: NaN)
		assertEquals(List.of("user_feature_0=81ce", "user_feature_0=cef3", "user_feature_1=c39b",
				"user_feature_1=03a5", "user-item_affinity_0"), log.schema().features());
		LoggedDecision second = log.decisions().get(1);
		assertEquals(1, second.action());
		assertEquals(1.0, second.reward());
		assertEquals(0.0125, second.propensity());
		assertArrayEquals(new double[] { 0, 1, 1, 0, 0 }, second.context().features());
		assertTrue(Double.isNaN(log.decisions().get(2).context().features()[4]));
		assertArrayEquals(new int[] { 0, 1 }, second.context().actions(), "every item is available");
	}

	@Test
	void missingPropensityNamesFileLineAndField(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("log.csv");
		Files.writeString(file, HEADER + "0,t,5,1,0,0.5,a,b,1\n1,t,7,1,0,,a,b,1\n");
		ImportException e = assertThrows(ImportException.class, () -> ObdCsv.read(file));
		assertEquals(3, e.line());
		assertEquals("propensity_score", e.column());
		assertTrue(e.getMessage().startsWith(file + ", line 3, column 'propensity_score': missing propensity"),
				e.getMessage());
	}

	@Test
	void zeroPropensityNamesFileLineAndField(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("log.csv");
		Files.writeString(file, HEADER + "0,t,5,1,0,0.5,a,b,1\n1,t,7,1,0,0.5,a,b,1\n2,t,7,1,1,0,a,b,1\n");
		ImportException e = assertThrows(ImportException.class, () -> ObdCsv.read(file));
		assertEquals(4, e.line());
		assertEquals("propensity_score", e.column());
		assertTrue(e.getMessage().contains("is not in (0, 1]: a zero propensity"), e.getMessage());
	}

	@Test
	void missingColumnIsNamed(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("log.csv");
		Files.writeString(file, "item_id,click\n5,1\n");
		ImportException e = assertThrows(ImportException.class, () -> ObdCsv.read(file));
		assertEquals("propensity_score", e.column());
	}

	@Test
	void writeThenReadGivesTheSameDecisions(@TempDir Path dir) throws IOException {
		Path a = dir.resolve("a.csv");
		Files.writeString(a,
				"item_id,click,propensity_score,user_feature_0,available_items,viewer,stream,time_in_stream\n"
						+ "x,1,0.5,0.25,x;y,3,1,30\n" + "y,0,0.2,1.5,y;z;x,4,2,61.5\n");
		BanditLog log = ObdCsv.read(a);
		assertArrayEquals(new int[] { 1, 2, 0 }, log.decisions().get(1).context().actions());
		Path b = dir.resolve("b.csv");
		ObdCsv.write(log, b);
		BanditLog back = ObdCsv.read(b);
		assertEquals(log.schema().actions(), back.schema().actions());
		for (int i = 0; i < log.size(); i++) {
			LoggedDecision x = log.decisions().get(i), y = back.decisions().get(i);
			assertEquals(x.action(), y.action());
			assertEquals(x.propensity(), y.propensity());
			assertEquals(x.reward(), y.reward());
			assertArrayEquals(x.context().features(), y.context().features());
			assertArrayEquals(x.context().actions(), y.context().actions());
			assertEquals(x.context().viewer(), y.context().viewer());
			assertEquals(x.context().timeInStream(), y.context().timeInStream());
		}
	}
}
