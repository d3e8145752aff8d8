package io.streamwise.core.experiment;

import java.util.List;

import io.streamwise.api.data.Availability;
import io.streamwise.api.data.Dataset;
import io.streamwise.core.io.KeyFile;

/**
 * A dataset ready for an experiment, with what the results must say about where it came from.
 *
 * @param dataset      events and catalog
 * @param description  one line for reports ("simulator seed 1, default size", a file name)
 * @param sources      the files read, in order (empty for generated data)
 * @param sha256       SHA-256 of the source files' bytes in order, or of the generated events in canonical form
 * @param givenSplit   for pre-made train/test files: the rows of each part; null otherwise
 * @param availability which items were on sale in which stream (simulator data); null when the data has no showcases
 * @param pseudonymKey the key that pseudonymised viewer ids (path and fingerprint); null for raw or synthetic ids
 */
public record LoadedDataset(Dataset dataset, String description, List<String> sources, String sha256,
		Splits.Split givenSplit, Availability availability, KeyFile pseudonymKey) {

	public LoadedDataset {
		sources = List.copyOf(sources);
		if (availability != null && availability.streams() != dataset.log().streams().size()) {
			throw new IllegalArgumentException("availability covers " + availability.streams()
					+ " streams but the log has " + dataset.log().streams().size());
		}
	}

	/** A dataset whose viewer ids were not pseudonymised. */
	public LoadedDataset(Dataset dataset, String description, List<String> sources, String sha256,
			Splits.Split givenSplit, Availability availability) {
		this(dataset, description, sources, sha256, givenSplit, availability, null);
	}

	/** A dataset without showcase data. */
	public LoadedDataset(Dataset dataset, String description, List<String> sources, String sha256,
			Splits.Split givenSplit) {
		this(dataset, description, sources, sha256, givenSplit, null, null);
	}
}
