// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

/**
 * A campaign that cannot be forecast: a rate outside [0, 1], a negative price, a dangling reference, a scenario that
 * overrides an input that does not exist. The message names the element by its path ({@link CampaignPaths}).
 */
public final class CampaignInputException extends Exception {
	private static final long serialVersionUID = 1L;

	private final String path;

	public CampaignInputException(String path, String problem) {
		super((path == null || path.isEmpty() ? "campaign" : path) + ": " + problem);
		this.path = path;
	}

	/** The element's path from the campaign. */
	public String path() {
		return path;
	}
}
