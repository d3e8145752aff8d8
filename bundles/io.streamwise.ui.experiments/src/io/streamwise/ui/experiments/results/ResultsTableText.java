package io.streamwise.ui.experiments.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary table of a result as text to paste elsewhere: CSV (one row per algorithm, mean and interval bounds per
 * metric, plain numbers for spreadsheets) and a LaTeX tabular (mean ± half-width, the best of each metric in bold,
 * booktabs rules). No SWT here, so that both are easy to test.
 */
public final class ResultsTableText {

	private ResultsTableText() {
	}

	/**
	 * CSV with a header {@code algorithm,<metric>,<metric>_ci95_low,<metric>_ci95_high,…}; an absent cell or bound
	 * is empty, NaN is written as NaN. Fields holding a comma, quote or line break are quoted.
	 */
	public static String csv(ResultsFile results, List<String> algorithms, List<String> metrics) {
		StringBuilder out = new StringBuilder();
		List<String> header = new ArrayList<>();
		header.add("algorithm");
		for (String m : metrics) {
			header.add(m);
			header.add(m + "_ci95_low");
			header.add(m + "_ci95_high");
		}
		line(out, header);
		for (String a : algorithms) {
			List<String> row = new ArrayList<>();
			row.add(a);
			for (String m : metrics) {
				ResultsFile.Cell c = results.cell(a, m).orElse(null);
				row.add(c == null ? "" : number(c.mean()));
				row.add(c == null || Double.isNaN(c.ciLow()) ? "" : number(c.ciLow()));
				row.add(c == null || Double.isNaN(c.ciHigh()) ? "" : number(c.ciHigh()));
			}
			line(out, row);
		}
		return out.toString();
	}

	/** A LaTeX {@code tabular} with the booktabs package's rules: mean ± half-width, best per metric in bold. */
	public static String latex(ResultsFile results, List<String> algorithms, List<String> metrics) {
		StringBuilder out = new StringBuilder();
		out.append("\\begin{tabular}{l").append("r".repeat(metrics.size())).append("}\n\\toprule\n");
		out.append("Algorithm");
		for (String m : metrics) {
			out.append(" & ").append(escape(m))
					.append(ResultsFile.higherIsBetter(m) ? " $\\uparrow$" : " $\\downarrow$");
		}
		out.append(" \\\\\n\\midrule\n");
		for (String a : algorithms) {
			out.append(escape(a));
			for (String m : metrics) {
				ResultsFile.Cell c = results.cell(a, m).orElse(null);
				String text = c == null ? "--"
						: Double.isNaN(c.mean()) ? "NaN"
								: Double.isFinite(c.halfWidth())
										? String.format(Locale.ROOT, "%.4f $\\pm$ %.4f", c.mean(), c.halfWidth())
										: String.format(Locale.ROOT, "%.4f", c.mean());
				out.append(" & ").append(c != null && a.equals(results.best(m)) ? "\\textbf{" + text + "}" : text);
			}
			out.append(" \\\\\n");
		}
		out.append("\\bottomrule\n\\end{tabular}\n");
		return out.toString();
	}

	private static String number(double v) {
		return Double.isNaN(v) ? "NaN" : Double.toString(v);
	}

	private static void line(StringBuilder out, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String f = fields.get(i);
			out.append(f.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')
					? "\"" + f.replace("\"", "\"\"") + "\""
					: f);
		}
		out.append('\n');
	}

	/** Escapes the characters LaTeX treats specially in metric and algorithm names (@ is fine, _ % # & are not). */
	static String escape(String s) {
		StringBuilder out = new StringBuilder();
		for (char ch : s.toCharArray()) {
			switch (ch) {
			case '_', '%', '#', '&', '$', '{', '}' -> out.append('\\').append(ch);
			case '\\' -> out.append("\\textbackslash{}");
			case '~' -> out.append("\\textasciitilde{}");
			case '^' -> out.append("\\textasciicircum{}");
			default -> out.append(ch);
			}
		}
		return out.toString();
	}
}
