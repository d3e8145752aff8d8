package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.model.io.SettingKeyRenames;

/**
 * The {@code compare} command: an experiment made from command-line flags. It saves the equivalent experiment file
 * ({@value #EXPERIMENT_FILE}) into the output folder, so that {@code streamwise run} repeats it exactly, and then runs
 * it like {@code run}.
 */
final class CompareCommand {

	static final String EXPERIMENT_FILE = "compare.experiment";
	/** "settings" and "protocol-options" are parsed only to be refused with a pointer to their replacements. */
	static final Set<String> OPTIONS = Set.of("data", "format", "separator", "columns", "train", "test", "algorithms",
			"settings", "protocol", "protocol-options", "metrics", "seed", "out", "encoding", "max-rejected-share",
			"time-unit", "key-file");
	static final Set<String> FLAGS = Set.of("no-header");
	/** Options given once per value, so that a value may hold commas and an id dots. */
	static final Set<String> REPEATABLE = Set.of("set", "protocol-option");
	static final String USAGE = """
			  compare --data FILE|FOLDER|simulator[:PRESET] [--format simulator|csv|recbole] [--separator C]
			          [--columns SPEC] [--no-header] | --train FILE --test FILE
			          [--encoding NAME] [--max-rejected-share S] [--time-unit auto|seconds|milliseconds]
			          --algorithms ID,ID,... [--set ID:KEY=VALUE ...]
			          [--protocol temporal:R | random:R[:FOLDS] | leave-last-out:N | kfold:FOLDS[:R] | given
			                      | stream-session:R | random-per-viewer:TRAIN:VALIDATION:TEST]
			          [--protocol-option KEY=VALUE ...]
			          [--metrics ndcg@10,recall@10,...] [--seed N] [--key-file FILE] --out DIR
			                       compare algorithms; writes compare.experiment and the results of run,
			                       plus significance.csv and results.tex. --set and --protocol-option are
			                       repeated, one value each, taken verbatim (commas allowed):
			                       --set itemknn:events=purchase,cart --set moa.hoeffding-tree:gracePeriod=100.
			                       With --train/--test the protocol is given (the files' own split)
			""";

	private CompareCommand() {
	}

	static int run(Cli cli, ExperimentRunner runner, Args a) throws IOException {
		if (!a.positional().isEmpty()) {
			throw new Args.UsageException("compare takes no positional arguments, got " + a.positional());
		}
		Path dir = OutputFolder.check(Path.of(a.require("out"))); // before any work
		ExperimentSpec spec = spec(a);
		try {
			runner.validate(spec);
		} catch (IllegalArgumentException e) {
			throw new Args.UsageException(e.getMessage());
		}
		// the experiment file goes into the staging folder with the results: a failed compare leaves nothing
		try (OutputFolder folder = OutputFolder.create(dir)) {
			Path file = folder.staging().resolve(EXPERIMENT_FILE);
			ExperimentFiles.write(spec, file);
			return cli.execute(spec, file, dir.resolve(EXPERIMENT_FILE).toString(), folder, null);
		}
	}

	static ExperimentSpec spec(Args a) {
		// the comma-separated forms could not carry values with commas nor ids with dots; refused rather than
		// guessed at, so that no value is silently split
		if (a.get("settings") != null) {
			throw new Args.UsageException("--settings is replaced by --set ALGORITHM:KEY=VALUE, once per setting (the"
					+ " value is taken verbatim, commas allowed), e.g. --set itemknn:events=purchase,cart");
		}
		if (a.get("protocol-options") != null) {
			throw new Args.UsageException("--protocol-options is replaced by --protocol-option KEY=VALUE, once per"
					+ " option (the value is taken verbatim, commas allowed), e.g. --protocol-option"
					+ " relevant=purchase,cart");
		}
		List<AlgorithmSpec> algorithms = algorithms(a.require("algorithms"), a.all("set"));
		List<String> metrics = list(a.get("metrics", "ndcg@10,recall@10"));
		if (metrics.isEmpty()) {
			throw new Args.UsageException("--metrics names no metric");
		}
		DatasetSpec dataset = dataset(a);
		// a given train/test pair is evaluated on its own split unless the user names another protocol (which the
		// runner then refuses, since it would re-split the union of the two files)
		String defaultProtocol = dataset.kind() == DatasetKind.TRAIN_TEST ? "given" : "temporal:0.8";
		ProtocolSpec protocol = protocol(a.get("protocol", defaultProtocol), pairs(a.all("protocol-option"),
				"--protocol-option"));
		return new ExperimentSpec("compare", "compare " + String.join(", ", algorithms.stream()
				.map(AlgorithmSpec::label).toList()), a.getLong("seed", 1), dataset, protocol, algorithms, metrics);
	}

