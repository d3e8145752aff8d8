package io.streamwise.ui.experiments.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * Shows a JFreeChart on SWT: the chart is drawn by AWT into an image of the canvas's size, copied into an SWT image
 * and painted; it is drawn again only when the size changes. The context menu exports it as PNG or SVG.
 */
public final class ChartCanvas extends Canvas {

	private static final String EXPORT_HINT = "Right-click to export the chart as PNG or SVG";

	private final JFreeChart chart;
	private Image image;
	private Point imageSize = new Point(0, 0);
	/** Where the last drawing put each bar, point and line, to find what lies under the pointer. */
	private final ChartRenderingInfo rendering = new ChartRenderingInfo();

	public ChartCanvas(Composite parent, JFreeChart chart) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.chart = chart;
		withToolTips(chart);
		addPaintListener(e -> {
			Rectangle area = getClientArea();
			if (area.width <= 0 || area.height <= 0) {
				return;
			}
			if (image == null || imageSize.x != area.width || imageSize.y != area.height) {
				disposeImage();
				image = new Image(getDisplay(),
						toSwt(chart.createBufferedImage(area.width, area.height, rendering)));
				imageSize = new Point(area.width, area.height);
			}
			e.gc.drawImage(image, 0, 0);
		});
		addDisposeListener(e -> disposeImage());
		MenuManager menu = new MenuManager();
		menu.add(new Action("Export as &PNG...") {
			@Override
			public void run() {
				export("png");
			}
		});
		menu.add(new Action("Export as &SVG...") {
			@Override
			public void run() {
				export("svg");
			}
		});
		menu.add(new Action("Export at &size and resolution...") {
			@Override
			public void run() {
				exportAtSize();
			}
		});
		Menu contextMenu = menu.createContextMenu(this);
		// the hint's tooltip, still up where the pointer rests, covered the menu it points to: hidden while it is open
		boolean[] menuOpen = { false };
		contextMenu.addListener(SWT.Show, e -> {
			menuOpen[0] = true;
			setToolTipText(null);
		});
		contextMenu.addListener(SWT.Hide, e -> {
			menuOpen[0] = false;
			setToolTipText(EXPORT_HINT);
		});
		// the value under the pointer as a tooltip: bars, points and lines carry their series, category and value
		addListener(SWT.MouseMove, e -> {
			if (menuOpen[0]) {
				return;
			}
			String value = toolTipAt(e.x, e.y);
			String tip = value == null ? EXPORT_HINT : value;
			if (!java.util.Objects.equals(tip, getToolTipText())) {
				setToolTipText(tip);
			}
		});
		setMenu(contextMenu);
		setToolTipText(EXPORT_HINT);
	}

	public JFreeChart chart() {
		return chart;
	}

	/** Every entity (bar, point, plot area...) the last painting drew at (x, y) of the canvas. */
	public java.util.List<ChartEntity> entitiesAt(int x, int y) {
		java.util.List<ChartEntity> out = new java.util.ArrayList<>();
		if (rendering.getEntityCollection() != null) {
			for (Object o : rendering.getEntityCollection().getEntities()) {
				if (o instanceof ChartEntity e && e.getArea() != null && e.getArea().contains(x, y)) {
					out.add(e);
				}
			}
		}
		return out;
	}

	/** The tooltip of the bar, point or line drawn at (x, y) of the canvas, or null where there is none. */
	public String toolTipAt(int x, int y) {
		if (rendering.getEntityCollection() == null) {
			return null;
		}
		ChartEntity entity = rendering.getEntityCollection().getEntity(x, y);
		return entity == null || entity.getToolTipText() == null || entity.getToolTipText().isEmpty() ? null
				: entity.getToolTipText();
	}

	/**
	 * Gives every renderer of the chart a tooltip generator it lacks (a renderer set after the chart factory's has
	 * none): series, category or x, and the value with four decimals.
	 */
	static void withToolTips(JFreeChart chart) {
		NumberFormat four = NumberFormat.getNumberInstance(Locale.ROOT);
		four.setMaximumFractionDigits(4);
		four.setMinimumFractionDigits(4);
		if (chart.getPlot() instanceof CategoryPlot plot) {
			for (int i = 0; i < plot.getRendererCount(); i++) {
				CategoryItemRenderer r = plot.getRenderer(i);
				if (r != null && r.getDefaultToolTipGenerator() == null) {
					r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}", four));
				}
			}
		} else if (chart.getPlot() instanceof XYPlot plot) {
			for (int i = 0; i < plot.getRendererCount(); i++) {
				XYItemRenderer r = plot.getRenderer(i);
				if (r != null && r.getDefaultToolTipGenerator() == null) {
					r.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: ({1}, {2})",
							NumberFormat.getNumberInstance(Locale.ROOT), four));
				}
			}
		}
	}

	private void exportAtSize() {
		ChartExportDialog dialog = new ChartExportDialog(getShell(), fileName(chart));
		if (dialog.open() != ChartExportDialog.OK) {
			return;
		}
		try {
			export(dialog.file(), dialog.format(), dialog.width(), dialog.height(), dialog.dpi());
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(getShell(), "Export", "The chart could not be written: " + e.getMessage());
		}
	}

	/**
	 * Writes the chart at a chosen size: a PNG of exactly width × height pixels at dpi (text scaled to print at that
	 * resolution, see {@link ChartExport#png(JFreeChart, Path, int, int, int)}), or an SVG of that size.
	 */
	public void export(Path file, String format, int width, int height, int dpi) throws IOException {
		if (format.equals("svg")) {
			ChartExport.svg(chart, file, width, height);
		} else {
			ChartExport.png(chart, file, width, height, dpi);
		}
	}

	private void export(String format) {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(fileName(chart) + "." + format);
		dialog.setOverwrite(true);
		String target = dialog.open();
		if (target == null) {
			return;
		}
		try {
			export(Path.of(target), format);
		} catch (IOException e) {
			MessageDialog.openError(getShell(), "Export", "The chart could not be written: " + e.getMessage());
		}
	}

	/** Writes the chart at its on-screen size (at least 640x400). */
	public void export(Path file, String format) throws IOException {
		Rectangle area = getClientArea();
		int width = Math.max(640, area.width), height = Math.max(400, area.height);
		if (format.equals("svg")) {
			ChartExport.svg(chart, file, width, height);
		} else {
			ChartExport.png(chart, file, width, height);
		}
	}

	static String fileName(JFreeChart chart) {
		String title = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
		String name = title.replaceAll("[^A-Za-z0-9@._-]+", "-").replaceAll("^-|-$", "");
		return name.isEmpty() ? "chart" : name;
	}

	/** The image's pixels, copied: both sides use 24-bit RGB here. Also for charts drawn on canvases of their own. */
	public static ImageData toSwt(BufferedImage awt) {
		int w = awt.getWidth(), h = awt.getHeight();
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			awt.getRGB(0, y, w, 1, row, 0, w);
			for (int x = 0; x < w; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 480 : wHint, hHint == SWT.DEFAULT ? 300 : hHint);
	}
}
