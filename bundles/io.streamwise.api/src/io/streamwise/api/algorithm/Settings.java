package io.streamwise.api.algorithm;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads, validates and writes algorithm settings records whose components carry {@link Setting}. Settings are plain
 * immutable values, so that they serialise into experiment files and across machines.
 */
public final class Settings {

	private Settings() {
	}

	/** The settings of a record type, in declaration order. */
	public static List<SettingDescriptor> describe(Class<? extends Record> type) {
		List<SettingDescriptor> out = new ArrayList<>();
		RecordComponent[] comps = components(type);
		List<String> keys = keys(type, comps);
		for (int i = 0; i < comps.length; i++) {
			RecordComponent c = comps[i];
			Setting s = annotation(type, c);
			List<String> choices = c.getType().isEnum()
					? Arrays.stream(c.getType().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()
					: List.of();
			out.add(new SettingDescriptor(keys.get(i), c.getType(), s.label(), s.description(), s.defaultValue(),
					s.min(), s.max(), choices));
		}
		return Collections.unmodifiableList(out);
	}

	/** The record with every setting at its default. */
	public static <S extends Record> S defaults(Class<S> type) {
		return parse(type, Map.of());
	}

	/**
	 * Builds a settings record from text values; missing keys take their defaults.
	 *
	 * @throws SettingsException naming the setting, when a key is unknown, a value does not parse or is out of bounds
	 */
	public static <S extends Record> S parse(Class<S> type, Map<String, String> values) {
		RecordComponent[] comps = components(type);
		List<String> known = keys(type, comps);
		for (String key : values.keySet()) {
			if (!known.contains(key)) {
				throw new SettingsException(key, "unknown setting '" + key + "' for " + type.getSimpleName()
						+ "; known settings: " + String.join(", ", known));
			}
		}
		Object[] args = new Object[comps.length];
		Class<?>[] types = new Class<?>[comps.length];
		for (int i = 0; i < comps.length; i++) {
			RecordComponent c = comps[i];
			Setting s = annotation(type, c);
			String text = values.getOrDefault(known.get(i), s.defaultValue());
			args[i] = convert(known.get(i), c.getType(), text, s);
			types[i] = c.getType();
		}
		try {
			Constructor<S> ctor = type.getDeclaredConstructor(types);
			ctor.setAccessible(true);
			return ctor.newInstance(args);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			// a record's own check may name the setting at fault (SettingsException with a key); keep it
			String key = cause instanceof SettingsException se ? se.key().orElse(null) : null;
			throw new SettingsException(key, type.getSimpleName() + ": " + cause.getMessage());
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot construct settings " + type.getName(), e);
		}
	}

	/** The settings as text, every key present, in declaration order: the form written to experiment files. */
	public static Map<String, String> format(Record settings) {
		Map<String, String> out = new LinkedHashMap<>();
		RecordComponent[] comps = components(settings.getClass());
		List<String> keys = keys(settings.getClass(), comps);
		for (int i = 0; i < comps.length; i++) {
			RecordComponent c = comps[i];
			try {
				java.lang.reflect.Method accessor = c.getAccessor();
				accessor.setAccessible(true); // settings records may be nested, non-public types
				Object v = accessor.invoke(settings);
				out.put(keys.get(i), v instanceof Enum<?> e ? e.name() : String.valueOf(v));
			} catch (ReflectiveOperationException e) {
				throw new IllegalStateException("cannot read setting " + c.getName(), e);
			}
		}
		return out;
	}

	private static RecordComponent[] components(Class<?> type) {
		if (!type.isRecord()) {
			throw new IllegalArgumentException(type.getName() + " is not a record");
		}
		return type.getRecordComponents();
	}

	/** The persisted keys of the components, in declaration order; two components may not share one. */
	private static List<String> keys(Class<?> type, RecordComponent[] comps) {
		List<String> keys = new ArrayList<>(comps.length);
		for (RecordComponent c : comps) {
			String key = key(c, annotation(type, c));
			if (keys.contains(key)) {
				throw new IllegalArgumentException("two settings of " + type.getName() + " have the key '" + key + "'");
			}
			keys.add(key);
		}
		return keys;
	}

	private static String key(RecordComponent c, Setting s) {
		return s.key().isEmpty() ? c.getName() : s.key();
	}

	private static Setting annotation(Class<?> type, RecordComponent c) {
		Setting s = c.getAnnotation(Setting.class);
		if (s == null) {
			throw new IllegalArgumentException(
					"component '" + c.getName() + "' of " + type.getName() + " lacks @Setting");
		}
		return s;
	}

	private static Object convert(String key, Class<?> t, String text, Setting s) {
		String v = text.trim();
		try {
			Object out;
			if (t == int.class || t == Integer.class) {
				out = Integer.parseInt(v);
			} else if (t == long.class || t == Long.class) {
				out = Long.parseLong(v);
			} else if (t == double.class || t == Double.class) {
				out = Double.parseDouble(v);
			} else if (t == float.class || t == Float.class) {
				out = Float.parseFloat(v);
			} else if (t == boolean.class || t == Boolean.class) {
				if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
					throw new SettingsException(key, "setting '" + key + "': '" + text + "' is not true or false");
				}
				out = Boolean.parseBoolean(v);
			} else if (t == String.class) {
				out = text;
			} else if (t.isEnum()) {
				out = enumValue(key, t, v);
			} else {
				throw new IllegalArgumentException("setting '" + key + "' has unsupported type " + t.getName());
			}
			if (out instanceof Number n) {
				double d = n.doubleValue();
				if (Double.isNaN(d) || d < s.min() || d > s.max()) {
					throw new SettingsException(key,
							"setting '" + key + "' = " + text + " is outside [" + bound(s.min())
									+ ", " + bound(s.max()) + "]");
				}
			}
			return out;
		} catch (NumberFormatException e) {
			throw new SettingsException(key, "setting '" + key + "': '" + text + "' is not a valid "
					+ t.getSimpleName().toLowerCase(Locale.ROOT));
		}
	}

	@SuppressWarnings("rawtypes")
	private static Object enumValue(String key, Class<?> t, String v) {
		for (Object c : t.getEnumConstants()) {
			if (((Enum) c).name().equalsIgnoreCase(v)) {
				return c;
			}
		}
		throw new SettingsException(key, "setting '" + key + "': '" + v + "' is not one of "
				+ Arrays.toString(t.getEnumConstants()));
	}

	private static String bound(double b) {
		return b == Math.rint(b) && !Double.isInfinite(b) ? Long.toString((long) b) : Double.toString(b);
	}
}
