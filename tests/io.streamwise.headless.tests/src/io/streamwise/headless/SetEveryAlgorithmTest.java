package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.algorithms.popularity.MostPopularFactory;
import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;
import picocli.CommandLine.ParseResult;

/**
 * {@code --set ID:KEY=VALUE} addresses every setting of every installed algorithm (ids with dots included), and the
 * value reaches the saved compare.experiment verbatim. In the package of the command, to call it without running.
 */
class SetEveryAlgorithmTest {

	/** The experiment compare would run for these arguments, parsed by the command line's own model. */
	private static ExperimentSpec spec(String... args) {
		Cli cli = new Cli(AlgorithmRegistry.of(List.of()), Map.of(), System.out, System.err);
		ParseResult parsed = cli.commandLine().parseArgs(args);
		return ((CompareCommand) parsed.subcommand().commandSpec().userObject()).spec();
	}

	private static AlgorithmRegistry installed() throws Exception {
		Bundle core = FrameworkUtil.getBundle(AlgorithmRegistry.class);
		core.start();
		AlgorithmRegistry registry = RegistryLocator.await(core.getBundleContext(), 20_000);
		assertNotNull(registry, "AlgorithmRegistry service");
		return registry;
	}

	@Test
	void everySettingOfEveryInstalledAlgorithmRoundTripsIntoCompareExperiment(@TempDir Path tmp) throws Exception {
		AlgorithmRegistry registry = installed();
		List<String> ids = registry.all().stream().map(f -> f.info().id()).toList();
		// the test is only worth something when the algorithm bundles are really there
		for (String expected : List.of("pop", "itemknn", "ease", "bpr", "moa.hoeffding-tree", "moa", "base-rate")) {
			assertTrue(ids.contains(expected), expected + " in " + ids);
		}
		int settingsChecked = 0;
		for (AlgorithmFactory<?> f : registry.all()) {
			String id = f.info().id();
			List<String> args = new ArrayList<>(List.of("compare", "--data", "simulator:small", "--algorithms", id,
					"--out", tmp.toString()));
			Map<String, String> expected = new LinkedHashMap<>();
			for (SettingDescriptor d : Settings.describe(f.settingsType())) {
				args.add("--set");
				args.add(id + ":" + d.key() + "=" + d.defaultValue());
				expected.put(d.key(), d.defaultValue());
				settingsChecked++;
			}
			ExperimentSpec spec = spec(args.toArray(String[]::new));
			assertEquals(expected, spec.algorithms().get(0).settings(), id);
			new ExperimentRunner(registry).validate(spec); // every value parses as its setting
			Path file = tmp.resolve(id + ".experiment");
			ExperimentFiles.write(spec, file);
			ExperimentSpec read = ExperimentFiles.read(file);
			assertEquals(expected, read.algorithms().get(0).settings(), id + " read back from " + file);
			assertEquals(Settings.parse(f.settingsType(), expected), Settings.parse(f.settingsType(),
					read.algorithms().get(0).settings()), id);
		}
		assertTrue(settingsChecked > 50, settingsChecked + " settings");
	}

	@Test
	void theLongestMatchingIdTakesTheSetting() {
		ExperimentSpec spec = spec("compare", "--data", "simulator", "--algorithms", "moa,moa.hoeffding-tree", "--set",
				"moa.hoeffding-tree:gracePeriod=100", "--set", "moa:learner=trees.HoeffdingTree -g 50", "--out", "x");
		assertEquals(Map.of("gracePeriod", "100"), spec.algorithms().get(1).settings());
		assertEquals(Map.of("learner", "trees.HoeffdingTree -g 50"), spec.algorithms().get(0).settings());
	}

	/** A third-party setting, with a value holding commas, '=' and ':'. */
	public record AcmeSettings(
			@Setting(label = "Minimum support", defaultValue = "1", min = 1) int minSupport,
			@Setting(label = "Pattern", defaultValue = "") String pattern) {
	}

	static final class AcmeRules implements RecommenderFactory<AcmeSettings> {
		@Override
		public AlgorithmInfo info() {
			return new AlgorithmInfo("acme.rules", "Acme rules", "", "", AlgorithmKind.RECOMMENDER);
		}

		@Override
		public Class<AcmeSettings> settingsType() {
			return AcmeSettings.class;
		}

		@Override
		public Recommender create(AcmeSettings settings) {
			throw new UnsupportedOperationException("only configured here, never run");
		}
	}

	@Test
	void thirdPartyIdsWithDotsAndValuesWithCommasAreAddressed(@TempDir Path tmp) throws Exception {
		ExperimentSpec spec = spec("compare", "--data", "simulator", "--algorithms", "pop,acme.rules", "--set",
				"acme.rules:minSupport=2", "--set", "acme.rules:pattern=a,b=c:d", "--set", "pop:distinctViewers=true",
				"--out", "x");
		AlgorithmRegistry registry = AlgorithmRegistry.of(List.of(new MostPopularFactory(), new AcmeRules()));
		new ExperimentRunner(registry).validate(spec);
		assertEquals(Map.of("minSupport", "2", "pattern", "a,b=c:d"), spec.algorithms().get(1).settings());
		Path file = tmp.resolve("acme.experiment");
		ExperimentFiles.write(spec, file);
		assertEquals(new AcmeSettings(2, "a,b=c:d"), Settings.parse(AcmeSettings.class,
				ExperimentFiles.read(file).algorithms().get(1).settings()));
		UsageException e = assertThrows(UsageException.class, () -> spec("compare", "--data", "simulator",
				"--algorithms", "acme.rules", "--set", "acme:minSupport=2", "--out", "x"));
		assertTrue(e.getMessage().contains("acme.rules"), e.getMessage());
	}
}
