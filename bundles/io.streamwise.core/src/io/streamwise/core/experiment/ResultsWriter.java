package io.streamwise.core.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.streamwise.core.experiment.ExperimentResult.Failure;
import io.streamwise.core.experiment.ExperimentResult.Summary;
import io.streamwise.core.experiment.ExperimentResult.Value;

/**
 * Writes a result as {@code results.json} (provenance, values, summary, failures), {@code results.csv} (one row per
 * algorithm, fold and metric), {@code per_unit.csv} (the per-viewer or per-row values behind each cell, for
 * significance tests) and renders the readable table. Every file is written to a temporary file and moved into place,
 * so an interrupted run leaves no half-written result.
 */
public final class ResultsWriter {

	public static final String RESULTS_JSON = "results.json";
	public static final String RESULTS_CSV = "results.csv";
	public static final String PER_UNIT_CSV = "per_unit.csv";

	private ResultsWriter() {
	}

	public static void write(ExperimentResult result, Path dir) throws IOException {
		Files.createDirectories(dir);
		atomic(dir.resolve(RESULTS_JSON), w -> w.write(toJson(result)));
		atomic(dir.resolve(RESULTS_CSV), w -> {
			try (CsvWriter csv = CsvWriter.builder().build(w)) {
				csv.writeRecord("experiment", "algorithm", "fold", "metric", "value", "n");
				for (Value v : result.values()) {
					csv.writeRecord(result.spec().id(), v.algorithm(), Integer.toString(v.fold()), v.metric(),
							number(v.value()), Integer.toString(v.n()));
				}
			}
		});
		atomic(dir.resolve(PER_UNIT_CSV), w -> {
			try (CsvWriter csv = CsvWriter.builder().build(w)) {
				csv.writeRecord("algorithm", "fold", "metric", "unit", "value");
				for (Value v : result.values()) {
					if (v.metric().equals("auc")) {
						continue; // an AUC has no per-unit decomposition
					}
					for (int i = 0; i < v.unitValues().length; i++) {
						csv.writeRecord(v.algorithm(), Integer.toString(v.fold()), v.metric(), v.unitIds()[i],
								number(v.unitValues()[i]));
					}
				}
			}
		});
	}

	@FunctionalInterface
	private interface Body {
		void write(Writer w) throws IOException;
	}

	private static void atomic(Path target, Body body) throws IOException {
		Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				body.write(w);
			}
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(tmp);
		}
	}

	public static String toJson(ExperimentResult r) {
		Gson gson = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
		JsonObject root = new JsonObject();
		JsonObject exp = new JsonObject();
		exp.addProperty("id", r.spec().id());
		exp.addProperty("name", r.spec().name());
		exp.addProperty("protocol", r.spec().protocol().kind().name().toLowerCase(Locale.ROOT));
		exp.addProperty("trainRatio", r.spec().protocol().trainRatio());
		exp.addProperty("folds", r.spec().protocol().folds());
		exp.add("protocolOptions", gson.toJsonTree(r.spec().protocol().options()));
		exp.add("metrics", gson.toJsonTree(r.spec().metrics()));
		root.add("experiment", exp);

		ExperimentResult.Provenance p = r.provenance();
		JsonObject prov = new JsonObject();
		prov.addProperty("experimentFile", p.experimentFile());
		prov.addProperty("dataset", p.datasetDescription());
		prov.add("datasetSources", gson.toJsonTree(p.datasetSources()));
		prov.addProperty("datasetSha256", p.datasetSha256());
		prov.addProperty("seed", p.seed());
		JsonArray algorithms = new JsonArray();
		p.algorithmIds().forEach((label, id) -> {
			JsonObject a = new JsonObject();
			a.addProperty("label", label);
			a.addProperty("id", id);
			a.add("settings", gson.toJsonTree(p.algorithmSettings().get(label)));
			algorithms.add(a);
		});
		prov.add("algorithms", algorithms);
		prov.add("environment", gson.toJsonTree(p.environment()));
		prov.addProperty("startedAt", p.startedAt());
		prov.addProperty("seconds", p.seconds());
		root.add("provenance", prov);

		JsonArray values = new JsonArray();
		for (Value v : r.values()) {
			JsonObject o = new JsonObject();
			o.addProperty("algorithm", v.algorithm());
			o.addProperty("fold", v.fold());
			o.addProperty("metric", v.metric());
			o.addProperty("value", v.value());
			o.addProperty("n", v.n());
			values.add(o);
		}
		root.add("values", values);
		JsonArray summary = new JsonArray();
		for (Summary s : r.summary()) {
			JsonObject o = new JsonObject();
			o.addProperty("algorithm", s.algorithm());
			o.addProperty("metric", s.metric());
			o.addProperty("mean", s.mean());
			o.addProperty("ci95Low", s.ciLow());
			o.addProperty("ci95High", s.ciHigh());
			o.addProperty("n", s.n());
			o.addProperty("ciBasis", s.basis());
			summary.add(o);
		}
		root.add("summary", summary);
		JsonArray failures = new JsonArray();
		for (Failure f : r.failures()) {
			JsonObject o = new JsonObject();
			o.addProperty("algorithm", f.algorithm());
			o.addProperty("fold", f.fold());
			o.addProperty("reason", f.reason());
			failures.add(o);
		}
		root.add("failures", failures);
		return gson.toJson(root) + "\n";
	}

	/** The summary as an aligned text table: one row per algorithm, one column per metric, mean [95% CI]. */
	public static String table(ExperimentResult r) {
		Set<String> metrics = new LinkedHashSet<>(r.spec().metrics().stream().map(m -> Metric.parse(m).toString()).toList());
		List<String> algorithms = r.spec().algorithms().stream().map(ExperimentSpec.AlgorithmSpec::label).toList();
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add("algorithm");
		header.addAll(metrics);
		rows.add(header);
		for (String a : algorithms) {
			List<String> row = new ArrayList<>();
			row.add(a);
			for (String m : metrics) {
				Summary s = r.summary().stream().filter(x -> x.algorithm().equals(a) && x.metric().equals(m))
						.findFirst().orElse(null);
				row.add(s == null ? "-" : cell(s));
			}
			rows.add(row);
		}
		int[] width = new int[header.size()];
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				width[c] = Math.max(width[c], row.get(c).length());
			}
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			for (int c = 0; c < row.size(); c++) {
				String cell = row.get(c);
				sb.append(c == 0 ? String.format("%-" + width[c] + "s", cell) : String.format("  %" + width[c] + "s", cell));
			}
			sb.append('\n');
			if (i == 0) {
				int total = 0;
				for (int w : width) {
					total += w + 2;
				}
				sb.append("-".repeat(total - 2)).append('\n');
			}
		}
		for (Failure f : r.failures()) {
			sb.append("FAILED ").append(f.algorithm()).append(" fold ").append(f.fold()).append(": ")
					.append(f.reason()).append('\n');
		}
		return sb.toString();
	}

	private static String cell(Summary s) {
		if (Double.isNaN(s.ciLow())) {
			return String.format(Locale.ROOT, "%.4f", s.mean());
		}
		return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", s.mean(), s.ciLow(), s.ciHigh());
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "NaN" : Double.toString(v);
	}
}
