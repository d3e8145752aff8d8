package io.streamwise.ui.models.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Texts and icons from EMF.Edit's {@link IItemLabelProvider}s. Item providers describe icons as URLs (or composed
 * images of URLs); they are turned into SWT images here, owned by this provider and disposed with it.
 */
public final class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider p = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return p == null ? String.valueOf(element) : p.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider p = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return p == null ? null : image(p.getImage(element));
	}

	/** An SWT image for an EMF image object (a URL, or a composed image whose first layer is taken). */
	public Image image(Object emfImage) {
		ImageDescriptor descriptor = descriptor(emfImage);
		return descriptor == null ? null : images.create(descriptor);
	}

	private static ImageDescriptor descriptor(Object emfImage) {
		if (emfImage instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (emfImage instanceof ComposedImage composed) {
			List<Object> layers = composed.getImages();
			return layers.isEmpty() ? null : descriptor(layers.get(0));
		}
		if (emfImage instanceof ImageDescriptor d) {
			return d;
		}
		return null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
