package io.streamwise.core.results;

import java.util.List;

/**
 * A results file Streamwise writes, as one record per kind: {@link ExperimentResults} ({@code results.json} of
 * {@code run}, {@code compare} and the workbench), {@link PrequentialResults} ({@code results.json} of
 * {@code prequential}), {@link ProfileResults} ({@code profile.json}) and {@link PolicyResults} ({@code results.json}
 * of {@code policy simulate}, {@code evaluate} and {@code accuracy}). Each names its kind in {@code format} and
 * the layout of that kind in {@code formatVersion}; {@link ResultsJson} writes and reads them all.
 */
public sealed interface ResultsDocument permits ExperimentResults, PrequentialResults, ProfileResults,
		PolicyResults {

	/** The kind, such as {@value ExperimentResults#FORMAT}: stable across versions. */
	String format();

	/** The layout of the kind; raised whenever a field changes its name or meaning. */
	int formatVersion();

	/** Every metric name the file uses, as written, so that a reader can check it against the vocabulary. */
	List<String> metricNames();
}
