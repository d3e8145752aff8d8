package io.streamwise.sdk.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.BuiltinAlgorithms;
import io.streamwise.model.io.SettingKeyRenames;

/**
 * What every algorithm plugin must satisfy, whatever its kind: a well-formed identity, and settings that survive the
 * experiment file. Extend {@link RecommenderConformanceTest}, {@link ConversionModelConformanceTest} or
 * {@link PolicyConformanceTest} rather than this class.
 *
 * @param <S> the settings record
 * @param <F> the factory type
 */
public abstract class AlgorithmConformanceTest<S extends Record, F extends AlgorithmFactory<S>> {

	/** The factory under test, as the plugin registers it. */
	protected abstract F factory();

	/**
	 * Settings to test with besides the defaults: override to cover the settings that change behaviour (every enum
	 * value, boundary values). Each must be valid.
	 */
	protected List<S> settingsVariants() {
		return List.of();
	}

	/**
	 * The setting keys that released versions of the plugin wrote into experiment files: override to list them, so
	 * that the kit fails when one disappears. A key may only go by a rename that a format migration carries
	 * ({@code SettingKeyRenames}); empty (the default) checks nothing.
	 */
	protected Set<String> publishedSettingKeys() {
		return Set.of();
	}

	/**
	 * No longer used: cancellation is checked without a clock (see {@code cancellationIsHonoured}), since a timed
	 * bound failed on busy machines. Kept so that tests overriding it still compile.
	 *
	 * @deprecated the kit counts the fit's questions to its monitor instead
	 */
	@Deprecated
	protected Duration cancellationBound() {
		return Duration.ofSeconds(5);
	}

	/**
	 * Whether the algorithm makes random choices (from {@code TaskContext.seed()}): override to return true when it
	 * does. The kit then runs its same-seed check under two seeds and requires that the seed matters for the defaults
	 * or one of {@link #settingsVariants()}, so that the random path is exercised, and so checked, by some variant.
	 */
	protected boolean usesRandomness() {
		return false;
	}

	/** The seeds of the same-seed check: two when the algorithm declares randomness. */
	final long[] seeds() {
		return usesRandomness() ? new long[] { 11, 12 } : new long[] { 11 };
	}

	/** What a persisted setting key looks like: a lower-case letter, then letters and digits. */
	private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

	abstract AlgorithmKind kind();

	/** The defaults followed by the variants. */
	final List<S> allSettings() {
		List<S> all = new ArrayList<>();
		all.add(factory().defaultSettings());
		all.addAll(settingsVariants());
		return all;
	}

	@Test
	void identityIsWellFormed() {
		F f = factory();
		assertNotNull(f.info(), "info()");
		assertEquals(kind(), f.info().kind(), "info().kind() of " + f.info().id());
		assertEquals(f.info(), factory().info(), "info() must not change between calls");
		assertNotNull(f.settingsType(), "settingsType()");
		assertFalse(f.info().description().isBlank(), f.info().id() + " needs a description");
		assertDoesNotThrow(() -> Settings.describe(f.settingsType()), "every settings component needs @Setting");
		assertEquals(Settings.defaults(f.settingsType()), f.defaultSettings(),
				"defaultSettings() must be the @Setting defaults, which is what an experiment file without settings"
						+ " gets");
	}

	@Test
	void settingKeysAreStableIdentifiers() {
		F f = factory();
		for (SettingDescriptor d : Settings.describe(f.settingsType())) {
			// persisted in files and given as --set ID:KEY=VALUE: a plain identifier, never the label
			assertTrue(KEY.matcher(d.key()).matches(), f.info().id() + ": setting key '" + d.key() + "' must match "
					+ KEY.pattern() + "; give @Setting(key = ...) an identifier and keep it forever");
		}
		List<String> keys = Settings.describe(f.settingsType()).stream().map(SettingDescriptor::key).toList();
		for (String published : publishedSettingKeys()) {
			String now = SettingKeyRenames.ofFormerKey(f.info().id(), published).map(SettingKeyRenames.Rename::key)
					.orElse(published);
			assertTrue(keys.contains(now), f.info().id() + ": published setting key '" + published
					+ "' is gone, so files that hold it no longer load; keep the key (@Setting(key = \"" + published
					+ "\")) or add a rename to SettingKeyRenames");
		}
	}

	@Test
	void settingsSurviveFormatAndParse() {
		for (S s : allSettings()) {
			Map<String, String> text = Settings.format(s);
			assertEquals(s, Settings.parse(factory().settingsType(), text), "format then parse of " + text);
			assertEquals(text, Settings.format(Settings.parse(factory().settingsType(), text)));
		}
	}

