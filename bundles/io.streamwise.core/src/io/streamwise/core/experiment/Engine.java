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
