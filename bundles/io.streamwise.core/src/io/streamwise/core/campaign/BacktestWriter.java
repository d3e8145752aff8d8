// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes a backtest as {@code backtest.json} (format {@value #FORMAT}, version {@value #VERSION}: settings, coverage
 * and MdAPE in all and per cut point) and {@code backtest.csv} (one row per market and cut point). Here rather than in
 * the command so that the command line's model loads without Gson and FastCSV on its class path.
 */
public final class BacktestWriter {

	public static final String FORMAT = "streamwise.campaign-backtest";
	public static final int VERSION = 1;

	private BacktestWriter() {
	}

	public static void write(Path dir, CampaignBacktest.Result result) throws IOException {
		CampaignBacktest.Settings s = result.settings();
		JsonObject root = new JsonObject();
		root.addProperty("format", FORMAT);
		root.addProperty("formatVersion", VERSION);
		root.addProperty("markets", s.markets());
		root.addProperty("streamsPerMarket", s.streams());
		root.addProperty("draws", s.draws());
		root.addProperty("seed", s.seed());
		root.addProperty("streamShock", s.streamShock());
		root.addProperty("popularityShock", s.popularityShock());
		root.addProperty("coverage", result.coverage());
		root.addProperty("mdape", result.mdape());
		JsonArray cuts = new JsonArray();
		for (int c = 0; c < s.cuts().length; c++) {
			JsonObject cut = new JsonObject();
			cut.addProperty("learnedStreams", s.cuts()[c]);
			cut.addProperty("coverage", result.coverageByCut()[c]);
			cut.addProperty("mdape", result.mdapeByCut()[c]);
			cuts.add(cut);
		}
		root.add("byCut", cuts);
		try (Writer w = Files.newBufferedWriter(dir.resolve("backtest.json"), StandardCharsets.UTF_8)) {
			new GsonBuilder().setPrettyPrinting().create().toJson(root, w);
			w.write('\n');
		}
		try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(dir.resolve("backtest.csv"),
				StandardCharsets.UTF_8)) {
			csv.writeRecord("market", "learned_streams", "actual_revenue", "p10", "p50", "p90", "covered");
			for (CampaignBacktest.Case c : result.cases()) {
				csv.writeRecord(Integer.toString(c.market()), Integer.toString(c.cut()), num(c.actual()),
						num(c.p10()), num(c.p50()), num(c.p90()), c.covered() ? "1" : "0");
			}
		}
	}

	private static String num(double v) {
		return String.format(Locale.ROOT, "%.2f", v);
	}
}
