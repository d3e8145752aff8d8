// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.model.catalog.Catalog;
import io.streamwise.model.catalog.CatalogFactory;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.io.FormatMigration;
import io.streamwise.model.io.FormatVersionException;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.model.io.SettingKeyRenames;

class FormatMigrationTest {

	/** A step that records that it ran and appends its target version to the catalog's name. */
	private record RenamingStep(String fromVersion, String toVersion, List<String> log)
			implements FormatMigration.Step {

		@Override
		public void apply(EObject root) {
			Catalog catalog = (Catalog) root;
			log.add(fromVersion + "->" + toVersion + " at " + catalog.getFormatVersion());
			catalog.setName(catalog.getName() + " " + toVersion);
		}
	}

	@Test
	void newDocumentsHaveTheCurrentVersionAndNeedNothing() throws FormatVersionException {
		FormatMigration standard = FormatMigration.standard();
		assertEquals("1.2", standard.currentVersion());
		assertEquals(FormatMigration.CURRENT_VERSION, standard.currentVersion());
		assertFalse(standard.needsMigration("1.2"));
		assertTrue(standard.needsMigration("1.1"));
		assertTrue(standard.needsMigration("1.0"));
		assertTrue(standard.needsMigration("1"));
		Catalog catalog = CatalogFactory.eINSTANCE.createCatalog();
		assertEquals("1.2", catalog.getFormatVersion());
		assertEquals("1.2", standard.migrate(catalog));
		assertEquals("1.2", catalog.getFormatVersion());
	}

	@Test
	void newerOrMalformedVersionsAreRejected() {
		FormatMigration standard = FormatMigration.standard();
		FormatVersionException newer = assertThrows(FormatVersionException.class,
				() -> standard.needsMigration("1.3"));
		assertTrue(newer.getMessage().contains("newer"), newer.getMessage());
		assertThrows(FormatVersionException.class, () -> standard.needsMigration("2"));
		assertThrows(FormatVersionException.class, () -> standard.needsMigration("one"));
		assertThrows(FormatVersionException.class, () -> standard.needsMigration(""));
		assertThrows(FormatVersionException.class, () -> standard.needsMigration(null));
	}

	@Test
	void versionsCompareNumericallyPerComponent() {
		assertTrue(FormatMigration.compare("1.10", "1.9") > 0);
		assertTrue(FormatMigration.compare("0.9", "1.0") < 0);
		assertEquals(0, FormatMigration.compare("2", "2.0.0"));
		assertThrows(IllegalArgumentException.class, () -> FormatMigration.compare("1.x", "1.0"));
	}

	@Test
	void stepsRunInOrderUpToTheCurrentVersion() throws FormatVersionException {
		List<String> log = new ArrayList<>();
		// registered out of order on purpose: the chain follows the versions, not the list
		FormatMigration migration = new FormatMigration("1.2",
				List.of(new RenamingStep("1.1", "1.2", log), new RenamingStep("1.0", "1.1", log)));
		Catalog catalog = CatalogFactory.eINSTANCE.createCatalog();
		catalog.setName("shop");
		catalog.setFormatVersion("1.0");

		assertEquals("1.0", migration.migrate(catalog));
		assertEquals(List.of("1.0->1.1 at 1.0", "1.1->1.2 at 1.1"), log);
		assertEquals("shop 1.1 1.2", catalog.getName());
		assertEquals("1.2", catalog.getFormatVersion());
	}

	@Test
	void aGapInTheChainIsReported() {
		FormatMigration migration = new FormatMigration("1.2",
				List.of(new RenamingStep("1.0", "1.1", new ArrayList<>())));
		Catalog catalog = CatalogFactory.eINSTANCE.createCatalog();
		catalog.setFormatVersion("1.0");
		FormatVersionException e = assertThrows(FormatVersionException.class, () -> migration.migrate(catalog));
		assertTrue(e.getMessage().contains("from formatVersion 1.1"), e.getMessage());
	}

	@Test
	void inconsistentStepsAreRefused() {
		List<String> log = new ArrayList<>();
		assertThrows(IllegalArgumentException.class,
				() -> new FormatMigration("1.2", List.of(new RenamingStep("1.1", "1.0", log))));
		assertThrows(IllegalArgumentException.class,
				() -> new FormatMigration("1.1", List.of(new RenamingStep("1.0", "1.2", log))));
		assertThrows(IllegalArgumentException.class, () -> new FormatMigration("1.2",
				List.of(new RenamingStep("1.0", "1.1", log), new RenamingStep("1", "1.2", log))));
	}

