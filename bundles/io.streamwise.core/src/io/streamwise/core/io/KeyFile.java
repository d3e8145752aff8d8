package io.streamwise.core.io;

/**
 * Which key pseudonymised a dataset's viewer ids, for the provenance of results: the key file's path and the key's
 * fingerprint (never the key), so that a reader can tell whether two results share pseudonyms.
 */
public record KeyFile(String path, String fingerprint) {

	@Override
	public String toString() {
		return path + " (fingerprint " + fingerprint + ")";
	}
}
