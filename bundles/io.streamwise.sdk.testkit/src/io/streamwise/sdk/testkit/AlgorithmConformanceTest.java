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

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
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
import io.streamwise.model.io.SettingKeyRenames;

/**
 * What every algorithm plugin must satisfy, whatever its kind: a well-formed identity, and settings that survive the
 * experiment file. Extend {@link RecommenderConformanceTest} or {@link ConversionModelConformanceTest} rather than
 * this class.
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

	/** How long a fit may go on once its monitor reports cancellation: 5 s unless a plugin documents otherwise. */
	protected Duration cancellationBound() {
		return Duration.ofSeconds(5);
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
		// the runner accepts the file as written: ids resolve, settings parse and validate
		new ExperimentRunner(AlgorithmRegistry.of(List.of(factory()))).validate(back);
		for (int i = 0; i < all.size(); i++) {
			AlgorithmSpec a = back.algorithms().get(i);
			assertEquals(factory().info().id(), a.algorithmId());
			assertEquals(all.get(i), Settings.parse(factory().settingsType(), a.settings()),
					"settings read back from " + file.getFileName());
		}
	}

	/**
	 * A monitor that turns cancelled at its second question, so that the algorithm is inside its work, and remembers
	 * when it did.
	 */
	static final class CancelAtSecondCheck {
		final AtomicLong checks = new AtomicLong();
		final AtomicLong cancelledAtNanos = new AtomicLong();
		final ProgressMonitor monitor = ProgressMonitor.cancelledWhen(() -> {
			if (checks.incrementAndGet() < 2) {
				return false;
			}
			cancelledAtNanos.compareAndSet(0, System.nanoTime());
			return true;
		});

		boolean signalled() {
			return cancelledAtNanos.get() != 0;
		}
	}
}