	static DatasetSpec dataset(Args a) {
		Map<String, String> options = new LinkedHashMap<>();
		if (a.get("separator") != null) {
			options.put("separator", a.get("separator"));
		}
		if (a.get("columns") != null) {
			options.put("columns", a.get("columns"));
		}
		if (a.flag("no-header")) {
			options.put("header", "false");
		}
		Map<String, String> keyOption = a.get("key-file") == null ? Map.of()
				: Map.of(DatasetLoader.OPTION_KEY_FILE, absolute(a.get("key-file")));
		Cli.importOptions(a); // checks the values as a usage error
		options.putAll(Cli.importOptionValues(a));
		String train = a.get("train"), test = a.get("test"), data = a.get("data");
		if (train != null || test != null) {
			if (train == null || test == null || data != null) {
				throw new Args.UsageException("--train and --test go together, instead of --data");
			}
			options.putAll(keyOption);
			return new DatasetSpec(DatasetKind.TRAIN_TEST, absolute(train), absolute(test), options);
		}
		if (data == null) {
			throw new Args.UsageException("option --data (or --train with --test) is required");
		}
		if (data.equals("simulator") || data.startsWith("simulator:")) {
			if (!options.isEmpty()) {
				throw new Args.UsageException("--separator, --columns, --no-header and the import options apply to"
						+ " files, not to generated data");
			}
			String preset = data.equals("simulator") ? "default" : data.substring("simulator:".length());
			Cli.preset(preset); // rejects unknown presets as a usage error
			return new DatasetSpec(DatasetKind.SIMULATOR, null, null, Map.of("preset", preset));
		}
		Path path = Path.of(data);
		String format = a.get("format", Files.isDirectory(path) ? "simulator" : "csv").toLowerCase(Locale.ROOT);
		DatasetKind kind = switch (format) {
		case "simulator" -> DatasetKind.SIMULATOR;
		case "csv" -> DatasetKind.CSV;
		case "recbole" -> DatasetKind.RECBOLE;
		default -> throw new Args.UsageException("--format must be simulator, csv or recbole, not '" + format + "'");
		};
		if (kind == DatasetKind.SIMULATOR && !options.isEmpty()) {
			throw new Args.UsageException("--separator, --columns, --no-header and the import options do not apply to a"
					+ " simulator folder");
		}
		options.putAll(keyOption); // a simulator folder needs it only if its files are not the simulator's own
		return new DatasetSpec(kind, absolute(data), null, options);
	}

	/** Absolute, because the experiment file is saved in the output folder, against which locations resolve. */
	private static String absolute(String path) {
		return Path.of(path).toAbsolutePath().normalize().toString();
	}

	static ProtocolSpec protocol(String text, Map<String, String> extra) {
		String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
		Map<String, String> options = new LinkedHashMap<>(extra);
		double ratio = 0.8;
		int folds = 1;
		ProtocolKind kind;
		switch (parts[0]) {
		case "temporal" -> {
			kind = ProtocolKind.TEMPORAL;
			ratio = parts.length > 1 ? ratio(parts[1], text) : ratio;
			arity(parts, 2, text);
		}
		case "random" -> {
			kind = ProtocolKind.RANDOM;
			ratio = parts.length > 1 ? ratio(parts[1], text) : ratio;
			folds = parts.length > 2 ? count(parts[2], text) : 1;
			arity(parts, 3, text);
		}
		case "leave-last-out" -> {
			kind = ProtocolKind.LEAVE_LAST_OUT;
			if (parts.length > 1) {
				options.put("n", Integer.toString(count(parts[1], text)));
			}
			arity(parts, 2, text);
		}
		case "random-per-viewer" -> {
			// train:validation:test weights, as RecBole writes them (8:1:1), or a training ratio alone
			kind = ProtocolKind.RANDOM_PER_VIEWER;
			arity(parts, 4, text);
			if (parts.length == 4) {
				double train = weight(parts[1], text), validation = weight(parts[2], text), test = weight(parts[3], text);
				double sum = train + validation + test;
				if (!(train > 0 && test > 0)) {
					throw new Args.UsageException("--protocol '" + text + "': training and test weights must be > 0");
				}
				ratio = train / sum;
				if (validation > 0) {
					options.put("validation", Double.toString(validation / sum));
				}
			} else if (parts.length == 2) {
				ratio = ratio(parts[1], text);
			} else if (parts.length == 3) {
				throw new Args.UsageException("--protocol '" + text + "': use random-per-viewer:TRAIN:VALIDATION:TEST"
						+ " weights (8:1:1) or random-per-viewer:R");
			}
		}
		case "kfold" -> {
			kind = ProtocolKind.KFOLD;
			folds = parts.length > 1 ? count(parts[1], text) : 5;
			ratio = parts.length > 2 ? ratio(parts[2], text) : ratio;
			arity(parts, 3, text);
		}
		case "given" -> {
			kind = ProtocolKind.GIVEN;
			arity(parts, 1, text);
		}
		case "stream-session" -> {
			kind = ProtocolKind.STREAM_SESSION;
			ratio = parts.length > 1 ? ratio(parts[1], text) : ratio;
			arity(parts, 2, text);
		}
		default -> throw new Args.UsageException("--protocol '" + text + "': use temporal:R, random:R[:FOLDS], "
				+ "leave-last-out:N, kfold:FOLDS[:R], given, stream-session:R or random-per-viewer:8:1:1");
		}
		try {
			return new ProtocolSpec(kind, ratio, folds, options);
		} catch (IllegalArgumentException e) {
			throw new Args.UsageException("--protocol '" + text + "': " + e.getMessage());
		}
	}

