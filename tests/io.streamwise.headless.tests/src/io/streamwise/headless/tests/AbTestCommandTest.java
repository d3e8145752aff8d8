// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.headless.Cli;

/** The abtest commands end to end: plans, analyses, monitors, and the bad-input paths that write nothing. */
class AbTestCommandTest {

	private static final String TEST_FILE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<abtest:ABTest xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:abtest="http://streamwise.io/model/abtest/1.0" id="pin" name="Pinned offer" formatVersion="1.2"
			    alpha="0.05" power="0.9" minimumDetectableEffect="0.5" correction="BENJAMINI_HOCHBERG">
			  <variants name="control" trafficShare="0.5" control="true"/>
			  <variants name="pinned" trafficShare="SHARE"/>
			  <primaryMetric name="conversion" kind="CONVERSION_RATE" baseline="0.5"/>
			</abtest:ABTest>
			""";

	/** A unit table: control converts at 10 %, pinned at 14 %; days 0..9; 40 streams. */
	private static Path units(Path dir) throws IOException {
		SplittableRandom rng = new SplittableRandom(4);
		StringBuilder csv = new StringBuilder("unit,variant,conversion,revenue,pre,stream,day\n");
		for (int i = 0; i < 6000; i++) {
			boolean pinned = rng.nextBoolean();
			int converted = rng.nextDouble() < (pinned ? 0.14 : 0.10) ? 1 : 0;
			csv.append("u").append(i).append(',').append(pinned ? "pinned" : "control").append(',').append(converted)
					.append(',').append(converted * 20).append(',').append(rng.nextInt(3)).append(",s")
					.append(rng.nextInt(40)).append(',').append(i * 10 / 6000).append('\n');
		}
		return Files.writeString(dir.resolve("units.csv"), csv);
	}

	private static JsonObject json(Path file) throws IOException {
		return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
	}

	@Test
	void designFromOptionsAndFromAFile(@TempDir Path tmp) throws Exception {
		CliFixture c = new CliFixture();
		// R's power.prop.test(p1 = .50, p2 = .75, power = .90): n = 76.7 per group
		assertEquals(Cli.OK, c.run("abtest", "design", "--baseline", "0.5", "--mde", "0.25", "--absolute", "--power",
				"0.9", "--daily-traffic", "20", "--out", tmp.resolve("d").toString()), c.err());
		assertTrue(c.out().contains("total 154 units, 8 days at 20 a day"), c.out());
		JsonObject design = json(tmp.resolve("d/design.json"));
		assertEquals("streamwise.abtest-design", design.get("format").getAsString());
		assertEquals(77, design.getAsJsonArray("arms").get(1).getAsJsonObject().get("units").getAsInt());

		Path file = Files.writeString(tmp.resolve("pin.abtest"), TEST_FILE.replace("SHARE", "0.5"));
		CliFixture f = new CliFixture();
		assertEquals(Cli.OK, f.run("abtest", "design", file.toString()), f.err());
		assertTrue(f.out().contains("pinned") && f.out().contains("(control)"), f.out());
	}

	/** The example: 5 % → 5.5 %, CUPED ρ = 0.3 (× 0.91): 28,422.4 per arm by hand, 38 days at 1,500 a day. */
	@Test
	void theExamplePlansByHand() throws Exception {
		Path example = null;
		for (Path p = Path.of("").toAbsolutePath(); p != null && example == null; p = p.getParent()) {
			if (Files.isRegularFile(p.resolve("examples/abtest/pinned-offer.abtest"))) {
				example = p.resolve("examples/abtest/pinned-offer.abtest");
			}
		}
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("abtest", "design", String.valueOf(example)), c.err());
		assertTrue(c.out().contains("28,423 units") && c.out().contains("total 56,846 units, 38 days at 1500 a day"),
				c.out());
	}

	@Test
	void sharesNotSummingToOneExitThreeNamingFileLineAndFieldAndWriteNothing(@TempDir Path tmp) throws Exception {
		Path file = Files.writeString(tmp.resolve("bad.abtest"), TEST_FILE.replace("SHARE", "0.4"));
		Path out = tmp.resolve("out");
		CliFixture c = new CliFixture();
		assertEquals(Cli.BAD_INPUT, c.run("abtest", "design", file.toString(), "--out", out.toString()));
		assertTrue(c.err().contains("bad.abtest:5: field 'trafficShare': the variants' traffic shares sum to 0.9"),
				c.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void analyseWritesEveryMethodAndTheVerdict(@TempDir Path tmp) throws Exception {
		Path data = units(tmp);
		Path out = tmp.resolve("a");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("abtest", "analyse", "--data", data.toString(), "--variant-column", "variant",
				"--metric", "conversion,revenue", "--pre-period", "pre", "--out", out.toString()), c.err());
		JsonObject a = json(out.resolve("analysis.json"));
		assertEquals("streamwise.abtest-analysis", a.get("format").getAsString());
		assertEquals(1, a.get("formatVersion").getAsInt());
		assertFalse(a.getAsJsonObject("sampleRatio").get("mismatch").getAsBoolean());
		JsonObject conversion = a.getAsJsonArray("metrics").get(0).getAsJsonObject();
		JsonObject comparison = conversion.getAsJsonArray("comparisons").get(0).getAsJsonObject();
		assertEquals("cuped", comparison.get("primaryMethod").getAsString());
		assertEquals("significant increase", comparison.get("verdict").getAsString());
		assertTrue(comparison.getAsJsonObject("bayesian").get("probabilityBBeatsA").getAsDouble() > 0.99);
		String csv = Files.readString(out.resolve("analysis.csv"));
		for (String method : new String[] { "z-pooled", "z-unpooled", "fisher", "welch", "welch-relative", "cuped",
				"bayesian" }) {
			assertTrue(csv.contains(",pinned," + method + ","), method + " missing:\n" + csv);
		}
		for (String chart : List.of("forest", "posterior-conversion")) {
			ReportCommandTest.parse(Files.readString(out.resolve("charts").resolve(chart + ".svg")));
			assertTrue(Files.size(out.resolve("charts").resolve(chart + ".png")) > 0, chart);
		}
	}

	@Test
	void aNonNumericMetricOrAVariantWithoutUnitsExitThreeAndWriteNothing(@TempDir Path tmp) throws Exception {
		Path data = Files.writeString(tmp.resolve("u.csv"), "unit,variant,revenue\nu1,control,3\nu2,pinned,n/a\n");
		Path out = tmp.resolve("a");
		CliFixture c = new CliFixture();
		assertEquals(Cli.BAD_INPUT, c.run("abtest", "analyse", "--data", data.toString(), "--metric", "revenue",
				"--out", out.toString()));
		assertTrue(c.err().contains("u.csv:3: field 'revenue': 'n/a' is not a number"), c.err());
		assertFalse(Files.exists(out));

		Path file = Files.writeString(tmp.resolve("pin.abtest"), TEST_FILE.replace("SHARE", "0.5"));
		Path only = Files.writeString(tmp.resolve("c.csv"), "unit,variant,conversion\nu1,control,1\nu2,control,0\n");
		CliFixture d = new CliFixture();
		assertEquals(Cli.BAD_INPUT, d.run("abtest", "analyse", "--data", only.toString(), "--test", file.toString(),
				"--out", out.toString()));
		assertTrue(d.err().contains("c.csv: field 'variant': variant pinned has no units"), d.err());
		assertFalse(Files.exists(out));
	}

	/**
	 * The test file's guardrail (revenue, a column of the data) is analysed without being asked for, adjusted with
	 * conversion (Benjamini–Hochberg over two comparisons), and marked in both result files; a guardrail column the
	 * data do not have exits 3 naming the file and the field, with nothing written.
	 */
	@Test
	void analyseAddsTheTestFilesGuardrails(@TempDir Path tmp) throws Exception {
		Path data = units(tmp);
		Path file = Files.writeString(tmp.resolve("pin.abtest"), TEST_FILE.replace("SHARE", "0.5").replace(
				"</abtest:ABTest>",
				"  <guardrailMetrics name=\"revenue\" kind=\"REVENUE_PER_VIEWER\" column=\"revenue\""
						+ " standardDeviation=\"5\"/>\n</abtest:ABTest>"));
		Path out = tmp.resolve("a");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("abtest", "analyse", "--data", data.toString(), "--test", file.toString(), "--out",
				out.toString()), c.err());
		assertTrue(c.out().contains("revenue (guardrail) control"), c.out());
		var metrics = json(out.resolve("analysis.json")).getAsJsonArray("metrics");
		assertEquals(2, metrics.size());
		JsonObject revenue = metrics.get(1).getAsJsonObject();
		assertEquals("revenue", revenue.get("metric").getAsString());
		assertTrue(revenue.get("guardrail").getAsBoolean());
		assertFalse(metrics.get(0).getAsJsonObject().get("guardrail").getAsBoolean());
		// revenue is 20 per buyer and rises with conversion: the guardrail holds (it rose)
		assertEquals("significant increase", revenue.getAsJsonArray("comparisons").get(0).getAsJsonObject()
				.get("verdict").getAsString());
		String csv = Files.readString(out.resolve("analysis.csv"));
		assertTrue(csv.startsWith("metric,arm,method,estimate,standard_error,statistic,p_value,low,high,adjusted_p,"
				+ "verdict,role\n"), csv);
		assertTrue(csv.contains("revenue,pinned,welch,") && csv.lines().filter(l -> l.startsWith("revenue,"))
				.allMatch(l -> l.endsWith(",guardrail")), csv);

		Path missing = Files.writeString(tmp.resolve("gmv.abtest"), TEST_FILE.replace("SHARE", "0.5").replace(
				"</abtest:ABTest>", "  <guardrailMetrics name=\"gmv\" kind=\"GMV_PER_STREAM\" column=\"gmv\""
						+ " standardDeviation=\"5\"/>\n</abtest:ABTest>"));
		Path out2 = tmp.resolve("b");
		CliFixture d = new CliFixture();
		assertEquals(Cli.BAD_INPUT, d.run("abtest", "analyse", "--data", data.toString(), "--test", missing.toString(),
				"--out", out2.toString()));
		assertTrue(d.err().contains("units.csv") && d.err().contains("field 'gmv'"), d.err());
		assertFalse(Files.exists(out2));
	}

	/**
	 * The asymptotic confidence sequence, tuned to the log's 6,000 units: the same looks as the mixture SPRT, the
	 * method named in the results, and ρ² = (2 ln 20 + ln(1 + 2 ln 20)) / 6000; an unknown method is a usage error.
	 */
	@Test
	void monitorWithTheConfidenceSequence(@TempDir Path tmp) throws Exception {
		Path data = units(tmp);
		Path out = tmp.resolve("m");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("abtest", "monitor", "--data", data.toString(), "--metric", "conversion",
				"--day-column", "day", "--method", "confidence-sequence", "--out", out.toString()), c.err());
		JsonObject m = json(out.resolve("monitor.json"));
		assertEquals(10, m.getAsJsonArray("looks").size());
		assertTrue(c.out().contains("asymptotic confidence sequence"), c.out());
		assertEquals("confidence-sequence", m.get("method").getAsString());
		double l = 2 * Math.log(20);
		assertEquals((l + Math.log(1 + l)) / 6000, m.get("rho2").getAsDouble(), 1e-12);
		ReportCommandTest.parse(Files.readString(out.resolve("charts").resolve("monitoring.svg")));
		CliFixture bad = new CliFixture();
		assertEquals(Cli.USAGE, bad.run("abtest", "monitor", "--data", data.toString(), "--day-column", "day",
				"--method", "bogus", "--out", tmp.resolve("x").toString()));
		assertTrue(bad.err().contains("--method must be msprt or confidence-sequence"), bad.err());
	}

	@Test
	void monitorLooksOncePerDayAndDecides(@TempDir Path tmp) throws Exception {
		Path data = units(tmp);
		Path out = tmp.resolve("m");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("abtest", "monitor", "--data", data.toString(), "--metric", "conversion",
				"--day-column", "day", "--mde", "0.3", "--out", out.toString()), c.err());
		JsonObject m = json(out.resolve("monitor.json"));
		assertEquals("streamwise.abtest-monitor", m.get("format").getAsString());
		assertEquals(10, m.getAsJsonArray("looks").size());
		assertTrue(m.getAsJsonArray("decisions").get(0).getAsJsonObject().get("decisionDay").getAsInt() <= 10);
		assertTrue(Files.readString(out.resolve("monitor.csv")).startsWith("arm,day,units_control,units_arm,"));
		ReportCommandTest.parse(Files.readString(out.resolve("charts").resolve("monitoring.svg")));
	}

	@Test
	void calibrateWritesTheBenchsFiles(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("c");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("abtest", "calibrate", "--replicates", "20", "--preset", "small", "--threads",
				"2", "--out", out.toString()), c.err());
		assertEquals("streamwise.abtest-calibration",
				json(out.resolve("calibration.json")).get("format").getAsString());
		for (String chart : List.of("type1", "peeking")) {
			ReportCommandTest.parse(Files.readString(out.resolve("charts").resolve(chart + ".svg")));
			assertTrue(Files.size(out.resolve("charts").resolve(chart + ".png")) > 0, chart);
		}
		assertTrue(Files.readString(out.resolve("charts").resolve("peeking.svg")).contains("mixture SPRT"));
	}
}
