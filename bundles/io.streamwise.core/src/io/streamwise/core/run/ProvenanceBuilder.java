package io.streamwise.core.run;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentResult.Provenance;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.AlgorithmSource;

/**
 * The one place that decides what a run records about where its numbers came from, for every front end (command
 * line, workbench) and engine. The facts go into {@code provenance.environment} of results.json beside the fields the
 * runner records itself (experiment file, dataset description, sources and SHA-256, seed, algorithm settings, start
 * time and seconds). Every key in {@link #FIELDS} is always present; unknowable values are written as
 * {@value #UNKNOWN} rather than left out, so that two runs' provenance can be compared field by field.
 */
public final class ProvenanceBuilder {

	/** The version of Streamwise (of its core bundle). */
	public static final String TOOL_VERSION = "streamwise.version";
	/** {@link RunOrigin#kind()}: command line or workbench. */
	public static final String ORIGIN = "origin";
	/** {@link RunOrigin#command()}: the command line, or the workbench action. */
	public static final String COMMAND = "command";
	public static final String JAVA_VERSION = "java.version", JAVA_VENDOR = "java.vendor", JAVA_VM = "java.vm";
	/** Operating system name, version and architecture. */
	public static final String OS = "os";
	public static final String PROCESSORS = "processors";
	/** The heap limit of the running process in MiB: out-of-memory failures depend on it. */
	public static final String MAX_HEAP_MB = "maxHeapMB";
	/** The protocol in its command-line syntax, options included. */
	public static final String PROTOCOL = "protocol";
	/** ISO-8601 end time of the run (the runner records the start). */
	public static final String FINISHED_AT = "finishedAt";
	/** Prefix of one key per algorithm label: the algorithm's id, the bundle it came from and its version. */
	public static final String ALGORITHM_PREFIX = "algorithm:";
	/** Prefix of one key per Streamwise bundle: its version. */
	public static final String BUNDLE_PREFIX = "bundle:";

	/** The keys every run's environment has (besides one {@link #ALGORITHM_PREFIX} key per algorithm). */
	public static final List<String> FIELDS = List.of(TOOL_VERSION, ORIGIN, COMMAND, JAVA_VERSION, JAVA_VENDOR, JAVA_VM,
			OS, PROCESSORS, MAX_HEAP_MB, PROTOCOL, FINISHED_AT);

	public static final String UNKNOWN = "unknown";

	private ProvenanceBuilder() {
	}

	/**
	 * The facts known before a run starts.
	 *
	 * @param extra    more facts from the caller (they never replace the ones above)
	 * @param registry where the algorithms come from, to name their bundles and versions
	 */
	public static Map<String, String> before(ExperimentSpec spec, RunOrigin origin, AlgorithmRegistry registry,
			Map<String, String> extra) {
		Map<String, String> env = new LinkedHashMap<>(extra);
		env.putAll(environment(origin));
		env.put(PROTOCOL, spec.protocol().kind().protocol().format(spec.protocol()));
		for (AlgorithmSpec a : spec.algorithms()) {
			env.put(ALGORITHM_PREFIX + a.label(), algorithm(registry, a.algorithmId()));
		}
		env.put(FINISHED_AT, UNKNOWN); // until after(): the key keeps its place in the file
		return env;
	}

	/** The result with the facts known only at the end: its end time. */
	public static ExperimentResult after(ExperimentResult result) {
		return after(result, result.provenance().origins(), List.of());
	}

	/**
	 * The result with its end time, the origin of each algorithm ({@link #origins}, taken before the run) and a
	 * warning for each algorithm whose id more than one bundle claims.
	 *
	 * @param conflicts the registry's sentences about the experiment's ids claimed twice ({@link #conflicts})
	 */
	public static ExperimentResult after(ExperimentResult result, Map<String, ExperimentResult.Origin> origins,
			List<String> conflicts) {
		Provenance p = result.provenance();
		Map<String, String> env = new LinkedHashMap<>(p.environment());
		env.put(FINISHED_AT, finishedAt(p.startedAt(), p.seconds()));
		Provenance finished = new Provenance(p.experimentFile(), p.datasetDescription(), p.datasetSources(),
				p.datasetSha256(), p.seed(), p.algorithmSettings(), p.algorithmIds(), env, p.startedAt(), p.seconds(),
				p.pseudonymKey(), origins);
		List<ExperimentResult.Warning> warnings = new ArrayList<>(result.warnings());
		conflicts.forEach(c -> warnings.add(new ExperimentResult.Warning(ID_CLAIMED_TWICE, c)));
		return new ExperimentResult(result.spec(), finished, result.values(), result.summary(), result.significance(),
				result.failures(), warnings, result.foldCounts(), result.costs(), result.curves());
	}

