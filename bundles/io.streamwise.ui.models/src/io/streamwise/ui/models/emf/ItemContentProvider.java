package io.streamwise.ui.models.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** A JFace tree content provider over EMF.Edit's {@link ITreeItemContentProvider}s. */
public final class ItemContentProvider implements ITreeContentProvider {

	private final AdapterFactory adapterFactory;

	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	/** The input's elements: a collection's members, or the children of a single object. */
	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Collection<?> roots) {
			return roots.toArray();
		}
		ITreeItemContentProvider p = provider(input);
		return p == null ? new Object[0] : p.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider p = provider(parent);
		return p == null ? new Object[0] : p.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider p = provider(element);
		return p == null ? null : p.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider p = provider(element);
		return p != null && p.hasChildren(element);
	}
}
