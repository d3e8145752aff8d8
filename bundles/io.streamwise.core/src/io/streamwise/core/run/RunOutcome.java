package io.streamwise.core.run;

import java.nio.file.Path;

/**
 * What a run produced and where it went.
 *
 * @param result   the engine's result
 * @param dataset  one line about the data as reports print it: description, events, digest
 * @param events   how many events the dataset held
 * @param sha256   the dataset's digest
 * @param folder   the output folder, now in place
 * @param previous where an earlier run in the same folder was kept, or null
 */
public record RunOutcome<R>(R result, String dataset, long events, String sha256, Path folder, Path previous) {
}
