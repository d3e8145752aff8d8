// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.abtest;

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

import io.streamwise.core.abtest.AbAnalysis;
import io.streamwise.core.abtest.AbInputException;
import io.streamwise.core.abtest.AbTestSpec;
import io.streamwise.core.abtest.AbUnits;
import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;

/** Reading unit tables and event logs, and the errors that name file, line and field. */
class AbUnitsTest {

	@TempDir
	Path dir;

	@Test
	void anEventLogIsAggregatedPerViewer() throws Exception {
		Path log = dir.resolve("events.csv");
		Files.writeString(log, """
				viewer,stream,item,type,timestamp,value,variant
				v1,s1,,join,2026-03-01T10:00:00Z,,A
				v1,s1,p1,purchase,2026-03-01T10:05:00Z,20.00,A
				v2,s2,,join,2026-03-02T11:00:00Z,,B
				v1,s1,p1,refund,2026-03-03T10:05:00Z,20.00,A
				v3,s2,p2,purchase,2026-03-02T11:10:00Z,15.50,B
				v3,s2,p3,purchase,2026-03-02T11:20:00Z,4.50,B
				""");
		AbUnits conversion = AbUnits.read(log, new AbUnits.Columns("variant", "conversion", null, "stream", null));
		assertEquals(List.of("A", "B"), conversion.arms);
		assertArrayEquals(new double[] { 1, 0, 1 }, conversion.metric);
		assertArrayEquals(new int[] { 0, 1, 1 }, conversion.cluster); // s1, s2, s2
		assertArrayEquals(new int[] { 0, 1, 1 }, conversion.day);
		AbUnits revenue = AbUnits.read(log, new AbUnits.Columns("variant", "revenue", null, null, null));
		assertArrayEquals(new double[] { 0, 0, 20 }, revenue.metric, 1e-12);
	}

	@Test
	void aNonNumericMetricNamesFileLineAndField() throws IOException {
		Path table = dir.resolve("units.csv");
		Files.writeString(table, "unit,variant,revenue\nu1,A,3.5\nu2,B,twelve\n");
		AbInputException e = assertThrows(AbInputException.class,
				() -> AbUnits.read(table, new AbUnits.Columns("variant", "revenue", null, null, null)));
		assertTrue(e.getMessage().startsWith(table + ":3: field 'revenue': 'twelve' is not a number"),
				e.getMessage());
	}

	@Test
	void aMissingAssignmentAndAChangingOneAreRefused() throws IOException {
		Path table = dir.resolve("units.csv");
		Files.writeString(table, "unit,variant,conversion\nu1,A,1\nu2,,0\n");
		AbInputException e = assertThrows(AbInputException.class,
				() -> AbUnits.read(table, new AbUnits.Columns("variant", "conversion", null, null, null)));
		assertTrue(e.getMessage().contains(":3: field 'variant': no variant assigned"), e.getMessage());
		Path log = dir.resolve("events.csv");
		Files.writeString(log, "viewer,type,timestamp,arm\nv1,join,0,A\nv1,purchase,5,B\n");
		e = assertThrows(AbInputException.class,
				() -> AbUnits.read(log, new AbUnits.Columns("arm", "conversion", null, null, null)));
		assertTrue(e.getMessage().contains(":3: field 'arm': viewer v1 is assigned B here but A"), e.getMessage());
	}

	@Test
	void aVariantWithoutUnitsIsBadInput() throws IOException, AbInputException {
		Path table = dir.resolve("units.csv");
		Files.writeString(table, "unit,variant,conversion\nu1,control,1\nu2,control,0\n");
		AbUnits u = AbUnits.read(table, new AbUnits.Columns("variant", "conversion", null, null, null));
		AbTestSpec spec = AbTestSpec.forData(List.of("control", "pinned"), "control", 0.05, AnalysisMethod.ZPOOLED,
				Correction.HOLM, 0.1, 100);
		AbInputException e = assertThrows(AbInputException.class,
				() -> AbAnalysis.analyse(spec, List.of("conversion"), List.of(u), 1));
		assertTrue(e.getMessage().contains("variant pinned has no units"), e.getMessage());
	}

	/** A clustered log is not looked at before each arm has ten clusters: early cluster-robust errors are too small. */
	@Test
	void monitoringWaitsForTenClustersPerArm() throws Exception {
		int n = 400;
		int[] arm = new int[n], cluster = new int[n], day = new int[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			cluster[i] = i / 10; // clusters 0..39 of ten units, even ones in control
			arm[i] = cluster[i] % 2;
			day[i] = cluster[i] / 4; // two new clusters per arm a day
			y[i] = i % 7 == 0 ? 1 : 0;
		}
		AbUnits u = AbUnits.of(List.of("control", "b"), arm, y, null, cluster, day, true);
		AbTestSpec spec = AbTestSpec.forData(u.arms, "control", 0.05, AnalysisMethod.ZPOOLED, Correction.HOLM, 0.1,
				100);
		io.streamwise.core.abtest.AbMonitor.Result r = io.streamwise.core.abtest.AbMonitor.monitor(spec, u);
		// day d (0-based) has 2(d + 1) clusters per arm: the first look is day index 4, reported as day 5
		assertEquals(5, r.rows().get(0).day());
		assertEquals(6, r.rows().size());
	}

	@Test
	void fewUnitsGiveNoVerdict() throws Exception {
		AbUnits u = AbUnits.of(List.of("control", "b"), new int[] { 0, 0, 0, 1, 1, 1 },
				new double[] { 0, 1, 0, 1, 1, 1 }, null, null, null, true);
		AbTestSpec spec = AbTestSpec.forData(u.arms, "control", 0.05, AnalysisMethod.ZPOOLED, Correction.HOLM, 0.1,
				100);
		AbAnalysis.Result r = AbAnalysis.analyse(spec, List.of("conversion"), List.of(u), 1);
		assertEquals("no verdict: fewer than 100 units in an arm", r.metrics().get(0).comparisons().get(0).verdict());
	}
}
