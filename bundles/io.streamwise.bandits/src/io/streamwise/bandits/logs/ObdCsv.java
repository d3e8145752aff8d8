package io.streamwise.bandits.logs;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.core.io.AtomicFiles;
import io.streamwise.core.io.ImportException;

/**
 * Logged bandit data in the column layout of the Open Bandit Dataset: {@code timestamp}, {@code item_id},
 * {@code position}, {@code click}, {@code propensity_score}, then context features {@code user_feature_*} and
 * {@code user-item_affinity_*} (an unnamed leading index column, as pandas writes it, is ignored). The action is
 * {@code item_id}, the reward {@code click}, the propensity {@code propensity_score}. Numeric features are read as
 * numbers; a feature column holding anything else (the dataset's hashed categories) becomes one indicator per value.
 * Every item of the file is available at every decision, as in that dataset, unless the optional column
 * {@code available_items} (item ids separated by {@code ;}, as the simulator writes it) says otherwise; optional
 * {@code viewer}, {@code stream} and {@code time_in_stream} columns fill the rest of the context.
 * <p>
 * A missing, unparsable, zero, negative or above-one propensity is an {@link ImportException} naming the file, line and
 * field: importance weights divide by it.
 */
public final class ObdCsv {

	public static final String ITEM = "item_id", POSITION = "position", CLICK = "click",
			PROPENSITY = "propensity_score", TIMESTAMP = "timestamp", AVAILABLE = "available_items", VIEWER = "viewer",
			STREAM = "stream", TIME_IN_STREAM = "time_in_stream";

	private ObdCsv() {
	}

	private static boolean isFeature(String column) {
		return column.startsWith("user_feature_") || column.startsWith("user-item_affinity_");
	}

