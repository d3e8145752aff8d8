package io.streamwise.api.data;

/**
 * What an algorithm is fitted on or evaluated against: an event log and the catalog of its items. The training part
 * of an experiment never contains test events; the catalog is shared by both parts.
 *
 * @param log     the events
 * @param catalog what is known of the log's items
 */
public record Dataset(EventLog log, ItemCatalog catalog) {

	public Dataset {
		if (log.items() != catalog.items() && !log.items().equals(catalog.items())) {
			throw new IllegalArgumentException("catalog and log must share one item dictionary");
		}
	}

	public static Dataset of(EventLog log) {
		return new Dataset(log, ItemCatalog.unknown(log.items()));
	}

	/** The same catalog with a subset (or any other log over the same dictionaries). */
	public Dataset withLog(EventLog other) {
		return new Dataset(other, catalog);
	}
}
