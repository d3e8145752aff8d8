package io.streamwise.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.stats.DatasetStatistics;

/**
 * Statistics of a run's data, when they can be had again exactly: simulated data is generated again from the preset
 * and seed of the experiment copy beside results.json and used only when its SHA-256 is the run's. Data files are not
 * read (they may be large, elsewhere, or need the project's pseudonym key); the report names them and the command
 * that gives their statistics.
 */
final class RunData {

	/** The statistics as name and value, in the order {@code stats} prints them; or why there are none. */
	record Statistics(Map<String, String> facts, String note) {
	}

	private RunData() {
	}

	static Statistics of(Path experimentCopy, String runSha256, List<String> sources, ProgressMonitor monitor) {
		String stats = "./streamwise stats --data " + (sources == null || sources.isEmpty() ? "FILE"
				: sources.get(0)) + " gives the statistics of the data.";
		if (experimentCopy == null) {
			return new Statistics(Map.of(), "No experiment file beside results.json. " + stats);
		}
		ExperimentSpec spec;
		try {
			spec = ExperimentFiles.read(experimentCopy);
		} catch (Exception e) { // a broken copy costs the statistics, not the report
			return new Statistics(Map.of(), experimentCopy.getFileName() + " cannot be read (" + e.getMessage()
					+ "), so the data is not described further.");
		}
		ExperimentSpec.DatasetSpec dataset = spec.dataset();
		if (dataset.kind() != ExperimentSpec.DatasetKind.SIMULATOR
				|| dataset.location() != null && !dataset.location().isBlank()) {
			return new Statistics(Map.of(), "The report does not read data files. " + stats);
		}
		LoadedDataset loaded;
		try {
			loaded = DatasetLoader.simulate(dataset.options(), spec.seed(), monitor);
		} catch (CancelledException e) {
			throw e;
		} catch (RuntimeException e) {
			return new Statistics(Map.of(), "The simulator cannot generate the data again: " + e.getMessage());
		}
		if (!loaded.sha256().equals(runSha256)) {
			return new Statistics(Map.of(), "This version of the simulator generates other data (sha256 "
					+ loaded.sha256() + ") than the run's: no statistics are shown.");
		}
		return new Statistics(facts(DatasetStatistics.of(loaded.dataset().log())),
				"Generated again from the experiment's simulator preset and seed; same SHA-256 as the run's data.");
	}

	private static Map<String, String> facts(DatasetStatistics s) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("events", count(s.events()));
		f.put("viewers", count(s.viewers()));
		f.put("items", count(s.items()));
		f.put("streams", count(s.streams()));
		s.eventsByType().forEach((type, n) -> {
			if (n > 0) {
				f.put("events: " + type.label(), count(n));
			}
		});
		f.put("viewer-item pairs", count(s.viewerItemPairs()));
		f.put("sparsity", String.format(Locale.ROOT, "%.6f", s.sparsity()));
		if (s.events() > 0) {
			f.put("first event", Instant.ofEpochSecond(s.firstTimestamp()).toString());
			f.put("last event", Instant.ofEpochSecond(s.lastTimestamp()).toString());
		}
		f.put("events per viewer", String.format(Locale.ROOT, "min %d, median %.1f, mean %.2f, max %d",
				s.minEventsPerViewer(), s.medianEventsPerViewer(), s.meanEventsPerViewer(), s.maxEventsPerViewer()));
		f.put("share of item events on the top 20% items",
				String.format(Locale.ROOT, "%.1f%%", 100 * s.top20PercentItemShare()));
		f.put("Gini of item popularity", String.format(Locale.ROOT, "%.4f", s.itemGini()));
		f.put("items with one event", count(s.singleEventItems()));
		return f;
	}

	private static String count(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}
}
