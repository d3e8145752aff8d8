// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.xml.sax.SAXParseException;

import io.streamwise.model.abtest.ABTestPackage;
import io.streamwise.model.audience.AudiencePackage;
import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.catalog.CatalogPackage;
import io.streamwise.model.experiment.ExperimentPackage;
import io.streamwise.model.stream.StreamPackage;

/**
 * Loads and saves Streamwise documents as XMI (UTF-8): catalogs ({@value #CATALOG_EXTENSION}), audiences
 * ({@value #AUDIENCE_EXTENSION}), stream schedules ({@value #STREAMS_EXTENSION}), campaigns
 * ({@value #CAMPAIGN_EXTENSION}), experiments ({@value #EXPERIMENT_EXTENSION}) and A/B tests
 * ({@value #ABTEST_EXTENSION}).
 *
 * <p>Each call works in a resource set of its own, with the file extensions and packages registered on that set
 * only; nothing global is changed. References into other documents are stored as hrefs relative to the referring
 * file, so a folder of documents can be moved as a whole.
 */
public final class ModelIO {

	public static final String CATALOG_EXTENSION = "catalog";
	public static final String AUDIENCE_EXTENSION = "audience";
	public static final String STREAMS_EXTENSION = "streams";
	public static final String CAMPAIGN_EXTENSION = "campaign";
	public static final String EXPERIMENT_EXTENSION = "experiment";
	public static final String ABTEST_EXTENSION = "abtest";

	/** All extensions, in the order of the packages' dependencies. */
	public static final List<String> EXTENSIONS = List.of(CATALOG_EXTENSION, AUDIENCE_EXTENSION, STREAMS_EXTENSION,
			CAMPAIGN_EXTENSION, EXPERIMENT_EXTENSION, ABTEST_EXTENSION);

	private static final String ENCODING = "UTF-8";
	private static final String UNKNOWN_EXTENSION = "not a Streamwise document; the file name must end in ."
			+ String.join(", .", EXTENSIONS);

	private ModelIO() {
	}

	/**
	 * Loads the document in {@code file}, upgraded to the current format, with every reference into other documents
	 * resolved (those documents are loaded into the same resource set and upgraded as well).
	 *
	 * @param rootType the expected class of the root object, for example {@code Catalog.class}
	 * @throws ModelLoadException if the file is missing or unreadable, is not well-formed XMI of these packages,
	 *                            has a root of another type, has a formatVersion that cannot be upgraded, or refers
	 *                            to a document that cannot be loaded, or its name does not end in one of
	 *                            {@link #EXTENSIONS}; the message names the file and, where known, line and column
	 */
	public static <T extends EObject> T load(Path file, Class<T> rootType) throws ModelLoadException {
		return load(file, rootType, FormatMigration.standard());
	}

