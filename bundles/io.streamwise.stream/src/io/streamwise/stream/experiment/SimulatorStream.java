package io.streamwise.stream.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.LoadedDataset;
import io.streamwise.core.features.SessionFeatures;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.stream.LabelledStream;

/**
 * The live-stream-commerce simulator as a labelled stream: one instance per viewer-in-stream session, with the session
 * features the conversion models use ({@link SessionFeatures}: observed {@code observationMinutes} after the session
 * started) and the class {@code converted} {no, yes} = bought in that stream after the prediction point. Instances come
 * in order of session start; each arrives at its prediction point and its label becomes known when the session ends,
 * so the evaluation learns a label only once it could have been seen.
 *
 * <p>Options (a stream experiment's {@code generatorOptions}): {@value #PRESET} ({@code small}, {@code default},
 * {@code large}), any simulator setting by key ({@code days}, {@code viewers}, {@code seed}, ...; docs/simulator.md)
 * and {@value #OBSERVATION_MINUTES}. The simulator's seed is the experiment's unless the options name one, so the same
 * seed and options give the same instances.
 */
public final class SimulatorStream {

	/** The size preset of the simulated market. */
	public static final String PRESET = DatasetLoader.OPTION_PRESET;

	/** Minutes from a session's first event to its prediction point. */
	public static final String OBSERVATION_MINUTES = "observationMinutes";

	/** The simulator setting keys the workbench's form offers first; any other setting is accepted too. */
	public static final List<String> COMMON_SETTINGS = List.of(PRESET, "days", "seed", OBSERVATION_MINUTES);

	private final String description;
	private final String sha256;
	private final InstancesHeader header;
	private final List<Instance> instances;
	private final long[] arrival;
	private final long[] labelKnown;
	/** Each instance's viewer and stream (indices in the simulated log's dictionaries), for partitioning. */
	private final int[] viewers, streams;

	private SimulatorStream(String description, String sha256, FeatureTable table, long[] predictionPoints,
			int[] viewers, int[] streams, long limit) {
		this.description = description;
		this.sha256 = sha256;
		int n = limit > 0 ? (int) Math.min(limit, table.size()) : table.size();
		int[] first = new int[n];
		for (int i = 0; i < n; i++) {
			first[i] = i;
		}
		FeatureTable kept = table.select(first);
		this.viewers = java.util.Arrays.copyOf(viewers, n);
		this.streams = java.util.Arrays.copyOf(streams, n);
		arrival = java.util.Arrays.copyOf(predictionPoints, n);
		labelKnown = new long[n];
		for (int i = 0; i < n; i++) {
			// a session that ended before its prediction point has its label at the prediction point
			labelKnown[i] = Math.max(kept.times()[i], arrival[i]);
		}
		LabelledStream all = LabelledStream.of(kept, null);
		header = all.header();
		List<Instance> list = new java.util.ArrayList<>(n);
		while (all.hasNext()) {
			list.add(all.next());
		}
		instances = List.copyOf(list);
	}

	/**
	 * Simulates the market and extracts its sessions.
	 *
	 * @param options        preset, simulator settings and observationMinutes, by key
	 * @param experimentSeed the simulator's seed unless the options name one
	 * @param limit          the first this many sessions, or all for 0
	 * @throws IllegalArgumentException naming the option, for an unknown option or a value out of range
	 */
	public static SimulatorStream of(Map<String, String> options, long experimentSeed, long limit,
			ProgressMonitor monitor) {
		LinkedHashMap<String, String> settings = new LinkedHashMap<>(options);
		int observation = checked(settings, experimentSeed);
		LoadedDataset market = DatasetLoader.simulate(settings, experimentSeed, monitor);
		SessionFeatures.Sessions sessions = SessionFeatures.sessions(market.dataset().log(), observation, monitor);
		if (sessions.table().size() == 0) {
			throw new IllegalArgumentException("simulator: the simulated market has no undecided sessions");
		}
		return new SimulatorStream(market.description() + ", observed " + observation + " min per session",
				market.sha256(), sessions.table(), sessions.predictionPoints(), sessions.viewers(), sessions.streams(),
				limit);
	}

	/**
	 * Checks the options without simulating: the preset, every setting's key and range, observationMinutes.
	 *
	 * @throws IllegalArgumentException naming the option
	 */
	public static void check(Map<String, String> options, long experimentSeed) {
		checked(new LinkedHashMap<>(options), experimentSeed);
	}

	/** Checks, removes observationMinutes from settings and returns it. */
	private static int checked(LinkedHashMap<String, String> settings, long experimentSeed) {
		String minutes = settings.remove(OBSERVATION_MINUTES);
		int observation = minutes == null ? SessionFeatures.DEFAULT_OBSERVATION_MINUTES
				: minutes(minutes);
		Map<String, String> values = new LinkedHashMap<>(settings);
		String preset = values.remove(PRESET);
		SimulatorSettings.Size size;
		try {
			size = preset == null ? SimulatorSettings.Size.DEFAULT
					: SimulatorSettings.Size.valueOf(preset.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(PRESET + ": '" + preset + "' is not one of small, default, large");
		}
		values.putIfAbsent("seed", Long.toString(experimentSeed));
		size.settings(values); // SettingsException (an IllegalArgumentException) names an unknown key or a bad value
		return observation;
	}

	private static int minutes(String value) {
		try {
			int m = Integer.parseInt(value.trim());
			if (m >= 1) {
				return m;
			}
		} catch (NumberFormatException e) {
			// named below
		}
		throw new IllegalArgumentException(OBSERVATION_MINUTES + ": '" + value + "' is not a whole number of minutes"
				+ " >= 1");
	}

	/** A new pass over the instances: arrival at each prediction point, label at the session's end. */
	public LabelledStream stream() {
		return LabelledStream.of(header, instances, arrival, labelKnown);
	}

	/** What a partitioned evaluation splits the stream by. */
	public enum PartitionKey {
		VIEWER, STREAM;

		/** As the command line and experiment files write it. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** @throws IllegalArgumentException naming the choices */
		public static PartitionKey parse(String name) {
			for (PartitionKey k : values()) {
				if (k.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
					return k;
				}
			}
			throw new IllegalArgumentException("'" + name + "' is not one of viewer, stream");
		}
	}

	/**
	 * A new pass over one partition's instances, in arrival order: those whose viewer (or stream) index is
	 * {@code index} modulo {@code partitions}, so that each viewer's (or stream's) sessions stay together.
	 */
	public LabelledStream partition(PartitionKey key, int partitions, int index) {
		int[] keys = key == PartitionKey.VIEWER ? viewers : streams;
		List<Instance> part = new java.util.ArrayList<>();
		java.util.List<Integer> rows = new java.util.ArrayList<>();
		for (int i = 0; i < keys.length; i++) {
			if (Math.floorMod(keys[i], partitions) == index) {
				part.add(instances.get(i));
				rows.add(i);
			}
		}
		long[] a = new long[rows.size()], l = new long[rows.size()];
		for (int i = 0; i < a.length; i++) {
			a[i] = arrival[rows.get(i)];
			l[i] = labelKnown[rows.get(i)];
		}
		return LabelledStream.of(header, part, a, l);
	}

	public InstancesHeader header() {
		return header;
	}

	/** The instances in arrival order (shared; do not change them). */
	public List<Instance> instances() {
		return instances;
	}

	public int size() {
		return instances.size();
	}

	/** The simulator, its preset, seed and observation window, for results. */
	public String description() {
		return description;
	}

	/** SHA-256 of the simulated events in canonical form. */
	public String sha256() {
		return sha256;
	}
}
