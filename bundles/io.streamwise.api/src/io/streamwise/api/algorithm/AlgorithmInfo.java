package io.streamwise.api.algorithm;

import java.util.regex.Pattern;

/**
 * The identity of an algorithm. The id is stable forever: experiment files refer to it. An incompatible change gets
 * a new id, and the old one stays, marked deprecated.
 *
 * @param id          stable id: lower-case letters, digits, dots and dashes ("pop", "moa.naive-bayes")
 * @param name        display name
 * @param description one or two sentences
 * @param reference   literature reference or URL-free citation; empty when none
 * @param kind        what it predicts
 * @param deprecated  whether a newer id replaces it
 */
public record AlgorithmInfo(String id, String name, String description, String reference, AlgorithmKind kind,
		boolean deprecated) {

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
	}

	public AlgorithmInfo(String id, String name, String description, String reference, AlgorithmKind kind) {
		this(id, name, description, reference, kind, false);
	}
}
