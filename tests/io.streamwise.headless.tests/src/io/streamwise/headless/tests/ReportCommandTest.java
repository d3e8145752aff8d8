package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.streamwise.core.results.PrequentialResults;
import io.streamwise.core.results.ResultsJson;
import io.streamwise.headless.Cli;

/**
 * Issue 14: {@code streamwise report} writes one self-contained HTML page of a results folder: well-formed (parsed
 * here as XML, its inline SVG charts too), a chart per metric, metric@K curves, a critical-difference diagram per
 * metric with a Friedman analysis, learning curves with drift markers for stream learning, every user-given string
 * escaped, and no reference to anything outside the page.
 */
class ReportCommandTest {

	private static final String HOSTILE_LABEL = "<script>alert('label')</script> & \"co\"";
	private static final String HOSTILE_REASON = "<img src=\"http://evil.example/x.png\" onerror=\"alert(1)\"> </td>";
	private static final String SVG = "http://www.w3.org/2000/svg";
	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** Three recommenders over three folds (so Friedman applies) and one that fails with a hostile message. */
	private static Path experimentRun(Path tmp) throws Exception {
		String label = HOSTILE_LABEL.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"",
				"&quot;");
		Path exp = tmp.resolve("three.experiment");
		Files.writeString(exp,
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
						    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="three" name="Three &amp; more" seed="7">
						  <dataset kind="SIMULATOR"><options key="preset" value="small"/></dataset>
						  <protocol kind="KFOLD" folds="3"/>
						  <algorithms algorithmId="pop" label="pop"/>
						  <algorithms algorithmId="pop" label="pop-clicks"><settings key="countedEvents" value="click"/></algorithms>
						  <algorithms algorithmId="random" label="%s"/>
						  <algorithms algorithmId="faulty" label="faulty"/>
						  <metrics>ndcg@5</metrics>
						  <metrics>ndcg@10</metrics>
						  <metrics>recall@10</metrics>
						</experiment:Experiment>
						"""
						.formatted(label));
		Path out = tmp.resolve("run");
		CliFixture c = NoSilentSuccessTest.with(NoSilentSuccessTest.faulty("faulty", null,
				new NoClassDefFoundError(HOSTILE_REASON)));
		assertEquals(Cli.FAILED, c.run("run", exp.toString(), "--out", out.toString()), c.err());
		assertTrue(Files.isRegularFile(out.resolve("results.json")), c.err());
		return out;
	}

	@Test
	void experimentReportHoldsEveryChartAndEscapesWhatUsersWrote(@TempDir Path tmp) throws Exception {
		Path run = experimentRun(tmp);
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("report", run.toString()), c.err());
		Path file = run.resolve("report.html");
		assertTrue(c.out().contains(file.toString()), c.out());
		String html = Files.readString(file);
		Document page = parse(html);
		assertEquals(XHTML, page.getDocumentElement().getNamespaceURI());

		List<String> captions = texts(page, XHTML, "figcaption");
		for (String metric : List.of("nDCG@5", "nDCG@10", "Recall@10")) {
			assertEquals(1, captions.stream().filter(t -> t.startsWith(metric + ": mean per algorithm")).count(),
					metric + " in " + captions);
		}
		assertEquals(1, captions.stream().filter(t -> t.startsWith("ndcg against the list length K")).count(),
				captions.toString());
		for (String metric : List.of("ndcg@5", "ndcg@10", "recall@10")) {
			assertEquals(1, captions.stream().filter(t -> t.startsWith("Critical-difference diagram of " + metric))
					.count(), metric + " in " + captions);
		}
		// every figure holds its chart, drawn as SVG, and each chart parses on its own
		NodeList figures = page.getElementsByTagNameNS(XHTML, "figure");
		assertEquals(3 + 1 + 3, figures.getLength());
		assertEquals(figures.getLength(), page.getElementsByTagNameNS(SVG, "svg").getLength());
		List<String> svgs = svgElements(html);
		assertEquals(figures.getLength(), svgs.size());
		for (String svg : svgs) {
			assertEquals("svg", parse(svg).getDocumentElement().getLocalName());
		}
		// ids are unique across the charts (clip paths of one chart must not clip another)
		List<String> ids = new ArrayList<>();
		all(page).forEach(e -> {
			if (e.hasAttribute("id")) {
				ids.add(e.getAttribute("id"));
			}
		});
		assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());

		assertNoExternalReference(page, html);
		// the hostile label and failure message are text, in the table and in the charts, never markup
		assertFalse(html.contains("<script") || html.contains("<img"), "unescaped markup");
		assertTrue(page.getDocumentElement().getTextContent().contains(HOSTILE_LABEL));
		assertTrue(page.getDocumentElement().getTextContent().contains(HOSTILE_REASON));
		assertTrue(String.join("\n", texts(page, SVG, "text")).contains(HOSTILE_LABEL), "label in a chart");
		String failures = section(page, "failures");
		assertTrue(failures.contains("faulty") && failures.contains(HOSTILE_REASON), failures);

		String body = page.getDocumentElement().getTextContent();
		for (String expected : List.of("Three & more", "three.experiment", "kfold", "Friedman tests",
				"Nemenyi critical difference", "wilcoxon", "fit s", "peak MB", "data sha256", "jar sha256",
				"countedEvents=click")) {
			assertTrue(body.contains(expected), expected);
		}
		// the results table: a mean with its interval for every algorithm that ran
		String results = section(page, "results");
		assertTrue(Pattern.compile("\\d\\.\\d{4}\\[\\d\\.\\d{4}, \\d\\.\\d{4}\\]").matcher(results).find(), results);
		// the simulated data is generated again and described as stats describes the same data
		String dataset = section(page, "dataset");
		assertTrue(dataset.contains("same SHA-256 as the run's data"), dataset);
		CliFixture simulate = new CliFixture();
		assertEquals(Cli.OK, simulate.run("simulate", "--preset", "small", "--seed", "7", "--out",
				tmp.resolve("data").toString()), simulate.err());
		CliFixture stats = new CliFixture();
		assertEquals(Cli.OK, stats.run("stats", "--data", tmp.resolve("data/events.csv").toString(), "--json"),
				stats.err());
		com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(stats.out()).getAsJsonObject();
		String events = String.format(Locale.ROOT, "events%,d", json.get("events").getAsLong());
		assertTrue(dataset.contains(events), events + " in " + dataset);
		String sha = ResultsJson.read(run.resolve("results.json"), io.streamwise.core.results.ExperimentResults.class)
				.provenance().datasetSha256();
		assertTrue(section(page, "provenance").contains(sha));
	}

	@Test
	void outWritesElsewhereAndTheSameResultsGiveTheSameBytes(@TempDir Path tmp) throws Exception {
		Path run = experimentRun(tmp);
		Path a = tmp.resolve("a.html"), b = tmp.resolve("b.html");
		assertEquals(Cli.OK, new CliFixture().run("report", run.toString(), "--out", a.toString()));
		assertEquals(Cli.OK, new CliFixture().run("report", run.toString(), "--out", b.toString()));
		assertFalse(Files.exists(run.resolve("report.html")));
		assertEquals(Files.readString(a), Files.readString(b));
		CliFixture folder = new CliFixture();
		assertEquals(Cli.USAGE, folder.run("report", run.toString(), "--out", tmp.toString()));
		assertTrue(folder.err().contains("is a folder"), folder.err());
	}

	/** A CSV stream whose concept flips half-way: bought iff x > 0.5, then the opposite. */
	private static Path stream(Path dir) throws Exception {
		StringBuilder csv = new StringBuilder("x,channel,bought\n");
		SplittableRandom r = new SplittableRandom(4);
		for (int i = 0; i < 2000; i++) {
			double x = r.nextDouble();
			boolean y = (x > 0.5) ^ (i >= 1000);
			csv.append(String.format(Locale.ROOT, "%.4f,%s,%s%n", x, i % 3 == 0 ? "app" : "web", y ? "yes" : "no"));
		}
		return Files.writeString(dir.resolve("sessions.csv"), csv);
	}

	@Test
	void prequentialReportHasALearningCurvePerMetricWithDriftMarkers(@TempDir Path tmp) throws Exception {
		Path out = tmp.resolve("preq");
		CliFixture run = new CliFixture();
		assertEquals(Cli.OK, run.run("prequential", "--data", stream(tmp).toString(), "--class", "bought",
				"--learners", "bayes.NaiveBayes; trees.HoeffdingTree -g 50", "--curve-every", "250", "--drift", "ddm",
				"--seed", "3", "--out", out.toString()), run.err());
		CliFixture c = new CliFixture();
		assertEquals(Cli.OK, c.run("report", out.toString()), c.err());
		String html = Files.readString(out.resolve("report.html"));
		Document page = parse(html);
		assertNoExternalReference(page, html);

		PrequentialResults results = ResultsJson.read(out.resolve("results.json"), PrequentialResults.class);
		List<String> metrics = results.learners().get(0).curve().get(0).metrics().keySet().stream()
				.filter(m -> io.streamwise.core.results.MetricVocabulary
						.directionOf(m) != io.streamwise.core.results.MetricVocabulary.Direction.NONE)
				.toList();
		assertTrue(metrics.contains("accuracy") && metrics.contains("kappa"), metrics.toString());
		List<String> captions = texts(page, XHTML, "figcaption");
		assertEquals(metrics.size(), captions.size(), captions.toString());
		assertEquals(metrics.size(), svgElements(html).size());
		for (String svg : svgElements(html)) {
			parse(svg);
			// a dashed line per drift, in the learner's colour
			assertTrue(svg.contains("stroke-dasharray"), "drift markers");
		}
		long firstDrift = results.learners().get(0).drifts().get(0);
		assertTrue(firstDrift > 1000, "the concept flips at 1000: " + firstDrift);
		assertTrue(section(page, "results").contains(String.format(Locale.ROOT, "%,d", firstDrift)));
		assertTrue(section(page, "results").contains("trees.HoeffdingTree -g 50"));
		assertTrue(section(page, "provenance").contains(results.data().sha256()));
	}

	@Test
	void aMissingOrCorruptResultsFileExitsThreeNamingItAndWritesNothing(@TempDir Path tmp) throws Exception {
		Path empty = Files.createDirectory(tmp.resolve("empty"));
		CliFixture missing = new CliFixture();
		assertEquals(Cli.BAD_INPUT, missing.run("report", empty.toString()));
		assertTrue(missing.err().contains(empty.resolve("results.json").toString()), missing.err());
		assertEquals(1, missing.err().lines().count(), missing.err());
		try (Stream<Path> files = Files.list(empty)) {
			assertEquals(0, files.count());
		}

		Path corrupt = Files.createDirectory(tmp.resolve("corrupt"));
		Files.writeString(corrupt.resolve("results.json"), "{\"format\": \"streamwise.experiment-results\", \"forma");
		CliFixture broken = new CliFixture();
		assertEquals(Cli.BAD_INPUT, broken.run("report", corrupt.toString()));
		assertTrue(broken.err().contains(corrupt.resolve("results.json").toString()), broken.err());
		try (Stream<Path> files = Files.list(corrupt)) {
			assertEquals(List.of("results.json"), files.map(p -> p.getFileName().toString()).toList());
		}

		CliFixture nowhere = new CliFixture();
		assertEquals(Cli.BAD_INPUT, nowhere.run("report", tmp.resolve("absent").toString()));
		assertTrue(nowhere.err().contains(tmp.resolve("absent").resolve("results.json").toString()), nowhere.err());
	}

	/**
	 * No attribute points outside the page (src, href, xlink:href, action, poster, data, srcset: only same-page
	 * anchors), no url() but url(#id), no @import, and no element that loads anything.
	 */
	static void assertNoExternalReference(Document page, String html) {
		for (Element e : all(page)) {
			String name = e.getLocalName();
			assertFalse(List.of("script", "link", "iframe", "object", "embed", "img", "image", "use", "base", "audio",
					"video", "source").contains(name), "element " + name);
			NamedNodeMap attributes = e.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Attr a = (Attr) attributes.item(i);
				String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
				if (List.of("src", "href", "action", "poster", "data", "srcset", "background").contains(local)) {
					assertTrue(a.getValue().startsWith("#"), local + "=\"" + a.getValue() + "\" on " + name);
				}
				assertFalse(local.startsWith("on"), "event handler " + local + " on " + name);
			}
		}
		Matcher url = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)").matcher(html);
		while (url.find()) {
			assertTrue(url.group(1).startsWith("#"), "url(" + url.group(1) + ")");
		}
		assertFalse(html.contains("@import"), "@import");
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		DocumentBuilder b = f.newDocumentBuilder();
		b.setErrorHandler(null);
		return b.parse(new InputSource(new StringReader(xml)));
	}

	/** Every {@code <svg>...</svg>} of the page as text. */
	static List<String> svgElements(String html) {
		List<String> out = new ArrayList<>();
		int from = 0;
		while ((from = html.indexOf("<svg", from)) >= 0) {
			int end = html.indexOf("</svg>", from) + "</svg>".length();
			out.add(html.substring(from, end));
			from = end;
		}
		return out;
	}

	static List<Element> all(Document d) {
		NodeList nodes = d.getElementsByTagName("*");
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			out.add((Element) nodes.item(i));
		}
		return out;
	}

	static List<String> texts(Document d, String namespace, String name) {
		NodeList nodes = d.getElementsByTagNameNS(namespace, name);
		List<String> out = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			out.add(nodes.item(i).getTextContent());
		}
		return out;
	}

	/** The text of a section (its {@code <section>} element). */
	static String section(Document d, String id) {
		NodeList sections = d.getElementsByTagNameNS(XHTML, "section");
		for (int i = 0; i < sections.getLength(); i++) {
			Element e = (Element) sections.item(i);
			if (e.getAttribute("id").equals(id)) {
				return e.getTextContent();
			}
		}
		throw new AssertionError("no section " + id);
	}
}
