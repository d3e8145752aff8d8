package io.streamwise.ui.models.emf;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import io.streamwise.model.abtest.provider.ABTestItemProviderAdapterFactory;
import io.streamwise.model.audience.provider.AudienceItemProviderAdapterFactory;
import io.streamwise.model.campaign.provider.CampaignItemProviderAdapterFactory;
import io.streamwise.model.catalog.provider.CatalogItemProviderAdapterFactory;
import io.streamwise.model.experiment.provider.ExperimentItemProviderAdapterFactory;
import io.streamwise.model.stream.provider.StreamItemProviderAdapterFactory;

/** The generated item providers of every Streamwise metamodel, composed: one factory per editor. */
public final class ModelAdapters {

	private ModelAdapters() {
	}

	/** A new composed factory; the caller disposes it with its editor. */
	public static ComposedAdapterFactory create() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new CatalogItemProviderAdapterFactory());
		factory.addAdapterFactory(new AudienceItemProviderAdapterFactory());
		factory.addAdapterFactory(new StreamItemProviderAdapterFactory());
		factory.addAdapterFactory(new CampaignItemProviderAdapterFactory());
		factory.addAdapterFactory(new ExperimentItemProviderAdapterFactory());
		factory.addAdapterFactory(new ABTestItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
