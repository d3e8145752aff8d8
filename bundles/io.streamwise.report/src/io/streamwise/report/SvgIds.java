package io.streamwise.report;

/** Ids for the charts of one page, chart-1, chart-2...: each chart's inner ids start with its own. */
final class SvgIds {

	private int next;

	String next() {
		return "chart-" + ++next;
	}
}
