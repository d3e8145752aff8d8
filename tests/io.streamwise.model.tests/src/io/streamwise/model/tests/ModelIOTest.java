// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.model.audience.Audience;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.catalog.Catalog;
import io.streamwise.model.catalog.Consultation;
import io.streamwise.model.catalog.Course;
import io.streamwise.model.catalog.Product;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.io.FormatMigration;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.model.stream.Offer;
import io.streamwise.model.stream.Showcase;
import io.streamwise.model.stream.StreamSchedule;

class ModelIOTest {

	@TempDir
	Path dir;

	private SampleModels models;
	private Path catalogFile;
	private Path audienceFile;
	private Path scheduleFile;
	private Path campaignFile;
	private Path experimentFile;

	@BeforeEach
	void saveAll() throws IOException {
		models = new SampleModels();
		// the catalog lives in a sub-folder, so that hrefs to it need a path, not only a file name
		catalogFile = dir.resolve("shop/knowledge.catalog");
		audienceFile = dir.resolve("spring.audience");
		scheduleFile = dir.resolve("week12.streams");
		campaignFile = dir.resolve("spring.campaign");
		experimentFile = dir.resolve("baseline.experiment");
		ModelIO.save(models.catalog, catalogFile);
		ModelIO.save(models.audience, audienceFile);
		ModelIO.save(models.schedule, scheduleFile);
		ModelIO.save(models.campaign, campaignFile);
		ModelIO.save(models.experiment, experimentFile);
	}

	@Test
	void everyDocumentRoundTripsUnchanged() throws IOException {
		assertRoundTrip(models.catalog, ModelIO.load(catalogFile, Catalog.class));
		assertRoundTrip(models.audience, ModelIO.load(audienceFile, Audience.class));
		assertRoundTrip(models.schedule, ModelIO.load(scheduleFile, StreamSchedule.class));
		assertRoundTrip(models.campaign, ModelIO.load(campaignFile, Campaign.class));
		assertRoundTrip(models.experiment, ModelIO.load(experimentFile, Experiment.class));
	}

	@Test
	void loadedCatalogKeepsEveryProductKindAndItsAttributes() throws IOException {
		Catalog catalog = ModelIO.load(catalogFile, Catalog.class);
		assertEquals(List.of("Product", "Course", "Consultation", "Membership", "EBook"),
				catalog.getProducts().stream().map(p -> p.eClass().getName()).toList());
		Course course = (Course) catalog.getProducts().get(1);
		assertEquals(24, course.getLessons());
		assertEquals(List.of("python", "data"), course.getTags());
		assertSame(catalog.getCategories().get(1), course.getCategory());
		assertSame(catalog.getCategories().get(0), course.getCategory().getParent());
		assertSame(catalog.getCreators().get(0), course.getCreator());
		assertTrue(((Consultation) catalog.getProducts().get(2)).isOneToOne());
		assertEquals("CNY", catalog.getCurrency());
	}

	@Test
	void experimentKeepsSettingsAndDefaults() throws IOException {
		Experiment experiment = ModelIO.load(experimentFile, Experiment.class);
		assertEquals(42L, experiment.getSeed());
		assertEquals(0.75, experiment.getProtocol().getTrainRatio());
		assertEquals(1, experiment.getProtocol().getFolds());
		assertEquals(2, experiment.getAlgorithms().size());
		assertEquals("itemknn", experiment.getAlgorithms().get(1).getAlgorithmId());
		assertEquals("k", experiment.getAlgorithms().get(1).getSettings().get(0).getKey());
		assertEquals("50", experiment.getAlgorithms().get(1).getSettings().get(0).getValue());
		assertEquals(List.of("ndcg@10", "recall@20"), experiment.getMetrics());
		assertEquals("data/events.csv", experiment.getDataset().getLocation());
	}

	@Test
	void showcasesResolveToProductsInTheCatalogFile() throws IOException {
		StreamSchedule schedule = ModelIO.load(scheduleFile, StreamSchedule.class);
		Showcase showcase = schedule.getStreams().get(0).getShowcases().get(0);
		Product product = showcase.getProduct();
		assertFalse(product.eIsProxy());
		assertInstanceOf(Course.class, product);
		assertEquals("Data analysis with Python", product.getName());
		assertEquals(catalogFile.toAbsolutePath().normalize().toString(),
				product.eResource().getURI().toFileString());
		Offer bundle = schedule.getStreams().get(0).getOffers().get(1);
		assertEquals(List.of("p-course", "p-ebook"), bundle.getProducts().stream().map(Product::getId).toList());
		// both references into the catalog lead to one loaded catalog
		assertSame(product.eResource(), bundle.getProducts().get(1).eResource());
	}

