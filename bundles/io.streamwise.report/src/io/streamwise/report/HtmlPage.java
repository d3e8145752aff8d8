package io.streamwise.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page built from parts: headings, paragraphs, fact tables, data tables, preformatted text
 * and inline SVG figures, with its style sheet inside. Every text given is escaped; only {@link #figure} takes markup,
 * and that comes from {@link io.streamwise.report.charts.SvgCharts}. The page references nothing outside itself (no
 * scripts, style sheets, fonts or images by address) and is well-formed XML as well as HTML (polyglot markup), so
 * browsers and XML parsers read it alike. Reports of experiments, of stream learning and of campaigns build on it.
 */
public final class HtmlPage {

	/** A table cell: its text, shown in bold when {@code strong}, aligned right when {@code numeric}. */
	public record Cell(String text, boolean strong, boolean numeric) {

		public static Cell text(String text) {
			return new Cell(text, false, false);
		}

		public static Cell number(String text) {
			return new Cell(text, false, true);
		}
	}

	/** An inline SVG element (trusted markup from SvgCharts) with a caption (text, escaped). */
	public record Figure(String svg, String caption) {
	}

	private static final String STYLE = """
			body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 14px; color: #222;
			  margin: 0 auto; padding: 1em 2em 3em; max-width: 1280px; line-height: 1.4; }
			h1 { font-size: 1.6em; margin-bottom: 0.2em; }
			h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
			h3 { font-size: 1.05em; margin-top: 1.4em; }
			nav { font-size: 0.95em; margin: 0.5em 0 1em; }
			nav a { margin-right: 1em; color: #245; }
			table { border-collapse: collapse; margin: 0.6em 0; }
			th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; vertical-align: top; }
			th { background: #f2f4f7; text-align: left; }
			td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
			table.facts th { width: 14em; }
			caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
			pre { background: #f7f7f7; border: 1px solid #ddd; padding: 0.6em; overflow-x: auto; font-size: 12px; }
			.note { color: #555; font-size: 0.95em; }
			.charts { display: flex; flex-wrap: wrap; gap: 1em; }
			figure { margin: 0; flex: 0 1 600px; max-width: 600px; }
			figure.wide { flex-basis: 100%; max-width: 1216px; }
			figure svg { width: 100%; height: auto; border: 1px solid #e4e4e4; }
			figcaption { font-size: 0.9em; color: #555; }
			footer { margin-top: 3em; font-size: 0.85em; color: #777; }
			""";

	private final String title;
	private final StringBuilder body = new StringBuilder();
	private final List<String[]> sections = new ArrayList<>();
	private boolean inSection;

	/** A page whose title (the browser's, and the first heading) is {@code title}. */
	public HtmlPage(String title) {
		this.title = title;
	}

	/**
	 * Text as HTML and XML read it back unchanged: the five markup characters as references, and characters XML
	 * forbids (control characters, lone surrogates) as U+FFFD, so a failure message with a stray byte cannot break
	 * the page.
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> sb.append("&amp;");
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '"' -> sb.append("&quot;");
			case '\'' -> sb.append("&#39;");
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1))) {
					sb.append(c).append(text.charAt(++i));
				} else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
						|| c == 0xFFFE || c == 0xFFFF) {
					sb.append('\uFFFD');
				} else {
					sb.append(c);
				}
			}
			}
		}
		return sb.toString();
	}

	/**
	 * Starts a section (a {@code <section>} element whose id is {@code id}, letters, digits and '-') with its heading,
	 * listed in the page's table of contents; what follows belongs to it until the next section.
	 */
	public HtmlPage section(String id, String heading) {
		String anchor = id.replaceAll("[^A-Za-z0-9-]", "-");
		sections.add(new String[] { anchor, heading });
		if (inSection) {
			body.append("</section>\n");
		}
		inSection = true;
		body.append("<section id=\"").append(anchor).append("\">\n<h2>").append(escape(heading)).append("</h2>\n");
		return this;
	}

	/** A heading inside a section. */
	public HtmlPage subheading(String text) {
		body.append("<h3>").append(escape(text)).append("</h3>\n");
		return this;
	}

	public HtmlPage paragraph(String text) {
		body.append("<p>").append(escape(text)).append("</p>\n");
		return this;
	}

	/** A paragraph in a quieter style: explanations, what is absent and why. */
	public HtmlPage note(String text) {
		body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
		return this;
	}

	/** A two-column table of names and values, in the map's order. */
	public HtmlPage facts(Map<String, String> facts) {
		body.append("<table class=\"facts\">\n");
		facts.forEach((name, value) -> body.append("<tr><th>").append(escape(name)).append("</th><td>")
				.append(escape(value)).append("</td></tr>\n"));
		body.append("</table>\n");
		return this;
	}

	/** A table with a caption (none when null or empty), one header row and the rows; a line break in a cell stays. */
	public HtmlPage table(String caption, List<String> header, List<List<Cell>> rows) {
		body.append("<table>\n");
		if (caption != null && !caption.isEmpty()) {
			body.append("<caption>").append(escape(caption)).append("</caption>\n");
		}
		body.append("<thead><tr>");
		header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
		body.append("</tr></thead>\n<tbody>\n");
		for (List<Cell> row : rows) {
			body.append("<tr>");
			for (Cell c : row) {
				body.append(c.numeric() ? "<td class=\"num\">" : "<td>");
				String text = escape(c.text()).replace("\n", "<br/>");
				body.append(c.strong() ? "<strong>" + text + "</strong>" : text);
				body.append("</td>");
			}
			body.append("</tr>\n");
		}
		body.append("</tbody>\n</table>\n");
		return this;
	}

	/** A bulleted list. */
	public HtmlPage list(List<String> items) {
		body.append("<ul>\n");
		items.forEach(i -> body.append("<li>").append(escape(i)).append("</li>\n"));
		body.append("</ul>\n");
		return this;
	}

	/** Text shown as it is (a file's content), folded away under {@code summary} when that is not null. */
	public HtmlPage preformatted(String summary, String text) {
		if (summary != null) {
			body.append("<details><summary>").append(escape(summary)).append("</summary>\n");
		}
		body.append("<pre>").append(escape(text)).append("</pre>\n");
		if (summary != null) {
			body.append("</details>\n");
		}
		return this;
	}

	/** Figures side by side, wrapping to the page's width. */
	public HtmlPage figures(List<Figure> figures) {
		body.append("<div class=\"charts\">\n");
		figures.forEach(f -> figure(f, false));
		body.append("</div>\n");
		return this;
	}

	/** One figure across the page's width. */
	public HtmlPage wideFigure(Figure figure) {
		return figure(figure, true);
	}

	private HtmlPage figure(Figure f, boolean wide) {
		body.append(wide ? "<figure class=\"wide\">\n" : "<figure>\n").append(f.svg()).append('\n');
		if (f.caption() != null && !f.caption().isEmpty()) {
			body.append("<figcaption>").append(escape(f.caption())).append("</figcaption>\n");
		}
		body.append("</figure>\n");
		return this;
	}

	/** The whole page: title, subtitle, table of contents, the parts in order and the footer. */
	public String toHtml(String subtitle, String footer) {
		StringBuilder page = new StringBuilder(body.length() + 4096);
		page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
				.append("<meta charset=\"utf-8\"/>\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
				.append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
				.append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
		if (subtitle != null && !subtitle.isEmpty()) {
			page.append("<p class=\"note\">").append(escape(subtitle)).append("</p>\n");
		}
		if (!sections.isEmpty()) {
			page.append("<nav>");
			for (String[] s : sections) {
				page.append("<a href=\"#").append(s[0]).append("\">").append(escape(s[1])).append("</a> ");
			}
			page.append("</nav>\n");
		}
		page.append(body);
		if (inSection) {
			page.append("</section>\n");
		}
		if (footer != null && !footer.isEmpty()) {
			page.append("<footer>").append(escape(footer)).append("</footer>\n");
		}
		page.append("</body>\n</html>\n");
		return page.toString();
	}
}
