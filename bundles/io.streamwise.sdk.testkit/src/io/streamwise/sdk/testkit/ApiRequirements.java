package io.streamwise.sdk.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import io.streamwise.api.algorithm.AlgorithmInfo;

/**
 * A plugin's dependency on the Streamwise API as its manifest declares it: every {@code Require-Bundle} of
 * {@code io.streamwise.api} and {@code Import-Package} of an {@code io.streamwise.api} package must admit the API the
 * kit runs against, and stop before the next major version, which may break the plugin.
 */
final class ApiRequirements {

	static final String API_BUNDLE = "io.streamwise.api";

	private ApiRequirements() {
	}

	/**
	 * What is wrong with the manifest's API requirements; empty when nothing is.
	 *
	 * @param headers     the plugin's manifest headers
	 * @param apiVersion  the version of the API bundle
	 * @param apiPackages the version of each exported API package
	 */
	static List<String> problems(Map<String, String> headers, Version apiVersion, Map<String, Version> apiPackages)
			throws BundleException {
		List<String> out = new ArrayList<>();
		int requirements = 0;
		ManifestElement[] bundles = ManifestElement.parseHeader(Constants.REQUIRE_BUNDLE,
				headers.get(Constants.REQUIRE_BUNDLE));
		for (ManifestElement e : bundles == null ? new ManifestElement[0] : bundles) {
			if (API_BUNDLE.equals(e.getValue())) {
				requirements++;
				check("Require-Bundle: " + API_BUNDLE, e.getAttribute(Constants.BUNDLE_VERSION_ATTRIBUTE), apiVersion,
						out);
			}
		}
		ManifestElement[] packages = ManifestElement.parseHeader(Constants.IMPORT_PACKAGE,
				headers.get(Constants.IMPORT_PACKAGE));
		for (ManifestElement e : packages == null ? new ManifestElement[0] : packages) {
			for (String p : e.getValueComponents()) {
				if (p.equals(API_BUNDLE) || p.startsWith(API_BUNDLE + ".")) {
					requirements++;
					Version exported = apiPackages.get(p);
					if (exported == null) {
						out.add("Import-Package: " + p + ": the API exports no such package (it exports "
								+ String.join(", ", apiPackages.keySet()) + ")");
					} else {
						String range = e.getAttribute(Constants.VERSION_ATTRIBUTE);
						check("Import-Package: " + p, range, exported, out);
					}
				}
			}
		}
		if (requirements == 0) {
			out.add("the manifest requires neither the bundle " + API_BUNDLE + " nor its packages; add Require-Bundle: "
					+ API_BUNDLE + ";bundle-version=\"" + recommended(apiVersion) + "\"");
		}
		return out;
	}

	private static void check(String what, String rangeText, Version current, List<String> out) {
		String advice = "; require \"" + recommended(current) + "\"";
		if (rangeText == null) {
			out.add(what + " has no version range, so it accepts any future API, including incompatible ones"
					+ advice);
			return;
		}
		VersionRange range;
		try {
			range = new VersionRange(rangeText);
		} catch (IllegalArgumentException e) {
			out.add(what + ": version range \"" + rangeText + "\" is malformed: " + e.getMessage() + advice);
			return;
		}
		if (!range.includes(current)) {
			out.add(what + ": version range " + range + " excludes the current API " + current
					+ ", so the plugin cannot be installed beside it" + advice);
		}
		Version nextMajor = new Version(current.getMajor() + 1, 0, 0);
		if (range.getRight() == null || range.getRight().compareTo(nextMajor) > 0
				|| range.getRight().equals(nextMajor) && range.getRightType() == VersionRange.RIGHT_CLOSED) {
			out.add(what + ": version range " + range + " admits API " + nextMajor
					+ " and later, whose incompatible changes would break the plugin" + advice);
		}
	}

	/** From the current version to the next major one, excluded. */
	static String recommended(Version current) {
		return "[" + current.getMajor() + "." + current.getMinor() + ".0," + (current.getMajor() + 1) + ".0.0)";
	}

	/** The manifest headers of the bundle (or jar, or folder) that holds the class. */
	static Map<String, String> headersOf(Class<?> type) throws IOException {
		Map<String, String> out = new HashMap<>();
		Bundle b = FrameworkUtil.getBundle(type);
		if (b != null) {
			Dictionary<String, String> h = b.getHeaders("");
			for (String key : java.util.Collections.list(h.keys())) {
				out.put(key, h.get(key));
			}
			return out;
		}
		URL source = type.getProtectionDomain().getCodeSource().getLocation();
		String base = source.toString();
		URL manifest = java.net.URI.create(base.endsWith(".jar") ? "jar:" + base + "!/META-INF/MANIFEST.MF"
				: base + (base.endsWith("/") ? "" : "/") + "META-INF/MANIFEST.MF").toURL();
		try (InputStream in = manifest.openStream()) {
			new Manifest(in).getMainAttributes().forEach((k, v) -> out.put(k.toString(), v.toString()));
		}
		return out;
	}

	/** The API bundle's version and its packages' versions, from its manifest. */
	static Version apiVersion() throws IOException {
		return Version.parseVersion(headersOf(AlgorithmInfo.class).get(Constants.BUNDLE_VERSION));
	}

	static Map<String, Version> apiPackages() throws IOException, BundleException {
		Map<String, Version> out = new HashMap<>();
		ManifestElement[] exports = ManifestElement.parseHeader(Constants.EXPORT_PACKAGE,
				headersOf(AlgorithmInfo.class).get(Constants.EXPORT_PACKAGE));
		for (ManifestElement e : exports == null ? new ManifestElement[0] : exports) {
			for (String p : e.getValueComponents()) {
				String v = e.getAttribute(Constants.VERSION_ATTRIBUTE);
				out.put(p, v == null ? Version.emptyVersion : Version.parseVersion(v));
			}
		}
		return out;
	}
}
