package io.streamwise.core.tests.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.core.replication.PluginLicence;

/** Which declared licences let a plugin's jar into a replication package. */
class PluginLicenceTest {

	@Test
	void openSourceLicencesAllowRedistributionAndOthersDoNot() {
		assertTrue(PluginLicence.redistributable("Apache-2.0"));
		assertTrue(PluginLicence.redistributable("mit"), "SPDX ids are matched without regard to case");
		assertTrue(PluginLicence.redistributable("GPL-3.0+"), "the deprecated + spelling is or-later");
		assertTrue(PluginLicence.redistributable("GPL-2.0-only WITH Classpath-exception-2.0"));
		assertTrue(PluginLicence.redistributable("LicenseRef-Proprietary OR MIT"), "one OR branch suffices");
		assertFalse(PluginLicence.redistributable("MIT AND LicenseRef-Proprietary"), "AND needs both");
		assertTrue(PluginLicence.redistributable("(MIT OR LicenseRef-A) AND Apache-2.0"));
		// flattening the parentheses would read this as MIT OR (LicenseRef-A AND LicenseRef-B): allowed, wrongly
		assertFalse(PluginLicence.redistributable("(MIT OR LicenseRef-A) AND LicenseRef-B"));
		assertFalse(PluginLicence.redistributable("LicenseRef-Proprietary"));
		assertFalse(PluginLicence.redistributable("Commercial"));
		assertFalse(PluginLicence.redistributable(null));
		assertFalse(PluginLicence.redistributable(" "));
		assertFalse(PluginLicence.redistributable("(MIT"), "an expression that does not parse allows nothing");
		assertFalse(PluginLicence.redistributable("MIT OR"));
		assertFalse(PluginLicence.redistributable("MIT Apache-2.0"));
	}

	@Test
	void theLicenceIsTheBundleLicenseHeaderWithoutItsAttributes(@TempDir Path tmp) throws Exception {
		assertEquals("EPL-2.0", PluginLicence.of(jar(tmp.resolve("a.jar"),
				"EPL-2.0;link=\"https://www.eclipse.org/legal/epl-2.0/\"")));
		assertNull(PluginLicence.of(jar(tmp.resolve("b.jar"), null)));
	}

	private static Path jar(Path file, String licence) throws Exception {
		Manifest m = new Manifest();
		m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		m.getMainAttributes().putValue("Bundle-SymbolicName", "acme.plugin");
		if (licence != null) {
			m.getMainAttributes().putValue(PluginLicence.HEADER, licence);
		}
		try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, m)) {
			// a manifest is all a licence needs
		}
		return file;
	}
}
