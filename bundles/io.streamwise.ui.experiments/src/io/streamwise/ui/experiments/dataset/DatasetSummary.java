package io.streamwise.ui.experiments.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.stats.DatasetStatistics;

/**
 * What the workbench shows about a dataset: the first lines of its file, its statistics, events per item from the
 * most to the least popular (the long tail) and events per day. Computed off the UI thread.
 *
 * @param previewLines the first lines of the event file as written (empty for generated data)
 */
public record DatasetSummary(String description, List<String> previewLines, DatasetStatistics statistics,
		int[] eventsPerItemDescending, SortedMap<LocalDate, Long> eventsPerDay) {

	public static final int PREVIEW_LINES = 20;

	public static DatasetSummary compute(DatasetSpec spec, Path baseDir, long seed, ProgressMonitor monitor)
			throws IOException {
		LoadedDataset data = DatasetLoader.load(spec, baseDir, seed, monitor);
		EventLog log = data.dataset().log();
		monitor.checkCancelled();
		int[] perItem = new int[log.items().size()];
		SortedMap<LocalDate, Long> perDay = new TreeMap<>();
		for (int r = 0; r < log.size(); r++) {
			if (log.item(r) >= 0) {
				perItem[log.item(r)]++;
			}
			perDay.merge(LocalDate.ofInstant(Instant.ofEpochSecond(log.timestamp(r)), ZoneOffset.UTC), 1L, Long::sum);
		}
		int[] descending = Arrays.stream(perItem).filter(c -> c > 0).boxed().sorted((a, b) -> b - a)
				.mapToInt(Integer::intValue).toArray();
		return new DatasetSummary(data.description(), preview(spec, baseDir), DatasetStatistics.of(log), descending,
				perDay);
	}

	/** The first lines of the event file of a file dataset (a simulator folder's events.csv). */
	public static List<String> preview(DatasetSpec spec, Path baseDir) throws IOException {
		if (spec.kind() == DatasetKind.SIMULATOR || spec.location() == null || spec.location().isBlank()) {
			return List.of();
		}
		Path file = baseDir.resolve(spec.location()).normalize();
		if (Files.isDirectory(file)) {
			file = file.resolve(SimulationWriter.EVENTS);
		}
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = reader.readLine(); line != null
					&& lines.size() < PREVIEW_LINES; line = reader.readLine()) {
				lines.add(line);
			}
		}
		return lines;
	}
}
