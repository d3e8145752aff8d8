package io.streamwise.core.experiment;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.streamwise.api.data.EventType;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.ImportOptions;

/**
 * The options of a dataset read from files (CSV, RecBole, a train/test pair), typed: how the columns map onto events,
 * whether viewer ids stay raw, which pseudonym key, and how strictly the files are read. Code passes this object; only
 * an experiment file holds the options as text, and {@link #fromMap(Map)} and {@link #toMap()} are the one place that
 * reads and writes that text.
 * <p>
 * The options by their file names (camelCase; the command line spells each one with
 * {@link OptionNames#kebab(String)}: {@code --max-rejected-share}):
 * <ul>
 * <li>{@code columns}: a mapping spec (see {@link CsvMapping}), the columns and the time format;</li>
 * <li>{@code separator}: tab, comma, semicolon, pipe, space or one character (comma by default);</li>
 * <li>{@code header}: yes or no (yes by default);</li>
 * <li>{@code defaultType}: the event type of rows without a type column;</li>
 * <li>{@code rawIds}: true keeps viewer ids as they are (they are pseudonymised by default);</li>
 * <li>{@code pseudonymKey}: the pseudonym key file, relative to the experiment file;</li>
 * <li>{@code encoding}, {@code maxRejectedShare}, {@code timeUnit}: see {@link ImportOptions}.</li>
 * </ul>
 *
 * @param mapping       how the columns are read; for RecBole only its default type counts (click when null)
 * @param rawIds        whether viewer ids stay raw
 * @param keyFile       the pseudonym key file as the experiment names it (relative to its folder), or null for the
 *                      default one
 * @param importOptions encoding, largest share of rejected rows, unit of numeric times
 */
public record DatasetOptions(CsvMapping mapping, boolean rawIds, String keyFile, ImportOptions importOptions) {

	public static final String COLUMNS = "columns", SEPARATOR = "separator", HEADER = "header",
			DEFAULT_TYPE = "defaultType", RAW_IDS = "rawIds", KEY_FILE = "pseudonymKey", ENCODING = "encoding",
			MAX_REJECTED_SHARE = "maxRejectedShare", TIME_UNIT = "timeUnit";
	/**
	 * Every option, in the order {@link #fromMap(Map)} applies them: the mapping spec first, so that the separate
	 * options override what it says.
	 */
	public static final List<String> NAMES = List.of(COLUMNS, SEPARATOR, HEADER, DEFAULT_TYPE, RAW_IDS, KEY_FILE,
			ENCODING, MAX_REJECTED_SHARE, TIME_UNIT);

	public DatasetOptions {
		Objects.requireNonNull(mapping, "mapping");
		Objects.requireNonNull(importOptions, "importOptions");
		keyFile = keyFile == null || keyFile.isBlank() ? null : keyFile;
	}

	/** The default mapping, pseudonymised ids with the default key, the default import options. */
	public static DatasetOptions defaults() {
		return new DatasetOptions(CsvMapping.defaults(), false, null, ImportOptions.defaults());
	}

	public DatasetOptions withMapping(CsvMapping m) {
		return new DatasetOptions(m, rawIds, keyFile, importOptions);
	}

	public DatasetOptions withRawIds(boolean raw) {
		return new DatasetOptions(mapping, raw, keyFile, importOptions);
	}

	public DatasetOptions withKeyFile(String file) {
		return new DatasetOptions(mapping, rawIds, file, importOptions);
	}

	public DatasetOptions withImportOptions(ImportOptions options) {
		return new DatasetOptions(mapping, rawIds, keyFile, options);
	}

	/** The event type of rows without a type column, as RecBole files use it: the mapping's, else click. */
	public EventType defaultTypeOrClick() {
		return mapping.defaultType() != null ? mapping.defaultType() : EventType.CLICK;
	}

