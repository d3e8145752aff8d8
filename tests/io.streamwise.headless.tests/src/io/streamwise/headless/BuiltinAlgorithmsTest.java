package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.BuiltinAlgorithms;
import io.streamwise.core.registry.RegistryLocator;

/**
 * The conformance kit refuses plugin ids that built-ins have, from a list kept by hand (a plugin's test runtime lacks
 * the built-in bundles): it must be exactly what the product's bundles register, id and bundle.
 */
class BuiltinAlgorithmsTest {

	@Test
	void theListOfBuiltInIdsIsWhatTheBundlesRegister() throws Exception {
		Bundle core = FrameworkUtil.getBundle(AlgorithmRegistry.class);
		core.start();
		AlgorithmRegistry registry = RegistryLocator.await(core.getBundleContext(), 20_000);
		assertNotNull(registry, "AlgorithmRegistry service");
		Map<String, String> registered = new TreeMap<>();
		for (AlgorithmFactory<?> f : registry.all()) {
			String bundle = FrameworkUtil.getBundle(f.getClass()).getSymbolicName();
			if (bundle.startsWith("io.streamwise.") && !bundle.startsWith("io.streamwise.examples")) {
				registered.put(f.info().id(), bundle);
			}
		}
		assertTrue(registered.size() > 20, registered.toString());
		assertEquals(new TreeMap<>(BuiltinAlgorithms.IDS), registered);
		assertTrue(registry.conflicts().isEmpty(), registry.conflicts().toString());
	}
}