	@Test
	void loadAppliesTheMigration(@TempDir Path dir) throws Exception {
		Catalog catalog = CatalogFactory.eINSTANCE.createCatalog();
		catalog.setName("shop");
		catalog.setFormatVersion("1.0");
		Path file = dir.resolve("old.catalog");
		ModelIO.save(catalog, file);
		assertTrue(Files.readString(file).contains("formatVersion=\"1.0\""));

		List<String> log = new ArrayList<>();
		FormatMigration migration = new FormatMigration("1.1", List.of(new RenamingStep("1.0", "1.1", log)));
		Catalog loaded = ModelIO.load(file, Catalog.class, migration);
		assertEquals("1.1", loaded.getFormatVersion());
		assertEquals("shop 1.1", loaded.getName());
		assertEquals(1, log.size());
	}

	/** A file the previous version saved: BPR's regUser, format 1.0. */
	private static final Path SAVED_1_0 = Path.of("data", "saved-1.0-bpr-regUser.experiment");

	@Test
	void settingsSavedUnderARenamedKeyLoadUnderTheNewKey() throws Exception {
		assertTrue(Files.readString(SAVED_1_0).contains("<settings key=\"regUser\" value=\"0.01\"/>"));
		Experiment e = ModelIO.load(SAVED_1_0, Experiment.class);
		assertEquals(FormatMigration.CURRENT_VERSION, e.getFormatVersion());
		assertEquals(Map.of("epochs", "5", "regViewer", "0.01"), settings(e, "bpr"));
		// nothing else changes
		assertEquals(Map.of("events", "purchase:3,cart:2,click"), settings(e, "itemknn"));
		assertEquals(Map.of("iterations", "3", "weighting", "COUNT"), settings(e, "ials"));
		assertEquals(Map.of(), settings(e, "ease"));
	}

	@Test
	void aMigratedFileSavesInTheCurrentFormat(@TempDir Path dir) throws Exception {
		Experiment e = ModelIO.load(SAVED_1_0, Experiment.class);
		Path copy = dir.resolve("again.experiment");
		ModelIO.save(e, copy);
		String text = Files.readString(copy);
		assertTrue(text.contains("formatVersion=\"" + FormatMigration.CURRENT_VERSION + "\"")
				&& text.contains("key=\"regViewer\"")
				&& !text.contains("regUser"), text);
		assertEquals(Map.of("epochs", "5", "regViewer", "0.01"), settings(ModelIO.load(copy, Experiment.class), "bpr"));
	}

	@Test
	void aFileWithBothTheOldAndTheNewKeyIsRefused(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("both.experiment");
		Files.writeString(file, Files.readString(SAVED_1_0).replace("<settings key=\"regUser\" value=\"0.01\"/>",
				"<settings key=\"regUser\" value=\"0.01\"/><settings key=\"regViewer\" value=\"0.02\"/>"));
		ModelLoadException x = assertThrows(ModelLoadException.class, () -> ModelIO.load(file, Experiment.class));
		assertTrue(x.getMessage().contains("sets both regUser and regViewer"), x.getMessage());
	}

	@Test
	void renamesAreKnownBothWays() {
		assertEquals("regViewer", SettingKeyRenames.ofFormerKey("bpr", "regUser").orElseThrow().key());
		assertTrue(SettingKeyRenames.ofFormerKey("ials", "regUser").isEmpty());
		assertTrue(SettingKeyRenames.ofFormerKey("bpr", "regViewer").isEmpty());
		assertEquals("regUser", SettingKeyRenames.originalKey("bpr", "regViewer"));
		assertEquals("regViewer", SettingKeyRenames.originalKey("ials", "regViewer"));
		assertEquals("epochs", SettingKeyRenames.originalKey("bpr", "epochs"));
	}

	private static Map<String, String> settings(Experiment e, String algorithmId) {
		AlgorithmConfig config = e.getAlgorithms().stream().filter(a -> a.getAlgorithmId().equals(algorithmId))
				.findFirst().orElseThrow();
		Map<String, String> out = new java.util.LinkedHashMap<>();
		for (Parameter p : config.getSettings()) {
			out.put(p.getKey(), p.getValue());
		}
		return out;
	}
}
