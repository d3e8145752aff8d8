// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.headless.Cli;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.RateSource;
import io.streamwise.model.campaign.TargetSegment;
import io.streamwise.model.io.ModelIO;

class CampaignCommandTest {

	private static final Path EXAMPLE = root().resolve("examples/campaign/launch.campaign");

	/** The checkout: the folder above the working directory that holds README.md and examples/. */
	private static Path root() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("examples"))) {
				return p;
			}
		}
		throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
	}

	@Test
	void theExampleForecastsEveryScenarioTheSameAtAnyThreadCount(@TempDir Path tmp) throws Exception {
		CliFixture one = new CliFixture();
		Path a = tmp.resolve("a"), b = tmp.resolve("b");
		assertEquals(Cli.OK, one.run("campaign", "forecast", EXAMPLE.toString(), "--scenario", "all", "--draws",
				"3000", "--seed", "5", "--threads", "1", "--out", a.toString()), one.err());
		assertTrue(one.out().contains("double-promotion") && one.out().contains("bundle-and-extra-stream"),
				one.out());
		CliFixture two = new CliFixture();
		assertEquals(Cli.OK, two.run("campaign", "forecast", EXAMPLE.toString(), "--scenario", "all", "--draws",
				"3000", "--seed", "5", "--threads", "2", "--out", b.toString()), two.err());
		assertArrayEquals(Files.readAllBytes(a.resolve("forecast.json")),
				Files.readAllBytes(b.resolve("forecast.json")));
		assertArrayEquals(Files.readAllBytes(a.resolve("forecast.csv")), Files.readAllBytes(b.resolve("forecast.csv")));
		JsonObject json = JsonParser.parseString(Files.readString(a.resolve("forecast.json"))).getAsJsonObject();
		assertEquals("streamwise.campaign-forecast", json.get("format").getAsString());
		assertEquals(1, json.get("formatVersion").getAsInt());
		assertEquals(3, json.getAsJsonArray("scenarios").size());
		JsonObject base = json.getAsJsonArray("scenarios").get(0).getAsJsonObject();
		assertEquals(6, base.getAsJsonArray("streams").size());
		assertEquals(4, base.getAsJsonArray("segments").size());
		JsonObject consultation = base.getAsJsonArray("products").get(1).getAsJsonObject();
		assertTrue(consultation.getAsJsonObject("units").get("p90").getAsDouble() <= 40, "40 slots");
		assertTrue(
				Files.readString(a.resolve("forecast.csv")).startsWith("scenario,group,id,metric,mean,p10,p50,p90\n"));

		// the client report and the chart files: the same seed gives the same bytes
		assertArrayEquals(Files.readAllBytes(a.resolve("report.html")), Files.readAllBytes(b.resolve("report.html")));
		for (String chart : List.of("fan", "distribution", "scenarios", "tornado", "funnel")) {
			for (String kind : List.of(".svg", ".png")) {
				Path file = a.resolve("charts").resolve(chart + kind);
				assertTrue(Files.size(file) > 1000, file + " has a chart");
				assertArrayEquals(Files.readAllBytes(file),
						Files.readAllBytes(b.resolve("charts").resolve(chart + kind)),
						file.toString());
			}
			ReportCommandTest.parse(Files.readString(a.resolve("charts").resolve(chart + ".svg")));
		}
		byte[] png = Files.readAllBytes(a.resolve("charts/fan.png"));
		assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
	}

	/** The campaign of the speed goal's size (docs/benchmarks.md), kept forecastable by the command. */
	@Test
	void theBenchmarkCampaignHasSixStreamsFiveProductsAndFourSegmentsAndForecasts(@TempDir Path tmp)
			throws Exception {
		Path bench = root().resolve("releng/campaign-bench/six-streams-five-products.campaign");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("campaign", "forecast", bench.toString(), "--draws", "2000", "--threads", "2",
				"--out", tmp.resolve("out").toString()), c.err());
		JsonObject json = JsonParser.parseString(Files.readString(tmp.resolve("out/forecast.json")))
				.getAsJsonObject();
		assertEquals(1, json.getAsJsonArray("scenarios").size(), "the base plan only");
		JsonObject base = json.getAsJsonArray("scenarios").get(0).getAsJsonObject();
		assertEquals(6, base.getAsJsonArray("streams").size());
		assertEquals(5, base.getAsJsonArray("products").size());
		assertEquals(4, base.getAsJsonArray("segments").size());
	}

	@Test
	void theClientReportIsOneWellFormedPageWithEveryChartAndNothingFromOutside(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("out");
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("campaign", "forecast", EXAMPLE.toString(), "--scenario", "all", "--draws", "2000",
				"--out", out.toString()), c.err());
		String html = Files.readString(out.resolve("report.html"));
		Document page = ReportCommandTest.parse(html);
		ReportCommandTest.assertNoExternalReference(page, html);
		List<String> svgIds = new ArrayList<>();
		for (Element e : ReportCommandTest.all(page)) {
			if ("svg".equals(e.getLocalName())) {
				svgIds.add(e.getAttribute("id"));
			}
		}
		assertEquals(List.of("chart-fan", "chart-distribution", "chart-funnel", "chart-scenarios", "chart-tornado"),
				svgIds);
		String text = page.getDocumentElement().getTextContent();
		// the scenario comparison names every scenario, the assumptions every product, the method its caveats
		for (String expected : List.of("double-promotion", "bundle-and-extra-stream", "Assumptions",
				"Method and caveats", "Not modelled", "consultation", "Chance of reaching the target")) {
			assertTrue(text.contains(expected), expected);
		}
		assertTrue(c.out().contains("report.html"), c.out());
	}

	@Test
	void anInvalidCampaignExitsWithBadInputNamingFileAndPathAndWritesNothing(@TempDir Path tmp) throws Exception {
		Path file = tmp.resolve("bad.campaign");
		Files.writeString(file, Files.readString(EXAMPLE).replace("<join mean=\"0.35\"", "<join mean=\"1.35\""));
		Path out = tmp.resolve("out");
		CliFixture c = new CliFixture();
		assertEquals(Cli.BAD_INPUT, c.run("campaign", "forecast", file.toString(), "--out", out.toString()));
		assertTrue(c.err().contains("bad.campaign: segments[students]/funnels[0]/join/mean: rate 1.35 is outside"),
				c.err());
		assertFalse(Files.exists(out));

		Path scenario = tmp.resolve("scenario.campaign");
		Files.writeString(scenario, Files.readString(EXAMPLE).replace("plannedStreams[s6]/promotionSpend",
				"plannedStreams[s9]/promotionSpend"));
		CliFixture s = new CliFixture();
		assertEquals(Cli.BAD_INPUT, s.run("campaign", "forecast", scenario.toString(), "--out", out.toString()));
		assertTrue(s.err().contains("overrides an input that does not exist: 'plannedStreams[s9]/promotionSpend'"),
				s.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void learnFillsTheFunnelFromASimulatedLogAndTheResultForecasts(@TempDir Path tmp) throws Exception {
		Path data = tmp.resolve("market");
		CliFixture sim = new CliFixture();
		assertEquals(Cli.OK, sim.run("simulate", "--out", data.toString(), "--preset", "small", "--seed", "3"),
				sim.err());
		Audience audience = ModelIO.load(data.resolve("audience.audience"), Audience.class);
		CampaignFactory f = CampaignFactory.eINSTANCE;
		Campaign campaign = f.createCampaign();
		campaign.setId("learned");
		CampaignProduct any = f.createCampaignProduct();
		any.setId("anything");
		any.setPrice(40.0);
		campaign.getProducts().add(any);
		CampaignStream stream = f.createCampaignStream();
		stream.setId("next");
		campaign.getPlannedStreams().add(stream);
		TargetSegment segment = f.createTargetSegment();
		segment.setId("fans");
		segment.setSegment(audience.getSegments().get(0));
		campaign.getSegments().add(segment);
		Path file = tmp.resolve("learned.campaign");
		ModelIO.save(campaign, file);

		CliFixture learn = new CliFixture();
		assertEquals(Cli.OK, learn.run("campaign", "learn", "--data", data.toString(), "--campaign", file.toString()),
				learn.err());
		Campaign filled = ModelIO.load(file, Campaign.class);
		TargetSegment fans = filled.getSegments().get(0);
		assertTrue(fans.getSize() > 0, "the size is the segment's members");
		var funnel = fans.getFunnels().get(0);
		assertEquals(RateSource.LEARNED, funnel.getReach().getSource());
		assertTrue(funnel.getReach().getAlpha() > 1 && funnel.getReach().getBeta() > 1);
		assertEquals(1.0, funnel.getJoin().getMean());
		// the conversion was created for the campaign's product, whose id no log item has: nothing was bought
		assertEquals(1.0, funnel.getConversions().get(0).getClick().getAlpha());

		CliFixture forecast = new CliFixture();
		assertEquals(Cli.OK, forecast.run("campaign", "forecast", file.toString(), "--draws", "500", "--out",
				tmp.resolve("f").toString()), forecast.err());
	}

	@Test
	void learnWithAConversionModelTakesThePurchaseRatesFromItKeepsTheChoiceAndRefusesAnUnknownOne(@TempDir Path tmp)
			throws Exception {
		Path data = tmp.resolve("market");
		CliFixture sim = new CliFixture();
		assertEquals(Cli.OK, sim.run("simulate", "--out", data.toString(), "--preset", "small", "--seed", "3"),
				sim.err());
		Audience audience = ModelIO.load(data.resolve("audience.audience"), Audience.class);
		CampaignFactory f = CampaignFactory.eINSTANCE;
		Campaign campaign = f.createCampaign();
		campaign.setId("modelled");
		CampaignProduct any = f.createCampaignProduct();
		any.setId("anything");
		any.setPrice(40.0);
		campaign.getProducts().add(any);
		CampaignStream stream = f.createCampaignStream();
		stream.setId("next");
		campaign.getPlannedStreams().add(stream);
		for (int s = 0; s < 2; s++) {
			TargetSegment segment = f.createTargetSegment();
			segment.setId("segment" + s);
			segment.setSegment(audience.getSegments().get(s));
			var funnel = f.createFunnel();
			funnel.getConversions().add(f.createConversion()); // no product: any item of the log
			segment.getFunnels().add(funnel);
			campaign.getSegments().add(segment);
		}
		Path file = tmp.resolve("modelled.campaign"), again = tmp.resolve("again.campaign");
		ModelIO.save(campaign, file);
		Files.copy(file, again);
		byte[] before = Files.readAllBytes(file);

		CliFixture unknown = new CliFixture();
		assertEquals(Cli.USAGE, unknown.run("campaign", "learn", "--data", data.toString(), "--campaign",
				file.toString(), "--conversion-model", "no-such-model"), unknown.err());
		assertTrue(unknown.err().contains("--conversion-model no-such-model: no installed algorithm has the id"
				+ " 'no-such-model'; installed: "), unknown.err());
		CliFixture badSetting = new CliFixture();
		assertEquals(Cli.USAGE, badSetting.run("campaign", "learn", "--data", data.toString(), "--campaign",
				file.toString(), "--conversion-model", "moa.naive-bayes", "--set", "moa.naive-bayes:noSuchKey=1"),
				badSetting.err());
		assertArrayEquals(before, Files.readAllBytes(file), "a refused learn leaves the file alone");

		CliFixture learn = new CliFixture();
		assertEquals(Cli.OK, learn.run("campaign", "learn", "--data", data.toString(), "--campaign", file.toString(),
				"--conversion-model", "moa.naive-bayes", "--seed", "4"), learn.err());
		assertTrue(learn.out().contains("segment0: moa.naive-bayes gives P(a session buys)"), learn.out());
		Campaign filled = ModelIO.load(file, Campaign.class);
		assertEquals("moa.naive-bayes", filled.getPurchaseModel().getAlgorithm());
		var purchase = filled.getSegments().get(0).getFunnels().get(0).getConversions().get(0).getPurchase();
		assertEquals(RateSource.LEARNED, purchase.getSource());
		assertTrue(purchase.getLearnedFrom().contains("moa.naive-bayes on"), purchase.getLearnedFrom());

		// the same seed, the same file; and the choice kept in the file is used without the option
		CliFixture learnAgain = new CliFixture();
		assertEquals(Cli.OK, learnAgain.run("campaign", "learn", "--data", data.toString(), "--campaign",
				again.toString(), "--conversion-model", "moa.naive-bayes", "--seed", "4"), learnAgain.err());
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
		CliFixture kept = new CliFixture();
		assertEquals(Cli.OK, kept.run("campaign", "learn", "--data", data.toString(), "--campaign", again.toString(),
				"--seed", "4"), kept.err());
		assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));

		CliFixture forecast = new CliFixture();
		assertEquals(Cli.OK, forecast.run("campaign", "forecast", file.toString(), "--draws", "500", "--out",
				tmp.resolve("f").toString()), forecast.err());
	}

	@Test
	void backtestWritesCoverage(@TempDir Path tmp) throws Exception {
		CliFixture c = new CliFixture();
		Path out = tmp.resolve("bt");
		assertEquals(Cli.OK, c.run("campaign", "backtest", "--markets", "4", "--draws", "200", "--seed", "2", "--out",
				out.toString()), c.err());
		assertTrue(c.out().contains("P10-P90 coverage of actual revenue"), c.out());
		JsonObject json = JsonParser.parseString(Files.readString(out.resolve("backtest.json"))).getAsJsonObject();
		assertEquals(4, json.get("markets").getAsInt());
		assertEquals(17, Files.readAllLines(out.resolve("backtest.csv")).size()); // header + 4 markets x 4 cuts
	}
}
