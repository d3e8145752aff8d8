package io.streamwise.core.experiment;

import java.util.List;

import io.streamwise.api.data.Dataset;

/**
 * A dataset ready for an experiment, with what the results must say about where it came from.
 *
 * @param dataset     events and catalog
 * @param description one line for reports ("simulator seed 1, default size", a file name)
 * @param sources     the files read, in order (empty for generated data)
 * @param sha256      SHA-256 of the source files' bytes in order, or of the generated events in canonical form
 * @param givenSplit  for pre-made train/test files: the rows of each part; null otherwise
 */
public record LoadedDataset(Dataset dataset, String description, List<String> sources, String sha256,
		Splits.Split givenSplit) {

	public LoadedDataset {
		sources = List.copyOf(sources);
	}
}
