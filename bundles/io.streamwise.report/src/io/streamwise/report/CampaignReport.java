// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.report;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.campaign.CampaignPlan;
import io.streamwise.core.campaign.Forecast;
import io.streamwise.core.campaign.RateSpec;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.Scenario;
import io.streamwise.model.campaign.ScenarioOverride;
import io.streamwise.report.HtmlPage.Cell;
import io.streamwise.report.charts.CampaignCharts;
import io.streamwise.report.charts.SvgCharts;

/**
 * The client report of a campaign forecast: one self-contained {@code report.html} (inline SVG charts, the key
 * figures, the scenario comparison, the assumptions, the method and its caveats in plain language) and each chart as
 * SVG and PNG files. The same forecasts give the same bytes.
 */
public final class CampaignReport {

	public static final String FILE = "report.html";
	/** Chart files go in this folder beside the report. */
	public static final String CHARTS = "charts";

	private static final int WIDTH = 800, HEIGHT = 480;

	private CampaignReport() {
	}

	/**
	 * Writes {@code report.html} and {@code charts/NAME.svg|png} into {@code dir}. The caller stages {@code dir} and
	 * moves it into place whole (as {@code campaign forecast} does), so a failure leaves nothing half-written.
	 *
	 * @param campaign     the campaign as forecast (for the scenario descriptions)
	 * @param campaignFile the file's name, as the report names it
	 * @param plan         the base plan (for the assumptions)
	 * @param forecasts    the base plan's forecast first, then the scenarios'
	 * @param threads      threads drawing the charts (0: every processor); the files do not depend on it
	 */
	public static void write(Path dir, Campaign campaign, String campaignFile, CampaignPlan plan,
			List<Forecast> forecasts, int threads) throws IOException {
		String currency = plan.currency() == null ? "" : plan.currency();
		Path charts = Files.createDirectories(dir.resolve(CHARTS));
		Map<String, JFreeChart> all = CampaignCharts.all(forecasts, currency);
		List<String> names = List.copyOf(all.keySet());
		String[] documents = new String[names.size()], elements = new String[names.size()];
		byte[][] pngs = new byte[names.size()][];
		// each chart is drawn by one thread (a chart is not safe to draw twice at once), the charts side by side:
		// drawing them, above all the first PNG's, was a third of a cold command's CPU
		ParallelChunks.forEach(names.size(), threads, i -> {
			JFreeChart chart = all.get(names.get(i));
			String id = "chart-" + names.get(i);
			SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
			g2.setDefsKeyPrefix(id + "-");
			chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
			documents[i] = g2.getSVGDocument();
			elements[i] = g2.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			try {
				ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			pngs[i] = png.toByteArray();
		}, ProgressMonitor.NULL);
		Map<String, String> svgElements = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			Files.writeString(charts.resolve(names.get(i) + ".svg"), documents[i], StandardCharsets.UTF_8);
			Files.write(charts.resolve(names.get(i) + ".png"), pngs[i]);
			svgElements.put(names.get(i), elements[i]);
		}
		Files.writeString(dir.resolve(FILE), html(campaign, campaignFile, plan, forecasts, svgElements),
				StandardCharsets.UTF_8);
	}

	/**
	 * Starts Java 2D, its fonts, JFreeChart and the PNG encoder on a daemon thread by drawing a small chart, so that a
	 * later {@link #write} in the same process finds them ready. In a new process that start is about a second of CPU
	 * on one thread; a command calls this before it loads and forecasts, which leave a core free for much of the time.
	 */
	public static void warmUp() {
		Thread warming = new Thread(() -> {
			try {
				DefaultCategoryDataset data = new DefaultCategoryDataset();
				data.addValue(1, "a", "b");
				JFreeChart chart = ChartFactory.createBarChart("warm-up", "x", "y", data);
				ChartUtils.writeChartAsPNG(OutputStream.nullOutputStream(), chart, 160, 100);
				SvgCharts.element(chart, 160, 100, "warm-up");
			} catch (IOException | RuntimeException e) {
				// only a head start: write() draws and reports for itself
			}
		}, "campaign-charts-warm-up");
		warming.setDaemon(true);
		warming.setPriority(Thread.MIN_PRIORITY);
		warming.start();
	}

	/** The page, its charts drawn here. */
	public static String html(Campaign campaign, String campaignFile, CampaignPlan plan, List<Forecast> forecasts) {
		String currency = plan.currency() == null ? "" : plan.currency();
		Map<String, String> svgElements = new LinkedHashMap<>();
		CampaignCharts.all(forecasts, currency).forEach((name, chart) -> svgElements.put(name,
				SvgCharts.element(chart, WIDTH, HEIGHT, "chart-" + name)));
		return html(campaign, campaignFile, plan, forecasts, svgElements);
	}

