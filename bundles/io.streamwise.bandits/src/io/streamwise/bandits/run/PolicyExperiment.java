// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.bandits.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.env.Reward;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.bandits.logs.BanditLog;
import io.streamwise.bandits.logs.ObdCsv;
import io.streamwise.bandits.ope.Estimator;
import io.streamwise.bandits.ope.OffPolicyEvaluation;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.results.PolicyResults;
import io.streamwise.core.run.ProvenanceBuilder;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DatasetKind;
import io.streamwise.model.experiment.DatasetRef;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.Protocol;
import io.streamwise.model.experiment.ProtocolKind;

/**
 * A policy experiment: an experiment file whose protocol is {@code ONLINE} (its algorithms are policies acting in the
 * simulator, as {@code streamwise policy simulate} runs them) or {@code OFF_POLICY} (judged on a logged CSV file, as
 * {@code policy evaluate} does). Settings go where the other experiments keep theirs: the seed on the experiment, the
 * simulator's preset or the log's location on the dataset, the rest as protocol options named like the command
 * line's options in camelCase, with the same defaults. Runs through {@link PolicyRuns}, the commands' own code, so
 * the same settings give the same files.
 */
public final class PolicyExperiment {

	/** The protocol options of each kind, with the command line's defaults. */
	public static final Map<String, String> ONLINE_OPTIONS = ordered("rounds", "10000", "seeds", "5", "threads", "0",
			"reward", "purchase"),
			OFF_POLICY_OPTIONS = ordered("estimators", "ips,snips,dm,dr", "clip", "Infinity", "tau", "10", "bootstrap",
					"200", "trainShare", "0.5", "rewardModel", "moa.naive-bayes");

	private final Experiment experiment;
	private final Path file;
	private final PolicyRuns.Online online;
	private final PolicyRuns.OffPolicy offPolicy;

	private PolicyExperiment(Experiment experiment, Path file, PolicyRuns.Online online,
			PolicyRuns.OffPolicy offPolicy) {
		this.experiment = experiment;
		this.file = file;
		this.online = online;
		this.offPolicy = offPolicy;
	}

	/** Whether the experiment's protocol makes it a policy experiment. */
	public static boolean isPolicy(Experiment e) {
		return e.getProtocol() != null && isPolicy(e.getProtocol().getKind());
	}

	/** Whether the protocol kind is one of policy experiments. */
	public static boolean isPolicy(ProtocolKind kind) {
		return kind == ProtocolKind.ONLINE || kind == ProtocolKind.OFF_POLICY;
	}

