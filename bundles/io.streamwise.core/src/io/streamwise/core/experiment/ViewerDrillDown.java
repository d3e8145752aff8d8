package io.streamwise.core.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.simulator.Exposure;
import io.streamwise.core.simulator.LatentViewer;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationWriter;

/**
 * One viewer of a finished run, as the run saw them: their events in a fold's training part, each recommender's
 * top-K list with the hits (relevant test items) marked, and, on simulated data, their true interests and true
 * purchase probabilities. Nothing of this is stored by the run: the data is loaded again as the experiment copy
 * beside the results names it (with the pseudonym key results.json names, refused when its fingerprint or the
 * data's SHA-256 differ), split by the same protocol code under the same seed, and each recommender re-fitted on the
 * fold's training part with its cell's seed. Every random choice derives from the seed, so the lists are those the
 * run evaluated. Fitted recommenders are kept per fold for the next viewer.
 */
public final class ViewerDrillDown {

	/** An event of the viewer's training history. */
	public record HistoryEvent(long time, String type, String item, String title, String stream, float value) {
	}

	/**
	 * One entry of a top-K list.
	 *
	 * @param trueProbability the highest true purchase probability of the viewer's exposures to the item (simulated
	 *                        data), or NaN
	 */
	public record Recommended(String item, String title, boolean hit, double trueProbability) {
	}

	/** An algorithm's top-K list for the viewer, or why there is none. */
	public record TopK(String algorithm, List<Recommended> items, String failure) {
	}

	/** A latent interest of a simulated viewer: the category's weight at the period's start and end. */
	public record Interest(String category, double start, double end) {
	}

	/** An exposure of a simulated viewer to a product, with the model's true purchase probability. */
	public record TrueProbability(String stream, String item, long time, double probability, boolean purchased) {
	}

	/** The simulator's ground truth of one viewer. */
	public record GroundTruth(List<Interest> interests, List<TrueProbability> exposures) {
	}

	/**
	 * @param truth null unless the data is the simulator's own (in memory or its unchanged output folder)
	 */
	public record Viewer(String unit, String viewer, int fold, List<HistoryEvent> training, List<String> relevant,
			List<TopK> topK, GroundTruth truth) {
	}

	/** The copy of the experiment a run writes beside its results (ExperimentRunService.EXPERIMENT_COPY). */
	static final String EXPERIMENT_COPY = "experiment.experiment";

	private final ExperimentSpec spec;
	private final LoadedDataset data;
	private final SimulatedMarket market;
	private final Path simulatedFolder;
	private final AlgorithmRegistry registry;
	private final List<Splits.Split> splits;
	private final Map<Integer, RankingEvaluation> evaluations = new HashMap<>();
	private final Map<String, Recommender> fitted = new HashMap<>();

	private ViewerDrillDown(ExperimentSpec spec, LoadedDataset data, SimulatedMarket market, Path simulatedFolder,
			AlgorithmRegistry registry) {
		this.spec = spec;
		this.data = data;
		this.market = market;
		this.simulatedFolder = simulatedFolder;
		this.registry = registry;
		EventLog log = data.dataset().log();
		this.splits = Splits.split(log, spec.protocol(), spec.seed(),
				RankingEvaluation.relevantRows(log, RankingEvaluation.relevantTypes(spec.protocol())),
				data.availability(), data.givenSplit());
	}

	/**
	 * Loads what a results folder's run evaluated.
	 *
	 * @throws IOException when the experiment copy or the data cannot be read, the data changed since the run, or
	 *                     the pseudonym key is missing or another; the message says which
	 */
	public static ViewerDrillDown open(Path resultsDir, AlgorithmRegistry registry, ProgressMonitor monitor)
			throws IOException {
		DrillDownData d = DrillDownData.load(resultsDir, monitor);
		return new ViewerDrillDown(d.spec(), d.data(), d.market(), d.simulatedFolder(), registry);
	}