	/** The page, with the charts as {@code <svg>} elements by name. */
	private static String html(Campaign campaign, String campaignFile, CampaignPlan plan, List<Forecast> forecasts,
			Map<String, String> charts) {
		String currency = plan.currency() == null ? "" : plan.currency();
		Forecast base = forecasts.get(0);
		String name = campaign.getName() == null ? campaign.getId() : campaign.getName();
		HtmlPage page = new HtmlPage("Campaign forecast: " + name);

		page.section("summary", "Summary");
		Forecast.Group total = base.total();
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Campaign", name + " (" + campaignFile + ")");
		facts.put("Streams", base.streams().size() + ": " + String.join(", ", plan.streamIds()));
		facts.put("Revenue", money(total.revenue(), currency));
		facts.put("Profit", money(total.profit(), currency));
		facts.put("Buyers (purchases)", count(total.buyers()));
		facts.put("Spend", amount(base.spend()) + " " + currency);
		if (total.roi() != null) {
			facts.put("Return on spend", String.format(Locale.ROOT, "%.2f (between %.2f and %.2f)",
					total.roi().p50(), total.roi().p10(), total.roi().p90()));
		}
		facts.put("Target", base.targetMetric() + " of at least " + amount(base.target()) + ("buyers".equals(base
				.targetMetric()) ? "" : " " + currency));
		facts.put("Chance of reaching the target", percent(base.probabilityOfTarget()));
		if (!base.tornado().isEmpty()) {
			facts.put("Largest lever", base.tornado().get(0).input());
		}
		page.facts(facts);
		page.note("Figures are medians; the ranges in brackets run from P10 to P90: in 8 out of 10 simulated outcomes"
				+ " the figure lies between them. " + String.format(Locale.ROOT, "%,d simulated outcomes, seed %d.",
						base.draws(), base.seed()));
		page.figures(List.of(
				figure(charts.get(CampaignCharts.FAN), "Revenue added up over the streams: the line is"
						+ " the median, the band runs from P10 to P90."),
				figure(charts.get(CampaignCharts.DISTRIBUTION), "How often each total "
						+ base.targetMetric() + " came out over the simulated outcomes; the dashed red line is the"
						+ " target."),
				figure(charts.get(CampaignCharts.FUNNEL), "People at each step of the funnel, on"
						+ " average over the simulated outcomes.")));

		page.section("scenarios", "Scenarios");
		page.paragraph("Each scenario changes some assumptions of the plan; everything else stays as in the base"
				+ " plan, and the same random numbers drive every scenario.");
		List<List<Cell>> rows = new ArrayList<>();
		for (Forecast f : forecasts) {
			Forecast.Group t = f.total();
			rows.add(List.of(new Cell(f.scenario(), true, false), Cell.text(describe(campaign, f.scenario())),
					Cell.number(range(t.revenue())), Cell.number(range(t.profit())), Cell.number(range(t.buyers())),
					Cell.number(percent(f.probabilityOfTarget()))));
		}
		page.table("Totals per scenario: median [P10, P90]" + (currency.isEmpty() ? "" : ", " + currency),
				List.of("scenario", "what changes", "revenue", "profit", "buyers", "chance of target"), rows);
		page.figures(List.of(figure(charts.get(CampaignCharts.SCENARIOS),
				"Revenue and profit per scenario: bars at the median, whiskers from P10 to P90.")));

		page.section("streams", "Streams and products");
		page.table("Per stream (base plan): median [P10, P90]", List.of("stream", "viewers", "buyers", "revenue",
				"profit after the stream's costs"), groupRows(base.streams()));
		page.table("Per product (base plan): median [P10, P90]", List.of("product", "engaged viewers who saw it",
				"units", "revenue", "contribution"), groupRows(base.products()));
		page.table("Per segment (base plan): median [P10, P90]", List.of("segment", "viewers", "buyers", "revenue",
				"contribution"), groupRows(base.segments()));

		page.section("levers", "What matters most");
		page.paragraph("The tornado chart sets one uncertain assumption at a time to its low (P10) and high (P90)"
				+ " value, keeps the others at their medians, and shows how profit moves. The longest bars are the"
				+ " assumptions most worth checking or improving.");
		page.wideFigure(figure(charts.get(CampaignCharts.TORNADO), "Profit with each assumption at"
				+ " its P10 and P90, starting from the profit with all at their medians ("
				+ amount(base.tornadoBase()) + " " + currency + ")."));
		List<List<Cell>> shares = new ArrayList<>();
		for (Forecast.VarianceShare v : base.varianceShares()) {
			shares.add(List.of(Cell.text(v.input()), Cell.number(percent(v.share()))));
		}
		if (!shares.isEmpty()) {
			page.table("Share of the uncertainty in profit each assumption explains", List.of("assumption",
					"share"), shares);
		}

		page.section("assumptions", "Assumptions");
		List<List<Cell>> products = new ArrayList<>();
		for (CampaignPlan.ProductTerms p : plan.products()) {
			products.add(List.of(Cell.text(p.id()), Cell.number(amount2(p.price())), Cell.number(amount2(p
					.unitCost())), Cell.number(percent(p.commission())), Cell.number(p.capacity() < 0 ? "no limit"
							: String.valueOf(p.capacity()))));
		}
		page.table("Products", List.of("product", "price", "unit cost", "platform commission", "capacity"),
				products);
		List<List<Cell>> streams = new ArrayList<>();
		for (int t = 0; t < plan.streamIds().size(); t++) {
			streams.add(List.of(Cell.text(plan.streamIds().get(t)), Cell.number(amount(plan.streamCosts().get(t)))));
		}
		page.table("Streams", List.of("stream", "host fee and promotion"), streams);
		page.paragraph("Fixed costs: " + amount(plan.fixedCosts()) + " " + currency + ".");
		List<List<Cell>> segments = new ArrayList<>();
		for (int s = 0; s < plan.segmentIds().size(); s++) {
			segments.add(List.of(Cell.text(plan.segmentIds().get(s)), Cell.number(amount(plan.segmentSizes().get(
					s)))));
		}
		page.table("Target segments", List.of("segment", "people"), segments);
		List<List<Cell>> rates = new ArrayList<>();
		for (RateSpec r : plan.rates()) {
			rates.add(List.of(Cell.text(r.path()), Cell.text(r.uncertain() ? "uncertain" : "known"), Cell.number(rate(
					r.value())), Cell.number(
							r.uncertain() ? rate(r.quantile(0.1)) + " – " + rate(r.quantile(0.9))
									: ""),
					Cell.text(r.variesByStream() ? "yes" : "")));
		}
		page.table("Funnel rates: the share of people who go on to the next step", List.of("rate", "kind", "mean",
				"P10 – P90", "varies by stream"), rates);

		page.section("method", "Method and caveats");
		page.list(List.of(
				"The forecast simulates the campaign " + String.format(Locale.ROOT, "%,d", base.draws())
						+ " times. In each simulation every uncertain rate is drawn from its range (a Beta"
						+ " distribution), people flow through each segment's funnel in every stream — reached,"
						+ " joined, watched, engaged, clicked, added to cart, bought — and sales, refunds, costs"
						+ " and profit are added up.",
				"Rates learned from past streams carry the uncertainty of what was observed; rates given as"
						+ " assumptions carry the range the consultant gave. A narrow range is a strong claim.",
				"Capacity (such as consultation slots) caps sales over the whole campaign, in stream order.",
				"Discounts change the price paid and, through the price elasticity, how many buy. A bundle is"
						+ " treated as a discount on each of its products; time-limited offers and coupons as"
						+ " discounts taken up by a share of buyers.",
				"Purchases get the chance variation of real counts (approximately), so even known rates give a"
						+ " range.",
				"Not modelled: events that move every segment at once (a viral clip, a platform outage), word of"
						+ " mouth between streams, and competitors. Real outcomes can fall outside the P10–P90"
						+ " range more often than 2 in 10 times when such events matter.",
				"Backtests on simulated markets with known outcomes (docs/campaigns.md) check how often the P10–P90"
						+ " range covers what happened."));
		return page.toHtml(String.format(Locale.ROOT, "%s · %,d simulated outcomes · seed %d · Streamwise",
				campaignFile, base.draws(), base.seed()), "Made with Streamwise from " + campaignFile + ".");
	}

