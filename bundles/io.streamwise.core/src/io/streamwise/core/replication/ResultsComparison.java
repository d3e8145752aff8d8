package io.streamwise.core.replication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import io.streamwise.core.results.ExperimentResults;

/**
 * Compares every value of two experiment results (a package's and its re-run's) within an absolute tolerance: the
 * data's SHA-256, each value per algorithm, fold, metric and segment, each summary (mean, interval, count), each
 * significance test, the units each fold evaluated and the failed cells. Costs (seconds, heap) are measurements that
 * vary between runs and are not compared; neither are times, paths and the command line.
 */
public final class ResultsComparison {

	/**
	 * One value that differs.
	 *
	 * @param what       which part of the results: value, mean, ci95Low, a test's p...
	 * @param metric     the metric, or the field for values without one
	 * @param algorithm  the algorithm (for a test: "a vs b")
	 * @param fold       the fold, or "-" for values over all folds
	 * @param segment    the segment, or "-"
	 * @param packaged   the packaged value ("-" when the package has none)
	 * @param rerun      the re-run's value ("-" when the re-run has none)
	 * @param difference re-run minus packaged, or "-" when either is not a number
	 */
	public record Difference(String what, String metric, String algorithm, String fold, String segment,
			String packaged, String rerun, String difference) {
	}

	private final double tolerance;
	private final List<Difference> differences = new ArrayList<>();

	private ResultsComparison(double tolerance) {
		this.tolerance = tolerance;
	}

	/**
	 * @param tolerance the largest absolute difference taken as equal (0: exactly equal); NaN equals NaN
	 */
	public static List<Difference> compare(ExperimentResults packaged, ExperimentResults rerun, double tolerance) {
		if (!(tolerance >= 0)) {
			throw new IllegalArgumentException("tolerance " + tolerance + " is not a number >= 0");
		}
		ResultsComparison c = new ResultsComparison(tolerance);
		c.text("data sha256", "-", "-", "-", "-", packaged.provenance().datasetSha256(),
				rerun.provenance().datasetSha256());
		c.rows(packaged.values(), rerun.values(),
				v -> List.of(v.metric(), v.algorithm(), Integer.toString(v.fold()), v.segment()),
				List.of(field("value", ExperimentResults.Value::value),
						field("n", (ExperimentResults.Value v) -> v.n())));
		c.rows(packaged.summary(), rerun.summary(), s -> List.of(s.metric(), s.algorithm(), "-", s.segment()),
				List.of(field("mean", ExperimentResults.Summary::mean),
						field("ci95Low", ExperimentResults.Summary::ci95Low),
						field("ci95High", ExperimentResults.Summary::ci95High),
						field("n", (ExperimentResults.Summary x) -> x.n())));
		c.rows(packaged.significance(), rerun.significance(),
				t -> List.of(t.metric(), t.a() + " vs " + t.b(), "-", t.test()),
				List.of(field("difference", ExperimentResults.Significance::difference),
						field("statistic", ExperimentResults.Significance::statistic),
						field("p", ExperimentResults.Significance::p),
						field("pHolm", ExperimentResults.Significance::pHolm),
						field("effect", ExperimentResults.Significance::effect)));
		c.rows(packaged.evaluatedUnits(), rerun.evaluatedUnits(),
				u -> List.of(u.unit(), "-", Integer.toString(u.fold()), "-"),
				List.of(field("inTest", (ExperimentResults.EvaluatedUnits u) -> u.inTest()),
						field("evaluated", (ExperimentResults.EvaluatedUnits u) -> u.evaluated()),
						field("droppedNoRelevant", (ExperimentResults.EvaluatedUnits u) -> u.droppedNoRelevant()),
						field("droppedOnlySeen", (ExperimentResults.EvaluatedUnits u) -> u.droppedOnlySeen())));
		Map<List<String>, String> failedBefore = new LinkedHashMap<>(), failedNow = new LinkedHashMap<>();
		packaged.failures().forEach(f -> failedBefore.put(List.of(f.algorithm(), Integer.toString(f.fold())), f
				.reason()));
		rerun.failures().forEach(f -> failedNow.put(List.of(f.algorithm(), Integer.toString(f.fold())), f.reason()));
		for (List<String> k : union(failedBefore, failedNow)) {
			if (failedBefore.containsKey(k) != failedNow.containsKey(k)) {
				c.differences.add(new Difference("failed", "-", k.get(0), k.get(1), "-", failedBefore.getOrDefault(k,
						"-"), failedNow.getOrDefault(k, "-"), "-"));
			}
		}
		return List.copyOf(c.differences);
	}

