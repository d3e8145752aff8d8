package io.streamwise.ui.models;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;
import io.streamwise.ui.models.emf.ModelAdapters;

/**
 * One open Streamwise document: its file, its root object loaded by {@link ModelIO}, and the editing domain whose
 * command stack holds every change (so changes can be undone and the editor knows when it is dirty).
 */
public final class ModelDocument {

	private final IFile file;
	private final EObject root;
	private final ComposedAdapterFactory adapters;
	private final AdapterFactoryEditingDomain domain;

	private ModelDocument(IFile file, EObject root) {
		this.file = file;
		this.root = root;
		this.adapters = ModelAdapters.create();
		ResourceSet resourceSet = root.eResource().getResourceSet();
		this.domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), resourceSet);
		// item property descriptors find the domain through the resource set to execute their commands
		if (EcoreUtil.getExistingAdapter(resourceSet, IEditingDomainProvider.class) == null) {
			resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		}
	}

	/** Loads the file as a document of its kind. */
	public static ModelDocument load(IFile file) throws ModelLoadException {
		ModelKind kind = ModelKind.forFileName(file.getName());
		if (kind == null) {
			throw new ModelLoadException(path(file), "not a Streamwise document", null);
		}
		return new ModelDocument(file, ModelIO.load(path(file), kind.rootType()));
	}

	public static Path path(IFile file) {
		return file.getLocation().toFile().toPath();
	}

	public IFile file() {
		return file;
	}

	public EObject root() {
		return root;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapters() {
		return adapters;
	}

	public BasicCommandStack commandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	public boolean isDirty() {
		return commandStack().isSaveNeeded();
	}

	/** Writes the document through ModelIO and tells the workspace; the command stack marks this as saved. */
	public void save() throws IOException, CoreException {
		ModelIO.save(root, path(file));
		file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
		commandStack().saveIsDone();
	}

	public void dispose() {
		adapters.dispose();
	}
}