	/**
	 * The folder of the experiment file the run read (relative dataset locations resolve against it): results.json
	 * names it as the run was given it, absolute from the workbench, maybe relative to where a command was started.
	 */
	static Path experimentFolder(Path resultsDir, String experimentFile) throws IOException {
		if (experimentFile == null || experimentFile.isBlank()) {
			throw new IOException(resultsDir + ": results.json names no experiment file");
		}
		Path named = Path.of(experimentFile);
		List<Path> candidates = new ArrayList<>();
		if (named.isAbsolute()) {
			candidates.add(named);
		} else {
			for (Path d = resultsDir.toAbsolutePath().getParent(); d != null; d = d.getParent()) {
				candidates.add(d.resolve(named));
			}
			candidates.add(named.toAbsolutePath());
		}
		for (Path c : candidates) {
			if (Files.isRegularFile(c)) {
				return c.toAbsolutePath().getParent();
			}
		}
		throw new IOException("cannot find the experiment file " + experimentFile + " these results were run from"
				+ " (its folder is where the data is found)");
	}

	/** The longest list a ranking metric of the experiment asked for: the lists the run evaluated. */
	public int listLength() {
		return spec.metrics().stream().map(Metric::parse).filter(m -> m.kind() == AlgorithmKind.RECOMMENDER)
				.mapToInt(Metric::k).max().orElse(0);
	}

	/** The number of folds of the recommenders' split. */
	public int folds() {
		return splits.size();
	}