	/** Reads a log; every problem is an {@link ImportException} naming the file, line and field. */
	public static BanditLog read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new ImportException(file, 0, null, "no such file");
		}
		List<String> header = null;
		List<String> featureColumns = new ArrayList<>();
		Map<String, Map<String, Integer>> categories = new LinkedHashMap<>(); // column -> value -> indicator
		Map<String, Integer> items = new LinkedHashMap<>();
		List<String[]> rawFeatures = new ArrayList<>();
		List<long[]> lines = new ArrayList<>();
		List<String> itemsOfRow = new ArrayList<>(), available = new ArrayList<>();
		List<double[]> numbers = new ArrayList<>(); // click, propensity, viewer, stream, time in stream
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
			for (NamedCsvRecord rec : reader) {
				long line = rec.getStartingLineNumber();
				if (header == null) {
					header = rec.getHeader();
					for (String c : List.of(ITEM, CLICK, PROPENSITY)) {
						if (!header.contains(c)) {
							throw new ImportException(file, 1, c, "no column '" + c + "' in the header " + header
									+ " (the Open Bandit Dataset layout: item_id, position, click, propensity_score,"
									+ " user_feature_*)");
						}
					}
					header.stream().filter(ObdCsv::isFeature).forEach(featureColumns::add);
				}
				String item = field(file, line, rec, ITEM);
				double click = number(file, line, rec, CLICK);
				String p = rec.findField(PROPENSITY).orElse("").trim();
				if (p.isEmpty()) {
					throw new ImportException(file, line, PROPENSITY, "missing propensity score: importance"
							+ " weights need the logging policy's probability of every logged action");
				}
				double propensity = number(file, line, rec, PROPENSITY);
				if (!(propensity > 0 && propensity <= 1)) {
					throw new ImportException(file, line, PROPENSITY, "propensity score " + p + " is not in (0, 1]"
							+ (propensity == 0 ? ": a zero propensity means the logger never takes this action,"
									+ " and no weight can be formed" : ""));
				}
				items.putIfAbsent(item, items.size());
				String[] f = new String[featureColumns.size()];
				for (int k = 0; k < f.length; k++) {
					f[k] = rec.getField(featureColumns.get(k)).trim();
					if (!isNumber(f[k])) {
						categories.computeIfAbsent(featureColumns.get(k), x -> new LinkedHashMap<>())
								.putIfAbsent(f[k], 0);
					}
				}
				rawFeatures.add(f);
				itemsOfRow.add(item);
				available.add(rec.findField(AVAILABLE).orElse(""));
				numbers.add(new double[] { click, propensity, optional(file, line, rec, VIEWER, -1),
						optional(file, line, rec, STREAM, -1), optional(file, line, rec, TIME_IN_STREAM, 0) });
				lines.add(new long[] { line });
			}
		} catch (CsvParseException e) {
			throw new ImportException(file, 0, null, e.getMessage(), e);
		}
		if (header == null || itemsOfRow.isEmpty()) {
			throw new ImportException(file, 0, null, "no logged decisions");
		}
		// a column with any non-numeric value is categorical throughout: every value of it gets an indicator
		for (String[] f : rawFeatures) {
			for (int k = 0; k < f.length; k++) {
				Map<String, Integer> values = categories.get(featureColumns.get(k));
				if (values != null) {
					values.putIfAbsent(f[k], 0);
				}
			}
		}
		// feature layout: numeric columns as they are, categorical ones as one indicator per value
		List<String> names = new ArrayList<>();
		int[] offset = new int[featureColumns.size()];
		for (int k = 0; k < featureColumns.size(); k++) {
			String column = featureColumns.get(k);
			offset[k] = names.size();
			Map<String, Integer> values = categories.get(column);
			if (values == null) {
				names.add(column);
			} else {
				int at = 0;
				for (Map.Entry<String, Integer> e : values.entrySet()) {
					e.setValue(at++);
					names.add(column + "=" + e.getKey());
				}
			}
		}
		List<String> actionNames = new ArrayList<>(items.keySet());
		PolicySchema schema = new PolicySchema(names, actionNames);
		int[] all = new int[actionNames.size()];
		for (int a = 0; a < all.length; a++) {
			all[a] = a;
		}
		List<LoggedDecision> decisions = new ArrayList<>(itemsOfRow.size());
		Map<String, int[]> availableSets = new HashMap<>();
		for (int i = 0; i < itemsOfRow.size(); i++) {
			double[] x = new double[names.size()];
			String[] f = rawFeatures.get(i);
			for (int k = 0; k < f.length; k++) {
				Map<String, Integer> values = categories.get(featureColumns.get(k));
				if (values == null) {
					x[offset[k]] = f[k].isEmpty() ? Double.NaN : Double.parseDouble(f[k]);
				} else {
					x[offset[k] + values.get(f[k])] = 1;
				}
			}
			long line = lines.get(i)[0];
			int[] actions = all;
			String set = available.get(i).trim();
			if (!set.isEmpty()) {
				actions = availableSets.get(set);
				if (actions == null) {
					String[] ids = set.split(";");
					actions = new int[ids.length];
					for (int k = 0; k < ids.length; k++) {
						Integer a = items.get(ids[k].trim());
						if (a == null) {
							// an available item never logged: give it an action id of its own
							a = actionNames.size();
							actionNames.add(ids[k].trim());
							items.put(ids[k].trim(), a);
						}
						actions[k] = a;
					}
					availableSets.put(set, actions);
				}
			}
			double[] n = numbers.get(i);
			PolicyContext c = new PolicyContext((int) n[2], x, (int) n[3], n[4], actions);
			int action = items.get(itemsOfRow.get(i));
			if (c.indexOf(action) < 0) {
				throw new ImportException(file, line, AVAILABLE, "the logged item " + itemsOfRow.get(i)
						+ " is not among the available items");
			}
			decisions.add(new LoggedDecision(c, action, n[1], n[0]));
		}
		if (actionNames.size() != schema.actionCount()) {
			schema = new PolicySchema(names, actionNames);
		}
		return new BanditLog(schema, decisions, file.toString());
	}

	private static boolean isNumber(String s) {
		if (s.isEmpty()) {
			return true; // missing: NaN
		}
		try {
			Double.parseDouble(s);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private static String field(Path file, long line, NamedCsvRecord rec, String column) throws ImportException {
		String v = rec.findField(column).orElse("").trim();
		if (v.isEmpty()) {
			throw new ImportException(file, line, column, "missing " + column);
		}
		return v;
	}

	private static double number(Path file, long line, NamedCsvRecord rec, String column) throws ImportException {
		String v = field(file, line, rec, column);
		try {
			double d = Double.parseDouble(v);
			if (!Double.isFinite(d)) {
				throw new NumberFormatException();
			}
			return d;
		} catch (NumberFormatException e) {
			throw new ImportException(file, line, column, "'" + v + "' is not a number");
		}
	}

	private static double optional(Path file, long line, NamedCsvRecord rec, String column, double absent)
			throws ImportException {
		return rec.findField(column).orElse("").isBlank() ? absent : number(file, line, rec, column);
	}

	/** Writes a log in the same layout (features as {@code user_feature_<k>}, plus the optional columns). */
	public static void write(BanditLog log, Path file) throws IOException {
		AtomicFiles.write(file, w -> write(log, w));
	}

	private static void write(BanditLog log, Writer w) throws IOException {
		try (CsvWriter csv = CsvWriter.builder().build(w)) {
			List<String> header = new ArrayList<>(List.of(TIMESTAMP, ITEM, POSITION, CLICK, PROPENSITY));
			for (int k = 0; k < log.schema().featureCount(); k++) {
				header.add("user_feature_" + k);
			}
			header.addAll(List.of(AVAILABLE, VIEWER, STREAM, TIME_IN_STREAM));
			csv.writeRecord(header);
			List<String> actions = log.schema().actions();
			int t = 0;
			for (LoggedDecision d : log.decisions()) {
				List<String> row = new ArrayList<>(header.size());
				row.add(Integer.toString(t++));
				row.add(actions.get(d.action()));
				row.add("0");
				row.add(number(d.reward()));
				row.add(number(d.propensity()));
				for (double x : d.context().features()) {
					row.add(number(x));
				}
				StringBuilder available = new StringBuilder();
				for (int a : d.context().actions()) {
					available.append(available.isEmpty() ? "" : ";").append(actions.get(a));
				}
				row.add(available.toString());
				row.add(Integer.toString(d.context().viewer()));
				row.add(Integer.toString(d.context().stream()));
				row.add(number(d.context().timeInStream()));
				csv.writeRecord(row);
			}
		}
	}

	private static String number(double v) {
		if (Double.isNaN(v)) {
			return "";
		}
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
	}
}
