package io.streamwise.core.replication;

/**
 * A package (or the results folder a package is made from) that cannot be used: a file missing, changed, unlisted
 * or unreadable. The message names the package and the file; the command line exits with 3 for it.
 */
public final class BadPackageException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final String file;

	public BadPackageException(String container, String file, String reason) {
		this(container, file, reason, null);
	}

	public BadPackageException(String container, String file, String reason, Throwable cause) {
		super(container + (file == null ? "" : ": " + file) + ": " + reason, cause);
		this.file = file;
	}

	/** The file at fault inside the package or folder, or null when it is the package itself. */
	public String file() {
		return file;
	}
}
