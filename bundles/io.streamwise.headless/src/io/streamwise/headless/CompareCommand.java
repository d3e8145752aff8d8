package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.streamwise.core.experiment.ExperimentFiles;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.Protocols;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.model.io.SettingKeyRenames;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code compare} command: an experiment made from command-line options. It saves the equivalent experiment file
 * ({@value #EXPERIMENT_FILE}) into the output folder, so that {@code streamwise run} repeats it exactly, and then runs
 * it like {@code run}.
 */
@Command(name = "compare", description = { "Compares algorithms without an experiment file.",
		"Writes the results of run (results.json, results.csv, costs.csv, per_unit.csv, significance.csv, "
				+ "results.tex) and the equivalent compare.experiment, which 'streamwise run' repeats exactly." }, footer = {
						"%nExamples:",
						"  streamwise compare --data simulator --algorithms pop,itemknn --out DIR",
						"  streamwise compare --train a.csv --test b.csv --algorithms pop --out DIR",
						"  streamwise compare --data events.csv --algorithms itemknn --out DIR \\",
						"      --set itemknn:events=purchase,cart --protocol-option relevant=purchase" })
final class CompareCommand implements Callable<Integer> {

	static final String EXPERIMENT_FILE = "compare.experiment";

	private final Cli cli;

	@Mixin
	DataOptions data;

	@Option(names = "--algorithms", required = true, split = ",", paramLabel = "ID", description = "The algorithms"
			+ " to compare, by id (see 'streamwise algorithms').")
	List<String> algorithms;

	@Option(names = "--set", paramLabel = "ID:KEY=VALUE", description = "One setting of one algorithm, the value"
			+ " verbatim; repeat for more.")
	List<String> settings = new ArrayList<>();

	@Option(names = "--protocol", paramLabel = "PROTOCOL", converter = Protocol.class, description = "temporal:R"
			+ " (default temporal:0.8), random:R[:FOLDS], leave-last-out:N, kfold:FOLDS[:R], given (the default with"
			+ " --train/--test), stream-session:R or random-per-viewer:TRAIN:VALIDATION:TEST (8:1:1).")
	ProtocolSpec protocol;

	@Option(names = "--protocol-option", paramLabel = "KEY=VALUE", description = "One protocol option, the value"
			+ " verbatim (relevant=purchase,cart; sampledNegatives=100); repeat for more.")
	List<String> protocolOptions = new ArrayList<>();

	@Option(names = "--metrics", split = ",", paramLabel = "METRIC", description = "Metrics to compute; default"
			+ " ndcg@10,recall@10 (docs/metrics.md lists them).")
	List<String> metrics = List.of("ndcg@10", "recall@10");

	@Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice; default 1.")
	long seed = 1;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
	Path out;

	@Option(names = "--resume", description = RunCommand.RESUME)
	boolean resume;

	@Mixin
	EngineOptions engine = new EngineOptions();

	/** The comma-separated forms could not carry values with commas nor ids with dots: refused with a pointer. */
	@Option(names = "--settings", hidden = true)
	String oldSettings;

	@Option(names = "--protocol-options", hidden = true)
	String oldProtocolOptions;

	CompareCommand(Cli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() throws IOException {
		Path dir = OutputFolder.check(out); // before any work
		var where = engine.engine();
		ExperimentSpec spec = spec();
		try {
			cli.runner().validate(spec);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		// the experiment file goes into the staging folder with the results: a failed compare leaves nothing
		try (OutputFolder folder = OutputFolder.create(dir)) {
			Path file = folder.staging().resolve(EXPERIMENT_FILE);
			ExperimentFiles.write(spec, file);
			return cli.execute(spec, file, dir.resolve(EXPERIMENT_FILE).toString(), folder, null, resume,
					where);
		}
	}

	/** The experiment these options describe. */
	ExperimentSpec spec() {
		// the comma-separated forms could not carry values with commas nor ids with dots; refused rather than
		// guessed at, so that no value is silently split
		if (oldSettings != null) {
			throw new UsageException("--settings is replaced by --set ALGORITHM:KEY=VALUE, once per setting (the"
					+ " value is taken verbatim, commas allowed), e.g. --set itemknn:events=purchase,cart");
		}
		if (oldProtocolOptions != null) {
			throw new UsageException("--protocol-options is replaced by --protocol-option KEY=VALUE, once per"
					+ " option (the value is taken verbatim, commas allowed), e.g. --protocol-option"
					+ " relevant=purchase,cart");
		}
		List<AlgorithmSpec> algorithmSpecs = algorithms(algorithms, settings);
		List<String> metricNames = list(metrics);
		if (metricNames.isEmpty()) {
			throw new UsageException("--metrics names no metric");
		}
		DatasetSpec dataset = data.datasetSpec();
		// a given train/test pair is evaluated on its own split unless the user names another protocol (which the
		// runner then refuses, since it would re-split the union of the two files)
		ProtocolSpec chosen = protocol != null ? protocol
				: protocol(dataset.kind() == DatasetKind.TRAIN_TEST ? "given" : "temporal:0.8", Map.of());
		Map<String, String> options = new LinkedHashMap<>(pairs(protocolOptions, "--protocol-option"));
		options.putAll(chosen.options()); // what the protocol's own syntax says (leave-last-out:N) wins
		ProtocolSpec withOptions;
		try {
			withOptions = new ProtocolSpec(chosen.kind(), chosen.trainRatio(), chosen.folds(), options);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--protocol-option: " + e.getMessage());
		}
		return new ExperimentSpec("compare", "compare " + String.join(", ", algorithmSpecs.stream()
				.map(AlgorithmSpec::label).toList()), seed, dataset, withOptions, algorithmSpecs, metricNames);
	}

	/** {@code --protocol}: the protocol's own syntax, checked as the option is read. */
	static final class Protocol implements ITypeConverter<ProtocolSpec> {
		@Override
		public ProtocolSpec convert(String text) {
			try {
				return protocol(text, Map.of());
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}

	/** A protocol in its command-line form; each protocol reads its own (see {@link Protocols}). */
	static ProtocolSpec protocol(String text, Map<String, String> extra) {
		try {
			return Protocols.parse(text, extra);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
		}
	}

	/**
	 * @param settings {@code LABEL:KEY=VALUE} each, LABEL one of the algorithms named (the longest that matches, so
	 *                 that ids with dots or colons are addressed whole); the value is kept verbatim
	 */
	static List<AlgorithmSpec> algorithms(List<String> ids, List<String> settings) {
		List<String> labels = list(ids);
		if (labels.isEmpty()) {
			throw new UsageException("--algorithms names no algorithm");
		}
		if (labels.stream().distinct().count() != labels.size()) {
			throw new UsageException("--algorithms names an algorithm twice");
		}
		Map<String, Map<String, String>> byLabel = new LinkedHashMap<>();
		labels.forEach(l -> byLabel.put(l, new LinkedHashMap<>()));
		for (String setting : settings) {
			String label = labels.stream().filter(l -> setting.startsWith(l + ":"))
					.max(java.util.Comparator.comparingInt(String::length)).orElse(null);
			if (label == null) {
				throw new UsageException("--set '" + setting + "': write ALGORITHM:KEY=VALUE with ALGORITHM one"
						+ " of " + labels);
			}
			Map.Entry<String, String> pair = pair(setting.substring(label.length() + 1), "--set '" + setting + "'");
			SettingKeyRenames.ofFormerKey(label, pair.getKey()).ifPresent(r -> {
				// a pointer, not a silent translation: the saved compare.experiment and the results name the new key
				throw new UsageException("--set " + label + ":" + r.formerKey() + " is now called " + r.key()
						+ " (since format " + r.version() + "): write --set " + label + ":" + r.key() + "="
						+ pair.getValue());
			});
			if (byLabel.get(label).put(pair.getKey(), pair.getValue()) != null) {
				throw new UsageException("--set: " + label + ":" + pair.getKey() + " is given twice");
			}
		}
		List<AlgorithmSpec> out = new ArrayList<>();
		byLabel.forEach((label, s) -> out.add(new AlgorithmSpec(label, label, s)));
		return out;
	}

	/** The items of a comma-separated option (picocli splits them), trimmed, blanks dropped. */
	private static List<String> list(List<String> items) {
		return items.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/** KEY=VALUE each, in order; a key given twice is an error. The value is kept verbatim. */
	static Map<String, String> pairs(List<String> texts, String option) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String text : texts) {
			Map.Entry<String, String> pair = pair(text, option + " '" + text + "'");
			if (out.put(pair.getKey(), pair.getValue()) != null) {
				throw new UsageException(option + ": '" + pair.getKey() + "' is given twice");
			}
		}
		return out;
	}

	/** KEY=VALUE split at the first '=': keys never hold one, values may. */
	private static Map.Entry<String, String> pair(String text, String where) {
		int eq = text.indexOf('=');
		if (eq <= 0 || text.substring(0, eq).isBlank()) {
			throw new UsageException(where + ": not KEY=VALUE");
		}
		return Map.entry(text.substring(0, eq).trim(), text.substring(eq + 1));
	}
}