	/**
	 * Reads the options as an experiment file holds them.
	 *
	 * @throws IllegalArgumentException naming the option at fault, or an unknown option with the known ones
	 */
	public static DatasetOptions fromMap(Map<String, String> options) {
		for (String key : options.keySet()) {
			if (!NAMES.contains(key)) {
				throw new IllegalArgumentException("unknown dataset option '" + key + "'; known: " + NAMES);
			}
		}
		DatasetOptions o = defaults();
		for (String key : NAMES) {
			String value = options.get(key);
			if (value != null) {
				o = o.with(key, value);
			}
		}
		return o;
	}

	/**
	 * These options with one more, given by its file name and its text as a file or the command line writes it.
	 * {@code columns} replaces the whole mapping, so give it before {@code separator}, {@code header} and
	 * {@code defaultType} (the order of {@link #NAMES}).
	 *
	 * @throws IllegalArgumentException naming the option when the value is not valid for it
	 */
	public DatasetOptions with(String name, String value) {
		try {
			return switch (name) {
			case COLUMNS -> withMapping(value.isEmpty() ? CsvMapping.defaults() : CsvMapping.parse(value));
			case SEPARATOR -> withMapping(mapping.toBuilder().separator(CsvMapping.parseSeparator(value)).build());
			case HEADER -> withMapping(mapping.toBuilder().header(CsvMapping.parseYesNo(HEADER, value)).build());
			case DEFAULT_TYPE -> withMapping(mapping.toBuilder().defaultType(CsvMapping.parseType(value)).build());
			// as before typed options: anything but "true" (any case) keeps pseudonyms, the safe side
			case RAW_IDS -> withRawIds(Boolean.parseBoolean(value));
			case KEY_FILE -> withKeyFile(value);
			case ENCODING -> withImportOptions(importOptions.withEncoding(ImportOptions.charset(value)));
			case MAX_REJECTED_SHARE ->
				withImportOptions(importOptions.withMaxRejectedShare(ImportOptions.share(value)));
			case TIME_UNIT -> withImportOptions(importOptions.withTimeUnit(ImportOptions.EpochUnit.parse(value)));
			default -> throw new IllegalArgumentException("unknown dataset option '" + name + "'; known: " + NAMES);
			};
		} catch (IllegalArgumentException e) {
			if (e.getMessage() != null && e.getMessage().startsWith("unknown dataset option")) {
				throw e;
			}
			throw new IllegalArgumentException("dataset option " + name + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The options as an experiment file holds them, only those that differ from the defaults; {@link #fromMap(Map)}
	 * reads them back to equal options.
	 *
	 * @throws IllegalStateException when the mapping names a column that a spec cannot write (see
	 *                               {@link CsvMapping#toSpec()})
	 */
	public Map<String, String> toMap() {
		Map<String, String> m = new LinkedHashMap<>();
		String columns = mapping.columnsSpec();
		if (!columns.isEmpty()) {
			m.put(COLUMNS, columns);
		}
		if (mapping.separator() != ',') {
			m.put(SEPARATOR, CsvMapping.separatorName(mapping.separator()));
		}
		if (!mapping.header()) {
			m.put(HEADER, "no");
		}
		if (mapping.defaultType() != null) {
			m.put(DEFAULT_TYPE, mapping.defaultType().label());
		}
		if (rawIds) {
			m.put(RAW_IDS, "true");
		}
		if (keyFile != null) {
			m.put(KEY_FILE, keyFile);
		}
		if (!importOptions.encoding().equals(StandardCharsets.UTF_8)) {
			m.put(ENCODING, importOptions.encoding().name());
		}
		if (importOptions.maxRejectedShare() != ImportOptions.DEFAULT_MAX_REJECTED_SHARE) {
			m.put(MAX_REJECTED_SHARE, java.math.BigDecimal.valueOf(importOptions.maxRejectedShare()).toPlainString());
		}
		if (importOptions.timeUnit() != ImportOptions.EpochUnit.AUTO) {
			m.put(TIME_UNIT, importOptions.timeUnit().name().toLowerCase(java.util.Locale.ROOT));
		}
		return m;
	}
}
