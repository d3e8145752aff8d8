package io.streamwise.core.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.GsonBuilder;
import com.google.gson.annotations.SerializedName;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;

/**
 * An installed algorithm as {@code streamwise algorithms --json} lists it: id, name, kind, description, reference,
 * whether it is deprecated and by which id it is replaced (empty when none), the bundle that supplies it and its version
 * (absent outside OSGi), and its settings with type, default, bounds and choices.
 */
public record AlgorithmListing(String id, String name, String kind, String description, String reference,
		boolean deprecated, String replacedBy, String bundle, String bundleVersion, List<Setting> settings) {

	/**
	 * A setting; {@code min} and {@code max} are absent when unbounded.
	 *
	 * @param type    the Java type's simple name, such as {@code int}
	 * @param choices the values an enum setting takes, as files and {@code --set} write them; empty otherwise
	 */
	public record Setting(String key, String type, @SerializedName("default") String defaultValue,
			String description, Double min, Double max, List<String> choices) {
	}

	public static AlgorithmListing of(AlgorithmFactory<?> factory) {
		List<Setting> settings = new ArrayList<>();
		for (SettingDescriptor d : Settings.describe(factory.settingsType())) {
			settings.add(new Setting(d.key(), d.type().getSimpleName(), d.defaultValue(), d.description(),
					Double.isInfinite(d.min()) ? null : d.min(), Double.isInfinite(d.max()) ? null : d.max(),
					List.copyOf(d.choices())));
		}
		AlgorithmSource source = AlgorithmSource.of(factory);
		return new AlgorithmListing(factory.info().id(), factory.info().name(),
				factory.info().kind().name().toLowerCase(Locale.ROOT), factory.info().description(),
				factory.info().reference(), factory.info().deprecated(), factory.info().replacedBy(), source.bundle(),
				source.version(), settings);
	}

	/** The algorithms as a pretty-printed JSON array. */
	public static String json(List<? extends AlgorithmFactory<?>> factories) {
		return new GsonBuilder().setPrettyPrinting().create()
				.toJson(factories.stream().map(AlgorithmListing::of).toList());
	}
}
