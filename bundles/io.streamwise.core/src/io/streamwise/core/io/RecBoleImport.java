package io.streamwise.core.io;

import java.util.List;
import java.util.Map;

import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.ItemCatalog;

/**
 * A RecBole atomic data set read into Streamwise form.
 *
 * @param log               the interactions of the {@code .inter} file
 * @param catalog           what the {@code .item} file says of the log's items (all unknown without one)
 * @param viewerAttributes  for each viewer of the log (by index), the fields of the {@code .user} file other than
 *                          the id, by field name without type; empty maps for viewers the file does not list, and an
 *                          empty list when there is no {@code .user} file
 * @param report            what was read and rejected, over all files
 */
public record RecBoleImport(EventLog log, ItemCatalog catalog, List<Map<String, String>> viewerAttributes,
		ImportReport report) {

	public RecBoleImport {
		viewerAttributes = List.copyOf(viewerAttributes);
	}

	public Dataset dataset() {
		return new Dataset(log, catalog);
	}
}
