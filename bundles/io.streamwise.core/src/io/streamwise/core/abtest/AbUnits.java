// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * The units of an A/B test as read from a CSV file: per unit its arm, the metric, and optionally a pre-period
 * covariate, a cluster (stream) and the day it entered the test.
 *
 * <p>Two layouts are read. A <b>unit table</b> has one row per unit (viewer or stream) with the assignment column and
 * a numeric metric column. An <b>event log</b> (a {@code type} column and a {@code viewer} column, as the simulator
 * and the importer write it) is aggregated per viewer: conversion is 1 when the viewer has a purchase, revenue is
 * what purchases paid minus refunds, the cluster is the stream of the viewer's first event and the day the day of it,
 * counted from the log's first timestamp. A viewer's assignment must be the same on every row.
 */
public final class AbUnits {

	/** Where the columns are. {@code metric} is conversion, revenue or a column name. */
	public record Columns(String variant, String metric, String covariate, String cluster, String day) {
	}

	public final List<String> arms;
	public final int[] arm;
	public final double[] metric;
	public final double[] covariate; // null without a covariate
	public final int[] cluster; // null without clusters
	public final int[] day; // null without days
	public final boolean binary;

	AbUnits(List<String> arms, int[] arm, double[] metric, double[] covariate, int[] cluster, int[] day,
			boolean binary) {
		this.arms = List.copyOf(arms);
		this.arm = arm;
		this.metric = metric;
		this.covariate = covariate;
		this.cluster = cluster;
		this.day = day;
		this.binary = binary;
	}

	public int size() {
		return arm.length;
	}

	/** The metric values of one arm. */
	public double[] metricOf(int a) {
		return select(metric, a);
	}

	public double[] covariateOf(int a) {
		return select(covariate, a);
	}

	public int[] clusterOf(int a) {
		int[] out = new int[count(a)];
		for (int i = 0, k = 0; i < arm.length; i++) {
			if (arm[i] == a) {
				out[k++] = cluster[i];
			}
		}
		return out;
	}

	public int count(int a) {
		int c = 0;
		for (int x : arm) {
			if (x == a) {
				c++;
			}
		}
		return c;
	}

	private double[] select(double[] values, int a) {
		double[] out = new double[count(a)];
		for (int i = 0, k = 0; i < arm.length; i++) {
			if (arm[i] == a) {
				out[k++] = values[i];
			}
		}
		return out;
	}

	/** The units that entered by day {@code lastDay} (inclusive). */
	public AbUnits upToDay(int lastDay) {
		List<Integer> keep = new ArrayList<>();
		for (int i = 0; i < arm.length; i++) {
			if (day[i] <= lastDay) {
				keep.add(i);
			}
		}
		int n = keep.size();
		int[] a = new int[n], c = cluster == null ? null : new int[n], d = new int[n];
		double[] m = new double[n], x = covariate == null ? null : new double[n];
		for (int k = 0; k < n; k++) {
			int i = keep.get(k);
			a[k] = arm[i];
			m[k] = metric[i];
			d[k] = day[i];
			if (c != null) {
				c[k] = cluster[i];
			}
			if (x != null) {
				x[k] = covariate[i];
			}
		}
		return new AbUnits(arms, a, m, x, c, d, binary);
	}

	/** Units built in memory (tests, the calibration bench). */
	public static AbUnits of(List<String> arms, int[] arm, double[] metric, double[] covariate, int[] cluster,
			int[] day, boolean binary) {
		return new AbUnits(arms, arm, metric, covariate, cluster, day, binary);
	}

	/**
	 * Reads a unit table or an event log.
	 *
	 * @throws AbInputException naming the file, line and field of the first row that cannot be used, or a missing
	 *                          column
	 */
	public static AbUnits read(Path file, Columns columns) throws AbInputException, IOException {
		return read(file, columns, ProgressMonitor.NULL);
	}

	/** Rows read between two questions to the monitor: a check costs little, a large log has millions of rows. */
	public static final int ROWS_PER_CANCELLATION_CHECK = 4_096;

