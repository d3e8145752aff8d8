package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.results.ProfileResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.core.simulator.SimulationModels;
import io.streamwise.moa.MoaLearners;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.profiling.AudienceClustering;
import io.streamwise.stream.profiling.AudienceSegments;
import io.streamwise.stream.profiling.NextPurchase;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code streamwise profile}: segments the viewers of a dataset by interest (k-means or CluStream) and writes them
 * into an audience file, starting from the data folder's own audience.audience when there is one; also evaluates
 * next-purchase category prediction prequentially. Writes audience.audience and profile.json, each complete or not at
 * all, and prints the segments. Reads its data with the shared data options.
 */
@Command(name = "profile", description = { "Segments viewers by interest into an audience file.",
		"Writes audience.audience and profile.json, and reports next-purchase category accuracy. See "
				+ "docs/stream-learning.md." })
final class ProfileCommand implements Callable<Integer> {

	private final Cli cli;

	@Mixin
	DataOptions data;

	@Option(names = "--k", paramLabel = "N", description = "Number of segments; default 8.")
	int k = 8;

	@Option(names = "--method", paramLabel = "kmeans|clustream", converter = Method.class, description = "Clustering"
			+ " method; default kmeans.")
	AudienceClustering.Method method = AudienceClustering.Method.KMEANS;

	@Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice; default 1.")
	long seed = 1;

	@Option(names = "--learner", paramLabel = "MOA", description = "MOA learner of the next-purchase category;"
			+ " default trees.HoeffdingTree.")
	String learnerCli = "trees.HoeffdingTree";

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
	Path out;

	static final class Method implements ITypeConverter<AudienceClustering.Method> {
		@Override
		public AudienceClustering.Method convert(String text) {
			try {
				return AudienceClustering.Method.parse(text);
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}

	ProfileCommand(Cli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() throws IOException {
		DatasetSpec spec = data.datasetSpec();
		Path dir = OutputFolder.check(out); // before any work
		if (k < 1) {
			throw new UsageException("--k must be at least 1, got " + k);
		}
		StreamLearner learner;
		try {
			learner = StreamLearner.of(learnerCli, MoaLearners.parse(learnerCli));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--learner: " + e.getMessage());
		}
		for (String location : java.util.Arrays.asList(spec.location(), spec.testLocation())) {
			if (location != null && !Files.exists(Path.of(location))) {
				throw new Cli.InputException("data " + location + " does not exist", null);
			}
		}
		ConsoleProgress progress = cli.progress();
		Dataset dataset;
		try {
			dataset = DatasetLoader.load(spec, Path.of("."), seed, progress).dataset();
		} catch (IOException | IllegalArgumentException e) {
			throw new Cli.InputException(e.getMessage(), e);
		}
		// a folder written by simulate brings its own audience (with the ground-truth segments) to add to
		Path folder = spec.kind() == DatasetKind.SIMULATOR && spec.location() != null ? Path.of(spec.location()) : null;
		String name = spec.location() == null ? "simulated data" : Path.of(spec.location()).getFileName().toString();
		Audience audience = AudienceSegments.emptyAudience("Audience of " + name);
		Path existing = folder != null ? folder.resolve(SimulationModels.AUDIENCE) : null;
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
			throw new Cli.InputException(name + ": " + e.getMessage(), e);
		}
		AudienceSegments.apply(audience, clusters, dataset.log().viewers());
		ProfileResults profile = summary(spec, method, k, seed, learnerCli, clusters, nextPurchase);
		try (OutputFolder staged = OutputFolder.create(dir)) {
			ModelIO.save(audience, staged.staging().resolve(SimulationModels.AUDIENCE));
			ResultsJson.write(profile, staged.staging().resolve("profile.json"));
			progress.checkCancelled();
			cli.reportPrevious(dir, staged.commit());
		}
		cli.out.printf(Locale.ROOT, "%d viewers in %d segments (%s, seed %d); %d without item interactions%n",
				clusters.viewers().length, k, method.label(), seed, clusters.unassigned());
		for (int c = 0; c < k; c++) {
			cli.out.printf(Locale.ROOT, "  %-22s %6d  %s%n", "cluster-" + method.label() + "-" + (c + 1),
					clusters.sizes()[c], topCategories(clusters, c));
		}
		cli.out.printf(Locale.ROOT, "next-purchase category, %s: accuracy %.4f, kappa-M %.4f; majority class %.4f"
				+ " (%d purchases)%n", learnerCli, nextPurchase.result().metrics().accuracy(),
				nextPurchase.result().metrics().kappaM(), nextPurchase.majorityAccuracy(),
				nextPurchase.result().instances());
		cli.out.println("wrote " + dir.resolve(SimulationModels.AUDIENCE) + " and " + dir.resolve("profile.json"));
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

	private static ProfileResults summary(DatasetSpec data, AudienceClustering.Method method, int k, long seed,
			String learner, AudienceClustering.Result clusters, NextPurchase.Evaluation next) {
		String location = data.location() == null ? "simulator:" + data.options().get(DatasetLoader.OPTION_PRESET)
				: data.testLocation() == null ? data.location() : data.location() + " + " + data.testLocation();
		List<ProfileResults.Segment> segments = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			segments.add(new ProfileResults.Segment("cluster-" + method.label() + "-" + (c + 1), clusters.sizes()[c],
					clusters.centres()[c]));
		}
		return ProfileResults.of(location, method.label(), k, seed, clusters.viewers().length, clusters.unassigned(),
				clusters.categories(), segments, new ProfileResults.NextPurchase(learner, next.result().instances(),
						next.result().metrics().accuracy(), next.result().metrics().kappaM(), next.majorityAccuracy()));
	}
}
