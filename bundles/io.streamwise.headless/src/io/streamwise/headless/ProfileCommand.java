package io.streamwise.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.stream.profiling.AudienceClustering;
import io.streamwise.stream.profiling.AudienceSegments;
import io.streamwise.stream.profiling.NextPurchase;
import io.streamwise.core.simulator.SimulationModels;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamLearner;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.moa.MoaLearners;
import io.streamwise.core.io.AtomicFiles;
import io.streamwise.core.io.OutputFolder;

/**
 * {@code streamwise profile}: segments the viewers of a dataset by interest (k-means or CluStream) and writes them
 * into an audience file, starting from the data folder's own audience.audience when there is one; also evaluates
 * next-purchase category prediction prequentially. Writes audience.audience and profile.json, each complete or not at
 * all, and prints the segments.
 */
final class ProfileCommand {

	static final Set<String> OPTIONS = Set.of("data", "k", "method", "seed", "learner", "out", "encoding",
			"max-rejected-share", "time-unit", "key-file");
	static final String USAGE = """
			  profile --data SIMULATOR_FOLDER|CSV --k N --out DIR [--method kmeans|clustream] [--seed N]
			        [--learner MOA] [--encoding NAME] [--max-rejected-share S] [--time-unit U] [--key-file FILE]
			                       segment viewers by interest into an audience file; next-purchase accuracy
			""";

	private final Cli cli;
	private final PrintStream out;

	ProfileCommand(Cli cli, PrintStream out) {
		this.cli = cli;
		this.out = out;
	}

	int run(String[] args) throws IOException {
		Args a = Args.parse(args, 1, OPTIONS, Set.of());
		if (!a.positional().isEmpty()) {
			throw new Args.UsageException("profile takes no positional arguments, got " + a.positional());
		}
		Path data = Path.of(a.require("data"));
		Path dir = OutputFolder.check(Path.of(a.require("out"))); // before any work
		int k = (int) a.getLong("k", 8);
		if (k < 1) {
			throw new Args.UsageException("--k must be at least 1, got " + k);
		}
		long seed = a.getLong("seed", 1);
		AudienceClustering.Method method;
		try {
			method = AudienceClustering.Method.parse(a.get("method", "kmeans"));
		} catch (IllegalArgumentException e) {
			throw new Args.UsageException(e.getMessage());
		}
		String learnerCli = a.get("learner", "trees.HoeffdingTree");
		StreamLearner learner;
		try {
			learner = StreamLearner.of(learnerCli, MoaLearners.parse(learnerCli));
		} catch (IllegalArgumentException e) {
			throw new Args.UsageException(e.getMessage());
		}
		if (!Files.exists(data)) {
			throw new Cli.InputException("data " + data + " does not exist", null);
		}
		ConsoleProgress progress = cli.progress();
		boolean folder = Files.isDirectory(data);
		Cli.importOptions(a); // checks the values as a usage error
		Map<String, String> importOptions = Cli.importOptionValues(a);
		if (folder && !importOptions.isEmpty()) {
			throw new Args.UsageException("--encoding, --max-rejected-share and --time-unit apply to CSV files, not to"
					+ " a simulator folder");
		}
		Map<String, String> datasetOptions = new java.util.LinkedHashMap<>(importOptions);
		if (a.get("key-file") != null) {
			datasetOptions.put(DatasetLoader.OPTION_KEY_FILE, Path.of(a.get("key-file")).toAbsolutePath().toString());
		}
		Dataset dataset;
		try {
			dataset = DatasetLoader.load(new DatasetSpec(folder ? DatasetKind.SIMULATOR : DatasetKind.CSV,
					data.toAbsolutePath().toString(), null, datasetOptions), Path.of("."), seed, progress).dataset();
		} catch (io.streamwise.core.io.ImportException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		Audience audience = AudienceSegments.emptyAudience("Audience of " + data.getFileName());
		Path existing = folder ? data.resolve(SimulationModels.AUDIENCE) : null;
		if (existing != null && Files.isRegularFile(existing)) {
			try {
				audience = ModelIO.load(existing, Audience.class);
			} catch (ModelLoadException e) {
				throw new Cli.InputException(e.getMessage(), e);
			}
		}
		AudienceClustering.Result clusters;
		NextPurchase.Evaluation nextPurchase;
		try {
			clusters = AudienceClustering.cluster(dataset, k, method, seed, progress);
			nextPurchase = NextPurchase.evaluate(NextPurchase.instances(dataset, progress), learner,
					PrequentialSettings.defaults(), new TaskContext(seed, progress));
		} catch (IllegalArgumentException e) {
			throw new Cli.InputException(data + ": " + e.getMessage(), e);
		}
		AudienceSegments.apply(audience, clusters, dataset.log().viewers());
		JsonObject json = summary(data, method, k, seed, learnerCli, clusters, nextPurchase);
		try (OutputFolder staged = OutputFolder.create(dir)) {
			ModelIO.save(audience, staged.staging().resolve(SimulationModels.AUDIENCE));
			AtomicFiles.write(staged.staging().resolve("profile.json"), w -> w.write(new GsonBuilder()
					.setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(json)));
			progress.checkCancelled();
			cli.reportPrevious(dir, staged.commit());
		}
		out.printf(Locale.ROOT, "%d viewers in %d segments (%s, seed %d); %d without item interactions%n",
				clusters.viewers().length, k, method.label(), seed, clusters.unassigned());
		for (int c = 0; c < k; c++) {
			out.printf(Locale.ROOT, "  %-22s %6d  %s%n", "cluster-" + method.label() + "-" + (c + 1),
					clusters.sizes()[c], topCategories(clusters, c));
		}
		out.printf(Locale.ROOT, "next-purchase category, %s: accuracy %.4f, kappa-M %.4f; majority class %.4f"
				+ " (%d purchases)%n", learnerCli, nextPurchase.result().metrics().accuracy(),
				nextPurchase.result().metrics().kappaM(), nextPurchase.majorityAccuracy(),
				nextPurchase.result().instances());
		out.println("wrote " + dir.resolve(SimulationModels.AUDIENCE) + " and " + dir.resolve("profile.json"));
		return Cli.OK;
	}

	private static String topCategories(AudienceClustering.Result r, int c) {
		StringBuilder s = new StringBuilder();
		double[] centre = r.centres()[c];
		Integer[] order = new Integer[centre.length];
		java.util.Arrays.setAll(order, i -> i);
		java.util.Arrays.sort(order, (x, y) -> Double.compare(centre[y], centre[x]));
		for (int n = 0; n < Math.min(3, order.length) && r.sizes()[c] > 0; n++) {
			s.append(n == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.0f%%", r.categories().get(order[n]),
					100 * centre[order[n]]));
		}
		return s.toString();
	}

