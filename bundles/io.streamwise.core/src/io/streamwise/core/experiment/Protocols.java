package io.streamwise.core.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;

/**
 * The registry of protocols, which is {@link ProtocolKind}'s constants, and what is common to reading their
 * command-line forms.
 */
public final class Protocols {

	private Protocols() {
	}

	/** Every protocol, in the order of {@link ProtocolKind}. */
	public static List<EvaluationProtocol> all() {
		return Arrays.stream(ProtocolKind.values()).map(ProtocolKind::protocol).toList();
	}

	/** The protocol with this label ({@code random-per-viewer}), or null. */
	public static ProtocolKind byLabel(String label) {
		for (ProtocolKind k : ProtocolKind.values()) {
			if (k.label().equals(label)) {
				return k;
			}
		}
		return null;
	}

	/**
	 * Reads a protocol in its command-line form, such as {@code random:0.8:3} or {@code random-per-viewer:8:1:1}.
	 *
	 * @param options protocol options given apart; the form may add some
	 * @throws IllegalArgumentException naming what is wrong (the caller adds where the text came from)
	 */
	public static ProtocolSpec parse(String text, Map<String, String> options) {
		String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
		ProtocolKind kind = byLabel(parts[0]);
		if (kind == null) {
			throw new IllegalArgumentException("use " + syntaxes());
		}
		return kind.protocol().parse(List.of(parts).subList(1, parts.length), options);
	}

	/** The command-line forms of every protocol, for usage and error messages. */
	public static String syntaxes() {
		return all().stream().map(EvaluationProtocol::syntax).collect(Collectors.joining(", "));
	}

	/** The labels of the protocols that split conversion models' session rows. */
	static String rowProtocols() {
		return all().stream().filter(EvaluationProtocol::splitsRows).map(EvaluationProtocol::label)
				.collect(Collectors.joining(", "));
	}

	/** Refuses more parts than a form has. */
	static void arity(List<String> args, int max) {
		if (args.size() > max) {
			throw new IllegalArgumentException("too many ':' parts");
		}
	}

	/** A training ratio in (0, 1). */
	static double ratio(String s) {
		try {
			double r = Double.parseDouble(s);
			if (r > 0 && r < 1) {
				return r;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("the training ratio '" + s + "' must lie in (0, 1)");
	}

	/** A whole number >= 1 (folds, n). */
	static int count(String s) {
		try {
			int n = Integer.parseInt(s);
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("'" + s + "' must be a whole number >= 1");
	}

	/** A finite weight >= 0 (random-per-viewer's train:validation:test). */
	static double weight(String s) {
		try {
			double w = Double.parseDouble(s);
			if (w >= 0 && Double.isFinite(w)) {
				return w;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("the weight '" + s + "' must be a number >= 0");
	}

	/** A ratio as the command line writes it: the shortest decimal that reads back as the same double. */
	static String number(double d) {
		return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
	}
}
