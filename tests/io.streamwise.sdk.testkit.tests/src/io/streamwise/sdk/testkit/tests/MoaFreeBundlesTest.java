package io.streamwise.sdk.testkit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

import io.streamwise.sdk.testkit.AlgorithmConformanceTest;

/**
 * Core, the built-in algorithms and this test kit are what plugin authors build on: none of them may reach MOA, not
 * by importing its packages and not through a bundle they depend on (MOA lives in io.streamwise.moa and
 * io.streamwise.stream). Read from the bundles' own headers and followed through the framework's wiring, so a new
 * import anywhere below them fails here.
 */
class MoaFreeBundlesTest {

	private static final List<String> MOA_FREE = List.of("io.streamwise.core", "io.streamwise.algorithms",
			"io.streamwise.sdk.testkit");

	/** MOA's own packages and the two libraries it ships inside its jar. */
	static boolean isMoaPackage(String name) {
		return name.equals("moa") || name.startsWith("moa.") || name.startsWith("com.yahoo.labs.samoa")
				|| name.startsWith("com.github.javacliparser");
	}

	@Test
	void theHeaderParserReadsEveryPackageOfAClause() {
		assertEquals(List.of("a.b", "moa.core", "c"),
				names("a.b;version=\"[1.0,2.0)\", moa.core;c;version=\"[2024.7.0,2025.0.0)\";resolution:=optional"));
		assertTrue(isMoaPackage("moa") && isMoaPackage("moa.classifiers.bayes")
				&& isMoaPackage("com.yahoo.labs.samoa.instances") && isMoaPackage("com.github.javacliparser"));
		assertTrue(!isMoaPackage("moaning") && !isMoaPackage("io.streamwise.moa"));
	}

	@Test
	void coreAlgorithmsAndTestKitReachNoMoaPackage() throws Exception {
		BundleContext context = context();
		List<String> problems = new ArrayList<>();
		for (String name : MOA_FREE) {
			Bundle bundle = find(context, name);
			assertNotNull(bundle, name + " is not installed in the test runtime");
			context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
			reach(context, bundle, name, new HashSet<>(), problems);
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	/**
	 * Records every MOA package the bundle names in its own headers, then follows each of its own imports and
	 * required bundles to the bundle that provides it. Only the bundle's own headers count: a test fragment attached
	 * to it may well need MOA.
	 */
	private static void reach(BundleContext context, Bundle bundle, String path, Set<Long> seen,
			List<String> problems) {
		if (!seen.add(bundle.getBundleId())) {
			return;
		}
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		if (wiring == null) {
			problems.add(path + ": not resolved");
			return;
		}
		for (String header : List.of(Constants.IMPORT_PACKAGE, Constants.DYNAMICIMPORT_PACKAGE)) {
			for (String pkg : names(bundle.getHeaders("").get(header))) {
				if (isMoaPackage(pkg)) {
					problems.add(path + " imports " + pkg);
					continue;
				}
				for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
					if (pkg.equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
						Bundle provider = wire.getProvider().getBundle();
						reach(context, provider, path + " -> " + provider.getSymbolicName(), seen, problems);
					}
				}
			}
		}
		for (String required : names(bundle.getHeaders("").get(Constants.REQUIRE_BUNDLE))) {
			for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
				Bundle provider = wire.getProvider().getBundle();
				if (required.equals(provider.getSymbolicName())) {
					reach(context, provider, path + " -> " + required, seen, problems);
				}
			}
		}
	}

	/** The names of a manifest header's clauses: {@code a;b;version="[1,2)", c} gives a, b, c. */
	static List<String> names(String header) {
		List<String> names = new ArrayList<>();
		if (header == null) {
			return names;
		}
		List<String> clauses = new ArrayList<>();
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		clauses.add(clause.toString());
		for (String c : clauses) {
			for (String part : c.split(";")) {
				String token = part.trim();
				if (!token.isEmpty() && !token.contains("=")) { // attributes and directives carry '=' or ':='
					names.add(token);
				}
			}
		}
		return names;
	}

	private static BundleContext context() throws Exception {
		Bundle kit = FrameworkUtil.getBundle(AlgorithmConformanceTest.class);
		if (kit.getBundleContext() == null) {
			kit.start();
		}
		return kit.getBundleContext();
	}

	private static Bundle find(BundleContext context, String symbolicName) {
		for (Bundle b : context.getBundles()) {
			if (symbolicName.equals(b.getSymbolicName())) {
				return b;
			}
		}
		return null;
	}
}
