package io.streamwise.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.algorithms.popularity.MostPopular;
import io.streamwise.algorithms.popularity.MostPopularSettings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.Engine;
import io.streamwise.core.experiment.FlinkAggregation;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.TooManyRejectedException;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.core.stats.DatasetStatistics;
import io.streamwise.recommenders.internal.SparseMatrix;
import io.streamwise.recommenders.knn.ItemKnn;
import io.streamwise.recommenders.knn.ItemKnnSettings;
import io.streamwise.recommenders.knn.ItemKnnSettings.Similarity;

/**
 * The aggregation of a CSV log on flink-local, read in many small pieces, gives what the embedded import and the
 * in-memory fits give: the same statistics (text and JSON), the same import report (rows read, accepted, duplicates,
 * every rejected row with its line, column and reason), pop's popularity and ItemKNN's neighbours and similarities.
 */
class AggregateTest {

	@TempDir
	static Path tmp;
	static Path csv;
	/** Raw ids: the rejected rows' text is then the file's, whatever key a run would pick. */
	static final Map<String, String> OPTIONS = Map.of(DatasetOptions.RAW_IDS, "true");

	@BeforeAll
	static void log() throws Exception {
		SimulatorSettings settings = SimulatorSettings.Size.SMALL.settings(Map.of("seed", "11", "days", "6"));
		Path dir = tmp.resolve("market");
		SimulationWriter.write(Simulator.run(settings, ProgressMonitor.NULL), dir);
		List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(SimulationWriter.EVENTS)));
		// bad rows the importer rejects, and exact duplicates far from the rows they repeat (other pieces)
		lines.add(7, "v1,s1,p1,teleport,2026-03-01T10:00:00Z,");
		lines.add(300, "v2,s1,p1,click,yesterday,");
		lines.add(301, "too,few,fields");
		lines.add(lines.size() - 5, lines.get(20));
		lines.add(lines.size() - 40, lines.get(400));
		lines.add(150, lines.get(lines.size() - 3));
		csv = tmp.resolve("events.csv");
		Files.write(csv, lines, StandardCharsets.UTF_8);
	}

	@Test
	void statisticsReportAndModelsEqualTheEmbeddedOnesAtParallelismOneAndTwo() throws Exception {
		EventImport embedded = CsvEventImporter.read(csv, DatasetLoader.mapping(OPTIONS), IdPolicy.raw(),
				DatasetLoader.importOptions(OPTIONS), ProgressMonitor.NULL);
		assertEquals(3, embedded.report().rejectedCount(), "the planted bad rows");
		assertEquals(3, embedded.report().duplicatesRemoved(), "the planted duplicates");
		DatasetStatistics stats = DatasetStatistics.of(embedded.log());
		String popularity = popularity(embedded.log()), neighbours = neighbours(embedded.log());

		var models = new FlinkAggregation.Models(new FlinkAggregation.Pop("click,cart,purchase,rate", true),
				new FlinkAggregation.Knn(ItemKnnSettings.DEFAULT_EVENTS, 0.5, 10, 20));
		for (int parallelism : new int[] { 1, 2 }) {
			Path out = tmp.resolve("models-" + parallelism);
			var flink = FlinkAggregation.run(Engine.parse("flink-local", parallelism), csv, OPTIONS, models, out, 8000,
					ProgressMonitor.NULL, w -> {
					});
			assertEquals(stats.toText(), flink.statistics().toText(), "parallelism " + parallelism);
			assertEquals(stats.toJson(), flink.statistics().toJson(), "parallelism " + parallelism);
			assertEquals(embedded.report().summary(), flink.report().summary(), "parallelism " + parallelism);
			assertEquals(embedded.report().rejectedRows(), flink.report().rejectedRows());
			assertEquals(popularity, Files.readString(out.resolve(FlinkAggregation.POPULARITY)));
			assertEquals(neighbours, Files.readString(out.resolve(FlinkAggregation.NEIGHBOURS)));
		}
		assertTrue(neighbours.split("\n").length > 100, "ItemKNN found neighbours: " + neighbours.length());
	}

	@Test
	void tooManyRejectedRowsFailAsTheEmbeddedImportFails() throws Exception {
		Map<String, String> strict = Map.of(DatasetOptions.RAW_IDS, "true", DatasetOptions.MAX_REJECTED_SHARE,
				"0.0001");
		ImportException embedded = assertThrows(TooManyRejectedException.class,
				() -> CsvEventImporter.read(csv, DatasetLoader.mapping(strict), IdPolicy.raw(),
						DatasetLoader.importOptions(strict), ProgressMonitor.NULL));
		ImportException flink = assertThrows(TooManyRejectedException.class,
				() -> FlinkAggregation.run(Engine.parse("flink-local", 2), csv, strict,
						FlinkAggregation.Models.NONE, null, 8000, ProgressMonitor.NULL, w -> {
						}));
		assertEquals(embedded.getMessage(), flink.getMessage());
	}

	@Test
	void aMissingColumnIsBadInputNamingTheFile() throws Exception {
		Path bad = tmp.resolve("no-viewer.csv");
		Files.writeString(bad, "who,stream,item,type,timestamp,value\nv1,s1,p1,click,2026-03-01T10:00:00Z,\n");
		ImportException embedded = assertThrows(ImportException.class,
				() -> CsvEventImporter.read(bad, DatasetLoader.mapping(OPTIONS), IdPolicy.raw(),
						DatasetLoader.importOptions(OPTIONS), ProgressMonitor.NULL));
		ImportException flink = assertThrows(ImportException.class,
				() -> FlinkAggregation.run(Engine.parse("flink-local", 1), bad, OPTIONS, FlinkAggregation.Models.NONE,
						null, 8000, ProgressMonitor.NULL, w -> {
						}));
		assertEquals(embedded.getMessage(), flink.getMessage());
	}

	/** What pop fitted in memory writes, in the aggregation's format. */
	private static String popularity(EventLog log) {
		MostPopular pop = new MostPopular(new MostPopularSettings("click,cart,purchase,rate", true));
		pop.fit(Dataset.of(log), TaskContext.of(1));
		float[] p = pop.popularity();
		StringBuilder sb = new StringBuilder("item,popularity\n");
		for (int i = 0; i < log.items().size(); i++) {
			sb.append(log.items().id(i)).append(',').append(i < p.length ? p[i] : 0f).append('\n');
		}
		return sb.toString();
	}

	/** ItemKNN fitted in memory: every item's neighbours, most similar first, with their similarities. */
	private static String neighbours(EventLog log) throws Exception {
		ItemKnn knn = new ItemKnn(
				new ItemKnnSettings(ItemKnnSettings.DEFAULT_EVENTS, Similarity.COSINE, 0.2, 20, 10, false, 1));
		knn.fit(Dataset.of(log), TaskContext.of(1));
		int n = log.items().size();
		int[][] index = new int[n][];
		float[][] value = new float[n][];
		for (int i = 0; i < n; i++) {
			index[i] = knn.neighbours(i);
			value[i] = new float[index[i].length];
			for (int q = 0; q < index[i].length; q++) {
				value[i][q] = knn.similarity(i, index[i][q]);
			}
		}
		StringWriter w = new StringWriter();
		AggregateJob.writeNeighbours(w, log.items().toArray(), SparseMatrix.ofRows(n, index, value));
		return w.toString();
	}
}
