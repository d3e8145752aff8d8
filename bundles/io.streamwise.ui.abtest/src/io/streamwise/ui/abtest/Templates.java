package io.streamwise.ui.abtest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;

/**
 * The A/B test a new file starts from: the pinned-offer example (examples/abtest/pinned-offer.abtest, copied into this
 * bundle's templates/ folder; a UI test checks the two are the same), renamed.
 */
public final class Templates {

	static final String TEMPLATE = "/templates/pinned-offer.abtest";

	private Templates() {
	}

	/** The template's text, as shipped. */
	public static byte[] templateBytes() throws IOException {
		try (InputStream in = Templates.class.getResourceAsStream(TEMPLATE)) {
			if (in == null) {
				throw new IOException("the A/B test template " + TEMPLATE + " is missing from the bundle");
			}
			return in.readAllBytes();
		}
	}

	/** The template with the id and name a new file's name gives ("Price cut.abtest": price-cut). */
	public static byte[] testNamed(String fileName) throws IOException {
		String base = fileName.replaceFirst("\\.abtest$", "");
		String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		Path dir = Files.createTempDirectory("abtest-template");
		Path file = dir.resolve("template.abtest");
		try {
			Files.write(file, templateBytes());
			ABTest test = ModelIO.load(file, ABTest.class);
			test.setId(id.isEmpty() ? "abtest" : id);
			test.setName(base.isBlank() ? "A/B test" : base);
			ModelIO.save(test, file);
			return Files.readAllBytes(file);
		} catch (ModelLoadException e) {
			throw new IOException("the A/B test template does not load: " + e.getMessage(), e);
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}
}
