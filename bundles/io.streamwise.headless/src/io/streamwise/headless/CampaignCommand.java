// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.streamwise.api.data.Dataset;
import io.streamwise.core.campaign.BacktestWriter;
import io.streamwise.core.campaign.CampaignBacktest;
import io.streamwise.core.campaign.CampaignForecaster;
import io.streamwise.core.campaign.CampaignInputException;
import io.streamwise.core.campaign.CampaignLearner;
import io.streamwise.core.campaign.CampaignScenarios;
import io.streamwise.core.campaign.Forecast;
import io.streamwise.core.campaign.ForecastWriter;
import io.streamwise.core.campaign.PurchaseModelFit;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.ModelSetting;
import io.streamwise.model.campaign.PurchaseModel;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.report.CampaignReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code streamwise campaign}: forecasts a campaign file (Monte Carlo over its uncertain rates, per scenario), learns
 * its funnel rates from an event log, and backtests the forecast on simulated markets. See docs/campaigns.md.
 */
@Command(name = "campaign", description = { "Campaign forecasts: forecast, learn, backtest.",
		"Run 'streamwise campaign forecast --help' (or learn, backtest) for a command. See docs/campaigns.md." })
final class CampaignCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new UsageException("campaign needs a command: forecast, learn or backtest");
	}

	/** Loads a campaign file; a file that does not load is bad input (exit 3) naming the file. */
	static Campaign load(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new Cli.InputException(file + ": the campaign file does not exist", null);
		}
		try {
			return ModelIO.load(file, Campaign.class);
		} catch (ModelLoadException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
	}

	/** {@code campaign forecast}: forecast.json and forecast.csv for the base plan and the scenarios asked for. */
	@Command(name = "forecast", description = { "Forecasts a campaign: viewers, buyers, units, revenue, refunds,"
			+ " profit and ROI per stream, product, segment and in total (mean, P10, P50, P90), the probability of"
			+ " reaching the target, the cumulative revenue path, a tornado table and the inputs ranked by their"
			+ " share of profit variance.",
			"Writes forecast.json, forecast.csv, charts/ (fan, distribution, scenarios,"
					+ " tornado, funnel as SVG and PNG) and the client report.html into --out." })
	static final class Forecaster implements Callable<Integer> {
		private final Cli cli;

		@Parameters(index = "0", paramLabel = "FILE.campaign", description = "The campaign file.")
		Path file;

		@Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws; default 10000.")
		int draws = 10_000;

		@Option(names = "--scenario", paramLabel = "NAME|all", description = "A scenario (by name or id) to forecast"
				+ " beside the base plan, or all of them; default none.")
		String scenario;

		@Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice; default 1.")
		long seed = 1;

		@Option(names = "--threads", paramLabel = "N", description = "Threads; default 0, every processor (the"
				+ " results do not depend on it).")
		int threads;

		@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
		Path out;

		Forecaster(Cli cli) {
			this.cli = cli;
		}

		@Override
		public Integer call() throws IOException {
			Path dir = OutputFolder.check(out); // before any work
			if (draws < 1) {
				throw new UsageException("--draws must be at least 1, got " + draws);
			}
			if (threads < 0) {
				throw new UsageException("--threads must be 0 (every processor) or more, got " + threads);
			}
			// the charts' first drawing starts Java 2D and its fonts (about a second of CPU in a new process): on
			// another thread while the campaign loads and compiles, which uses one core (docs/benchmarks.md)
			CampaignReport.warmUp();
			Campaign campaign = load(file);
			List<CampaignScenarios.Variant> variants;
			try {
				variants = CampaignScenarios.variants(campaign, scenario);
			} catch (CampaignInputException e) {
				throw new Cli.InputException(file + ": " + e.getMessage(), e);
			}
			ConsoleProgress progress = cli.progress();
			List<Forecast> forecasts = new ArrayList<>();
			for (CampaignScenarios.Variant v : variants) {
				forecasts.add(new CampaignForecaster(v.plan()).run(v.name(),
						new CampaignForecaster.Settings(draws, seed, threads, true), progress));
			}
			String name = campaign.getName() == null ? campaign.getId() : campaign.getName();
			String currency = campaign.getCurrency() == null ? "" : campaign.getCurrency();
			try (OutputFolder staged = OutputFolder.create(dir)) {
				ForecastWriter.write(staged.staging(), file.getFileName().toString(), name, currency, forecasts);
				progress.checkCancelled();
				// charts and the client report, in the same staged folder: all of it lands or none
				CampaignReport.write(staged.staging(), campaign, file.getFileName().toString(), variants.get(0).plan(),
						forecasts, threads);
				progress.checkCancelled();
				cli.reportPrevious(dir, staged.commit());
			}
			cli.out.printf(Locale.ROOT, "Campaign %s: %,d draws, seed %d%n", name, draws, seed);
			cli.out.printf(Locale.ROOT, "%-24s %30s %30s %10s%n", "scenario", "revenue P50 [P10, P90]",
					"profit P50 [P10, P90]", "P(target)");
			for (Forecast f : forecasts) {
				cli.out.printf(Locale.ROOT, "%-24s %30s %30s %10.3f%n", f.scenario(), interval(f.total().revenue()),
						interval(f.total().profit()), f.probabilityOfTarget());
			}
			if (!forecasts.get(0).tornado().isEmpty()) {
				cli.out.println("largest lever (base): " + forecasts.get(0).tornado().get(0).input());
			}
			cli.out.println("wrote " + dir.resolve(ForecastWriter.JSON) + ", " + ForecastWriter.CSV + ", "
					+ CampaignReport.FILE + " and " + CampaignReport.CHARTS + "/ (SVG and PNG)");
			return Cli.OK;
		}

		private static String interval(Forecast.Summary s) {
			return String.format(Locale.ROOT, "%,.0f [%,.0f, %,.0f]", s.p50(), s.p10(), s.p90());
		}
	}

	/** {@code campaign learn}: fills the funnel rates of a campaign file from an event log. */
	@Command(name = "learn", description = { "Learns a campaign's funnel rates (Beta posteriors per segment and"
			+ " stage) from an event log and writes them into the campaign file.",
			"Reads the log with the data options of stats. With --conversion-model (or the campaign's purchase model),"
					+ " the purchase rates come from that conversion model fitted on the log's session features and"
					+ " averaged per segment." })
	static final class Learn implements Callable<Integer> {
		private final Cli cli;

		@Mixin
		DataOptions data;

		@Option(names = "--campaign", required = true, paramLabel = "FILE.campaign", description = "The campaign"
				+ " file to fill (rewritten in place, atomically).")
		Path file;

		@Option(names = "--seed", paramLabel = "N", description = "Seed, for data that is simulated on the fly and"
				+ " the conversion model; default 1.")
		long seed = 1;

		@Option(names = "--conversion-model", paramLabel = "ID", description = "A conversion model (see 'streamwise"
				+ " algorithms') whose purchase probability, fitted on the log's session features and averaged per"
				+ " segment, sets the purchase rates; kept in the campaign file as its purchase model.")
		String conversionModel;

		@Option(names = "--set", paramLabel = "ID:KEY=VALUE", description = "A setting of the conversion model, one"
				+ " per option (--set moa.hoeffding-tree:gracePeriod=100).")
		List<String> settings = new ArrayList<>();

		Learn(Cli cli) {
			this.cli = cli;
		}

		@Override
		public Integer call() throws IOException {
			DatasetSpec spec = data.datasetSpec();
			Map<String, String> values = settings(conversionModel, settings);
			Campaign campaign = load(file);
			if (conversionModel != null) {
				try {
					PurchaseModelFit.create(cli.registry, conversionModel, values);
				} catch (IllegalArgumentException e) {
					throw new UsageException("--conversion-model " + conversionModel + ": " + e.getMessage());
				}
				PurchaseModel chosen = CampaignFactory.eINSTANCE.createPurchaseModel();
				chosen.setAlgorithm(conversionModel);
				if (campaign.getPurchaseModel() != null) {
					chosen.setObservationMinutes(campaign.getPurchaseModel().getObservationMinutes());
				}
				values.forEach((key, value) -> {
					ModelSetting setting = CampaignFactory.eINSTANCE.createModelSetting();
					setting.setKey(key);
					setting.setValue(value);
					chosen.getSettings().add(setting);
				});
				campaign.setPurchaseModel(chosen);
			} else if (campaign.getPurchaseModel() != null && campaign.getPurchaseModel().getAlgorithm() != null) {
				PurchaseModel kept = campaign.getPurchaseModel();
				try {
					PurchaseModelFit.create(cli.registry, kept.getAlgorithm(), PurchaseModelFit.settings(kept));
				} catch (IllegalArgumentException e) {
					throw new Cli.InputException(file + ": purchaseModel: " + e.getMessage(), e);
				}
			}
			for (String location : java.util.Arrays.asList(spec.location(), spec.testLocation())) {
				if (location != null && !Files.exists(Path.of(location))) {
					throw new Cli.InputException("data " + location + " does not exist", null);
				}
			}
			ConsoleProgress progress = cli.progress();
			Dataset dataset;
			try {
				dataset = DatasetLoader.load(spec, Path.of("."), seed, progress).dataset();
			} catch (IOException | IllegalArgumentException e) {
				throw new Cli.InputException(e.getMessage(), e);
			}
			String source = spec.location() == null ? "simulated data" : spec.location();
			CampaignLearner.Report report;
			try {
				report = CampaignLearner.learn(campaign, dataset.log(), source, cli.registry, seed, progress);
			} catch (IllegalArgumentException e) { // the log has no stream sessions for the conversion model
				throw new Cli.InputException(source + ": " + e.getMessage(), e);
			}
			try {
				io.streamwise.core.campaign.CampaignPlan.compile(campaign);
			} catch (CampaignInputException e) {
				// learning fills rates only: what is still wrong was wrong in the file
				cli.err.println("streamwise: warning: " + file + ": still not forecastable: " + e.getMessage());
			}
			progress.checkCancelled();
			ModelIO.save(campaign, file);
			cli.out.printf(Locale.ROOT, "learned %d rates of %d segments from %d streams of %s into %s%n",
					report.rates(), report.segments(), report.streams(), source, file);
			for (CampaignLearner.Purchase p : report.purchases()) {
				cli.out.printf(Locale.ROOT, "  %s: %s gives P(a session buys) %.4f (counted %.4f) over %,d sessions%n",
						p.segment(), p.algorithm(), p.model(), p.counted(), p.sessions());
			}
			return Cli.OK;
		}

		/** The --set values, each ID:KEY=VALUE for the conversion model named. */
		private static Map<String, String> settings(String model, List<String> sets) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String set : sets) {
				int colon = set.indexOf(':'), eq = set.indexOf('=');
				if (colon < 1 || eq < colon + 2) {
					throw new UsageException("--set " + set + ": expected ID:KEY=VALUE");
				}
				if (model == null) {
					throw new UsageException("--set " + set + " needs --conversion-model");
				}
				if (!set.substring(0, colon).equals(model)) {
					throw new UsageException("--set names '" + set.substring(0, colon) + "', which --conversion-model"
							+ " does not");
				}
				values.put(set.substring(colon + 1, eq), set.substring(eq + 1));
			}
			return values;
		}
	}

	/** {@code campaign backtest}: coverage of the forecast's intervals on simulated markets. */
	@Command(name = "backtest", description = { "Backtests campaign forecasts on simulated markets with known truth:"
			+ " learns the funnel from the first k streams, forecasts the rest, and reports how often the P10-P90"
			+ " interval covers the actual revenue and the median absolute percentage error of the median.",
			"Writes backtest.json and backtest.csv into --out." })
	static final class Backtest implements Callable<Integer> {
		private final Cli cli;

		@Option(names = "--markets", paramLabel = "N", description = "Simulated markets; default 200.")
		int markets = 200;

		@Option(names = "--draws", paramLabel = "N", description = "Forecast draws per case; default 2000.")
		int draws = 2000;

		@Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice; default 1.")
		long seed = 1;

		@Option(names = "--threads", paramLabel = "N", description = "Threads; default 0, every processor.")
		int threads;

		@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
		Path out;

		Backtest(Cli cli) {
			this.cli = cli;
		}

		@Override
		public Integer call() throws IOException {
			Path dir = OutputFolder.check(out);
			if (markets < 1 || draws < 1 || threads < 0) {
				throw new UsageException("--markets and --draws must be at least 1 and --threads at least 0");
			}
			CampaignBacktest.Settings defaults = CampaignBacktest.Settings.defaults(markets, seed);
			CampaignBacktest.Settings settings = new CampaignBacktest.Settings(markets, defaults.streams(),
					defaults.cuts(), draws, seed, threads, defaults.streamShock(), defaults.popularityShock());
			ConsoleProgress progress = cli.progress();
			CampaignBacktest.Result result = CampaignBacktest.run(settings, progress);
			try (OutputFolder staged = OutputFolder.create(dir)) {
				BacktestWriter.write(staged.staging(), result);
				progress.checkCancelled();
				cli.reportPrevious(dir, staged.commit());
			}
			cli.out.printf(Locale.ROOT, "%d markets x %d cut points, %d streams each, %,d draws, seed %d%n", markets,
					settings.cuts().length, settings.streams(), draws, seed);
			cli.out.printf(Locale.ROOT, "P10-P90 coverage of actual revenue: %.1f %% (target 70-90 %%); MdAPE of the"
					+ " median: %.1f %%%n", 100 * result.coverage(), 100 * result.mdape());
			for (int c = 0; c < settings.cuts().length; c++) {
				cli.out.printf(Locale.ROOT, "  learn from %d streams, forecast %d: coverage %.1f %%, MdAPE %.1f %%%n",
						settings.cuts()[c], settings.streams() - settings.cuts()[c], 100 * result.coverageByCut()[c],
						100 * result.mdapeByCut()[c]);
			}
			cli.out.println("wrote " + dir.resolve("backtest.json") + " and " + dir.resolve("backtest.csv"));
			return Cli.OK;
		}

	}
}
