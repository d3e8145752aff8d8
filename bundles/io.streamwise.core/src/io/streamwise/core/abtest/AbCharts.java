// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.abtest;

import java.util.List;
import java.util.Locale;

/**
 * The calibration bench's two charts as small self-contained SVG: the A/A rejection rate of every method against α
 * with the ±1 point band, and the cumulative rejection rate under daily peeking. Plain SVG text rather than the
 * report bundle's JFreeChart, which core cannot depend on.
 */
final class AbCharts {

	private AbCharts() {
	}

	private static String f(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	static String typeOneErrors(AbCalibration.Result r) {
		List<AbCalibration.Row> rows = r.rows().stream().filter(x -> x.scenario().startsWith("aa-")).toList();
		double alpha = r.settings().alpha();
		double max = Math.max(0.2, rows.stream().mapToDouble(AbCalibration.Row::rejectionRate).max().orElse(0) * 1.1);
		int left = 260, width = 420, bar = 18, gap = 6, top = 40;
		int height = top + rows.size() * (bar + gap) + 50;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + width + 40)
				.append("\" height=\"").append(height).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
		svg.append("<text x=\"10\" y=\"20\" font-size=\"14\">A/A rejection rate (type-I error), ")
				.append(r.settings().replicates()).append(" replicates each; band: alpha &#177; 1 point</text>\n");
		double x0 = left + width * (alpha - 0.01) / max, x1 = left + width * (alpha + 0.01) / max;
		svg.append("<rect x=\"").append(f(x0)).append("\" y=\"").append(top - 5).append("\" width=\"")
				.append(f(x1 - x0)).append("\" height=\"").append(rows.size() * (bar + gap) + 5)
				.append("\" fill=\"#d9f0d3\"/>\n");
		for (int i = 0; i < rows.size(); i++) {
			AbCalibration.Row row = rows.get(i);
			int y = top + i * (bar + gap);
			double w = width * row.rejectionRate() / max;
			boolean ok = Math.abs(row.rejectionRate() - alpha) <= 0.01
					|| row.method().contains("msprt") && row.rejectionRate() <= alpha;
			svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 13)
					.append("\" text-anchor=\"end\">").append(escape(row.scenario() + " " + row.method()))
					.append("</text>\n");
			svg.append("<rect x=\"").append(left).append("\" y=\"").append(y).append("\" width=\"").append(f(w))
					.append("\" height=\"").append(bar).append("\" fill=\"").append(ok ? "#4575b4" : "#d73027")
					.append("\"/>\n");
			svg.append("<text x=\"").append(f(left + w + 4)).append("\" y=\"").append(y + 13).append("\">")
					.append(String.format(Locale.ROOT, "%.3f", row.rejectionRate())).append("</text>\n");
		}
		double xa = left + width * alpha / max;
		int bottom = top + rows.size() * (bar + gap);
		svg.append("<line x1=\"").append(f(xa)).append("\" y1=\"").append(top - 5).append("\" x2=\"").append(f(xa))
				.append("\" y2=\"").append(bottom).append("\" stroke=\"black\" stroke-dasharray=\"4 3\"/>\n");
		svg.append("<text x=\"").append(f(xa)).append("\" y=\"").append(bottom + 16)
				.append("\" text-anchor=\"middle\">alpha = ").append(alpha).append("</text>\n");
		svg.append("</svg>\n");
		return svg.toString();
	}

	static String peeking(AbCalibration.Result r) {
		int left = 60, width = 480, top = 40, height = 260;
		double[] naive = r.naivePeekingByDay(), msprt = r.msprtPeekingByDay();
		double max = 0.05;
		for (double v : naive) {
			max = Math.max(max, v);
		}
		max = Math.ceil(max * 1.1 * 20) / 20;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + width + 160)
				.append("\" height=\"").append(top + height + 50)
				.append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
		svg.append("<text x=\"10\" y=\"20\" font-size=\"14\">A/A tests looked at daily: share rejected by day d"
				+ " (alpha = ").append(r.settings().alpha()).append(")</text>\n");
		svg.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append(width)
				.append("\" height=\"").append(height).append("\" fill=\"none\" stroke=\"#888\"/>\n");
		double ya = top + height - height * r.settings().alpha() / max;
		svg.append("<line x1=\"").append(left).append("\" y1=\"").append(f(ya)).append("\" x2=\"")
				.append(left + width).append("\" y2=\"").append(f(ya))
				.append("\" stroke=\"black\" stroke-dasharray=\"4 3\"/>\n");
		for (double t = 0; t <= max + 1e-9; t += 0.05) {
			double y = top + height - height * t / max;
			svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4))
					.append("\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%.2f", t))
					.append("</text>\n");
		}
		polyline(svg, naive, left, top, width, height, max, "#d73027");
		polyline(svg, msprt, left, top, width, height, max, "#4575b4");
		svg.append("<text x=\"").append(left + width + 10).append("\" y=\"").append(top + 20)
				.append("\" fill=\"#d73027\">fixed-horizon z</text>\n");
		svg.append("<text x=\"").append(left + width + 10).append("\" y=\"").append(top + 40)
				.append("\" fill=\"#4575b4\">mixture SPRT</text>\n");
		svg.append("<text x=\"").append(left + width / 2).append("\" y=\"").append(top + height + 30)
				.append("\" text-anchor=\"middle\">day of the test (1 to ").append(naive.length)
				.append(")</text>\n</svg>\n");
		return svg.toString();
	}

	private static void polyline(StringBuilder svg, double[] v, int left, int top, int width, int height, double max,
			String colour) {
		svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"");
		for (int d = 0; d < v.length; d++) {
			double x = left + (v.length == 1 ? 0 : width * d / (double) (v.length - 1));
			double y = top + height - height * v[d] / max;
			svg.append(f(x)).append(',').append(f(y)).append(' ');
		}
		svg.append("\"/>\n");
	}
}