	/**
	 * Reads the policy experiment's settings and finds its policies.
	 *
	 * @param file where it was read from: the log's location resolves against its folder, and errors name it
	 * @throws IllegalArgumentException naming the file and the element or option that is wrong
	 */
	public static PolicyExperiment of(Experiment e, Path file, AlgorithmRegistry registry) {
		String where = file.getFileName() + ": ";
		if (!isPolicy(e)) {
			throw new IllegalArgumentException(where + "protocol: not a policy experiment (ONLINE or OFF_POLICY)");
		}
		Protocol protocol = e.getProtocol();
		boolean isOnline = protocol.getKind() == ProtocolKind.ONLINE;
		Map<String, String> options = options(protocol.getOptions(), where + "protocol");
		Map<String, String> known = isOnline ? ONLINE_OPTIONS : OFF_POLICY_OPTIONS;
		for (String key : options.keySet()) {
			if (!known.containsKey(key)) {
				throw new IllegalArgumentException(where + "protocol option '" + key + "': not an option of "
						+ protocol.getKind().getName() + " (" + String.join(", ", known.keySet()) + ")");
			}
		}
		Map<String, String> values = new LinkedHashMap<>(known);
		values.putAll(options);
		List<PolicySpec> policies = policies(e, where, registry);
		DatasetRef dataset = e.getDataset();
		if (isOnline) {
			if (dataset != null && dataset.getKind() != DatasetKind.SIMULATOR) {
				throw new IllegalArgumentException(where + "dataset: an ONLINE policy experiment runs in the simulator"
						+ " (dataset kind SIMULATOR), not on " + dataset.getKind().getName());
			}
			Map<String, String> data = dataset == null ? Map.of() : options(dataset.getOptions(), where + "dataset");
			for (String key : data.keySet()) {
				if (!key.equals("preset")) {
					throw new IllegalArgumentException(where + "dataset option '" + key + "': an ONLINE policy"
							+ " experiment takes only preset (small, default or large); the seed is the experiment's");
				}
			}
			String presetName = data.getOrDefault("preset", "small");
			SimulatorSettings.Size preset;
			try {
				preset = SimulatorSettings.Size.valueOf(presetName.trim().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException x) {
				throw new IllegalArgumentException(where + "dataset option 'preset': small, default or large, got '"
						+ presetName + "'", x);
			}
			long rounds = whole(values, "rounds", 1, where);
			long seeds = whole(values, "seeds", 1, where);
			long threads = whole(values, "threads", 0, where);
			Reward reward;
			try {
				reward = Reward.parse(values.get("reward"));
			} catch (IllegalArgumentException x) {
				throw new IllegalArgumentException(where + "protocol option 'reward': " + x.getMessage(), x);
			}
			return new PolicyExperiment(e, file, new PolicyRuns.Online(policies, rounds, (int) Math.min(seeds,
					Integer.MAX_VALUE), preset, e.getSeed(), (int) Math.min(threads, Integer.MAX_VALUE), reward),
					null);
		}
		if (dataset == null || dataset.getLocation() == null || dataset.getLocation().isBlank()) {
			throw new IllegalArgumentException(where + "dataset: an OFF_POLICY experiment needs the log's location"
					+ " (dataset kind CSV, a file in the Open Bandit Dataset's layout)");
		}
		if (dataset.getKind() != DatasetKind.CSV) {
			throw new IllegalArgumentException(where + "dataset: an OFF_POLICY experiment reads a CSV log (dataset"
					+ " kind CSV), not " + dataset.getKind().getName());
		}
		Path base = file.toAbsolutePath().getParent();
		Path log = base.resolve(dataset.getLocation()).normalize();
		List<Estimator> estimators = new ArrayList<>();
		for (String id : values.get("estimators").split(",")) {
			if (id.isBlank()) {
				continue;
			}
			try {
				Estimator estimator = Estimator.parse(id.trim());
				if (!estimators.contains(estimator)) {
					estimators.add(estimator);
				}
			} catch (IllegalArgumentException x) {
				throw new IllegalArgumentException(where + "protocol option 'estimators': " + x.getMessage(), x);
			}
		}
		if (estimators.isEmpty()) {
			throw new IllegalArgumentException(where + "protocol option 'estimators': none given");
		}
		double clip = number(values, "clip", where), tau = number(values, "tau", where),
				trainShare = number(values, "trainShare", where);
		if (!(clip > 0) || !(tau > 0)) {
			throw new IllegalArgumentException(where + "protocol options 'clip' and 'tau' must be positive");
		}
		if (!(trainShare >= 0 && trainShare < 1)) {
			throw new IllegalArgumentException(where + "protocol option 'trainShare' must be in [0, 1), got "
					+ values.get("trainShare"));
		}
		long bootstrap = whole(values, "bootstrap", 0, where);
		String modelId = values.get("rewardModel").trim();
		ConversionModelFactory<?> model = null;
		if (estimators.stream().anyMatch(Estimator::needsModel)) {
			AlgorithmFactory<?> f;
			try {
				f = registry.get(modelId);
			} catch (IllegalArgumentException x) {
				throw new IllegalArgumentException(where + "protocol option 'rewardModel': " + x.getMessage(), x);
			}
			if (!(f instanceof ConversionModelFactory<?> conversion)) {
				throw new IllegalArgumentException(where + "protocol option 'rewardModel': '" + modelId
						+ "' is not a conversion model");
			}
			model = conversion;
		}
		OffPolicyEvaluation.Options o = new OffPolicyEvaluation.Options(List.copyOf(estimators), clip, tau,
				(int) Math.min(bootstrap, Integer.MAX_VALUE), trainShare, e.getSeed());
		return new PolicyExperiment(e, file, null, new PolicyRuns.OffPolicy(log, policies, o, modelId, model));
	}

	private static List<PolicySpec> policies(Experiment e, String where, AlgorithmRegistry registry) {
		if (e.getAlgorithms().isEmpty()) {
			throw new IllegalArgumentException(where + "algorithms: a policy experiment needs at least one policy");
		}
		List<PolicySpec> out = new ArrayList<>();
		Set<String> labels = new java.util.HashSet<>();
		int n = 0;
		for (AlgorithmConfig a : e.getAlgorithms()) {
			n++;
			String id = a.getAlgorithmId() == null ? "" : a.getAlgorithmId().trim();
			String label = a.getLabel() == null || a.getLabel().isBlank() ? id : a.getLabel().trim();
			String at = where + "algorithm " + n + " ('" + label + "'): ";
			if (id.isEmpty()) {
				throw new IllegalArgumentException(at + "no algorithmId");
			}
			AlgorithmFactory<?> f;
			try {
				f = registry.get(id);
			} catch (IllegalArgumentException x) {
				throw new IllegalArgumentException(at + x.getMessage(), x);
			}
			if (!(f instanceof PolicyFactory<?> policy)) {
				throw new IllegalArgumentException(at + "'" + id + "' is a "
						+ f.info().kind().name().toLowerCase(Locale.ROOT) + ", not a policy");
			}
			if (!labels.add(label)) {
				throw new IllegalArgumentException(at + "the label is used twice");
			}
			try {
				out.add(PolicySpec.of(label, policy, options(a.getSettings(), at + "settings")));
			} catch (SettingsException x) {
				throw new IllegalArgumentException(at + x.getMessage(), x);
			}
		}
		return out;
	}

	private static Map<String, String> options(List<Parameter> parameters, String where) {
		Map<String, String> out = new LinkedHashMap<>();
		for (Parameter p : parameters) {
			if (p.getKey() == null || p.getKey().isBlank()) {
				throw new IllegalArgumentException(where + ": a parameter has no key");
			}
			if (out.put(p.getKey().trim(), p.getValue() == null ? "" : p.getValue().trim()) != null) {
				throw new IllegalArgumentException(where + ": parameter '" + p.getKey() + "' is given twice");
			}
		}
		return out;
	}

	private static long whole(Map<String, String> values, String key, long min, String where) {
		try {
			long v = Long.parseLong(values.get(key));
			if (v >= min) {
				return v;
			}
		} catch (NumberFormatException x) {
			// reported below
		}
		throw new IllegalArgumentException(where + "protocol option '" + key + "': a whole number of at least " + min
				+ ", got '" + values.get(key) + "'");
	}

	private static double number(Map<String, String> values, String key, String where) {
		try {
			return Double.parseDouble(values.get(key));
		} catch (NumberFormatException x) {
			throw new IllegalArgumentException(where + "protocol option '" + key + "': a number, got '"
					+ values.get(key) + "'", x);
		}
	}

	private static Map<String, String> ordered(String... keysAndValues) {
		Map<String, String> out = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			out.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(out);
	}

	public String id() {
		return experiment.getId();
	}

	/** Whether it runs in the simulator (else on a log). */
	public boolean online() {
		return online != null;
	}

	/** The online settings, or null. */
	public PolicyRuns.Online onlineRun() {
		return online;
	}

	/** The off-policy settings, or null. */
	public PolicyRuns.OffPolicy offPolicyRun() {
		return offPolicy;
	}

	/**
	 * Runs it. The results' provenance holds the origin, the environment and the experiment file.
	 *
	 * @throws java.io.IOException when the log cannot be read, or ({@code ImportException}) when it is bad input (naming its file, line and field)
	 */
	public PolicyResults run(RunOrigin origin, ProgressMonitor progress) throws IOException {
		Map<String, String> provenance = new LinkedHashMap<>(ProvenanceBuilder.environment(origin));
		provenance.put("experimentFile", file.toAbsolutePath().normalize().toString());
		if (online != null) {
			return PolicyRuns.simulate(online, provenance, progress);
		}
		BanditLog log = ObdCsv.read(offPolicy.log());
		return PolicyRuns.evaluate(offPolicy, log, provenance, progress);
	}

	/** Writes the results files ({@link PolicyRuns#writeFiles}) and a copy of the experiment file into folder. */
	public void write(PolicyResults results, Path folder) throws IOException {
		PolicyRuns.writeFiles(results, folder);
		Files.copy(file, folder.resolve(file.getFileName()));
	}
}
