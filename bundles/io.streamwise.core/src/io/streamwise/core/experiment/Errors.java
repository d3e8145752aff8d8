package io.streamwise.core.experiment;

/** One-line reasons for throwables, for failed cells and for the command line's standard error. */
public final class Errors {

	private Errors() {
	}

	/** {@code SimpleClassName: message}, on one line. */
	public static String describe(Throwable e) {
		String m = e.getMessage();
		return (e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m)).replaceAll("\\s*\\R\\s*",
				" ");
	}

	/** What to do about running out of memory: the heap limit this process has, and how to raise it. */
	public static String heapAdvice() {
		return HeapAdvice.advice();
	}
}