	/** The code of the warning that an algorithm's id is claimed by more than one bundle. */
	public static final String ID_CLAIMED_TWICE = "algorithm-id-claimed-twice";

	/**
	 * By label, the bundle each of the experiment's algorithms comes from, with the SHA-256 of its jar (the jar's
	 * content, not its date, says which build ran).
	 */
	public static Map<String, ExperimentResult.Origin> origins(ExperimentSpec spec, AlgorithmRegistry registry) {
		Map<String, ExperimentResult.Origin> out = new LinkedHashMap<>();
		Map<java.nio.file.Path, String> hashes = new java.util.HashMap<>();
		for (AlgorithmSpec a : spec.algorithms()) {
			AlgorithmFactory<?> f;
			try {
				f = registry.get(a.algorithmId());
			} catch (IllegalArgumentException e) {
				continue;
			}
			AlgorithmSource s = AlgorithmSource.of(f);
			if (s.bundle() == null) {
				continue;
			}
			String sha = s.jar() == null ? null : hashes.computeIfAbsent(s.jar(), j -> s.jarSha256());
			out.put(a.label(), new ExperimentResult.Origin(s.bundle(), s.version(), sha));
		}
		return out;
	}

	/** The registry's sentence for each id of the experiment that more than one bundle claims. */
	public static List<String> conflicts(ExperimentSpec spec, AlgorithmRegistry registry) {
		return spec.algorithms().stream().map(AlgorithmSpec::algorithmId).distinct()
				.flatMap(id -> registry.conflict(id).stream()).toList();
	}

	/** Start plus duration, so that start, seconds and end agree exactly. */
	static String finishedAt(String startedAt, double seconds) {
		try {
			return Instant.parse(startedAt).plusNanos(Math.round(seconds * 1e9)).toString();
		} catch (DateTimeParseException | NullPointerException e) {
			return Instant.now().toString();
		}
	}

	/** The facts of a run that has no experiment (prequential evaluation): origin, tool, Java and system. */
	public static Map<String, String> environment(RunOrigin origin) {
		Map<String, String> env = new LinkedHashMap<>();
		Bundle core = FrameworkUtil.getBundle(ProvenanceBuilder.class);
		env.put(TOOL_VERSION, core == null ? UNKNOWN : core.getVersion().toString());
		env.put(ORIGIN, origin.kind());
		env.put(COMMAND, origin.command());
		env.put(JAVA_VERSION, property("java.version"));
		env.put(JAVA_VENDOR, property("java.vendor"));
		env.put(JAVA_VM, property("java.vm.name") + " " + property("java.vm.version"));
		env.put(OS, property("os.name") + " " + property("os.version") + " " + property("os.arch"));
		env.put(PROCESSORS, Integer.toString(Runtime.getRuntime().availableProcessors()));
		env.put(MAX_HEAP_MB, Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		bundles(core).forEach((name, version) -> env.put(BUNDLE_PREFIX + name, version));
		return env;
	}

	private static String property(String key) {
		String v = System.getProperty(key);
		return v == null ? UNKNOWN : v;
	}

	/** "ID BUNDLE VERSION" of the algorithm's factory, or the id alone outside OSGi. */
	private static String algorithm(AlgorithmRegistry registry, String id) {
		AlgorithmFactory<?> f;
		try {
			f = registry.get(id);
		} catch (IllegalArgumentException e) {
			return id + " " + UNKNOWN;
		}
		Bundle b = FrameworkUtil.getBundle(f.getClass());
		return b == null ? id + " " + UNKNOWN : id + " " + b.getSymbolicName() + " " + b.getVersion();
	}

	/** Streamwise's own bundles, sorted by name. */
	private static Map<String, String> bundles(Bundle core) {
		Map<String, String> out = new TreeMap<>();
		BundleContext context = core == null ? null : core.getBundleContext();
		if (context == null) {
			return out;
		}
		for (Bundle b : context.getBundles()) {
			String name = b.getSymbolicName();
			if (name != null && name.startsWith("io.streamwise") && !name.toLowerCase(Locale.ROOT).endsWith(".tests")) {
				out.put(name, b.getVersion().toString());
			}
		}
		return out;
	}
}