	private static HtmlPage.Figure figure(String svgElement, String caption) {
		return new HtmlPage.Figure(svgElement, caption);
	}

	private static List<List<Cell>> groupRows(List<Forecast.Group> groups) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Forecast.Group g : groups) {
			rows.add(List.of(Cell.text(g.id()), Cell.number(range(g.viewers())), Cell.number(range(g.buyers())),
					Cell.number(range(g.revenue())), Cell.number(range(g.profit()))));
		}
		return rows;
	}

	/** The scenario's description, or its overrides and added streams when it has none. */
	private static String describe(Campaign campaign, String scenario) {
		if ("base".equals(scenario)) {
			return "the plan as written";
		}
		for (Scenario s : campaign.getScenarios()) {
			if (scenario.equals(s.getName()) || scenario.equals(s.getId())) {
				if (s.getDescription() != null && !s.getDescription().isBlank()) {
					return s.getDescription();
				}
				List<String> changes = new ArrayList<>();
				for (ScenarioOverride o : s.getOverrides()) {
					changes.add(o.getPath() + " = " + o.getValue());
				}
				s.getAddedStreams().forEach(t -> changes.add("an added stream " + t.getId()));
				return String.join("; ", changes);
			}
		}
		return "";
	}

	private static String money(Forecast.Summary s, String currency) {
		return range(s) + (currency.isEmpty() ? "" : " " + currency);
	}

	private static String count(Forecast.Summary s) {
		return range(s);
	}

	private static String range(Forecast.Summary s) {
		return amount(s.p50()) + " [" + amount(s.p10()) + ", " + amount(s.p90()) + "]";
	}

	private static String amount(double v) {
		return String.format(Locale.ROOT, "%,.0f", v);
	}

	private static String amount2(double v) {
		return String.format(Locale.ROOT, "%,.2f", v);
	}

	private static String percent(double v) {
		return String.format(Locale.ROOT, "%.1f %%", 100 * v);
	}

	private static String rate(double v) {
		return String.format(Locale.ROOT, "%.3f", v);
	}
}
