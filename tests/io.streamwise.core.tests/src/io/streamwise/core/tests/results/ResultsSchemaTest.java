package io.streamwise.core.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.ResultsWriter;
import io.streamwise.core.results.ExperimentResults;
import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ProfileResults;
import io.streamwise.core.results.ResultsDocument;
import io.streamwise.core.results.ResultsFileException;
import io.streamwise.core.results.ResultsJson;

/**
 * The results records write every field the files had before they existed, plus {@code format} and
 * {@code formatVersion}, and read the files saved by that version (the fixtures beside this class, written by
 * {@code streamwise run} on the quickstart, {@code prequential} on 2,000 rows of the electricity stream and
 * {@code profile} on a small simulated market, all before the schema).
 */
class ResultsSchemaTest {

	@TempDir
	Path tmp;

	@Test
	void theWriterKeepsEveryKeyAndValueOfTheWriterBeforeTheSchema() throws IOException {
		String written = ResultsWriter.toJson(ResultsFixture.experimentResult());
		JsonObject expected = withFormat(fixture("experiment-written-before-schema.json"),
				ExperimentResults.FORMAT, 1);
		assertEquals(expected, JsonParser.parseString(written));
		assertEquals(List.of("format", "formatVersion", "experiment", "provenance"),
				JsonParser.parseString(written).getAsJsonObject().keySet().stream().limit(4).toList(),
				"the kind first, then the fields in their old order");
		assertTrue(written.contains("\"value\": NaN") && written.contains("\"peakHeapMb\": NaN"),
				"an undefined value stays NaN");
		assertEquals(text("experiment-written-before-schema.json").stripTrailing(), withoutFormatLines(written),
				"byte for byte as before, apart from the two format lines");
	}

	@Test
	void quickstartResultsOfTheVersionBeforeTheSchemaAreReadAndWrittenBackUnchanged() throws IOException {
		ResultsDocument read = ResultsJson.read(file("quickstart-results-before-schema.json", "results.json"));
		ExperimentResults r = assertInstanceOf(ExperimentResults.class, read);
		assertEquals(ExperimentResults.FORMAT, r.format());
		assertEquals(1, r.formatVersion(), "a file without format is version 1");
		assertEquals("quickstart", r.experiment().id());
		assertEquals(List.of("pop", "random", "naive-bayes", "base-rate"),
				r.provenance().algorithms().stream().map(ExperimentResults.Algorithm::label).toList());
		ExperimentResults.Summary logLoss = r.summary().stream()
				.filter(s -> s.algorithm().equals("naive-bayes") && s.metric().equals("logloss")
						&& s.segment().equals("all"))
				.findFirst().orElseThrow();
		assertEquals(0.9332, logLoss.mean(), 5e-5, "the README's table");
		assertEquals(1580, r.evaluatedUnits().get(0).inTest());
		assertEquals(419, r.evaluatedUnits().get(0).evaluated());
		assertEquals(withFormat(fixture("quickstart-results-before-schema.json"), ExperimentResults.FORMAT, 1),
				JsonParser.parseString(ResultsJson.toJson(r)));
		assertEquals(text("quickstart-results-before-schema.json").stripTrailing(),
				withoutFormatLines(ResultsJson.toJson(r)));
	}