	private static void arity(String[] parts, int max, String text) {
		if (parts.length > max) {
			throw new Args.UsageException("--protocol '" + text + "' has too many ':' parts");
		}
	}

	private static double ratio(String s, String text) {
		try {
			double r = Double.parseDouble(s);
			if (r > 0 && r < 1) {
				return r;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new Args.UsageException("--protocol '" + text + "': the training ratio '" + s + "' must lie in (0, 1)");
	}

	private static double weight(String s, String text) {
		try {
			double w = Double.parseDouble(s);
			if (w >= 0 && Double.isFinite(w)) {
				return w;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new Args.UsageException("--protocol '" + text + "': the weight '" + s + "' must be a number >= 0");
	}

	private static int count(String s, String text) {
		try {
			int n = Integer.parseInt(s);
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new Args.UsageException("--protocol '" + text + "': '" + s + "' must be a whole number >= 1");
	}

	/**
	 * @param settings {@code LABEL:KEY=VALUE} each, LABEL one of the algorithms named (the longest that matches, so
	 *                 that ids with dots or colons are addressed whole); the value is kept verbatim
	 */
	static List<AlgorithmSpec> algorithms(String ids, List<String> settings) {
		List<String> labels = list(ids);
		if (labels.isEmpty()) {
			throw new Args.UsageException("--algorithms names no algorithm");
		}
		if (labels.stream().distinct().count() != labels.size()) {
			throw new Args.UsageException("--algorithms names an algorithm twice");
		}
		Map<String, Map<String, String>> byLabel = new LinkedHashMap<>();
		labels.forEach(l -> byLabel.put(l, new LinkedHashMap<>()));
		for (String setting : settings) {
			String label = labels.stream().filter(l -> setting.startsWith(l + ":"))
					.max(java.util.Comparator.comparingInt(String::length)).orElse(null);
			if (label == null) {
				throw new Args.UsageException("--set '" + setting + "': write ALGORITHM:KEY=VALUE with ALGORITHM one"
						+ " of " + labels);
			}
			Map.Entry<String, String> pair = pair(setting.substring(label.length() + 1), "--set '" + setting + "'");
			SettingKeyRenames.ofFormerKey(label, pair.getKey()).ifPresent(r -> {
				// a pointer, not a silent translation: the saved compare.experiment and the results name the new key
				throw new Args.UsageException("--set " + label + ":" + r.formerKey() + " is now called " + r.key()
						+ " (since format " + r.version() + "): write --set " + label + ":" + r.key() + "="
						+ pair.getValue());
			});
			if (byLabel.get(label).put(pair.getKey(), pair.getValue()) != null) {
				throw new Args.UsageException("--set: " + label + ":" + pair.getKey() + " is given twice");
			}
		}
		List<AlgorithmSpec> out = new ArrayList<>();
		byLabel.forEach((label, s) -> out.add(new AlgorithmSpec(label, label, s)));
		return out;
	}

	private static List<String> list(String text) {
		return java.util.Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/** KEY=VALUE each, in order; a key given twice is an error. The value is kept verbatim. */
	static Map<String, String> pairs(List<String> texts, String option) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String text : texts) {
			Map.Entry<String, String> pair = pair(text, option + " '" + text + "'");
			if (out.put(pair.getKey(), pair.getValue()) != null) {
				throw new Args.UsageException(option + ": '" + pair.getKey() + "' is given twice");
			}
		}
		return out;
	}

	/** KEY=VALUE split at the first '=': keys never hold one, values may. */
	private static Map.Entry<String, String> pair(String text, String where) {
		int eq = text.indexOf('=');
		if (eq <= 0 || text.substring(0, eq).isBlank()) {
			throw new Args.UsageException(where + ": not KEY=VALUE");
		}
		return Map.entry(text.substring(0, eq).trim(), text.substring(eq + 1));
	}
}
