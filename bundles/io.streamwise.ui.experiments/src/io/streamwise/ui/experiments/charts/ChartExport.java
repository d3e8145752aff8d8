package io.streamwise.ui.experiments.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.JFreeChart;

import io.streamwise.report.charts.SvgCharts;

/** Writes charts as PNG (raster) and SVG (vector, for papers). No SWT here: charts are plain JFreeChart objects. */
public final class ChartExport {

	/** The resolution a chart is laid out at on screen; exports at other resolutions scale text and lines with it. */
	public static final int SCREEN_DPI = 96;

	private ChartExport() {
	}

	public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
		png(chart, file, width, height, SCREEN_DPI);
	}

	/**
	 * Writes a PNG of exactly width × height pixels whose header (pHYs) gives the resolution dpi. The chart is laid
	 * out at the size those pixels have at {@value #SCREEN_DPI} DPI and scaled up, so that text keeps its physical
	 * size when the image is printed at dpi: a 1600 × 1000 export at 300 DPI is a 13.5 × 8.5 cm figure with readable
	 * labels, not a 1600 × 1000 screen layout with tiny ones.
	 */
	public static void png(JFreeChart chart, Path file, int width, int height, int dpi) throws IOException {
		if (width < 1 || height < 1 || dpi < 1) {
			throw new IllegalArgumentException("width, height and DPI must be positive: " + width + "x" + height
					+ " at " + dpi);
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			double scale = dpi / (double) SCREEN_DPI;
			g2.scale(scale, scale);
			chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale));
		} finally {
			g2.dispose();
		}
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
		if (!writers.hasNext()) {
			throw new IOException("no PNG writer is available");
		}
		ImageWriter writer = writers.next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			if (out == null) {
				throw new IOException("cannot write " + file);
			}
			ImageWriteParam param = writer.getDefaultWriteParam();
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
					param);
			resolution(metadata, dpi);
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
		} finally {
			writer.dispose();
		}
	}

	/**
	 * The PNG's pHYs chunk: pixels per metre. Set through the PNG plugin's own metadata tree, since the JDK's PNG writer
	 * turns the format-neutral pixel size (millimetres per pixel) into pixels per metre the wrong way round.
	 */
	private static void resolution(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
		String perMetre = Long.toString(Math.round(dpi / 0.0254));
		IIOMetadataNode physical = new IIOMetadataNode("pHYs");
		physical.setAttribute("pixelsPerUnitXAxis", perMetre);
		physical.setAttribute("pixelsPerUnitYAxis", perMetre);
		physical.setAttribute("unitSpecifier", "meter");
		IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
		root.appendChild(physical);
		metadata.mergeTree(PNG_METADATA, root);
	}

	/** The native metadata format of the JDK's PNG plugin. */
	private static final String PNG_METADATA = "javax_imageio_png_1.0";

	public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
		Files.writeString(file, SvgCharts.document(chart, width, height), StandardCharsets.UTF_8);
	}
}
