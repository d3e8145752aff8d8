package io.streamwise.ui.experiments.charts;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes charts as PNG (raster) and SVG (vector, for papers). No SWT here: charts are plain JFreeChart objects. */
public final class ChartExport {

	private ChartExport() {
	}

	public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
		BufferedImage image = chart.createBufferedImage(width, height);
		if (!ImageIO.write(image, "png", file.toFile())) {
			throw new IOException("no PNG writer is available");
		}
	}

	public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
		SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		chart.draw(g2, new Rectangle(0, 0, width, height));
		Files.writeString(file, g2.getSVGDocument(), StandardCharsets.UTF_8);
	}
}