	@Test
	void prequentialResultsBeforeTheSchemaAreReadWithLogLossSpeltAsExperimentsSpellIt() throws IOException {
		PrequentialResults r = ResultsJson.read(file("prequential-results-before-schema.json", "results.json"),
				PrequentialResults.class);
		assertEquals(PrequentialResults.VERSION, r.formatVersion(), "migrated to the current version");
		PrequentialResults.Learner tree = r.learners().get(0);
		assertEquals("trees.HoeffdingTree", tree.learner());
		assertEquals(0.8668973230693737, tree.metrics().get("logloss"));
		assertFalse(tree.metrics().containsKey("log_loss"));
		assertEquals(500, tree.curve().get(0).at());
		assertEquals(1.4231082816739806, tree.curve().get(0).metrics().get("logloss"));
		assertEquals(List.of(256L), tree.drifts());
		assertEquals("class", r.data().className());
		assertEquals("2024.07.0", r.provenance().get("moa"));
		// every other key and value as before
		String old = fixture("prequential-results-before-schema.json").toString().replace("\"log_loss\"",
				"\"logloss\"");
		assertEquals(withFormat(JsonParser.parseString(old).getAsJsonObject(), PrequentialResults.FORMAT, 2),
				JsonParser.parseString(ResultsJson.toJson(r)));
		assertEquals(text("prequential-results-before-schema.json").replace("\"log_loss\"", "\"logloss\""),
				withoutFormatLines(ResultsJson.toJson(r)));
	}

	@Test
	void aProfileBeforeTheSchemaIsReadAndWrittenBackUnchanged() throws IOException {
		ProfileResults p = ResultsJson.read(file("profile-before-schema.json", "profile.json"), ProfileResults.class);
		assertEquals(164, p.viewersClustered());
		assertEquals(236, p.viewersWithoutItemInteractions());
		assertEquals(3, p.segments().size());
		assertEquals(0.30158730158730157, p.nextPurchase().accuracy());
		assertEquals(withFormat(fixture("profile-before-schema.json"), ProfileResults.FORMAT, 1),
				JsonParser.parseString(ResultsJson.toJson(p)));
		assertEquals(text("profile-before-schema.json"), withoutFormatLines(ResultsJson.toJson(p)));
	}

	@Test
	void anUnknownMetricIsAnErrorNamingTheMetricAndTheFile() throws IOException {
		Path file = tmp.resolve("odd-results.json");
		Files.writeString(file, fixture("prequential-results-before-schema.json").toString().replace("\"brier\"",
				"\"briar\""));
		ResultsFileException e = assertThrows(ResultsFileException.class, () -> ResultsJson.read(file));
		assertTrue(e.getMessage().contains("briar") && e.getMessage().contains(file.toString()), e.getMessage());

		Files.writeString(file, fixture("quickstart-results-before-schema.json").toString().replace("\"ndcg@10\"",
				"\"ndcg10\""));
		e = assertThrows(ResultsFileException.class, () -> ResultsJson.read(file));
		assertTrue(e.getMessage().contains("'ndcg10'") && e.getMessage().contains(file.toString()), e.getMessage());
	}

	@Test
	void filesOfAnotherKindOrOfANewerVersionAreRefusedByName() throws IOException {
		Path file = tmp.resolve("results.json");
		JsonObject newer = withFormat(fixture("profile-before-schema.json"), ProfileResults.FORMAT, 9);
		Files.writeString(file, newer.toString());
		ResultsFileException e = assertThrows(ResultsFileException.class, () -> ResultsJson.read(file));
		assertTrue(e.getMessage().startsWith(file + ": ") && e.getMessage().contains("version 9")
				&& e.getMessage().contains("newer"), e.getMessage());

		Files.writeString(file, withFormat(new JsonObject(), "streamwise.campaign", 1).toString());
		e = assertThrows(ResultsFileException.class, () -> ResultsJson.read(file));
		assertTrue(e.getMessage().contains("unknown results format 'streamwise.campaign'"), e.getMessage());

		Files.writeString(file, "{\"rows\": 3}");
		e = assertThrows(ResultsFileException.class, () -> ResultsJson.read(file));
		assertTrue(e.getMessage().contains("not a Streamwise results file"), e.getMessage());

		Files.writeString(file, "{\"summary\": [");
		e = assertThrows(ResultsFileException.class, () -> ResultsJson.read(file));
		assertTrue(e.getMessage().startsWith(file + ": not a Streamwise results file"), e.getMessage());

		Path profile = file("profile-before-schema.json", "profile.json");
		e = assertThrows(ResultsFileException.class, () -> ResultsJson.read(profile, ExperimentResults.class));
		assertTrue(e.getMessage().contains("holds " + ProfileResults.FORMAT), e.getMessage());
	}

