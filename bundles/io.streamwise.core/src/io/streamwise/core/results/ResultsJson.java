package io.streamwise.core.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import io.streamwise.core.io.AtomicFiles;

/**
 * Writes and reads every {@link ResultsDocument} through Gson, from the records themselves. Reading accepts the files
 * written before {@code format} existed: their kind is inferred from their fields and their version is 1. Every
 * metric name is looked up in the {@link MetricVocabulary}; former spellings are read as the current one, unknown
 * names are an error that names the metric and the file. Files of a newer version than this one knows are refused.
 */
public final class ResultsJson {

	private static final String FORMAT = "format";
	private static final String FORMAT_VERSION = "formatVersion";

	/** Pretty-printed like the files before the schema; NaN stays NaN (an undefined metric), as it always was. */
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
			.registerTypeAdapter(PrequentialResults.CurvePoint.class, new CurvePointAdapter().nullSafe()).create();

	private ResultsJson() {
	}

	/** The document as pretty-printed JSON, ending with a newline. */
	public static String toJson(ResultsDocument document) {
		return GSON.toJson(document) + "\n";
	}

	/** Writes the document to a temporary file and moves it into place, so that no half-written file remains. */
	public static void write(ResultsDocument document, Path file) throws IOException {
		AtomicFiles.write(file, w -> w.write(toJson(document)));
	}

	public static ResultsDocument read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	/** Reads a file that must be of the given kind. */
	public static <T extends ResultsDocument> T read(Path file, Class<T> kind) throws IOException {
		ResultsDocument d = read(file);
		if (!kind.isInstance(d)) {
			throw new ResultsFileException(file.toString(), "holds " + d.format() + ", not " + formatOf(kind), null);
		}
		return kind.cast(d);
	}