	/** A numeric field of a row, by name. */
	private record Field<T>(String name, ToDoubleFunction<T> value) {
	}

	private static <T> Field<T> field(String name, ToDoubleFunction<T> value) {
		return new Field<>(name, value);
	}

	/**
	 * Rows matched by key (metric, algorithm, fold, segment); each field compared, and a row on one side only is a
	 * difference of each of its fields.
	 */
	private <T> void rows(List<T> before, List<T> now, Function<T, List<String>> key,
			List<Field<T>> fields) {
		Map<List<String>, T> a = index(before, key), b = index(now, key);
		for (List<String> k : union(a, b)) {
			T x = a.get(k), y = b.get(k);
			fields.forEach(field -> {
				Double p = x == null ? null : field.value().applyAsDouble(x);
				Double r = y == null ? null : field.value().applyAsDouble(y);
				if (p == null || r == null || !equal(p, r)) {
					differences.add(new Difference(field.name(), k.get(0), k.get(1), k.get(2), k.get(3), number(p),
							number(r), p == null || r == null || p.isNaN() || r.isNaN() ? "-"
									: String.format(Locale.ROOT, "%.3g", r - p)));
				}
			});
		}
	}

	private void text(String what, String metric, String algorithm, String fold, String segment, String packaged,
			String rerun) {
		if (packaged == null ? rerun != null : !packaged.equals(rerun)) {
			differences.add(new Difference(what, metric, algorithm, fold, segment, packaged == null ? "-" : packaged,
					rerun == null ? "-" : rerun, "-"));
		}
	}

	private boolean equal(double p, double r) {
		if (Double.isNaN(p) || Double.isNaN(r)) {
			return Double.isNaN(p) && Double.isNaN(r);
		}
		return p == r || Math.abs(r - p) <= tolerance;
	}

	private static <T> Map<List<String>, T> index(List<T> rows, Function<T, List<String>> key) {
		Map<List<String>, T> m = new LinkedHashMap<>();
		rows.forEach(r -> m.putIfAbsent(key.apply(r), r));
		return m;
	}

	private static <K> List<K> union(Map<K, ?> a, Map<K, ?> b) {
		List<K> keys = new ArrayList<>(a.keySet());
		b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
		return keys;
	}

	private static String number(Double v) {
		return v == null ? "-" : v.isNaN() ? "NaN" : Double.toString(v);
	}

	/** The differences as an aligned text table with a header row. */
	public static String table(List<Difference> differences) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("what", "metric", "algorithm", "fold", "segment", "packaged", "re-run", "difference"));
		differences.forEach(d -> rows.add(List.of(d.what(), d.metric(), d.algorithm(), d.fold(), d.segment(), d
				.packaged(), d.rerun(), d.difference())));
		int[] width = new int[8];
		rows.forEach(r -> {
			for (int i = 0; i < r.size(); i++) {
				width[i] = Math.max(width[i], r.get(i).length());
			}
		});
		StringBuilder sb = new StringBuilder();
		for (List<String> r : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < r.size(); i++) {
				line.append(i == 0 ? "" : "  ").append(String.format("%-" + width[i] + "s", r.get(i)));
			}
			sb.append(line.toString().stripTrailing()).append('\n');
		}
		return sb.toString();
	}
}