	@Test
	void campaignResolvesAcrossThreeDocuments() throws IOException {
		Campaign campaign = ModelIO.load(campaignFile, Campaign.class);
		assertEquals("Learn data analysis tonight", campaign.getStreams().get(0).getTitle());
		assertEquals("Students", campaign.getTargetSegments().get(0).getName());
		Offer offer = campaign.getVariants().get(1).getOffer();
		assertEquals("offer-bundle", offer.getId());
		// through the schedule into the catalog
		assertEquals("Pandas in practice", offer.getProducts().get(1).getName());
	}

	@Test
	void savedFilesAreUtf8XmiWithFormatVersionAndRelativeHrefs() throws IOException {
		String catalogText = Files.readString(catalogFile, StandardCharsets.UTF_8);
		assertTrue(catalogText.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), catalogText);
		assertTrue(catalogText.contains("formatVersion=\"" + FormatMigration.CURRENT_VERSION + "\""), catalogText);
		String scheduleText = Files.readString(scheduleFile, StandardCharsets.UTF_8);
		assertTrue(scheduleText.contains("formatVersion=\"" + FormatMigration.CURRENT_VERSION + "\""), scheduleText);
		assertTrue(scheduleText.contains("href=\"shop/knowledge.catalog#p-course\""), scheduleText);
		assertFalse(scheduleText.contains("file:"), scheduleText);
		String campaignText = Files.readString(campaignFile, StandardCharsets.UTF_8);
		assertTrue(campaignText.contains("href=\"week12.streams#ls-1\""), campaignText);
		assertTrue(campaignText.contains("href=\"spring.audience#seg-students\""), campaignText);
	}

	@Test
	void documentsMovedTogetherStillResolve() throws IOException {
		Path moved = dir.resolve("moved");
		Files.createDirectories(moved.resolve("shop"));
		Files.move(catalogFile, moved.resolve("shop/knowledge.catalog"));
		Files.move(scheduleFile, moved.resolve("week12.streams"));
		StreamSchedule schedule = ModelIO.load(moved.resolve("week12.streams"), StreamSchedule.class);
		assertEquals("p-course", schedule.getStreams().get(0).getShowcases().get(0).getProduct().getId());
	}

	@Test
	void saveReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
		models.catalog.setName("Renamed shop");
		ModelIO.save(models.catalog, catalogFile);
		assertEquals("Renamed shop", ModelIO.load(catalogFile, Catalog.class).getName());
		try (Stream<Path> files = Files.list(catalogFile.getParent())) {
			assertEquals(Set.of("knowledge.catalog"),
					files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
		}
	}

	@Test
	void saveRejectsUnknownExtensionAndNestedObjects() {
		assertThrows(IllegalArgumentException.class, () -> ModelIO.save(models.catalog, dir.resolve("shop.xml")));
		assertThrows(IllegalArgumentException.class,
				() -> ModelIO.save(models.catalog.getProducts().get(0), dir.resolve("product.catalog")));
	}

	@Test
	void malformedXmlNamesLineAndColumn() throws IOException {
		int line = insertBeforeFirstChild(catalogFile, "  <products name=\"broken\" <oops/>");

		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelIO.load(catalogFile, Catalog.class));
		assertEquals(line, e.getLine(), e.getMessage());
		assertTrue(e.getColumn() > 0, e.getMessage());
		assertTrue(e.getMessage().startsWith(catalogFile.toAbsolutePath().normalize() + ", line " + line + ", column "),
				e.getMessage());
	}

	@Test
	void unknownAttributeNamesLineAndColumn() throws IOException {
		int line = insertBeforeFirstChild(catalogFile, "  <creators id=\"c-x\" nmae=\"typo\"/>");

		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelIO.load(catalogFile, Catalog.class));
		assertEquals(line, e.getLine(), e.getMessage());
		assertTrue(e.getColumn() > 0, e.getMessage());
		assertTrue(e.getMessage().contains("nmae"), e.getMessage());
	}

	@Test
	void wrongRootTypeIsReportedWithPosition() {
		ModelLoadException e = assertThrows(ModelLoadException.class,
				() -> ModelIO.load(audienceFile, Catalog.class));
		assertTrue(e.getMessage().contains("expected a Catalog document but the root element is a Audience"),
				e.getMessage());
		// the start of the root element, after the XML declaration
		assertEquals(2, e.getLine(), e.getMessage());
		assertEquals(1, e.getColumn(), e.getMessage());
		assertTrue(e.getMessage().startsWith(audienceFile.toAbsolutePath().normalize().toString()), e.getMessage());
	}

	@Test
	void newerFormatVersionIsRefused() throws IOException {
		String text = Files.readString(experimentFile, StandardCharsets.UTF_8);
		Files.writeString(experimentFile,
				text.replace("formatVersion=\"" + FormatMigration.CURRENT_VERSION + "\"", "formatVersion=\"9.1\""),
				StandardCharsets.UTF_8);

		ModelLoadException e = assertThrows(ModelLoadException.class,
				() -> ModelIO.load(experimentFile, Experiment.class));
		assertTrue(e.getMessage().contains("formatVersion 9.1 is newer than " + FormatMigration.CURRENT_VERSION),
				e.getMessage());
		// the position of the attribute itself
		List<String> lines = Files.readAllLines(experimentFile, StandardCharsets.UTF_8);
		int line = lineContaining(lines, "formatVersion=");
		assertEquals(line, e.getLine(), e.getMessage());
		assertEquals(lines.get(line - 1).indexOf("formatVersion=") + 1, e.getColumn(), e.getMessage());
	}

	@Test
	void newerFormatVersionOfAReferencedDocumentIsRefused() throws IOException {
		String text = Files.readString(catalogFile, StandardCharsets.UTF_8);
		Files.writeString(catalogFile,
				text.replace("formatVersion=\"" + FormatMigration.CURRENT_VERSION + "\"", "formatVersion=\"2.0\""),
				StandardCharsets.UTF_8);

		ModelLoadException e = assertThrows(ModelLoadException.class,
				() -> ModelIO.load(scheduleFile, StreamSchedule.class));
		assertEquals(catalogFile.toAbsolutePath().normalize(), e.getFile());
	}

	@Test
	void missingFileIsReported() {
		Path missing = dir.resolve("nowhere.catalog");
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelIO.load(missing, Catalog.class));
		assertEquals(missing.toAbsolutePath().normalize(), e.getFile());
		assertTrue(e.getMessage().contains("nowhere.catalog"), e.getMessage());
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
	}

	@Test
	void unknownExtensionIsReported() throws IOException {
		Path xml = dir.resolve("catalog.xml");
		Files.copy(catalogFile, xml);
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelIO.load(xml, Catalog.class));
		assertTrue(e.getMessage().contains(".catalog"), e.getMessage());
	}

	@Test
	void missingReferencedFileIsReported() throws IOException {
		Files.delete(catalogFile);
		ModelLoadException e = assertThrows(ModelLoadException.class,
				() -> ModelIO.load(scheduleFile, StreamSchedule.class));
		assertEquals(catalogFile.toAbsolutePath().normalize(), e.getFile(), e.getMessage());
		assertTrue(e.getMessage().contains("week12.streams"), e.getMessage());
	}

	@Test
	void referenceToAnUnknownIdIsReported() throws IOException {
		String text = Files.readString(scheduleFile, StandardCharsets.UTF_8);
		Files.writeString(scheduleFile, text.replace("#p-ebook", "#p-deleted"), StandardCharsets.UTF_8);
		ModelLoadException e = assertThrows(ModelLoadException.class,
				() -> ModelIO.load(scheduleFile, StreamSchedule.class));
		assertTrue(e.getMessage().contains("p-deleted"), e.getMessage());
	}

	/** Inserts text as a line of its own before the root's first child; returns its 1-based line number. */
	private static int insertBeforeFirstChild(Path file, String text) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
		int index = lineContaining(lines, "  <") - 1;
		lines.add(index, text);
		Files.write(file, lines, StandardCharsets.UTF_8);
		return index + 1;
	}

	private static int lineContaining(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("no line contains " + text + " in " + lines);
	}

	private static void assertRoundTrip(EObject original, EObject loaded) {
		EcoreUtil.resolveAll(loaded);
		assertTrue(EcoreUtil.equals(original, loaded), () -> "loaded " + loaded.eClass().getName()
				+ " differs from the saved one");
		assertFalse(loaded == original);
	}
}
