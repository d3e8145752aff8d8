package io.streamwise.core.registry;

import java.util.List;

/** An experiment or command names an algorithm id that no installed plugin provides. */
public final class UnknownAlgorithmException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	public UnknownAlgorithmException(String id, List<String> installed) {
		super("no installed algorithm has the id '" + id + "'; installed: "
				+ (installed.isEmpty() ? "(none)" : String.join(", ", installed)));
	}
}
