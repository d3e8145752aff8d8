package io.streamwise.ui.campaigns;

import java.util.Locale;
import java.util.function.Supplier;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.streamwise.core.campaign.CampaignInputException;
import io.streamwise.core.campaign.CampaignPaths;
import io.streamwise.core.campaign.RateSpec;
import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.RateSource;

/**
 * A small plot of a rate's distribution over [0, 1], as the forecast reads the rate ({@link RateSpec}): the Beta
 * density with its mean marked, or a single line for a known value. The source label beside it says where the rate
 * comes from (assumed, learned) or what is wrong with it.
 */
final class RatePlot extends Canvas {

	static final int WIDTH = 140, HEIGHT = 34, POINTS = 70;

	private final Supplier<Rate> rate;
	private final Label source;
	/** What the last paint drew: the distribution's description, for the tooltip and tests. */
	private String shown = "";
	private double[] density;

	RatePlot(Composite parent, Supplier<Rate> rate, Label source) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.rate = rate;
		this.source = source;
		setLayoutData(new GridData(WIDTH, HEIGHT));
		addPaintListener(e -> paint(e.gc));
		update(rate.get());
	}

	@Override
	public void redraw() {
		update(rate.get());
		super.redraw();
	}

	private void update(Rate r) {
		density = null;
		if (r == null) {
			shown = "no rate";
		} else {
			try {
				RateSpec spec = RateSpec.of(r, CampaignPaths.of(r));
				if (spec.uncertain()) {
					BetaDistribution beta = new BetaDistribution(null, spec.alpha(), spec.beta());
					density = new double[POINTS + 1];
					for (int i = 0; i <= POINTS; i++) {
						// the ends are often infinite: the plot starts and ends half a step inside
						double x = Math.min(1 - 0.5 / POINTS, Math.max(0.5 / POINTS, (double) i / POINTS));
						density[i] = beta.density(x);
					}
					shown = String.format(Locale.ROOT, "Beta(%.2f, %.2f): mean %.3f, P10 %.3f, P90 %.3f", spec.alpha(),
							spec.beta(), spec.value(), spec.quantile(0.1), spec.quantile(0.9));
				} else {
					shown = String.format(Locale.ROOT, "known: %.3f", spec.value());
				}
			} catch (CampaignInputException e) {
				shown = "invalid: " + e.getMessage();
			}
		}
		setToolTipText(shown);
		if (!source.isDisposed()) {
			String from = r == null ? "missing"
					: shown.startsWith("invalid") ? "invalid"
							: r.getSource() == RateSource.LEARNED || r.getAlpha() != null ? "learned" : "assumed";
			source.setText(from);
			source.setToolTipText(r != null && r.getLearnedFrom() != null ? r.getLearnedFrom() : shown);
		}
	}

	/** The distribution shown, in words. */
	String shown() {
		return shown;
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawLine(0, area.height - 1, area.width, area.height - 1);
		Rate r = rate.get();
		if (r == null || shown.startsWith("invalid")) {
			return;
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		gc.setLineWidth(1);
		if (density == null) {
			int x = (int) Math.round(valueOf(r) * (area.width - 1));
			gc.drawLine(x, 2, x, area.height - 1);
			return;
		}
		double max = 0;
		for (double d : density) {
			if (Double.isFinite(d)) {
				max = Math.max(max, d);
			}
		}
		if (max <= 0) {
			return;
		}
		int[] polyline = new int[2 * density.length];
		for (int i = 0; i < density.length; i++) {
			double d = Double.isFinite(density[i]) ? density[i] : max;
			polyline[2 * i] = (int) Math.round((double) i / POINTS * (area.width - 1));
			polyline[2 * i + 1] = area.height - 1 - (int) Math.round(d / max * (area.height - 3));
		}
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.setAlpha(80);
		int[] filled = new int[polyline.length + 4];
		System.arraycopy(polyline, 0, filled, 0, polyline.length);
		filled[polyline.length] = area.width - 1;
		filled[polyline.length + 1] = area.height - 1;
		filled[polyline.length + 2] = 0;
		filled[polyline.length + 3] = area.height - 1;
		gc.fillPolygon(filled);
		gc.setAlpha(255);
		gc.drawPolyline(polyline);
	}

	private static double valueOf(Rate r) {
		return r.getMean() == null ? 0 : Math.max(0, Math.min(1, r.getMean()));
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(WIDTH, HEIGHT);
	}
}