	private static JsonObject summary(Path data, AudienceClustering.Method method, int k, long seed, String learner,
			AudienceClustering.Result clusters, NextPurchase.Evaluation next) {
		JsonObject json = new JsonObject();
		json.addProperty("data", data.toAbsolutePath().normalize().toString());
		json.addProperty("method", method.label());
		json.addProperty("k", k);
		json.addProperty("seed", seed);
		json.addProperty("viewers_clustered", clusters.viewers().length);
		json.addProperty("viewers_without_item_interactions", clusters.unassigned());
		JsonArray categories = new JsonArray();
		clusters.categories().forEach(categories::add);
		json.add("categories", categories);
		JsonArray segments = new JsonArray();
		for (int c = 0; c < k; c++) {
			JsonObject s = new JsonObject();
			s.addProperty("id", "cluster-" + method.label() + "-" + (c + 1));
			s.addProperty("size", clusters.sizes()[c]);
			JsonArray centre = new JsonArray();
			for (double v : clusters.centres()[c]) {
				centre.add(v);
			}
			s.add("centre", centre);
			segments.add(s);
		}
		json.add("segments", segments);
		JsonObject np = new JsonObject();
		np.addProperty("learner", learner);
		np.addProperty("purchases", next.result().instances());
		np.addProperty("accuracy", next.result().metrics().accuracy());
		np.addProperty("kappa_m", next.result().metrics().kappaM());
		np.addProperty("majority_class_accuracy", next.majorityAccuracy());
		json.add("next_purchase", np);
		return json;
	}


}
