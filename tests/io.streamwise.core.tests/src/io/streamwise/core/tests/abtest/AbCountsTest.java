// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.abtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbCounts;
import io.streamwise.core.abtest.AbInputException;
import io.streamwise.core.abtest.AbStatistics;
import io.streamwise.core.abtest.AbTestSpec;
import io.streamwise.core.abtest.AbUnits;
import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;

/**
 * Analysis from summary counts: hand-computed numbers, the same results as the log they summarise, and bad counts
 * named by file, line and field.
 */
class AbCountsTest {

	private static final List<String> ARMS = List.of("control", "b");

	/** 200 units per arm; 40 buyers paying 10 in the control, 60 paying 7.5 in b. */
	static final String COUNTS = """
			variant,units,conversions,revenue_sum,revenue_sum_of_squares
			control,200,40,400,4000
			b,200,60,450,3375
			""";

	@TempDir
	Path dir;

	/** The units those counts summarise, one row each, as a unit table. */
	static String unitTable() {
		StringBuilder table = new StringBuilder("unit,variant,conversion,revenue\n");
		for (int i = 0; i < 400; i++) {
			boolean control = i % 2 == 0; // interleaved, control first, as a log would have them
			int rank = i / 2;
			boolean bought = rank < (control ? 40 : 60);
			table.append("u").append(i).append(',').append(control ? "control" : "b").append(',')
					.append(bought ? 1 : 0).append(',').append(bought ? control ? "10" : "7.5" : "0").append('\n');
		}
		return table.toString();
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	private static AbStatistics.Estimate estimate(AbAnalysis.MetricResult m, String method) {
		return m.comparisons().get(0).estimates().stream().filter(e -> e.method().equals(method)).findFirst()
				.orElseThrow();
	}

	/**
	 * By hand: conversion 0.2 vs 0.3, pooled rate 0.25, z = 0.1 / √(0.25 · 0.75 · 2/200) = 2.309401, p = 0.0209213;
	 * unpooled z = 0.1 / √(0.2 · 0.8/200 + 0.3 · 0.7/200) = 2.324953. Revenue: variances (4000 − 400 · 2)/199 =
	 * 16.080402 and (3375 − 450 · 2.25)/199 = 11.871859, so Welch's t = 0.25 / √((16.080402 + 11.871859)/200) =
	 * 0.668723 on 389.18 degrees of freedom, p = 0.504068; relative lift 0.125 with delta-method error 0.200698.
	 */
	@Test
	void countsGiveTheHandComputedTests() throws Exception {
		AbCounts counts = AbCounts.read(write("counts.csv", COUNTS), "variant", List.of("conversion", "revenue"),
				null, ProgressMonitor.NULL);
		AbTestSpec spec = AbTestSpec.forData(counts.arms, "control", 0.05, AnalysisMethod.ZPOOLED, Correction.NONE,
				0.1, 100);
		AbAnalysis.Result r = AbAnalysis.analyse(spec, counts, Set.of(), 1, ProgressMonitor.NULL);
		assertEquals(0, r.srm().statistic(), 1e-12);
		AbAnalysis.MetricResult conversion = r.metrics().get(0), revenue = r.metrics().get(1);
		assertEquals(0.2, conversion.arms().get(0).mean(), 1e-15);
		assertEquals(2.309401076758503, estimate(conversion, "z-pooled").statistic(), 1e-12);
		assertEquals(0.020921335337794, estimate(conversion, "z-pooled").pValue(), 1e-12);
		assertEquals(2.324952774876385, estimate(conversion, "z-unpooled").statistic(), 1e-12);
		assertEquals(0.027946894073493, estimate(conversion, "fisher").pValue(), 1e-10);
		assertTrue(conversion.comparisons().get(0).bayes().probabilityBBeatsA() > 0.98);
		assertEquals("significant increase", conversion.comparisons().get(0).verdict());
		assertEquals(0.6687234190874095, estimate(revenue, "welch").statistic(), 1e-12);
		assertEquals(0.5040683799408422, estimate(revenue, "welch").pValue(), 1e-9);
		assertEquals(-0.48501174213115683, estimate(revenue, "welch").low(), 1e-9);
		assertEquals(0.125, estimate(revenue, "welch-relative").estimate(), 1e-15);
		assertEquals(0.20069758995330592, estimate(revenue, "welch-relative").standardError(), 1e-12);
		assertEquals("welch", revenue.comparisons().get(0).primaryMethod());
	}

	/** The log and its counts give the same result, to the last bit: every field of every record is equal. */
	@Test
	void aLogAndItsCountsGiveTheSameAnalysis() throws Exception {
		Path table = write("units.csv", unitTable());
		List<AbUnits> units = List.of(
				AbUnits.read(table, new AbUnits.Columns("variant", "conversion", null, null, null)),
				AbUnits.read(table, new AbUnits.Columns("variant", "revenue", null, null, null)));
		AbCounts counts = AbCounts.read(write("counts.csv", COUNTS), "variant", List.of("conversion", "revenue"),
				null, ProgressMonitor.NULL);
		for (AnalysisMethod method : List.of(AnalysisMethod.ZPOOLED, AnalysisMethod.BOSCHLOO,
				AnalysisMethod.BAYESIAN, AnalysisMethod.WELCH_RELATIVE)) {
			AbTestSpec spec = AbTestSpec.forData(ARMS, "control", 0.05, method, Correction.BENJAMINI_HOCHBERG, 0.1,
					100);
			AbAnalysis.Result fromLog = AbAnalysis.analyse(spec, List.of("conversion", "revenue"), units,
					Set.of("revenue"), 7);
			AbAnalysis.Result fromCounts = AbAnalysis.analyse(spec, counts, Set.of("revenue"), 7,
					ProgressMonitor.NULL);
			assertEquals(fromLog, fromCounts, method.getName());
		}
	}

	/**
	 * The Bayesian method deciding a clear difference (0.2 against 0.3, P(B > A) ≈ 0.99) gives a verdict: it threw
	 * NoSuchElementException, looking for a "bayesian" row among the estimates, which has none.
	 */
	@Test
	void theBayesianMethodGivesAVerdictOnAClearDifference() throws Exception {
		Path table = write("units.csv", unitTable());
		AbUnits conversion = AbUnits.read(table, new AbUnits.Columns("variant", "conversion", null, null, null));
		AbTestSpec spec = AbTestSpec.forData(ARMS, "control", 0.05, AnalysisMethod.BAYESIAN, Correction.HOLM, 0.1,
				100);
		AbAnalysis.Comparison c = AbAnalysis.analyse(spec, List.of("conversion"), List.of(conversion), 7).metrics()
				.get(0).comparisons().get(0);
		assertEquals("bayesian", c.primaryMethod());
		assertTrue(c.adjustedP() < 0.05, String.valueOf(c.adjustedP()));
		assertEquals("significant increase", c.verdict());
	}

	private AbInputException refused(String text, List<String> testArms) throws IOException {
		Path file = write("bad.csv", text);
		return assertThrows(AbInputException.class, () -> AbCounts.read(file, "variant",
				List.of("conversion", "revenue"), testArms, ProgressMonitor.NULL));
	}

	private void assertRefused(String expected, String text, List<String> testArms) throws IOException {
		AbInputException e = refused(text, testArms);
		assertTrue(e.getMessage().startsWith(dir.resolve("bad.csv") + expected), e.getMessage());
	}

	@Test
	void badCountsNameFileLineAndField() throws IOException {
		String header = "variant,units,conversions,revenue_sum,revenue_sum_of_squares\n";
		assertRefused(":3: field 'units': a count cannot be negative, got -5",
				header + "control,200,40,400,4000\nb,-5,0,0,0\n", null);
		assertRefused(":2: field 'conversions': 201 conversions but only 200 units",
				header + "control,200,201,400,4000\nb,200,60,450,3375\n", null);
		assertRefused(":3: field 'revenue_sum': 'lots' is not a number",
				header + "control,200,40,400,4000\nb,200,60,lots,3375\n", null);
		assertRefused(":3: field 'units': variant b has no units", header + "control,200,40,400,4000\nb,0,0,0,0\n",
				null);
		assertRefused(":3: field 'conversions': a count must be a whole number, got 6.5",
				header + "control,200,40,400,4000\nb,200,6.5,450,3375\n", null);
		assertRefused(":3: field 'variant': variant c is not a variant of the test [control, b]",
				header + "control,200,40,400,4000\nc,200,60,450,3375\n", ARMS);
		assertRefused(": field 'variant': variant b of the test has no row, so no units",
				header + "control,200,40,400,4000\n", ARMS);
		assertRefused(":3: field 'variant': variant control has a second row (the first is line 2)",
				header + "control,200,40,400,4000\ncontrol,200,60,450,3375\n", null);
		// 200 values summing to 450 have squares summing to at least 450² / 200 = 1012.5
		assertRefused(":3: field 'revenue_sum_of_squares': a sum of squares of 1000.0 is impossible",
				header + "control,200,40,400,4000\nb,200,60,450,1000\n", null);
		assertRefused(":1: field 'revenue_sum_of_squares': the column is not in the header",
				"variant,units,conversions,revenue_sum\ncontrol,200,40,400\nb,200,60,450\n", null);
	}

	/**
	 * Reading a log of 20,000 rows asks the monitor every 4,096 rows: cancelled on its second question, the read stops
	 * inside the file with {@link io.streamwise.api.progress.CancelledException}.
	 */
	@Test
	void readingALogStopsWhenCancelled() throws IOException {
		StringBuilder table = new StringBuilder("unit,variant,conversion\n");
		for (int i = 0; i < 20_000; i++) {
			table.append('u').append(i).append(i % 2 == 0 ? ",control," : ",b,").append(i % 7 == 0 ? 1 : 0)
					.append('\n');
		}
		Path file = write("large.csv", table.toString());
		int[] asked = new int[1];
		assertThrows(io.streamwise.api.progress.CancelledException.class,
				() -> AbUnits.read(file, new AbUnits.Columns("variant", "conversion", null, null, null),
						ProgressMonitor.cancelledWhen(() -> ++asked[0] > 1)));
		assertEquals(2, asked[0], "the first question at row 1, the second at row 4,097, which stops it");
	}

	/** The analysis asks between its tests, and the monitoring at every look: both stop when cancelled. */
	@Test
	void analysisAndMonitoringStopWhenCancelled() throws Exception {
		int n = 2_000;
		int[] arm = new int[n], day = new int[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			arm[i] = i % 2;
			day[i] = i / 100; // 20 days
			y[i] = i % 5 == 0 ? 1 : 0;
		}
		AbUnits u = AbUnits.of(ARMS, arm, y, null, null, day, true);
		AbTestSpec spec = AbTestSpec.forData(ARMS, "control", 0.05, AnalysisMethod.ZPOOLED, Correction.HOLM, 0.1,
				100);
		int[] asked = new int[1];
		assertThrows(io.streamwise.api.progress.CancelledException.class,
				() -> AbAnalysis.analyse(spec, List.of("conversion"), List.of(u), Set.of(), 1,
						ProgressMonitor.cancelledWhen(() -> ++asked[0] > 1)));
		assertEquals(2, asked[0]);
		int[] looks = new int[1];
		assertThrows(io.streamwise.api.progress.CancelledException.class,
				() -> io.streamwise.core.abtest.AbMonitor.monitor(spec, u,
						io.streamwise.model.abtest.SequentialMethod.MSPRT, 0,
						ProgressMonitor.cancelledWhen(() -> ++looks[0] > 10)));
		assertEquals(11, looks[0], "two questions a look (the day, then the arm): stopped on the sixth day");
	}
}
