package io.streamwise.report.charts;

import java.awt.Rectangle;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Charts drawn as SVG with JFreeSVG: a standalone document for a file, or an element to put inside an HTML page. */
public final class SvgCharts {

	private SvgCharts() {
	}

	/** A standalone SVG document of width × height user units. */
	public static String document(JFreeChart chart, int width, int height) {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		chart.draw(g2, new Rectangle(0, 0, width, height));
		return g2.getSVGDocument();
	}

	/**
	 * A standalone SVG document whose inner ids start with {@code id}: unlike {@link #document(JFreeChart, int, int)},
	 * whose ids derive from the clock, the same chart gives the same bytes.
	 */
	public static String document(JFreeChart chart, int width, int height, String id) {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		g2.setDefsKeyPrefix(id + "-");
		chart.draw(g2, new Rectangle(0, 0, width, height));
		return g2.getSVGDocument();
	}

	/**
	 * An {@code <svg>} element to inline in a page: laid out at width × height, scaled by its view box to the width
	 * the page gives it. {@code id} names the element and prefixes every id inside it (clip paths, gradients), so that
	 * several charts in one page do not share ids.
	 */
	public static String element(JFreeChart chart, int width, int height, String id) {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		g2.setDefsKeyPrefix(id + "-");
		chart.draw(g2, new Rectangle(0, 0, width, height));
		return g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
	}
}
