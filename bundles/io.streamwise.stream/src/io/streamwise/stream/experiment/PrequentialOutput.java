package io.streamwise.stream.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.yahoo.labs.samoa.instances.InstancesHeader;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.streamwise.core.io.AtomicFiles;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamMetrics;

/**
 * What a prequential evaluation writes, the same for {@code streamwise prequential} and a stream experiment run:
 * the results record (results.json) and the two tables results.csv and curves.csv. Only the provenance differs
 * between them, so callers build that.
 */
public final class PrequentialOutput {

	private PrequentialOutput() {
	}

	/**
	 * The results record.
	 *
	 * @param data       the stream as the results name it (a file or a description)
	 * @param sha256     the stream's digest, or null
	 * @param size       instances in the stream
	 * @param header     the stream's attributes (for the class and its values)
	 * @param settings   the evaluation's settings, with the positive class
	 * @param delay      the delay as given, or null for none
	 * @param time       the time column, or null for the row's position
	 * @param provenance in the order it is to be written
	 */
	public static PrequentialResults results(String data, String sha256, long size, InstancesHeader header,
			PrequentialSettings settings, String delay, String time, long seed, List<PrequentialResult> results,
			Map<String, String> provenance) {
		var cls = header.classAttribute();
		PrequentialResults.Data d = new PrequentialResults.Data(data, sha256, size, cls.name(),
				List.copyOf(cls.getAttributeValues()), cls.value(settings.positiveClass()));
		PrequentialResults.Settings s = new PrequentialResults.Settings(settings.window().describe(),
				settings.window().width(), settings.curveEvery(),
				settings.drift() == null ? "none" : settings.drift().id(), delay == null ? "none" : delay,
				time == null ? "position" : time, seed);
		List<PrequentialResults.Learner> learners = new ArrayList<>();
		for (PrequentialResult r : results) {
			// at: instances seen (prequential) or trained on (hold-out)
			List<PrequentialResults.CurvePoint> curve = r.curve().stream()
					.map(p -> new PrequentialResults.CurvePoint(p.instance(), p.metrics().asMap())).toList();
			learners.add(new PrequentialResults.Learner(r.learner(), r.metrics().asMap(), r.instances(), r.trained(),
					r.seconds(), r.throughput(), Arrays.stream(r.drifts()).boxed().toList(), curve));
		}
		return PrequentialResults.of(d, s, learners, provenance);
	}

	/**
	 * Writes results.csv (learner, metric, value, with each learner's drift count and throughput) and curves.csv
	 * (one row per learner and curve point) into a folder, each complete or not at all.
	 */
	public static void writeTables(Path folder, List<PrequentialResult> results) throws IOException {
		AtomicFiles.write(folder.resolve("results.csv"), w -> {
			try (CsvWriter csv = CsvWriter.builder().build(w)) {
				csv.writeRecord("learner", "metric", "value");
				for (PrequentialResult r : results) {
					for (var m : r.metrics().asMap().entrySet()) {
						csv.writeRecord(r.learner(), m.getKey(), number(m.getValue()));
					}
					csv.writeRecord(r.learner(), "drifts", Integer.toString(r.drifts().length));
					csv.writeRecord(r.learner(), "instances_per_second", number(r.throughput()));
				}
			}
		});
		AtomicFiles.write(folder.resolve("curves.csv"), w -> {
			try (CsvWriter csv = CsvWriter.builder().build(w)) {
				List<String> head = new ArrayList<>(List.of("learner"));
				head.addAll(List.of(StreamMetrics.NAMES));
				csv.writeRecord(head);
				for (PrequentialResult r : results) {
					for (PrequentialResult.CurvePoint p : r.curve()) {
						List<String> row = new ArrayList<>(List.of(r.learner()));
						for (double v : p.metrics().values()) {
							row.add(number(v));
						}
						csv.writeRecord(row);
					}
				}
			}
		});
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "NaN" : Double.toString(v);
	}
}
