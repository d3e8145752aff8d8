package io.streamwise.ui.models.emf;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * The workbench's property model over EMF.Edit's {@link IItemPropertySource}: values are set through the item
 * property descriptors, which execute commands on the object's editing domain, so property edits are undoable.
 */
public final class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;

	public ItemPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	/** Property sources for the objects that have item property sources. */
	public static IPropertySourceProvider provider(AdapterFactory adapterFactory) {
		return element -> {
			if (element instanceof IPropertySource ready) {
				return ready;
			}
			IItemPropertySource s = (IItemPropertySource) adapterFactory.adapt(element, IItemPropertySource.class);
			return s == null ? null : new ItemPropertySource(element, s);
		};
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
		IPropertyDescriptor[] out = new IPropertyDescriptor[items.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = new ItemPropertyDescriptor(object, items.get(i));
		}
		return out;
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return source.getPropertyDescriptor(object, id);
	}

	/** The value as the item descriptor gives it (possibly a wrapper); the sheet's label provider unwraps it. */
	@Override
	public Object getPropertyValue(Object id) {
		return ItemPropertyDescriptor.unwrap(object, descriptor(id).getPropertyValue(object));
	}

	@Override
	public boolean isPropertySet(Object id) {
		return descriptor(id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		descriptor(id).resetPropertyValue(object);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		descriptor(id).setPropertyValue(object, value);
	}
}
