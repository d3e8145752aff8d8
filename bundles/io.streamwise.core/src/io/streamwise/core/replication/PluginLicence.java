package io.streamwise.core.replication;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a plugin's jar may be copied into a replication package, from the licence the plugin declares in the
 * standard OSGi manifest header {@value #HEADER}: an SPDX licence expression ({@code Apache-2.0},
 * {@code MIT OR GPL-3.0-or-later}), optionally followed by OSGi attributes ({@code ;link=...}). A jar is redistributed
 * only when every alternative of some {@code OR} branch is a licence from {@link #REDISTRIBUTABLE}; a jar without the
 * header, or with any other licence, is recorded by its SHA-256 only (docs/replication.md).
 */
public final class PluginLicence {

	/** The manifest header a plugin declares its licence in (OSGi Core, 3.2.1.8). */
	public static final String HEADER = "Bundle-License";

	/**
	 * SPDX identifiers of licences that allow copying the unchanged jar to others: the common OSI-approved ones. A
	 * licence missing here only means the jar stays out of packages.
	 */
	public static final Set<String> REDISTRIBUTABLE = Set.of("0BSD", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-2.0",
			"BSD-2-Clause", "BSD-3-Clause", "BSL-1.0", "CC0-1.0", "EPL-1.0", "EPL-2.0", "GPL-2.0-only",
			"GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "ISC", "LGPL-2.1-only", "LGPL-2.1-or-later",
			"LGPL-3.0-only", "LGPL-3.0-or-later", "MIT", "MPL-2.0", "Unlicense", "Zlib");

	private PluginLicence() {
	}

	/** The licence expression of a jar's manifest (without attributes), or null when it declares none. */
	public static String of(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			Manifest manifest = file.getManifest();
			return manifest == null ? null : expression(manifest.getMainAttributes().getValue(HEADER));
		}
	}

	/** The SPDX expression of a header value: what comes before its first attribute; null for none or blank. */
	static String expression(String header) {
		if (header == null) {
			return null;
		}
		String e = header.split(";", 2)[0].trim();
		return e.isEmpty() ? null : e;
	}

	/**
	 * Whether an SPDX expression allows redistribution: {@code OR} needs one side allowed, {@code AND} both, and a
	 * licence must be one of {@link #REDISTRIBUTABLE}. An exception ({@code WITH Classpath-exception-2.0}) only widens
	 * a licence, so it counts as its licence. An expression that does not parse allows nothing.
	 */
	public static boolean redistributable(String expression) {
		if (expression == null || expression.isBlank()) {
			return false;
		}
		List<String> tokens = new ArrayList<>();
		Matcher m = Pattern.compile("\\(|\\)|[^\\s()]+").matcher(expression);
		while (m.find()) {
			tokens.add(m.group());
		}
		Parser parser = new Parser(tokens);
		try {
			boolean allowed = parser.or();
			return parser.at == tokens.size() && allowed;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** Recursive descent over SPDX's grammar: or := and (OR and)*; and := term (AND term)*; term := (or) | id. */
	private static final class Parser {
		final List<String> tokens;
		int at;

		Parser(List<String> tokens) {
			this.tokens = tokens;
		}

		boolean or() {
			boolean allowed = and();
			while (next("OR")) {
				allowed |= and();
			}
			return allowed;
		}

		boolean and() {
			boolean allowed = term();
			while (next("AND")) {
				allowed &= term();
			}
			return allowed;
		}

		boolean term() {
			if (next("(")) {
				boolean allowed = or();
				if (!next(")")) {
					throw new IllegalArgumentException("unclosed parenthesis");
				}
				return allowed;
			}
			if (at >= tokens.size() || List.of(")", "AND", "OR", "WITH").contains(tokens.get(at).toUpperCase(
					Locale.ROOT))) {
				throw new IllegalArgumentException("a licence is missing");
			}
			String id = tokens.get(at++);
			if (next("WITH")) {
				if (at >= tokens.size()) {
					throw new IllegalArgumentException("an exception is missing");
				}
				at++;
			}
			return REDISTRIBUTABLE.contains(licenceOf(id));
		}

		private boolean next(String token) {
			if (at < tokens.size() && tokens.get(at).equalsIgnoreCase(token)) {
				at++;
				return true;
			}
			return false;
		}
	}

	/** The SPDX spelling of a licence id, with the deprecated {@code GPL-3.0+} spelling read as or-later. */
	private static String licenceOf(String id) {
		if (id.endsWith("+")) {
			id = id.substring(0, id.length() - 1) + "-or-later";
		}
		for (String known : REDISTRIBUTABLE) {
			if (known.toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT))) {
				return known;
			}
		}
		return id;
	}
}
