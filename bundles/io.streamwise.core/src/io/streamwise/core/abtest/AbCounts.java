// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Summary counts of an A/B test: per arm its units and, per metric, the sum and the sum of squares of the metric over
 * its units. That is all the moment-based tests need (z, Fisher, Boschloo, Welch on the difference and on the relative
 * lift, the Bayesian beta-binomial comparison, the sample-ratio check); CUPED and cluster-robust errors need the units
 * themselves.
 *
 * <p>A counts file has one row per arm: the assignment column ({@code variant} by default), {@code units}, and per
 * metric asked for: {@code conversions} (units that converted) for conversion, or {@code M_sum} and
 * {@code M_sum_of_squares} for any other metric M (revenue: {@code revenue_sum}, {@code revenue_sum_of_squares}).
 */
public final class AbCounts {

	/** The column of the units per arm. */
	public static final String UNITS = "units";
	/** The column of the converted units per arm, for the metric {@code conversion}. */
	public static final String CONVERSIONS = "conversions";
	/** A sum of squares may fall short of sum² / n by this share of it (rounding where the counts were made). */
	static final double SUM_OF_SQUARES_TOLERANCE = 1e-9;

	/** One arm's units and the sum and sum of squares of a metric over them. */
	public record Moments(long units, double sum, double sumOfSquares) {

		/** The arm's moments of one metric of unit data. */
		public static Moments of(double[] values) {
			return new Moments(values.length, Arrays.stream(values).sum(), Arrays.stream(values).map(v -> v * v).sum());
		}

		public AbStatistics.Summary summary() {
			return AbStatistics.Summary.ofMoments(units, sum, sumOfSquares);
		}
	}

	/** The arms, in the order of the file's rows. */
	public final List<String> arms;
	/** Per metric name, its moments per arm (in the order of {@link #arms}). */
	public final Map<String, Moments[]> metrics;

	private AbCounts(List<String> arms, Map<String, Moments[]> metrics) {
		this.arms = List.copyOf(arms);
		this.metrics = metrics;
	}

	/** Counts built in memory. */
	public static AbCounts of(List<String> arms, Map<String, Moments[]> metrics) {
		return new AbCounts(arms, new LinkedHashMap<>(metrics));
	}

	/** Whether a metric is a 0/1 rate (conversion), as {@link AbUnits} reads it too. */
	public static boolean binary(String metric) {
		return metric.equals("conversion");
	}

	/** The column(s) a metric's counts are read from. */
	public static List<String> columns(String metric) {
		return binary(metric) ? List.of(CONVERSIONS) : List.of(metric + "_sum", metric + "_sum_of_squares");
	}

	/**
	 * Reads a counts file.
	 *
	 * @param testArms the test file's arms, or null without one: a row of another arm is then refused, and so is an arm
	 *                 of the test without a row
	 * @throws AbInputException naming the file, line and field of the first value that cannot be used: a missing
	 *                          column, a value that is not a number, a count that is negative or not whole, more
	 *                          conversions than units, an arm with no units, a sum of squares no values can have,
	 *                          an arm twice or not of the test
	 */
	public static AbCounts read(Path file, String variantColumn, List<String> metricNames, List<String> testArms,
			ProgressMonitor monitor) throws AbInputException, IOException {
		List<String> arms = new ArrayList<>();
		List<long[]> lines = new ArrayList<>();
		Map<String, List<Moments>> byMetric = new LinkedHashMap<>();
		metricNames.forEach(m -> byMetric.put(m, new ArrayList<>()));
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
			List<String> header = null;
			for (NamedCsvRecord row : reader) {
				monitor.checkCancelled();
				long line = row.getStartingLineNumber();
				if (header == null) {
					header = row.getHeader();
					require(file, header, variantColumn);
					require(file, header, UNITS);
					for (String m : metricNames) {
						for (String column : columns(m)) {
							require(file, header, column);
						}
					}
				}
				if (row.getFieldCount() != header.size()) {
					throw new AbInputException(file, line, null,
							"the row has " + row.getFieldCount() + " fields, the header " + header.size());
				}
				String arm = row.getField(variantColumn).strip();
				if (arm.isEmpty()) {
					throw new AbInputException(file, line, variantColumn, "no variant named");
				}
				if (testArms != null && !testArms.contains(arm)) {
					throw new AbInputException(file, line, variantColumn,
							"variant " + arm + " is not a variant of the test " + testArms);
				}
				if (arms.contains(arm)) {
					throw new AbInputException(file, line, variantColumn,
							"variant " + arm + " has a second row (the first is line " + lines.get(arms.indexOf(arm))[0]
									+ ")");
				}
				long units = count(file, line, UNITS, row.getField(UNITS));
				if (units == 0) {
					throw new AbInputException(file, line, UNITS, "variant " + arm + " has no units");
				}
				for (String m : metricNames) {
					Moments moments;
					if (binary(m)) {
						long conversions = count(file, line, CONVERSIONS, row.getField(CONVERSIONS));
						if (conversions > units) {
							throw new AbInputException(file, line, CONVERSIONS,
									conversions + " conversions but only " + units + " units");
						}
						// a 0/1 value per unit: its square is itself
						moments = new Moments(units, conversions, conversions);
					} else {
						String sumColumn = columns(m).get(0), squaresColumn = columns(m).get(1);
						double sum = AbUnits.number(file, line, sumColumn, row.getField(sumColumn));
						double squares = AbUnits.number(file, line, squaresColumn, row.getField(squaresColumn));
						// Cauchy–Schwarz: Σy² ≥ (Σy)² / n for any n values
						double least = sum * sum / units;
						if (squares < 0 || squares < least - SUM_OF_SQUARES_TOLERANCE * least) {
							throw new AbInputException(file, line, squaresColumn, "a sum of squares of " + squares
									+ " is impossible for " + units + " values summing to " + sum
									+ " (it is at least sum² / units = " + least + ")");
						}
						moments = new Moments(units, sum, squares);
					}
					byMetric.get(m).add(moments);
				}
				arms.add(arm);
				lines.add(new long[] { line });
			}
			if (header == null || arms.isEmpty()) {
				throw new AbInputException(file, 1, null, "the file has no rows of counts");
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		if (testArms != null) {
			for (String arm : testArms) {
				if (!arms.contains(arm)) {
					throw new AbInputException(file, 0, variantColumn,
							"variant " + arm + " of the test has no row, so no units");
				}
			}
		}
		if (arms.size() < 2) {
			throw new AbInputException(file, lines.get(0)[0], variantColumn,
					"only " + arms + " has counts; a test needs at least two arms");
		}
		Map<String, Moments[]> metrics = new LinkedHashMap<>();
		byMetric.forEach((m, list) -> metrics.put(m, list.toArray(Moments[]::new)));
		return new AbCounts(arms, metrics);
	}

	private static void require(Path file, List<String> header, String column) throws AbInputException {
		if (!header.contains(column)) {
			throw new AbInputException(file, 1, column,
					"the column is not in the header (columns: " + String.join(", ", header) + ")");
		}
	}

	/** A whole, non-negative number of units. */
	private static long count(Path file, long line, String field, String text) throws AbInputException {
		double v = AbUnits.number(file, line, field, text);
		if (v < 0) {
			throw new AbInputException(file, line, field, "a count cannot be negative, got " + text.strip());
		}
		if (v != Math.rint(v) || v > Integer.MAX_VALUE) {
			throw new AbInputException(file, line, field, "a count must be a whole number, got " + text.strip());
		}
		return (long) v;
	}
}