	/**
	 * Reads results from text.
	 *
	 * @param source the file (or other origin) that errors name
	 */
	public static ResultsDocument parse(String json, String source) throws ResultsFileException {
		JsonObject root;
		try {
			JsonElement e = JsonParser.parseString(json);
			if (!e.isJsonObject()) {
				throw new ResultsFileException(source, "not a Streamwise results file (no JSON object)", null);
			}
			root = e.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new ResultsFileException(source, "not a Streamwise results file: " + e.getMessage(), e);
		}
		Class<? extends ResultsDocument> kind = kind(root, source);
		int version = version(root, kind, source);
		ResultsDocument document;
		try {
			document = GSON.fromJson(root, kind);
		} catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
			throw new ResultsFileException(source, "not a valid " + formatOf(kind) + " file (version " + version
					+ "): " + e.getMessage(), e);
		}
		for (String metric : document.metricNames()) {
			try {
				MetricVocabulary.of(metric);
			} catch (IllegalArgumentException e) {
				throw new ResultsFileException(source, e.getMessage(), e);
			}
		}
		return migrate(document, version);
	}

	/** The kind named by {@code format}, or for files without it (version 1) the kind whose fields the file has. */
	private static Class<? extends ResultsDocument> kind(JsonObject root, String source) throws ResultsFileException {
		if (root.has(FORMAT)) {
			String format = text(root.get(FORMAT));
			for (Class<? extends ResultsDocument> kind : List.of(ExperimentResults.class, PrequentialResults.class,
					ProfileResults.class, PolicyResults.class)) {
				if (formatOf(kind).equals(format)) {
					return kind;
				}
			}
			throw new ResultsFileException(source, "unknown results format '" + format + "'; known: "
					+ ExperimentResults.FORMAT + ", " + PrequentialResults.FORMAT + ", " + ProfileResults.FORMAT + ", "
					+ PolicyResults.FORMAT, null);
		}
		if (root.has("learners")) {
			return PrequentialResults.class;
		}
		if (root.has("segments") && root.has("method")) {
			return ProfileResults.class;
		}
		if (root.has("experiment") || root.has("summary")) {
			return ExperimentResults.class;
		}
		throw new ResultsFileException(source, "not a Streamwise results file: no format, and neither the fields of"
				+ " experiment results (experiment, summary), of prequential results (learners) nor of a profile"
				+ " (method, segments)", null);
	}

	private static int version(JsonObject root, Class<? extends ResultsDocument> kind, String source)
			throws ResultsFileException {
		if (!root.has(FORMAT_VERSION)) {
			if (root.has(FORMAT)) {
				throw new ResultsFileException(source, "format " + formatOf(kind) + " without formatVersion", null);
			}
			return 1;
		}
		int version;
		try {
			version = root.get(FORMAT_VERSION).getAsInt();
		} catch (RuntimeException e) {
			throw new ResultsFileException(source, "formatVersion '" + root.get(FORMAT_VERSION)
					+ "' is not a whole number", e);
		}
		int known = versionOf(kind);
		if (version < 1 || version > known) {
			throw new ResultsFileException(source, formatOf(kind) + " version " + version + " is not one this"
					+ " Streamwise reads (1 to " + known + ")" + (version > known ? "; it was written by a newer one"
							: ""),
					null);
		}
		return version;
	}

	/** The document in the current version of its kind. */
	private static ResultsDocument migrate(ResultsDocument document, int version) {
		return switch (document) {
		case ExperimentResults e -> new ExperimentResults(ExperimentResults.FORMAT, ExperimentResults.VERSION,
				e.experiment(), e.provenance(), e.values(), e.summary(), e.significance(), e.failures(), e.warnings(),
				e.evaluatedUnits(), e.costs(), e.conversionCurves());
		case PolicyResults p -> p; // version 1 is the only one
		case ProfileResults p -> new ProfileResults(ProfileResults.FORMAT, ProfileResults.VERSION, p.data(),
				p.method(), p.k(), p.seed(), p.viewersClustered(), p.viewersWithoutItemInteractions(), p.categories(),
				p.segments(), p.nextPurchase());
		// version 1 spelt log loss log_loss; the vocabulary gives every metric its current name
		case PrequentialResults p -> version >= PrequentialResults.VERSION ? p
				: new PrequentialResults(PrequentialResults.FORMAT, PrequentialResults.VERSION,
						p.command() == null ? PrequentialResults.COMMAND : p.command(), p.data(), p.settings(),
						p.learners().stream().map(l -> new PrequentialResults.Learner(l.learner(),
								canonical(l.metrics()), l.instances(), l.trained(), l.seconds(),
								l.instancesPerSecond(), l.drifts(), l.curve().stream()
										.map(c -> new PrequentialResults.CurvePoint(c.at(), canonical(c.metrics())))
										.toList()))
								.toList(),
						p.provenance());
		};
	}

	private static Map<String, Double> canonical(Map<String, Double> metrics) {
		Map<String, Double> out = new LinkedHashMap<>();
		map(metrics).forEach((name, value) -> out.put(MetricVocabulary.canonical(name), value));
		return out;
	}

	private static String formatOf(Class<? extends ResultsDocument> kind) {
		return kind == ExperimentResults.class ? ExperimentResults.FORMAT
				: kind == PrequentialResults.class ? PrequentialResults.FORMAT
						: kind == PolicyResults.class ? PolicyResults.FORMAT : ProfileResults.FORMAT;
	}

	private static int versionOf(Class<? extends ResultsDocument> kind) {
		return kind == ExperimentResults.class ? ExperimentResults.VERSION
				: kind == PrequentialResults.class ? PrequentialResults.VERSION
						: kind == PolicyResults.class ? PolicyResults.VERSION : ProfileResults.VERSION;
	}

	private static String text(JsonElement e) {
		return e == null || e.isJsonNull() ? "" : e.isJsonPrimitive() ? e.getAsString() : e.toString();
	}

	/** An unmodifiable copy; empty for a list a file lacks. */
	static <T> List<T> list(List<T> list) {
		return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
	}

	/** An unmodifiable copy in the same order; empty for a map a file lacks. */
	static <V> Map<String, V> map(Map<String, V> map) {
		return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	/** A curve point as files have it: {@code at} and the metrics side by side in one object. */
	private static final class CurvePointAdapter extends TypeAdapter<PrequentialResults.CurvePoint> {
		@Override
		public void write(JsonWriter out, PrequentialResults.CurvePoint point) throws IOException {
			out.beginObject();
			out.name("at").value(point.at());
			for (Map.Entry<String, Double> m : point.metrics().entrySet()) {
				out.name(m.getKey()).value(m.getValue().doubleValue());
			}
			out.endObject();
		}

		@Override
		public PrequentialResults.CurvePoint read(JsonReader in) throws IOException {
			Long at = null;
			Map<String, Double> metrics = new LinkedHashMap<>();
			in.beginObject();
			while (in.hasNext()) {
				String name = in.nextName();
				if (in.peek() == JsonToken.NULL) {
					in.nextNull();
				} else if (name.equals("at")) {
					at = in.nextLong();
				} else {
					metrics.put(name, in.nextDouble());
				}
			}
			in.endObject();
			if (at == null) { // the first files gave the position only as the instances evaluated
				Double instances = metrics.get(MetricVocabulary.INSTANCES.id());
				at = instances == null ? 0 : instances.longValue();
			}
			return new PrequentialResults.CurvePoint(at, metrics);
		}
	}
}
