package io.streamwise.headless;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.streamwise.api.data.EventType;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.OptionNames;
import io.streamwise.core.io.ImportOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that name a dataset and say how to read it: one group, mixed into every command that reads an event log
 * ({@code stats}, {@code compare}, {@code profile}). Apart from where the data is ({@link #LOCATION}), every option is a
 * dataset option of the experiment file, its first name the kebab-case spelling of the file's camelCase key
 * ({@code --max-rejected-share} is {@code maxRejectedShare}); {@link #datasetOptions()} translates them mechanically,
 * so that an option added here is a dataset option too. This is the only place that maps command-line data options
 * onto the core's dataset options (and through them onto CsvMapping and ImportOptions).
 */
final class DataOptions {

	/** The options that say where the data is; the others are dataset options. */
	static final Set<String> LOCATION = Set.of("--data", "--train", "--test", "--format");

	/** Dataset options that only reading CSV or RecBole files uses: refused for simulator data. */
	private static final Set<String> FILE_READING = Set.of(DatasetOptions.COLUMNS,
			DatasetOptions.SEPARATOR, DatasetOptions.HEADER, DatasetOptions.DEFAULT_TYPE,
			DatasetOptions.ENCODING, DatasetOptions.MAX_REJECTED_SHARE, DatasetOptions.TIME_UNIT);

	@Spec
	CommandSpec spec; // this group's own options, for the mechanical translation

	@Option(names = "--data", paramLabel = "FILE|FOLDER|simulator[:PRESET]", description = "The events: a CSV file,"
			+ " a RecBole folder or .inter file (--format recbole), a folder written by simulate, or simulator[:PRESET]"
			+ " (compare) for generated data.")
	String data;

	@Option(names = "--train", paramLabel = "FILE", description = "Training events of a pre-made split, with --test"
			+ " instead of --data.")
	Path train;

	@Option(names = "--test", paramLabel = "FILE", description = "Test events of a pre-made split, with --train.")
	Path test;

	@Option(names = "--format", paramLabel = "simulator|csv|recbole", converter = Converters.FormatName.class, description = "How to read --data; default: simulator for a folder, csv for a file.")
	Converters.Format format;

	@Option(names = "--columns", paramLabel = "SPEC", converter = Converters.Columns.class, description = "Which column is which, e.g. user,item,rating,timestamp or viewer=uid,item=pid.")
	String columns;

	@Option(names = "--separator", paramLabel = "C", converter = Converters.Separator.class, description = "Field separator: comma (default), tab, semicolon, pipe, space or one character.")
	String separator;

	@Option(names = "--header", negatable = true, description = "Whether the first line is a header (default: it is;"
			+ " --no-header: it is data).")
	Boolean header;

	@Option(names = "--default-type", paramLabel = "TYPE", converter = Converters.Type.class, description = "Event type of every row without a type column (click for RecBole files).")
	EventType defaultType;

	@Option(names = "--raw-ids", description = "Keep viewer ids as they are instead of pseudonymising them.")
	Boolean rawIds;

	@Option(names = "--pseudonym-key", paramLabel = "FILE", description = "The pseudonym key (created when missing);"
			+ " default: the project's, else your own (see the README on keys). --key-file FILE also works.")
	Path pseudonymKey;

	/** The name earlier versions used: still accepted, not listed. */
	@Option(names = "--key-file", paramLabel = "FILE", hidden = true)
	Path keyFile;

	@Option(names = "--encoding", paramLabel = "NAME", converter = Converters.Encoding.class, description = "Text encoding of the files: UTF-8 (default), ISO-8859-1, windows-1252, GB18030, ...")
	Charset encoding;

	@Option(names = "--max-rejected-share", paramLabel = "S", converter = Converters.Share.class, description = "Largest share of rejected rows before the import fails: 0.01 (default), or 5%%.")
	Double maxRejectedShare;

	@Option(names = "--time-unit", paramLabel = "auto|seconds|milliseconds", converter = Converters.TimeUnit.class, description = "Unit of numeric timestamps; auto (default) infers it from their size.")
	ImportOptions.EpochUnit timeUnit;

	/**
	 * The dataset options given, under the experiment file's keys: each option's first name in camelCase, each value
	 * as the file writes it (a key file's absolute path, since the saved experiment lies elsewhere).
	 */
	Map<String, String> datasetOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		for (OptionSpec o : spec.options()) {
			Object value = o.getValue();
			if (!LOCATION.contains(o.names()[0]) && !o.hidden() && value != null) {
				options.put(OptionNames.camel(o.names()[0]), text(value));
			}
		}
		Path key = pseudonymKey(pseudonymKey, keyFile);
		if (key != null) {
			options.put(DatasetOptions.KEY_FILE, text(key));
		}
		return options;
	}

	/** {@code --pseudonym-key}, or its old name {@code --key-file}; not both. */
	static Path pseudonymKey(Path pseudonymKey, Path keyFile) {
		if (pseudonymKey != null && keyFile != null) {
			throw new UsageException("--key-file is the earlier name of --pseudonym-key: give one of them");
		}
		return pseudonymKey != null ? pseudonymKey : keyFile;
	}

	private static String text(Object value) {
		if (value instanceof Path p) {
			return p.toAbsolutePath().normalize().toString();
		}
		if (value instanceof Charset c) {
			return c.name();
		}
		if (value instanceof Enum<?> e) {
			return OptionNames.lower(e);
		}
		return value.toString();
	}

	/**
	 * The dataset these options name, as an experiment file would: locations absolute (the saved experiment lies in
	 * the output folder), options under their file keys.
	 *
	 * @throws UsageException for --data together with --train/--test, or options that do not fit the data
	 */
	DatasetSpec datasetSpec() {
		Map<String, String> options = datasetOptions();
		if (train != null || test != null) {
			if (train == null || test == null || data != null) {
				throw new UsageException("--train and --test go together, instead of --data");
			}
			if (format != null && format != Converters.Format.CSV) {
				throw new UsageException("--train and --test are CSV files; --format " + OptionNames.lower(format)
						+ " does not apply");
			}
			return new DatasetSpec(DatasetKind.TRAIN_TEST, absolute(train), absolute(test), options);
		}
		if (data == null) {
			throw new UsageException("option --data (or --train with --test) is required");
		}
		if (data.equals("simulator") || data.startsWith("simulator:")) {
			refuseFileReading(options, "generated data");
			String preset = data.equals("simulator") ? "default" : data.substring("simulator:".length());
			try {
				preset = OptionNames.lower(Converters.Preset.size(preset));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--data " + data + ": " + e.getMessage());
			}
			// generated ids are synthetic: no key is used or made
			return new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of(DatasetLoader.OPTION_PRESET, preset));
		}
		Path path = Path.of(data);
		DatasetKind kind = switch (format != null ? format
				: Files.isDirectory(path) ? Converters.Format.SIMULATOR : Converters.Format.CSV) {
		case SIMULATOR -> DatasetKind.SIMULATOR;
		case CSV -> DatasetKind.CSV;
		case RECBOLE -> DatasetKind.RECBOLE;
		};
		if (kind == DatasetKind.SIMULATOR) {
			// a folder counts as synthetic only when its files are the simulator's own: else the key applies
			refuseFileReading(options, "a simulator folder");
		}
		return new DatasetSpec(kind, absolute(path), null, options);
	}

	private static void refuseFileReading(Map<String, String> options, String what) {
		for (String key : options.keySet()) {
			if (FILE_READING.contains(key)) {
				throw new UsageException("--" + OptionNames.kebab(key) + " applies to CSV and RecBole files, not to "
						+ what);
			}
		}
	}

	private static String absolute(Path path) {
		return path.toAbsolutePath().normalize().toString();
	}
}
