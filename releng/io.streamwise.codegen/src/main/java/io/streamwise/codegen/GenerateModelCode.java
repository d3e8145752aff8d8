// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model code (bundles/io.streamwise.model/src-gen) and the edit code
 * (bundles/io.streamwise.model.edit/src-gen, icons, plugin.xml, plugin.properties) from
 * bundles/io.streamwise.model/model/streamwise.genmodel with EMF's standalone generator.
 *
 * <p>Both src-gen folders are deleted first: they hold generated code only, so generating from scratch avoids
 * the JDT merger and guarantees that nothing hand-edited survives there unnoticed.
 */
public final class GenerateModelCode {

	private static final String MODEL_BUNDLE = "io.streamwise.model";
	private static final String EDIT_BUNDLE = "io.streamwise.model.edit";
	private static final String GENMODEL = "model/streamwise.genmodel";

	private GenerateModelCode() {
	}

	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		Path modelBundle = root.resolve("bundles").resolve(MODEL_BUNDLE);
		Path editBundle = root.resolve("bundles").resolve(EDIT_BUNDLE);
		if (!Files.isRegularFile(modelBundle.resolve(GENMODEL))) {
			throw new IllegalArgumentException("no genmodel at " + modelBundle.resolve(GENMODEL)
					+ ": pass the repository root as the first argument");
		}
		deleteTree(modelBundle.resolve("src-gen"));
		deleteTree(editBundle.resolve("src-gen"));
		Files.createDirectories(editBundle);

		// platform:/resource/<bundle>/ URIs in the genmodel (modelDirectory, editDirectory, ecore hrefs) map to the
		// bundle folders of this checkout
		EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, folderUri(modelBundle));
		EcorePlugin.getPlatformResourceMap().put(EDIT_BUNDLE, folderUri(editBundle));
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		URI genModelUri = URI.createPlatformResourceURI(MODEL_BUNDLE + "/" + GENMODEL, true);
		Resource resource = resourceSet.getResource(genModelUri, true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		EcoreUtil.resolveAll(resourceSet);

		genModel.reconcile();
		genModel.setCanGenerate(true);
		Diagnostic validation = genModel.diagnose();
		if (validation.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("genmodel is invalid: " + describe(validation));
		}

		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException(projectType + " generation failed: " + describe(result));
			}
			if (result.getSeverity() != Diagnostic.OK) {
				System.out.println(projectType + ": " + describe(result));
			}
		}
		System.out.println("generated into " + modelBundle.resolve("src-gen") + " and " + editBundle.resolve("src-gen"));
	}

	private static URI folderUri(Path folder) {
		return URI.createFileURI(folder.toString() + "/");
	}

	private static String describe(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder(String.valueOf(diagnostic.getMessage()));
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append("\n  ").append(describe(child));
		}
		if (diagnostic.getException() != null) {
			text.append("\n  ").append(diagnostic.getException());
		}
		return text.toString();
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
