package io.streamwise.ui.models;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.catalog.Catalog;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.stream.StreamSchedule;

/** The Streamwise document types: file extension and the class of the root object. */
public enum ModelKind {
	CATALOG(ModelIO.CATALOG_EXTENSION, Catalog.class),
	STREAMS(ModelIO.STREAMS_EXTENSION, StreamSchedule.class),
	AUDIENCE(ModelIO.AUDIENCE_EXTENSION, Audience.class),
	CAMPAIGN(ModelIO.CAMPAIGN_EXTENSION, Campaign.class),
	EXPERIMENT(ModelIO.EXPERIMENT_EXTENSION, Experiment.class),
	ABTEST(ModelIO.ABTEST_EXTENSION, ABTest.class);

	private final String extension;
	private final Class<? extends EObject> rootType;

	ModelKind(String extension, Class<? extends EObject> rootType) {
		this.extension = extension;
		this.rootType = rootType;
	}

	public String extension() {
		return extension;
	}

	public Class<? extends EObject> rootType() {
		return rootType;
	}

	/** The kind of a file name by its extension, or null. */
	public static ModelKind forFileName(String name) {
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (ModelKind kind : values()) {
			if (kind.extension.equals(extension)) {
				return kind;
			}
		}
		return null;
	}
}
