package io.streamwise.stream;

/** A data file that cannot be read as a stream; the message names the file, and the line and field when known. */
public final class StreamDataException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	public StreamDataException(String message) {
		super(message);
	}

	public StreamDataException(String message, Throwable cause) {
		super(message, cause);
	}
}
