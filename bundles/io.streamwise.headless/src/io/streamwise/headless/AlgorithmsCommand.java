package io.streamwise.headless;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.core.registry.AlgorithmListing;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.AlgorithmSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code streamwise algorithms}: the installed algorithms with their full ids, the bundle each comes from, its
 * reference and its settings (key, type, default, bounds or choices). Settings are shown by their key, the word
 * experiment files and {@code --set ID:KEY=VALUE} use.
 */
@Command(name = "algorithms", description = { "Lists the installed algorithms with their settings.",
		"Ids, kinds, references, bundles and settings (key, type, default, bounds or choices); compare sets a setting"
				+ " with --set ID:KEY=VALUE." })
final class AlgorithmsCommand implements Callable<Integer> {

	private final Cli cli;

	@Option(names = "--json", description = "Print the list as JSON (settings with type, default, bounds and choices).")
	boolean json;

	AlgorithmsCommand(Cli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() {
		List<AlgorithmFactory<?>> all = cli.registry.all();
		if (json) {
			cli.out.println(AlgorithmListing.json(all));
			return Cli.OK;
		}
		cli.out.printf("%d algorithm(s) installed; set a setting with --set ID:KEY=VALUE (compare) or"
				+ " <settings key=\"KEY\" value=\"VALUE\"/> (experiment files)%n", all.size());
		for (AlgorithmFactory<?> f : all) {
			AlgorithmListing a = AlgorithmListing.of(f);
			cli.out.println();
			cli.out.printf("%s  %s  %s%n", a.id(), a.kind(), AlgorithmRegistry.listedName(f.info()));
			if (!a.description().isEmpty()) {
				cli.out.println("  " + a.description());
			}
			cli.out.println("  reference: " + (a.reference().isEmpty() ? "-" : a.reference()));
			cli.out.println("  from: " + AlgorithmSource.of(f).describe());
			if (a.settings().isEmpty()) {
				cli.out.println("  settings: none");
				continue;
			}
			List<String[]> rows = new ArrayList<>();
			rows.add(new String[] { "key", "type", "default", "bounds or choices", "description" });
			for (AlgorithmListing.Setting s : a.settings()) {
				rows.add(new String[] { s.key(), s.type(), s.defaultValue().isEmpty() ? "\"\"" : s.defaultValue(),
						bounds(s), s.description() });
			}
			int[] width = new int[4];
			rows.forEach(r -> {
				for (int c = 0; c < width.length; c++) {
					width[c] = Math.max(width[c], r[c].length());
				}
			});
			for (String[] r : rows) {
				StringBuilder line = new StringBuilder("  ");
				for (int c = 0; c < width.length; c++) {
					line.append(String.format(Locale.ROOT, "%-" + width[c] + "s  ", r[c]));
				}
				cli.out.println((line + r[4]).stripTrailing());
			}
		}
		return Cli.OK;
	}

	/** "1 to 500", "at least 1", "at most 5", "one of a, b, c", or "-" when unbounded. */
	static String bounds(AlgorithmListing.Setting s) {
		if (!s.choices().isEmpty()) {
			return "one of " + String.join(", ", s.choices());
		}
		if (s.min() != null && s.max() != null) {
			return number(s.min()) + " to " + number(s.max());
		}
		if (s.min() != null) {
			return "at least " + number(s.min());
		}
		if (s.max() != null) {
			return "at most " + number(s.max());
		}
		return "-";
	}

	private static String number(double d) {
		return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
	}
}
