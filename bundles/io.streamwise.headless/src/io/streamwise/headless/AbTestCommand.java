// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.headless;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code streamwise abtest}: plans, analyses, monitors and calibrates A/B tests (docs/ab-testing.md). The options are
 * declared here; the work is done by {@link AbTestWork}, so that help for these commands loads no class of Commons
 * Statistics, Gson or FastCSV, which the launcher's plain class path does not have.
 */
@Command(name = "abtest", description = { "A/B tests: design, analyse, monitor, calibrate.",
		"Run 'streamwise abtest design --help' (or analyse, monitor, calibrate) for a command. See"
				+ " docs/ab-testing.md." })
final class AbTestCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new UsageException("abtest needs a command: design, analyse, monitor or calibrate");
	}

	/** {@code abtest design}: sample size, power, MDE and duration. */
	@Command(name = "design", description = { "Plans an A/B test: units per arm for the power asked, the minimum"
			+ " detectable effect, the CUPED and cluster design effect factors and the duration at the daily"
			+ " traffic, from an .abtest file and/or options (options win).",
			"Prints the plan; with --out writes design.json." })
	static final class Design implements Callable<Integer> {
		final Cli cli;

		@Parameters(index = "0", arity = "0..1", paramLabel = "FILE.abtest", description = "The test file.")
		Path file;

		@Option(names = "--metric", paramLabel = "conversion|revenue", description = "A rate (conversion) or a mean"
				+ " (revenue, needs --sd); default conversion, or the file's primary metric.")
		String metric;

		@Option(names = "--baseline", paramLabel = "X", description = "The control's expected rate or mean.")
		Double baseline;

		@Option(names = "--sd", paramLabel = "S", description = "Standard deviation per unit of a mean metric.")
		Double sd;

		@Option(names = "--mde", paramLabel = "X", description = "Minimum detectable effect, relative (0.1 = +10"
				+ " %%) unless --absolute.")
		Double mde;

		@Option(names = "--absolute", description = "The MDE is a difference in the metric's units.")
		boolean absolute;

		@Option(names = "--shares", paramLabel = "W,W,...", split = ",", description = "Traffic shares of the"
				+ " arms, control first; they must sum to 1; default 0.5,0.5.")
		double[] shares;

		@Option(names = "--alpha", paramLabel = "A", description = "Two-sided level; default 0.05.")
		Double alpha;

		@Option(names = "--power", paramLabel = "P", description = "Power; default 0.8.")
		Double power;

		@Option(names = "--correction", paramLabel = "holm|bonferroni|bh|none", description = "Multiple-comparison"
				+ " correction across arms; holm and bonferroni plan each comparison at alpha / (arms - 1);"
				+ " default holm.")
		String correction;

		@Option(names = "--cuped-rho", paramLabel = "R", description = "Correlation of the pre-period covariate"
				+ " with the metric (variance x (1 - R^2)).")
		Double rho;

		@Option(names = "--cluster-size", paramLabel = "M", description = "Viewers per stream when streams are"
				+ " randomised.")
		Double clusterSize;

		@Option(names = "--icc", paramLabel = "X", description = "Intra-class correlation within a stream.")
		Double icc;

		@Option(names = "--daily-traffic", paramLabel = "N", description = "Units (or streams) per day, for the"
				+ " duration.")
		Double dailyTraffic;

		@Option(names = "--log", paramLabel = "FILE", description = "A past log (unit table or event log) to"
				+ " estimate R from its --pre-period column and the ICC and cluster size from its --cluster column.")
		Path log;

		@Option(names = "--variant-column", paramLabel = "C", description = "The log's assignment column; default"
				+ " variant.")
		String variantColumn = "variant";

		@Option(names = "--pre-period", paramLabel = "COLUMN", description = "The log's pre-period covariate.")
		String prePeriod;

		@Option(names = "--cluster", paramLabel = "COLUMN", description = "The log's cluster column (stream).")
		String cluster;

		@Option(names = "--out", paramLabel = "DIR", description = "The folder to write design.json into.")
		Path out;

		Design(Cli cli) {
			this.cli = cli;
		}

		@Override
		public Integer call() throws Exception {
			return AbTestWork.design(this);
		}
	}

	/** Options shared by analyse and monitor. */
	abstract static class DataCommand implements Callable<Integer> {
		final Cli cli;

		/** The log: {@code --data}, declared by each command (required by monitor, one of two inputs of analyse). */
		Path data;

		static final String DATA_DESCRIPTION = "A unit table (one row per unit) or an event log (viewer, type,"
				+ " timestamp, value columns) with an assignment column.";

		@Option(names = "--variant-column", paramLabel = "C", description = "The assignment column; default"
				+ " variant.")
		String variantColumn = "variant";

		@Option(names = "--metric", paramLabel = "conversion|revenue|COLUMN", split = ",", description = "The"
				+ " metric(s): conversion (0/1 per unit, or any purchase in an event log), revenue, or a numeric"
				+ " column; default conversion.")
		java.util.List<String> metrics = java.util.List.of("conversion");

		@Option(names = "--pre-period", paramLabel = "COLUMN", description = "Pre-period covariate for CUPED.")
		String prePeriod;

		@Option(names = "--cluster", paramLabel = "COLUMN", description = "Cluster column (stream): standard errors"
				+ " robust to correlation within a stream.")
		String cluster;

		@Option(names = "--test", paramLabel = "FILE.abtest", description = "The test file: arms, planned shares,"
				+ " control, alpha, correction, method, prior, minimum sample. Without it the data's arms get equal"
				+ " planned shares.")
		Path test;

		@Option(names = "--control", paramLabel = "NAME", description = "Control arm without a test file; default"
				+ " the arm named control, else the first seen.")
		String control;

		@Option(names = "--alpha", paramLabel = "A", description = "Level without a test file; default 0.05.")
		double alpha = 0.05;

		@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
		Path out;

		DataCommand(Cli cli) {
			this.cli = cli;
		}
	}

	/** {@code abtest analyse}. */
	@Command(name = "analyse", description = { "Analyses an A/B test from a log or summary counts: per metric"
			+ " and arm two-proportion z (pooled and unpooled), Fisher and Boschloo exact tests, Welch t on the"
			+ " absolute and relative lift, CUPED, cluster-robust errors and the Bayesian beta-binomial comparison;"
			+ " the sample-ratio check; Holm or Benjamini-Hochberg across arms and metrics; no verdict below the"
			+ " minimum sample.", "Writes analysis.json and analysis.csv into --out." })
	static final class Analyse extends DataCommand {
		@Option(names = "--data", paramLabel = "LOG", description = DATA_DESCRIPTION + " Or --counts.")
		void data(Path log) {
			this.data = log;
		}

		@Option(names = "--counts", paramLabel = "FILE.csv", description = "Summary counts instead of a log: one row"
				+ " per arm with the assignment column, units, and per metric conversions (conversion) or M_sum and"
				+ " M_sum_of_squares (revenue_sum, revenue_sum_of_squares). Gives the log's numbers for every test"
				+ " but CUPED and cluster-robust errors, which need the units.")
		Path counts;

		@Option(names = "--method", paramLabel = "METHOD", description = "The deciding method without a test file:"
				+ " z-pooled, z-unpooled, fisher, boschloo, welch, welch-relative or bayesian; default z-pooled.")
		String method = "z-pooled";

		@Option(names = "--correction", paramLabel = "holm|bonferroni|bh|none", description = "Without a test"
				+ " file; default holm.")
		String correction = "holm";

		@Option(names = "--seed", paramLabel = "N", description = "Seed of the posterior draws; default 1.")
		long seed = 1;

		Analyse(Cli cli) {
			super(cli);
		}

		@Override
		public Integer call() throws Exception {
			return AbTestWork.analyse(this);
		}
	}

	/** {@code abtest monitor}. */
	@Command(name = "monitor", description = { "Monitors an A/B test sequentially: one look per day of the log (or"
			+ " at the test file's look days) with an always-valid p-value and confidence sequence (the mixture SPRT"
			+ " of Johari et al. 2017, or the asymptotic confidence sequence of Waudby-Smith et al. 2024), beside the"
			+ " fixed-horizon p-value that peeking would misuse.",
			"Writes monitor.json, monitor.csv and charts/monitoring.svg|png into --out." })
	static final class Monitor extends DataCommand {
		@Option(names = "--data", required = true, paramLabel = "LOG", description = DATA_DESCRIPTION)
		void data(Path log) {
			this.data = log;
		}

		@Option(names = "--day-column", paramLabel = "C", description = "The day a unit entered, in a unit table;"
				+ " an event log takes it from the timestamps.")
		String dayColumn;

		@Option(names = "--tau2", paramLabel = "X", description = "Mixture variance; default the test file's, or"
				+ " the square of --mde times the control's rate.")
		Double tau2;

		@Option(names = "--mde", paramLabel = "X", description = "Relative effect the mixture is matched to without"
				+ " a test file; default 0.1.")
		double mde = 0.1;

		@Option(names = "--method", paramLabel = "msprt|confidence-sequence", description = "The sequential method;"
				+ " default the test file's, else msprt.")
		String method;

		@Option(names = "--planned-size", paramLabel = "N", description = "Units (clusters, with --cluster) at which"
				+ " the confidence sequence is tightest; default the test file's planned sample, else the log's.")
		Double plannedSize;

		Monitor(Cli cli) {
			super(cli);
		}

		@Override
		public Integer call() throws Exception {
			return AbTestWork.monitor(this);
		}
	}

	/** {@code abtest calibrate}. */
	@Command(name = "calibrate", description = { "Measures each method's real error rates on the simulator: A/A and"
			+ " A/B tests with known effects, type-I error at a fixed horizon and under daily peeking, power,"
			+ " interval coverage, SRM false alarms, CUPED's variance reduction, and what ignoring stream"
			+ " clustering does to alpha.",
			"Writes calibration.json, calibration.csv, type1.svg and peeking.svg"
					+ " into --out; the same for a seed at any thread count." })
	static final class Calibrate implements Callable<Integer> {
		final Cli cli;

		@Option(names = "--replicates", paramLabel = "N", description = "Replicates per scenario; default 2000.")
		int replicates = 2000;

		@Option(names = "--seed", paramLabel = "N", description = "Seed of the market and of every replicate;"
				+ " default 1.")
		long seed = 1;

		@Option(names = "--preset", paramLabel = "small|default|large", description = "The simulated market;"
				+ " default default.")
		String preset = "default";

		@Option(names = "--alpha", paramLabel = "A", description = "Level; default 0.05.")
		double alpha = 0.05;

		@Option(names = "--threads", paramLabel = "N", description = "Threads; default 0, every processor.")
		int threads;

		@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
		Path out;

		Calibrate(Cli cli) {
			this.cli = cli;
		}

		@Override
		public Integer call() throws Exception {
			return AbTestWork.calibrate(this);
		}
	}
}