	/**
	 * One unit of per_unit.csv in its fold: history, top-K lists (re-fitting each recommender of the fold once),
	 * ground truth. Checks the monitor for cancellation between fits and while fitting.
	 *
	 * @throws IllegalArgumentException when the fold does not evaluate the unit
	 */
	public Viewer viewer(String unit, int fold, ProgressMonitor monitor) throws IOException {
		if (fold < 0 || fold >= splits.size()) {
			throw new IllegalArgumentException("fold " + fold + " is not one of the " + splits.size() + " folds");
		}
		EventLog log = data.dataset().log();
		Splits.Split split = splits.get(fold);
		Dataset train = data.dataset().withLog(log.select(split.train()));
		boolean sessions = spec.protocol().kind().protocol().sessionUnits();
		String viewerId = sessions && unit.contains("@") ? unit.substring(0, unit.lastIndexOf('@')) : unit;
		int v = log.viewers().indexOf(viewerId);
		if (v < 0) {
			throw new IllegalArgumentException("viewer '" + viewerId + "' is not in the data");
		}
		RankingEvaluation task = evaluations.computeIfAbsent(fold, f -> new RankingEvaluation(spec.protocol(),
				data.dataset(), data.availability(), train.log(), split.validation().length == 0 ? null
						: log.select(split.validation()),
				log.select(split.test()), spec.seed(), f));
		ItemCatalog catalog = data.dataset().catalog();
		List<HistoryEvent> history = new ArrayList<>();
		EventLog t = train.log();
		for (int r = 0; r < t.size(); r++) {
			if (t.viewer(r) == v) {
				int i = t.item(r), s = t.stream(r);
				history.add(new HistoryEvent(t.timestamp(r), t.type(r).label(), i < 0 ? "" : log.items().id(i),
						i < 0 ? "" : catalog.title(i), s < 0 ? "" : log.streams().id(s), t.value(r)));
			}
		}
		history.sort(java.util.Comparator.comparingLong(HistoryEvent::time));
		GroundTruth truth = truth(viewerId, monitor);
		Map<String, Double> trueProbability = new HashMap<>();
		if (truth != null) {
			truth.exposures().forEach(e -> trueProbability.merge(e.item(), e.probability(), Math::max));
		}
		int k = listLength();
		List<TopK> lists = new ArrayList<>();
		List<String> relevant = null;
		List<AlgorithmSpec> recommenders = spec.algorithms().stream()
				.filter(a -> registry.get(a.algorithmId()).info().kind() == AlgorithmKind.RECOMMENDER).toList();
		monitor.begin("viewer " + unit + ", fold " + fold, recommenders.size());
		for (AlgorithmSpec a : recommenders) {
			monitor.checkCancelled();
			monitor.subTask(a.label());
			try {
				Recommender rec = fitted(a, fold, train, monitor);
				int[][] explained = task.explain(unit, rec, k);
				if (explained == null) {
					throw new IllegalArgumentException("fold " + fold + " does not evaluate '" + unit + "'");
				}
				BitSet hits = new BitSet();
				for (int i : explained[1]) {
					hits.set(i);
				}
				if (relevant == null) {
					relevant = java.util.Arrays.stream(explained[1]).mapToObj(i -> log.items().id(i)).toList();
				}
				List<Recommended> items = new ArrayList<>();
				for (int i : explained[0]) {
					String id = log.items().id(i);
					items.add(new Recommended(id, catalog.title(i), hits.get(i),
							trueProbability.getOrDefault(id, Double.NaN)));
				}
				lists.add(new TopK(a.label(), items, null));
			} catch (io.streamwise.api.progress.CancelledException e) {
				throw e;
			} catch (IllegalArgumentException e) {
				throw e;
			} catch (RuntimeException | LinkageError e) {
				lists.add(new TopK(a.label(), List.of(), e.getClass().getSimpleName() + ": " + e.getMessage()));
			}
			monitor.worked(1);
		}
		return new Viewer(unit, viewerId, fold, history, relevant == null ? List.of() : relevant, lists, truth);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Recommender fitted(AlgorithmSpec a, int fold, Dataset train, ProgressMonitor monitor) {
		String key = a.label() + "\n" + fold;
		Recommender rec = fitted.get(key);
		if (rec == null) {
			AlgorithmFactory<?> factory = registry.get(a.algorithmId());
			Record settings = Settings.parse(factory.settingsType(), a.settings());
			// the cell's own seed (see ExperimentRunner): the same fit as the run's
			long seed = Seeds.cell(spec.seed(), fold, factory.info().id(), Settings.format(settings));
			rec = ((RecommenderFactory) factory).create(settings);
			rec.fit(train, new TaskContext(seed, monitor));
			fitted.put(key, rec);
		}
		return rec;
	}

	/** The simulator's truth about the viewer, or null when the data is not the simulator's own. */
	private GroundTruth truth(String viewerId, ProgressMonitor monitor) throws IOException {
		if (market != null) {
			List<Interest> interests = new ArrayList<>();
			for (LatentViewer lv : market.latentViewers()) {
				if (lv.viewer().equals(viewerId)) {
					for (int c = 0; c < market.categories().size(); c++) {
						interests.add(new Interest(market.categories().get(c), lv.interestStart()[c],
								lv.interestEnd()[c]));
					}
				}
			}
			List<TrueProbability> exposures = new ArrayList<>();
			for (Exposure e : market.exposures()) {
				if (e.viewer().equals(viewerId)) {
					exposures.add(new TrueProbability(e.stream(), e.product(), e.time(), e.probability(),
							e.purchased()));
				}
			}
			return new GroundTruth(interests, exposures);
		}
		if (simulatedFolder == null) {
			return null;
		}
		List<Interest> interests = new ArrayList<>();
		Path interestsFile = simulatedFolder.resolve(SimulationWriter.INTERESTS);
		Path exposuresFile = simulatedFolder.resolve(SimulationWriter.PURCHASE_PROBABILITY);
		if (!Files.isRegularFile(interestsFile) || !Files.isRegularFile(exposuresFile)) {
			return null; // a folder written without its ground truth
		}
		scan(interestsFile, viewerId, monitor, r -> interests.add(new Interest(r.getField("category"),
				Double.parseDouble(r.getField("weight_start")), Double.parseDouble(r.getField("weight_end")))));
		List<TrueProbability> exposures = new ArrayList<>();
		scan(exposuresFile, viewerId, monitor, r -> exposures.add(new TrueProbability(r.getField("stream"),
				r.getField("item"), java.time.Instant.parse(r.getField("exposed_at")).getEpochSecond(),
				Double.parseDouble(r.getField("probability")), r.getField("purchased").equals("1"))));
		return new GroundTruth(interests, exposures);
	}

	/** The rows of a ground-truth file whose viewer column is the viewer. */
	private static void scan(Path file, String viewerId, ProgressMonitor monitor, Consumer<NamedCsvRecord> row)
			throws IOException {
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
			long n = 0;
			for (NamedCsvRecord r : reader) {
				if ((++n & 65535) == 0) {
					monitor.checkCancelled(); // the exposures of a large simulation run to millions of rows
				}
				if (r.getField("viewer").equals(viewerId)) {
					try {
						row.accept(r);
					} catch (RuntimeException e) {
						throw new IOException(file + " line " + r.getStartingLineNumber() + ": " + e.getMessage(), e);
					}
				}
			}
		} catch (CsvParseException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
	}
}
