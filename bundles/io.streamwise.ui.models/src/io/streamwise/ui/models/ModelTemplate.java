package io.streamwise.ui.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;

/**
 * A model file a new document starts from: a template shipped in a bundle, given the id and name of the new file. The
 * renaming goes through {@link ModelIO}, so the new file is written exactly as a saved document is.
 */
public final class ModelTemplate {

	private ModelTemplate() {
	}

	/** A template's bytes, as shipped in {@code owner}'s bundle at {@code path}. */
	public static byte[] resource(Class<?> owner, String path) throws IOException {
		try (InputStream in = owner.getResourceAsStream(path)) {
			if (in == null) {
				throw new IOException("the template " + path + " is missing from the bundle");
			}
			return in.readAllBytes();
		}
	}

	/**
	 * The template with the id and name a new file's name gives ("Spring launch.campaign": id spring-launch, name
	 * Spring launch); a name with no letters or digits gets {@code fallbackId} and {@code fallbackName}.
	 */
	public static byte[] named(byte[] template, String fileName, String extension, String fallbackId,
			String fallbackName) throws IOException {
		String base = fileName.replaceFirst("\\." + extension + "$", "");
		String id = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		Path dir = Files.createTempDirectory(extension + "-template");
		Path file = dir.resolve("template." + extension);
		try {
			Files.write(file, template);
			EObject root = ModelIO.load(file, EObject.class);
			set(root, "id", id.isEmpty() ? fallbackId : id);
			set(root, "name", base.isBlank() ? fallbackName : base);
			ModelIO.save(root, file);
			return Files.readAllBytes(file);
		} catch (ModelLoadException e) {
			throw new IOException("the " + extension + " template does not load: " + e.getMessage(), e);
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	private static void set(EObject root, String attribute, String value) throws IOException {
		EStructuralFeature feature = root.eClass().getEStructuralFeature(attribute);
		if (feature == null) {
			throw new IOException("a " + root.eClass().getName() + " has no " + attribute + " to set");
		}
		root.eSet(feature, value);
	}
}
