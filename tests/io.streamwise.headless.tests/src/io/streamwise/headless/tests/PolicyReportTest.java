// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.headless.Cli;
import io.streamwise.report.charts.PolicyCharts;

/**
 * {@code streamwise report} on the results of {@code policy simulate}, {@code evaluate} and {@code accuracy}: one
 * well-formed, self-contained page holding the results table and every chart the results have, inline.
 */
class PolicyReportTest {

	private static final String SVG = "http://www.w3.org/2000/svg";
	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	private static Document report(Path tmp, String name, PolicyResults results, int charts) throws Exception {
		Path dir = Files.createDirectories(tmp.resolve(name));
		ResultsJson.write(results, dir.resolve("results.json"));
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("report", dir.toString()), c.err());
		String html = Files.readString(dir.resolve("report.html"));
		Document page = ReportCommandTest.parse(html);
		ReportCommandTest.assertNoExternalReference(page, html);
		assertEquals(charts, page.getElementsByTagNameNS(XHTML, "figure").getLength());
		assertEquals(charts, page.getElementsByTagNameNS(SVG, "svg").getLength());
		List<String> svgs = ReportCommandTest.svgElements(html);
		assertEquals(charts, svgs.size());
		for (String svg : svgs) {
			assertEquals("svg", ReportCommandTest.parse(svg).getDocumentElement().getLocalName());
		}
		// every chart the results have, by its title
		String chartTexts = String.join("\n", ReportCommandTest.texts(page, SVG, "text"));
		for (var chart : PolicyCharts.all(results).values()) {
			assertTrue(chartTexts.contains(chart.getTitle().getText()), chart.getTitle().getText());
		}
		// the same results give the same bytes
		CliFixture again = new CliFixture();
		Path other = tmp.resolve(name + ".html");
		assertEquals(Cli.OK, again.run("report", dir.toString(), "--out", other.toString()), again.err());
		assertEquals(html, Files.readString(other));
		return page;
	}

	@Test
	void aSimulationsReportHasItsTableAndBothCurves(@TempDir Path tmp) throws Exception {
		PolicyResults results = PolicyResults.of("policy simulate", Map.of("preset", "small"), Map.of("rounds",
				"200"), List.of(new PolicyResults.PolicyEntry("eps-greedy", "eps-greedy", Map.of("epsilon", "0.1"))),
				PolicyChartsTest.simulation().rows(), PolicyChartsTest.simulation().curves(), List.of(
						"fewer than 3 seeds"),
				Map.of("java.version", "25"));
		Document page = report(tmp, "simulate", results, 2);
		String table = ReportCommandTest.section(page, "results");
		// linucb: reward 4 [3, 5], regret 6 [5.5, 6.5] over 3 seeds
		assertTrue(table.contains("linucb4.00 [3.00, 5.00]6.00 [5.50, 6.50]3"), table);
		assertTrue(table.contains("fewer than 3 seeds"), table);
		assertTrue(ReportCommandTest.section(page, "data").contains("epsilon=0.1"));
		assertTrue(ReportCommandTest.section(page, "provenance").contains("java.version25"));
	}

	@Test
	void anEvaluationsReportHasTheEstimatesAndTheOpeChart(@TempDir Path tmp) throws Exception {
		Document page = report(tmp, "evaluate", PolicyChartsTest.evaluation(), 1);
		String table = ReportCommandTest.section(page, "results");
		assertTrue(table.contains("linucbdr0.04200 [0.03000, 0.05000]0.041001,000500"), table);
		assertTrue(table.contains("ucb1ips0.02000 [0.01000, 0.03000]-1,000900"), table);
	}

	@Test
	void anAccuracyReportHasBiasRmseAndCoverageAndSixCharts(@TempDir Path tmp) throws Exception {
		Document page = report(tmp, "accuracy", PolicyChartsTest.accuracy(), 6);
		String table = ReportCommandTest.section(page, "results");
		// size 2000, β 0.5, dm: bias 1.6, RMSE 3.2, coverage 0.85 over 30 logs
		assertTrue(table.contains("20000.50.4500dm0.03000+1.600003.200000.85030"), table);
	}
}