	/** {@link #load(Path, Class)} with the given migration instead of the standard one. */
	public static <T extends EObject> T load(Path file, Class<T> rootType, FormatMigration migration)
			throws ModelLoadException {
		Path path = file.toAbsolutePath().normalize();
		if (extensionOf(path) == null) {
			throw new ModelLoadException(path, UNKNOWN_EXTENSION, null);
		}
		if (!Files.isRegularFile(path)) {
			throw new ModelLoadException(path, "file does not exist or is not a regular file", null);
		}
		ResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.createResource(fileUri(path));
		try {
			resource.load(resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			throw loadFailure(path, resource, e);
		}
		if (resource.getContents().isEmpty()) {
			throw new ModelLoadException(path, "the file holds no document", null);
		}
		EObject root = resource.getContents().get(0);
		if (!rootType.isInstance(root)) {
			int[] position = rootElementPosition(path, null);
			throw new ModelLoadException(path, position[0], position[1], "expected a " + rootType.getSimpleName()
					+ " document but the root element is a " + root.eClass().getName(), null);
		}

		EcoreUtil.resolveAll(resourceSet);
		checkReferencedResources(path, resource, resourceSet);
		for (Resource loaded : List.copyOf(resourceSet.getResources())) {
			migrate(loaded, migration);
		}
		return rootType.cast(root);
	}

	/**
	 * Saves {@code root} as XMI to {@code file}: written to a temporary file in the same folder first, then moved
	 * over the target, so the target is never half-written.
	 *
	 * <p>As in "save as", the root then belongs to a resource located at {@code file}: a root without a resource is
	 * put into a new one, a root in another resource moves that resource's URI to {@code file}. That is what lets
	 * documents saved later refer to objects in this one by a relative href. Attributes with a default value
	 * (formatVersion among them) are written explicitly.
	 *
	 * @throws IllegalArgumentException if root is contained in another object, or the file's extension is not one of
	 *                                  {@link #EXTENSIONS}
	 * @throws IOException              if writing fails, or the document refers to an object that is in no resource
	 *                                  (save the referenced document first)
	 */
	public static void save(EObject root, Path file) throws IOException {
		if (root.eContainer() != null) {
			throw new IllegalArgumentException("only a root object can be saved, but this " + root.eClass().getName()
					+ " is contained in a " + root.eContainer().eClass().getName());
		}
		Path path = file.toAbsolutePath().normalize();
		String extension = checkExtension(path);
		URI uri = fileUri(path);
		Resource resource = root.eResource();
		if (resource == null) {
			resource = newResourceSet().createResource(uri);
			resource.getContents().add(root);
		} else {
			if (!(resource instanceof XMLResource)) {
				throw new IllegalArgumentException("the root is in a " + resource.getClass().getName()
						+ ", which does not write XMI; remove it from that resource first");
			}
			resource.setURI(uri);
		}

		Path folder = path.getParent();
		Files.createDirectories(folder);
		// not Files.createTempFile, which makes the file readable by its owner only whatever the umask
		Path temporary = folder.resolve("." + path.getFileName() + "."
				+ Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1) + "." + extension
				+ ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary, java.nio.file.StandardOpenOption.CREATE_NEW,
					java.nio.file.StandardOpenOption.WRITE)) {
				resource.save(out, saveOptions());
			}
			try {
				Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
		resource.setModified(false);
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		Resource.Factory xmi = new XMIResourceFactoryImpl();
		Map<String, Object> extensions = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		for (String extension : EXTENSIONS) {
			extensions.put(extension, xmi);
		}
		// registered on this set too, so loading does not depend on the generated_package extension being processed
		for (EPackage ePackage : List.of(CatalogPackage.eINSTANCE, AudiencePackage.eINSTANCE, StreamPackage.eINSTANCE,
				CampaignPackage.eINSTANCE, ExperimentPackage.eINSTANCE, ABTestPackage.eINSTANCE)) {
			resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
		}
		Map<Object, Object> loadOptions = resourceSet.getLoadOptions();
		loadOptions.put(XMLResource.OPTION_ENCODING, ENCODING);
		loadOptions.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return resourceSet;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, ENCODING);
		options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.TRUE);
		// hrefs to other documents relative to this one
		options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl());
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		return options;
	}

	private static String checkExtension(Path path) {
		String extension = extensionOf(path);
		if (extension == null) {
			throw new IllegalArgumentException(path + ": " + UNKNOWN_EXTENSION);
		}
		return extension;
	}

	/** The file's extension if it is one of {@link #EXTENSIONS}, else null. */
	private static String extensionOf(Path path) {
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		return EXTENSIONS.contains(extension) ? extension : null;
	}

	private static URI fileUri(Path absolutePath) {
		return URI.createFileURI(absolutePath.toString());
	}

	private static Path pathOf(Resource resource, Path fallback) {
		URI uri = resource.getURI();
		return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : fallback;
	}

	/** After resolveAll: every document referred to must have loaded, and every reference must have resolved. */
	private static void checkReferencedResources(Path path, Resource main, ResourceSet resourceSet)
			throws ModelLoadException {
		for (Resource referenced : resourceSet.getResources()) {
			if (referenced == main) {
				continue;
			}
			Path referencedPath = pathOf(referenced, path);
			if (!referenced.getErrors().isEmpty()) {
				ModelLoadException cause = fromDiagnostic(referencedPath, referenced.getErrors().get(0), null);
				throw new ModelLoadException(cause.getFile(), cause.getLine(), cause.getColumn(),
						cause.getProblem() + " (document referenced from " + path + ")", cause);
			}
			if (!referenced.isLoaded() || referenced.getContents().isEmpty()) {
				String problem = Files.isRegularFile(referencedPath) ? "could not be loaded" : "does not exist";
				throw new ModelLoadException(referencedPath, "document referenced from " + path + " " + problem, null);
			}
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
				.find(resourceSet);
		if (!unresolved.isEmpty()) {
			EObject proxy = unresolved.keySet().iterator().next();
			EStructuralFeature.Setting setting = unresolved.get(proxy).iterator().next();
			Resource referring = setting.getEObject().eResource();
			Path referringPath = referring == null ? path : pathOf(referring, path);
			throw new ModelLoadException(referringPath,
					"reference '" + setting.getEStructuralFeature().getName() + "' of a "
							+ setting.getEObject().eClass().getName() + " points to "
							+ ((InternalEObject) proxy).eProxyURI()
							+ ", which does not exist",
					null);
		}
	}

	private static void migrate(Resource resource, FormatMigration migration) throws ModelLoadException {
		if (resource.getContents().isEmpty()) {
			return;
		}
		Path path = pathOf(resource, null);
		try {
			migration.migrate(resource.getContents().get(0));
		} catch (FormatVersionException e) {
			int[] position = path == null ? new int[] { ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN }
					: rootElementPosition(path, FormatMigration.FORMAT_VERSION_ATTRIBUTE);
			throw new ModelLoadException(path, position[0], position[1], e.getMessage(), e);
		}
	}

	private static ModelLoadException loadFailure(Path path, Resource resource, Exception failure) {
		if (!resource.getErrors().isEmpty()) {
			return fromDiagnostic(path, resource.getErrors().get(0), failure);
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Resource.Diagnostic diagnostic) {
				return fromDiagnostic(path, diagnostic, failure);
			}
			if (cause instanceof SAXParseException parse) {
				return new ModelLoadException(path, parse.getLineNumber(), parse.getColumnNumber(),
						parse.getMessage(), failure);
			}
		}
		Throwable cause = failure instanceof WrappedException wrapped ? wrapped.exception() : failure;
		return new ModelLoadException(path, String.valueOf(cause.getMessage()), failure);
	}

	private static ModelLoadException fromDiagnostic(Path path, Resource.Diagnostic diagnostic, Exception failure) {
		Throwable cause = failure;
		if (diagnostic instanceof Throwable throwable) {
			cause = throwable;
		}
		String message = diagnostic.getMessage();
		if (diagnostic instanceof XMIException xmi && xmi.getCause() instanceof SAXParseException parse) {
			message = parse.getMessage();
		}
		if (diagnostic instanceof IllegalValueException illegal && illegal.getFeature() != null
				&& illegal.getFeature().getEType() instanceof EEnum type) {
			String advice = FormatMigration.retiredLiteralAdvice(type.getName(), illegal.getValue());
			message = advice == null ? message : advice;
		}
		return new ModelLoadException(path,
				diagnostic.getLine() > 0 ? diagnostic.getLine() : ModelLoadException.UNKNOWN,
				diagnostic.getColumn() > 0 ? diagnostic.getColumn() : ModelLoadException.UNKNOWN, message, cause);
	}

	/**
	 * Line and column of the root element's start tag or, if attribute is given and the tag has it, of that
	 * attribute; UNKNOWN where the file cannot be scanned. EMF keeps no positions of elements it parsed without
	 * error, so the file is scanned again: StAX finds the end of the root's start tag, and the tag's text is searched
	 * from there back to its '<' (which cannot occur inside attribute values of well-formed XML).
	 */
	private static int[] rootElementPosition(Path path, String attribute) {
		String text;
		int tagEnd = -1;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
			XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
			try {
				while (reader.hasNext() && tagEnd < 0) {
					if (reader.next() == XMLStreamReader.START_ELEMENT) {
						Location location = reader.getLocation();
						tagEnd = offsetOf(text, location.getLineNumber(), location.getColumnNumber());
					}
				}
			} finally {
				reader.close();
			}
		} catch (IOException | XMLStreamException e) {
			// the position is a courtesy: the error is reported without it
			return new int[] { ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN };
		}
		if (tagEnd < 0) {
			return new int[] { ModelLoadException.UNKNOWN, ModelLoadException.UNKNOWN };
		}
		int tagStart = Math.max(0, text.lastIndexOf('<', Math.min(tagEnd, text.length() - 1)));
		int position = tagStart;
		if (attribute != null) {
			Matcher match = Pattern.compile("\\s(" + Pattern.quote(attribute) + ")\\s*=")
					.matcher(text.substring(tagStart, Math.min(tagEnd, text.length())));
			if (match.find()) {
				position = tagStart + match.start(1);
			}
		}
		return lineAndColumn(text, position);
	}

	/** Offset in text of a 1-based line and column, as a parser reports them; clamped to the text. */
	private static int offsetOf(String text, int line, int column) {
		int offset = 0;
		for (int current = 1; current < line; current++) {
			int newline = text.indexOf('\n', offset);
			if (newline < 0) {
				return text.length();
			}
			offset = newline + 1;
		}
		return Math.min(text.length(), offset + Math.max(0, column - 1));
	}

	private static int[] lineAndColumn(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { line, offset - lineStart + 1 };
	}
}
