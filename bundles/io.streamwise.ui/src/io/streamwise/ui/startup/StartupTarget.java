package io.streamwise.ui.startup;

/**
 * What an editor lets the workbench's start-up options do ({@code gui --run}, {@code --page}, {@code --compare},
 * {@code --expand}, {@code --drill-down}, see io.streamwise.ui.StartupOptions): the workbench bundle does not know the editors of the other
 * bundles, so they offer these through {@code getAdapter(StartupTarget.class)}. Each method does what the user does
 * with the editor's own widgets (the Run button, a page tab, two rows and Compare, a section's twistie) and throws
 * {@link IllegalArgumentException} saying why when it cannot; an editor that has no such thing keeps the default.
 */
public interface StartupTarget {

	/** Starts a run as the editor's Run button does. */
	default void run() {
		throw new IllegalArgumentException("the active editor has no Run");
	}

	/** Shows the editor's page with this id. */
	default void showPage(String id) {
		throw new IllegalArgumentException("the active editor has no pages");
	}

	/** Selects the runs named a and b (folder names in the run history) and compares them side by side. */
	default void compareRuns(String a, String b) {
		throw new IllegalArgumentException("the active editor has no runs to compare");
	}

	/** Expands the collapsible section with this title. */
	default void expandSection(String title) {
		throw new IllegalArgumentException("the active editor has no collapsible sections");
	}

	/**
	 * Drills down from a metric's mean of an algorithm to its per-unit values, as a double-click on the cell does,
	 * then, when unit is given, to that unit's page as a double-click on its row does ("first": the first row, the
	 * algorithm's worst).
	 *
	 * @param unit a unit of the metric's per-unit values, "first", or null for the distribution only
	 */
	default void drillDown(String metric, String algorithm, String unit) {
		throw new IllegalArgumentException("the active editor has no per-unit values to drill down to");
	}
}
