package io.streamwise.api.algorithm;

import java.util.regex.Pattern;

/**
 * The identity of an algorithm. The id is stable forever: experiment files refer to it. An incompatible change gets
 * a new id, and the old one stays, marked deprecated with the id that replaces it ({@link #deprecatedFor(String)}):
 * the algorithm list and the workbench show the mark, and running it warns, naming the replacement.
 *
 * @param id          stable id: lower-case letters, digits, dots and dashes ("pop", "moa.naive-bayes")
 * @param name        display name
 * @param description one or two sentences
 * @param reference   literature reference or URL-free citation; empty when none
 * @param kind        what it predicts
 * @param deprecated  whether it is kept only so that old experiment files still run
 * @param replacedBy  the id of the algorithm to use instead; empty when it is not deprecated or nothing replaces it
 */
public record AlgorithmInfo(String id, String name, String description, String reference, AlgorithmKind kind,
		boolean deprecated, String replacedBy) {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");

	public AlgorithmInfo {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("algorithm id '" + id + "' must match " + ID.pattern());
		}
		if (name == null || name.isBlank() || kind == null) {
			throw new IllegalArgumentException("algorithm " + id + " needs a name and a kind");
		}
		description = description == null ? "" : description;
		reference = reference == null ? "" : reference;
		replacedBy = replacedBy == null ? "" : replacedBy;
		if (!replacedBy.isEmpty()) {
			if (!deprecated) {
				throw new IllegalArgumentException("algorithm " + id + " names a replacement but is not deprecated");
			}
			if (!ID.matcher(replacedBy).matches() || replacedBy.equals(id)) {
				throw new IllegalArgumentException("algorithm " + id + ": replacement id '" + replacedBy
						+ "' must match " + ID.pattern() + " and differ from the id");
			}
		}
	}

	public AlgorithmInfo(String id, String name, String description, String reference, AlgorithmKind kind) {
		this(id, name, description, reference, kind, false, "");
	}

	/** This algorithm marked deprecated, to be replaced by the algorithm with id {@code replacement}. */
	public AlgorithmInfo deprecatedFor(String replacement) {
		return new AlgorithmInfo(id, name, description, reference, kind, true, replacement);
	}

	/**
	 * One sentence for users of a deprecated algorithm, naming the replacement ("algorithm 'x' is deprecated; use 'y'
	 * instead"); empty when the algorithm is not deprecated.
	 */
	public String deprecationNotice() {
		if (!deprecated) {
			return "";
		}
		return "algorithm '" + id + "' is deprecated"
				+ (replacedBy.isEmpty() ? " and will be removed" : "; use '" + replacedBy + "' instead");
	}
}