	/**
	 * The same, asking {@code monitor} for cancellation every {@link #ROWS_PER_CANCELLATION_CHECK} rows.
	 *
	 * @throws io.streamwise.api.progress.CancelledException when cancelled
	 */
	public static AbUnits read(Path file, Columns columns, ProgressMonitor monitor)
			throws AbInputException, IOException {
		long rows = 0;
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
			List<String> header = null;
			boolean eventLog = false;
			Builder b = new Builder(columns);
			Map<String, Integer> unitIndex = new HashMap<>();
			long firstSecond = Long.MIN_VALUE;
			for (NamedCsvRecord row : reader) {
				if (rows++ % ROWS_PER_CANCELLATION_CHECK == 0) {
					monitor.checkCancelled();
				}
				long line = row.getStartingLineNumber();
				if (header == null) {
					header = row.getHeader();
					eventLog = header.contains("type") && header.contains("viewer");
					require(file, header, columns.variant(), "the assignment column");
					if (!eventLog || !List.of("conversion", "revenue").contains(columns.metric())) {
						require(file, header, columns.metric(), "the metric column");
					}
					if (columns.covariate() != null) {
						require(file, header, columns.covariate(), "the pre-period column");
					}
					if (columns.cluster() != null) {
						require(file, header, columns.cluster(), "the cluster column");
					}
					if (columns.day() != null) {
						require(file, header, columns.day(), "the day column");
					}
				}
				String variant = row.getField(columns.variant()).strip();
				if (variant.isEmpty()) {
					throw new AbInputException(file, line, columns.variant(), "no variant assigned");
				}
				if (!eventLog) {
					double value = number(file, line, columns.metric(), row.getField(columns.metric()));
					if (columns.metric().equals("conversion") && value != 0 && value != 1) {
						throw new AbInputException(file, line, columns.metric(),
								"conversion must be 0 or 1 per unit, got " + row.getField(columns.metric()).strip());
					}
					Double x = columns.covariate() == null ? null
							: number(file, line, columns.covariate(), row.getField(columns.covariate()));
					String c = columns.cluster() == null ? null : row.getField(columns.cluster()).strip();
					Integer d = columns.day() == null ? null
							: (int) number(file, line, columns.day(), row.getField(columns.day()));
					b.add(variant, value, x, c, d);
					continue;
				}
				String viewer = row.getField("viewer").strip();
				String type = row.getField("type").strip().toLowerCase(Locale.ROOT);
				long second = header.contains("timestamp") ? seconds(file, line, row.getField("timestamp")) : 0;
				if (firstSecond == Long.MIN_VALUE) {
					firstSecond = second;
				}
				Integer unit = unitIndex.get(viewer);
				if (unit == null) {
					unit = unitIndex.size();
					unitIndex.put(viewer, unit);
					Double x = columns.covariate() == null ? null
							: number(file, line, columns.covariate(), row.getField(columns.covariate()));
					String c = columns.cluster() == null ? null : row.getField(columns.cluster()).strip();
					if (c != null && c.isEmpty()) {
						throw new AbInputException(file, line, columns.cluster(),
								"the first row of viewer " + viewer + " names no cluster");
					}
					int d = columns.day() != null ? (int) number(file, line, columns.day(), row.getField(columns.day()))
							: (int) Math.floorDiv(second - firstSecond, 86_400L);
					b.add(variant, 0, x, c, d);
				} else if (!b.armNames.get(b.arms.get(unit)).equals(variant)) {
					throw new AbInputException(file, line, columns.variant(), "viewer " + viewer + " is assigned "
							+ variant + " here but " + b.armNames.get(b.arms.get(unit)) + " on an earlier row");
				}
				double v = 0;
				if (type.equals("purchase") || type.equals("refund")) {
					String text = header.contains("value") ? row.getField("value").strip() : "";
					v = text.isEmpty() ? 0 : number(file, line, "value", text);
				}
				if (columns.metric().equals("conversion")) {
					if (type.equals("purchase")) {
						b.metric.set(unit, 1.0);
					}
				} else if (columns.metric().equals("revenue")) {
					b.metric.set(unit,
							b.metric.get(unit) + (type.equals("purchase") ? v : type.equals("refund") ? -v : 0));
				} else {
					b.metric.set(unit, b.metric.get(unit)
							+ number(file, line, columns.metric(), row.getField(columns.metric())));
				}
			}
			if (header == null) {
				throw new AbInputException(file, 1, null, "the file is empty");
			}
			boolean binary = columns.metric().equals("conversion");
			return b.build(binary);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static void require(Path file, List<String> header, String column, String what)
			throws AbInputException {
		if (!header.contains(column)) {
			throw new AbInputException(file, 1, column,
					what + " is not in the header (columns: " + String.join(", ", header) + ")");
		}
	}

	static double number(Path file, long line, String field, String text) throws AbInputException {
		String t = text.strip();
		try {
			double v = Double.parseDouble(t);
			if (!Double.isFinite(v)) {
				throw new NumberFormatException();
			}
			return v;
		} catch (NumberFormatException e) {
			throw new AbInputException(file, line, field, "'" + t + "' is not a number");
		}
	}

	private static long seconds(Path file, long line, String text) throws AbInputException {
		String t = text.strip();
		try {
			return t.chars().allMatch(Character::isDigit) && !t.isEmpty() ? Long.parseLong(t)
					: Instant.parse(t).getEpochSecond();
		} catch (DateTimeParseException | NumberFormatException e) {
			throw new AbInputException(file, line, "timestamp", "'" + t + "' is not an ISO-8601 time or epoch seconds");
		}
	}

	private static final class Builder {
		final Columns columns;
		final List<String> armNames = new ArrayList<>();
		final Map<String, Integer> armIndex = new LinkedHashMap<>();
		final Map<String, Integer> clusterIndex = new LinkedHashMap<>();
		final List<Integer> arms = new ArrayList<>();
		final List<Double> metric = new ArrayList<>();
		final List<Double> covariate = new ArrayList<>();
		final List<Integer> clusters = new ArrayList<>();
		final List<Integer> days = new ArrayList<>();

		Builder(Columns columns) {
			this.columns = columns;
		}

		void add(String variant, double value, Double x, String clusterName, Integer day) {
			arms.add(armIndex.computeIfAbsent(variant, v -> {
				armNames.add(v);
				return armNames.size() - 1;
			}));
			metric.add(value);
			covariate.add(x);
			clusters.add(
					clusterName == null ? -1 : clusterIndex.computeIfAbsent(clusterName, c -> clusterIndex.size()));
			days.add(day);
		}

		AbUnits build(boolean binary) {
			int n = arms.size();
			int[] a = new int[n], c = columns.cluster() == null ? null : new int[n];
			int[] d = days.get(0) == null ? null : new int[n];
			double[] m = new double[n], x = columns.covariate() == null ? null : new double[n];
			for (int i = 0; i < n; i++) {
				a[i] = arms.get(i);
				m[i] = metric.get(i);
				if (x != null) {
					x[i] = covariate.get(i);
				}
				if (c != null) {
					c[i] = clusters.get(i);
				}
				if (d != null) {
					d[i] = days.get(i);
				}
			}
			return new AbUnits(armNames, a, m, x, c, d, binary);
		}
	}
}
