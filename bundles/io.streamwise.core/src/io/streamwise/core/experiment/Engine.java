package io.streamwise.core.experiment;

import java.util.Locale;

/**
 * Where an experiment's cells run: {@code embedded} (this process, the default), {@code flink-local} (a Flink
 * mini-cluster in a child JVM) or {@code flink://HOST:PORT} (a Flink session cluster, reached through its REST
 * address), with the number of cells run at once on Flink. docs/scale-out.md.
 *
 * @param host        the cluster's REST host; null unless {@link Kind#FLINK_CLUSTER}
 * @param port        the cluster's REST port; 0 unless {@link Kind#FLINK_CLUSTER}
 * @param parallelism how many cells run at once (Flink task slots); 1 for embedded
 */
public record Engine(Kind kind, String host, int port, int parallelism) {

	/** The kinds of engine. */
	public enum Kind {
		EMBEDDED, FLINK_LOCAL, FLINK_CLUSTER
	}

	/** What the command line's --engine takes, for its help. */
	public static final String CHOICES = "embedded|flink-local|flink://HOST:PORT";

	public static final Engine EMBEDDED = new Engine(Kind.EMBEDDED, null, 0, 1);

	/**
	 * The engine named on a command line.
	 *
	 * @param name        {@link #CHOICES}; null for embedded
	 * @param parallelism null for the default (1)
	 * @throws IllegalArgumentException saying what is wrong with either
	 */
	public static Engine parse(String name, Integer parallelism) {
		String n = name == null ? "embedded" : name.trim();
		if (parallelism != null && parallelism < 1) {
			throw new IllegalArgumentException("--parallelism must be at least 1, was " + parallelism);
		}
		int p = parallelism == null ? 1 : parallelism;
		if (n.equals("embedded")) {
			if (p != 1) {
				throw new IllegalArgumentException("--parallelism " + p + " needs a Flink engine (--engine flink-local"
						+ " or flink://HOST:PORT); embedded runs one cell at a time");
			}
			return EMBEDDED;
		}
		if (n.equals("flink-local")) {
			return new Engine(Kind.FLINK_LOCAL, null, 0, p);
		}
		if (n.toLowerCase(Locale.ROOT).startsWith("flink://")) {
			String address = n.substring("flink://".length()).replaceAll("/+$", "");
			int colon = address.lastIndexOf(':');
			if (colon <= 0 || colon == address.length() - 1) {
				throw new IllegalArgumentException("--engine " + n + ": give the cluster's REST address as"
						+ " flink://HOST:PORT (such as flink://localhost:8081)");
			}
			int port;
			try {
				port = Integer.parseInt(address.substring(colon + 1));
			} catch (NumberFormatException e) {
				port = -1;
			}
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException(
						"--engine " + n + ": '" + address.substring(colon + 1) + "' is not a port (1-65535)");
			}
			return new Engine(Kind.FLINK_CLUSTER, address.substring(0, colon), port, p);
		}
		throw new IllegalArgumentException("--engine: unknown engine '" + n + "'; one of " + CHOICES);
	}

	/**
	 * The engine of a run from two sources of which the first takes precedence: for the command line, its options and
	 * then the experiment file's {@code engine} and {@code parallelism}; for the workbench, the file and then the
	 * Execution preference. The parallelism is the first source's when it gives one, else the second's (on a Flink
	 * engine; the embedded engine has none).
	 *
	 * @param engine       the first source's engine, or null/blank when it names none
	 * @param parallelism  the first source's parallelism, or null
	 * @param fallback     the second source's engine, or null/blank
	 * @param fallbackPar  the second source's parallelism, or null/0 when it gives none
	 * @throws IllegalArgumentException as {@link #parse(String, Integer)}
	 */
	public static Engine resolve(String engine, Integer parallelism, String fallback, Integer fallbackPar) {
		String name = engine != null && !engine.isBlank() ? engine
				: fallback != null && !fallback.isBlank() ? fallback : null;
		Integer p = parallelism;
		if (p == null && fallbackPar != null && fallbackPar > 0 && name != null && !name.trim().equals("embedded")) {
			p = fallbackPar;
		}
		return parse(name, p);
	}

	/**
	 * Checks an experiment file's {@code engine} and {@code parallelism} attributes.
	 *
	 * @param engine      the attribute, null or blank when not set
	 * @param parallelism the attribute, 0 when not set
	 * @throws IllegalArgumentException naming the attribute at fault and what it takes
	 */
	public static void checkFileFields(String engine, int parallelism) {
		if (parallelism < 0) {
			throw new IllegalArgumentException("parallelism: must be at least 1 (0: not set), was " + parallelism);
		}
		if (engine != null && !engine.isBlank()) {
			try {
				parse(engine, parallelism > 0 && !engine.trim().equals("embedded") ? parallelism : null);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("engine: " + e.getMessage().replace("--engine ", "")
						.replace("--engine: ", ""));
			}
		}
	}

	public boolean flink() {
		return kind != Kind.EMBEDDED;
	}

	/** As --engine writes it. */
	public String label() {
		return switch (kind) {
		case EMBEDDED -> "embedded";
		case FLINK_LOCAL -> "flink-local";
		case FLINK_CLUSTER -> "flink://" + host + ":" + port;
		};
	}
}
