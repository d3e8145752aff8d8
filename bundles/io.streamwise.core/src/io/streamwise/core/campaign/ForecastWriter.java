// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.streamwise.core.campaign.Forecast.Group;
import io.streamwise.core.campaign.Forecast.Summary;

/**
 * Writes forecasts as {@code forecast.json} (format {@value #FORMAT}, version {@value #VERSION}) and
 * {@code forecast.csv} (one row per scenario, group, id and metric: mean, p10, p50, p90). Both carry the same numbers;
 * the same campaign, draws and seed give the same bytes.
 */
public final class ForecastWriter {

	public static final String FORMAT = "streamwise.campaign-forecast";
	public static final int VERSION = 1;
	public static final String JSON = "forecast.json";
	public static final String CSV = "forecast.csv";

	private ForecastWriter() {
	}

	/** The JSON document of the forecasts of one campaign. */
	public static JsonObject json(String campaignFile, String campaignName, String currency, List<Forecast> forecasts) {
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("formatVersion", VERSION);
		root.addProperty("campaign", campaignName);
		root.addProperty("campaignFile", campaignFile);
		root.addProperty("currency", currency);
		JsonArray scenarios = new JsonArray();
		for (Forecast f : forecasts) {
			JsonObject s = new JsonObject();
			s.addProperty("scenario", f.scenario());
			s.addProperty("draws", f.draws());
			s.addProperty("seed", f.seed());
			s.addProperty("spend", f.spend());
			JsonObject target = new JsonObject();
			target.addProperty("metric", f.targetMetric());
			target.addProperty("value", f.target());
			target.addProperty("probability", f.probabilityOfTarget());
			s.add("target", target);
			s.add("total", group(f.total()));
			s.add("streams", groups(f.streams()));
			s.add("products", groups(f.products()));
			s.add("segments", groups(f.segments()));
			JsonArray path = new JsonArray();
			for (int t = 0; t < f.cumulativeRevenue().size(); t++) {
				JsonObject point = summary(f.cumulativeRevenue().get(t));
				point.addProperty("afterStream", f.streams().get(t).id());
				path.add(point);
			}
			s.add("cumulativeRevenue", path);
			JsonArray tornado = new JsonArray();
			for (Forecast.TornadoBar bar : f.tornado()) {
				JsonObject b = new JsonObject();
				b.addProperty("input", bar.input());
				b.addProperty("inputP10", bar.inputP10());
				b.addProperty("inputP90", bar.inputP90());
				b.addProperty("profitAtP10", bar.profitAtP10());
				b.addProperty("profitAtP90", bar.profitAtP90());
				tornado.add(b);
			}
			s.addProperty("tornadoBase", f.tornadoBase());
			s.add("tornado", tornado);
			JsonArray shares = new JsonArray();
			for (Forecast.VarianceShare share : f.varianceShares()) {
				JsonObject v = new JsonObject();
				v.addProperty("input", share.input());
				v.addProperty("share", share.share());
				shares.add(v);
			}
			s.add("profitVarianceShares", shares);
			JsonArray funnel = new JsonArray();
			for (Forecast.Stage stage : f.funnel()) {
				JsonObject o = new JsonObject();
				o.addProperty("stage", stage.stage());
				o.addProperty("mean", stage.mean());
				funnel.add(o);
			}
			s.add("funnel", funnel);
			Forecast.Histogram h = f.targetDistribution();
			JsonObject histogram = new JsonObject();
			histogram.addProperty("metric", h.metric());
			histogram.addProperty("low", h.low());
			histogram.addProperty("width", h.width());
			JsonArray counts = new JsonArray();
			h.counts().forEach(counts::add);
			histogram.add("counts", counts);
			s.add("targetDistribution", histogram);
			scenarios.add(s);
		}
		root.add("scenarios", scenarios);
		return root;
	}

	private static JsonArray groups(List<Group> groups) {
		JsonArray a = new JsonArray();
		groups.forEach(g -> a.add(group(g)));
		return a;
	}

	private static JsonObject group(Group g) {
		JsonObject o = new JsonObject();
		o.addProperty("id", g.id());
		o.add("viewers", summary(g.viewers()));
		o.add("buyers", summary(g.buyers()));
		o.add("units", summary(g.units()));
		o.add("revenue", summary(g.revenue()));
		o.add("refunds", summary(g.refunds()));
		o.add("profit", summary(g.profit()));
		if (g.roi() != null) {
			o.add("roi", summary(g.roi()));
		}
		return o;
	}

	private static JsonObject summary(Summary s) {
		JsonObject o = new JsonObject();
		o.addProperty("mean", s.mean());
		o.addProperty("p10", s.p10());
		o.addProperty("p50", s.p50());
		o.addProperty("p90", s.p90());
		return o;
	}

	/** Writes forecast.json and forecast.csv into {@code dir}. */
	public static void write(Path dir, String campaignFile, String campaignName, String currency,
			List<Forecast> forecasts) throws IOException {
		try (Writer w = Files.newBufferedWriter(dir.resolve(JSON), StandardCharsets.UTF_8)) {
			new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create()
					.toJson(json(campaignFile, campaignName, currency, forecasts), w);
			w.write('\n');
		}
		try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(dir.resolve(CSV),
				StandardCharsets.UTF_8)) {
			csv.writeRecord("scenario", "group", "id", "metric", "mean", "p10", "p50", "p90");
			for (Forecast f : forecasts) {
				rows(csv, f.scenario(), "total", List.of(f.total()));
				rows(csv, f.scenario(), "stream", f.streams());
				rows(csv, f.scenario(), "product", f.products());
				rows(csv, f.scenario(), "segment", f.segments());
				for (int t = 0; t < f.cumulativeRevenue().size(); t++) {
					row(csv, f.scenario(), "cumulative", f.streams().get(t).id(), "revenue",
							f.cumulativeRevenue().get(t));
				}
				csv.writeRecord(f.scenario(), "total", "total", "p_target_" + f.targetMetric(),
						number(f.probabilityOfTarget()), "", "", "");
			}
		}
	}

	private static void rows(CsvWriter csv, String scenario, String kind, List<Group> groups) {
		for (Group g : groups) {
			row(csv, scenario, kind, g.id(), "viewers", g.viewers());
			row(csv, scenario, kind, g.id(), "buyers", g.buyers());
			row(csv, scenario, kind, g.id(), "units", g.units());
			row(csv, scenario, kind, g.id(), "revenue", g.revenue());
			row(csv, scenario, kind, g.id(), "refunds", g.refunds());
			row(csv, scenario, kind, g.id(), "profit", g.profit());
			if (g.roi() != null) {
				row(csv, scenario, kind, g.id(), "roi", g.roi());
			}
		}
	}

	private static void row(CsvWriter csv, String scenario, String kind, String id, String metric, Summary s) {
		csv.writeRecord(scenario, kind, id, metric, number(s.mean()), number(s.p10()), number(s.p50()),
				number(s.p90()));
	}

	static String number(double v) {
		return String.format(Locale.ROOT, "%.6g", v);
	}
}