	@Test
	void whatIsWrittenIsReadBackAsTheSameRecord() throws IOException {
		ExperimentResults r = ResultsWriter.schema(ResultsFixture.experimentResult());
		Path file = tmp.resolve("results.json");
		ResultsJson.write(r, file);
		ExperimentResults back = ResultsJson.read(file, ExperimentResults.class);
		assertEquals(r.experiment(), back.experiment());
		assertEquals(r.provenance(), back.provenance());
		assertEquals(r.significance(), back.significance());
		assertEquals(r.costs(), back.costs());
		// records compare NaN components as equal, so this also holds for the NaN value and interval
		assertEquals(r.values(), back.values());
		assertEquals(r.summary(), back.summary());
	}

	@Test
	void mapsAreWrittenInKeyOrderSoThatTheFileDoesNotDependOnIterationOrder() {
		ExperimentResult f = ResultsFixture.experimentResult();
		ExperimentSpec spec = f.spec();
		ExperimentSpec three = new ExperimentSpec(spec.id(), spec.name(), spec.seed(), spec.dataset(),
				new ProtocolSpec(spec.protocol().kind(), 0.8, 1,
						Map.of("relevant", "purchase", "excludeSeen", "true", "observationMinutes", "10")),
				spec.algorithms(), spec.metrics());
		ExperimentResult r = new ExperimentResult(three, f.provenance(), f.values(), f.summary(), f.significance(),
				f.failures(), f.warnings(), f.foldCounts(), f.costs());
		JsonObject options = JsonParser.parseString(ResultsWriter.toJson(r)).getAsJsonObject()
				.getAsJsonObject("experiment").getAsJsonObject("protocolOptions");
		assertEquals(List.of("excludeSeen", "observationMinutes", "relevant"), List.copyOf(options.keySet()));
	}

	@Test
	void curvePointsOfTheFirstPrequentialFilesTakeTheirPositionFromTheInstances() throws IOException {
		PrequentialResults r = (PrequentialResults) ResultsJson.parse("""
				{"command": "prequential", "learners": [{"learner": "bayes.NaiveBayes",
				 "metrics": {"instances": 200.0, "accuracy": 0.75, "log_loss": 0.5},
				 "curve": [{"instances": 100.0, "accuracy": 0.7}, {"at": 200, "instances": 200.0, "accuracy": 0.75}]}]}
				""", "old.json");
		assertEquals(List.of(100L, 200L), r.learners().get(0).curve().stream().map(p -> p.at()).toList());
		assertEquals(0.5, r.learners().get(0).metrics().get("logloss"));
	}

	private JsonObject fixture(String name) throws IOException {
		return JsonParser.parseString(text(name)).getAsJsonObject();
	}

	private Path file(String fixture, String name) throws IOException {
		Path dir = Files.createDirectories(tmp.resolve(fixture + ".d"));
		return Files.writeString(dir.resolve(name), text(fixture));
	}

	private static String text(String name) throws IOException {
		try (InputStream in = ResultsSchemaTest.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException("test fixture " + name + " is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The text without its second and third lines, where format and formatVersion are written. */
	private static String withoutFormatLines(String json) {
		List<String> lines = new java.util.ArrayList<>(json.lines().toList());
		assertTrue(lines.get(1).startsWith("  \"format\": ") && lines.get(2).startsWith("  \"formatVersion\": "),
				lines.subList(0, 3).toString());
		lines.subList(1, 3).clear();
		return String.join("\n", lines);
	}

	private static JsonObject withFormat(JsonObject old, String format, int version) {
		JsonObject o = new JsonObject();
		o.addProperty("format", format);
		o.addProperty("formatVersion", version);
		old.entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
		return o;
	}
}
