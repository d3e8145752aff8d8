package io.streamwise.core.registry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * Requirements of a bundle in the words of its manifest: {@code package com.acme.util [1.0.0,2.0.0)} rather than the
 * resolver's LDAP filter.
 */
final class Requirements {

	private Requirements() {
	}

	/** What the requirement asks for: kind, name and version range ("any version" when it has none). */
	static String describe(Requirement r) {
		String filter = r.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
		String namespace = r.getNamespace();
		String kind, versionAttribute;
		switch (namespace) {
		case PackageNamespace.PACKAGE_NAMESPACE -> {
			kind = "package";
			versionAttribute = PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE;
		}
		case BundleNamespace.BUNDLE_NAMESPACE -> {
			kind = "bundle";
			versionAttribute = BundleNamespace.CAPABILITY_BUNDLE_VERSION_ATTRIBUTE;
		}
		case HostNamespace.HOST_NAMESPACE -> {
			kind = "host bundle";
			versionAttribute = HostNamespace.CAPABILITY_BUNDLE_VERSION_ATTRIBUTE;
		}
		case ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE -> {
			kind = "execution environment";
			versionAttribute = ExecutionEnvironmentNamespace.CAPABILITY_VERSION_ATTRIBUTE;
		}
		default -> {
			return namespace + " " + filter;
		}
		}
		Matcher name = Pattern.compile("\\(" + Pattern.quote(namespace) + "=([^)]*)\\)").matcher(filter);
		if (!name.find()) {
			return kind + " " + filter;
		}
		return kind + " " + name.group(1) + " " + range(filter, versionAttribute);
	}

	/** The version range a filter gives, in manifest syntax. */
	static String range(String filter, String attribute) {
		String a = Pattern.quote(attribute);
		String low = null, high = null;
		boolean lowInclusive = true, highInclusive = false;
		Matcher m;
		if ((m = Pattern.compile("\\(!\\(" + a + "<=([^)]*)\\)\\)").matcher(filter)).find()) {
			low = m.group(1);
			lowInclusive = false;
		} else if ((m = Pattern.compile("(?<!!)\\(" + a + ">=([^)]*)\\)").matcher(filter)).find()) {
			low = m.group(1);
		}
		if ((m = Pattern.compile("\\(!\\(" + a + ">=([^)]*)\\)\\)").matcher(filter)).find()) {
			high = m.group(1);
		} else if ((m = Pattern.compile("(?<!!)\\(" + a + "<=([^)]*)\\)").matcher(filter)).find()) {
			high = m.group(1);
			highInclusive = true;
		}
		if ((m = Pattern.compile("\\(" + a + "=([^)]*)\\)").matcher(filter)).find()) {
			return "version " + m.group(1);
		}
		if (low == null && high == null) {
			return "(any version)";
		}
		if (high == null) {
			return (lowInclusive ? low : "above " + low) + " or later";
		}
		return (lowInclusive ? "[" : "(") + (low == null ? "0.0.0" : low) + "," + high + (highInclusive ? "]" : ")");
	}
}
