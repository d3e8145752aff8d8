package io.streamwise.core.io;

import io.streamwise.api.data.EventLog;

/**
 * The result of importing one events file.
 *
 * @param log    the events read
 * @param report what was read, kept, removed and rejected
 */
public record EventImport(EventLog log, ImportReport report) {
}
