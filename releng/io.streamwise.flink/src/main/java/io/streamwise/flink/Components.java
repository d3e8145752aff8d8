package io.streamwise.flink;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.core.registry.AlgorithmRegistry;

/**
 * The algorithms a Flink task can run, found without OSGi: the Declarative Services descriptors
 * ({@code OSGI-INF/*.xml}) that the algorithm bundles carry, read from the job jar (or, in tests, from every jar and
 * folder on the class path), each component that provides a recommender or conversion-model factory instantiated
 * with its no-argument constructor, as Declarative Services would.
 */
final class Components {

	private static final Pattern IMPLEMENTATION = Pattern.compile("<implementation\\s+class=\"([^\"]+)\"");
	private static final Pattern PROVIDES = Pattern.compile("<provide\\s+interface=\"([^\"]+)\"");
	private static final Set<String> FACTORIES = Set.of(RecommenderFactory.class.getName(),
			ConversionModelFactory.class.getName());

	private Components() {
	}

	static AlgorithmRegistry registry() throws IOException {
		// by descriptor name, so that the order (and so which of two claimants of an id is used) is stable
		TreeMap<String, String> implementations = new TreeMap<>();
		for (Path place : places()) {
			if (Files.isDirectory(place)) {
				Path dir = place.resolve("OSGI-INF");
				if (Files.isDirectory(dir)) {
					try (Stream<Path> files = Files.list(dir)) {
						for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
							factoryOf(Files.readString(f, StandardCharsets.UTF_8))
									.ifPresent(c -> implementations.putIfAbsent(f.getFileName().toString(), c));
						}
					}
				}
			} else if (Files.isRegularFile(place)) { // on a task manager the job jar is a blob without .jar
				try (JarFile jar = new JarFile(place.toFile())) {
					Enumeration<JarEntry> entries = jar.entries();
					while (entries.hasMoreElements()) {
						JarEntry e = entries.nextElement();
						if (e.getName().startsWith("OSGI-INF/") && e.getName().endsWith(".xml")) {
							try (InputStream in = jar.getInputStream(e)) {
								String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
								factoryOf(xml).ifPresent(c -> implementations.putIfAbsent(e.getName(), c));
							}
						}
					}
				}
			}
		}
		List<AlgorithmFactory<?>> factories = new ArrayList<>();
		for (String className : new LinkedHashSet<>(implementations.values())) {
			try {
				factories.add((AlgorithmFactory<?>) Class.forName(className, true, Components.class.getClassLoader())
						.getDeclaredConstructor().newInstance());
			} catch (ReflectiveOperationException | LinkageError e) {
				throw new IOException("cannot create the algorithm factory " + className + ": " + e, e);
			}
		}
		return AlgorithmRegistry.of(factories);
	}

	/** The implementation class of a component that provides an algorithm factory. */
	private static java.util.Optional<String> factoryOf(String xml) {
		Matcher provides = PROVIDES.matcher(xml);
		boolean factory = false;
		while (provides.find()) {
			factory |= FACTORIES.contains(provides.group(1));
		}
		Matcher impl = IMPLEMENTATION.matcher(xml);
		return factory && impl.find() ? java.util.Optional.of(impl.group(1)) : java.util.Optional.empty();
	}

	/** The job jar this class came from (on a task manager, Flink's copy of it), then the class path's entries. */
	private static List<Path> places() {
		List<Path> out = new ArrayList<>();
		try {
			out.add(Path.of(Components.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
		} catch (URISyntaxException | NullPointerException | SecurityException e) {
			// no code source: the class path below
		}
		for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
			if (!entry.isBlank()) {
				out.add(Path.of(entry));
			}
		}
		return out;
	}
}