	@Test
	void settingsSurviveAnExperimentFile(@TempDir Path dir) throws Exception {
		List<S> all = allSettings();
		List<AlgorithmSpec> algorithms = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			algorithms.add(new AlgorithmSpec("variant-" + i, factory().info().id(), Settings.format(all.get(i))));
		}
		ExperimentSpec spec = new ExperimentSpec("kit", "Conformance kit", KitData.SEED,
				new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of("preset", "small")),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of()), algorithms,
				List.of(kind() == AlgorithmKind.RECOMMENDER ? "ndcg@10" : "auc"));
		Path file = dir.resolve("kit.experiment");
		ExperimentFiles.write(spec, file);
		ExperimentSpec back = ExperimentFiles.read(file);
		// the runner accepts the file as written: ids resolve, settings parse and validate (policies are run by the
		// policy commands, not by experiments, so only their settings are read back)
		if (kind() != AlgorithmKind.POLICY) {
			new ExperimentRunner(AlgorithmRegistry.of(List.of(factory()))).validate(back);
		}
		for (int i = 0; i < all.size(); i++) {
			AlgorithmSpec a = back.algorithms().get(i);
			assertEquals(factory().info().id(), a.algorithmId());
			assertEquals(all.get(i), Settings.parse(factory().settingsType(), a.settings()),
					"settings read back from " + file.getFileName());
		}
	}

	/**
	 * An id that a built-in algorithm has would either hide the plugin or be hidden by it (the product keeps the
	 * built-in and warns): a plugin needs an id of its own, best prefixed with its bundle's name.
	 */
	@Test
	void idIsNotABuiltIn() {
		String id = factory().info().id();
		String builtin = BuiltinAlgorithms.IDS.get(id);
		if (builtin != null) {
			Bundle b = FrameworkUtil.getBundle(factory().getClass());
			assertEquals(builtin, b == null ? factory().getClass().getName() : b.getSymbolicName(), "algorithm id '"
					+ id + "' is the id of a built-in algorithm of " + builtin + "; choose an id of your own, such as"
					+ " '" + (b == null ? "com.example" : b.getSymbolicName()) + "." + id + "'");
		}
	}

	/**
	 * The plugin's manifest admits the API the kit runs against and stops before the API's next major version; see
	 * docs/plugins.md, "API versions".
	 */
	@Test
	void apiVersionRangeAdmitsTheCurrentApi() throws Exception {
		List<String> problems = ApiRequirements.problems(ApiRequirements.headersOf(factory().getClass()),
				ApiRequirements.apiVersion(), ApiRequirements.apiPackages());
		assertTrue(problems.isEmpty(), factory().info().id() + ": " + String.join("; ", problems));
	}

	/**
	 * Every random choice comes from {@code TaskContext.seed()}. The same-seed check catches an unseeded source only
	 * on the paths the kit's fits take; this reads the plugin's classes, so a {@code Math.random()} behind a setting
	 * that is off by default is caught too.
	 */
	@Test
	void noUnseededRandomness() throws Exception {
		List<RandomSources.Use> uses = RandomSources.unseeded(factory().getClass());
		assertTrue(uses.isEmpty(), () -> factory().info().id() + " draws random numbers no seed controls: "
				+ String.join(", ", uses.stream().map(u -> u.call() + " in " + u.className()).toList())
				+ "; take them from TaskContext.random() or new SplittableRandom(context.seed())");
	}

	/**
	 * A monitor that counts the fit's questions ({@code isCancelled}, {@code checkCancelled}) and answers "cancelled"
	 * from question {@code cancelFrom} on (never when it is 0).
	 */
	static final class CountingMonitor implements ProgressMonitor {
		final AtomicLong checks = new AtomicLong();
		private final long cancelFrom;

		CountingMonitor(long cancelFrom) {
			this.cancelFrom = cancelFrom;
		}

		@Override
		public void begin(String task, long totalWork) {
			// nothing to report
		}

		@Override
		public void worked(long work) {
			// nothing to report
		}

		@Override
		public boolean isCancelled() {
			long n = checks.incrementAndGet();
			return cancelFrom > 0 && n >= cancelFrom;
		}

		@Override
		public void checkCancelled() {
			if (isCancelled()) {
				throw new CancelledException();
			}
		}

		boolean signalled() {
			return cancelFrom > 0 && checks.get() >= cancelFrom;
		}
	}

	/** What a fit that never asks its monitor is told. */
	static String neverConsulted(Object settings) {
		return "fit with " + settings + " never consulted context.monitor() on the kit's data of about 24 thousand"
				+ " training events, so it cannot be cancelled: call context.monitor().checkCancelled() in every long"
				+ " loop (every few thousand rows)";
	}

	/** What a fit that saw cancellation and returned normally is told. */
	static String returnedAfterCancellation(Object settings, long at) {
		return "fit with " + settings + " was told it is cancelled at its question " + at + " to the monitor but"
				+ " returned normally; call context.monitor().checkCancelled(), which throws CancelledException";
	}
}
