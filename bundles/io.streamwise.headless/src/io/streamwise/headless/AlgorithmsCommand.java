package io.streamwise.headless;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.core.registry.AlgorithmListing;
import io.streamwise.core.registry.AlgorithmRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code streamwise algorithms}: the installed algorithms with their ids and settings. */
@Command(name = "algorithms", description = { "Lists the installed algorithms with their settings.",
		"Ids, kinds and settings with defaults (compare sets them with --set ID:KEY=VALUE)." })
final class AlgorithmsCommand implements Callable<Integer> {

	private final Cli cli;

	@Option(names = "--json", description = "Print the list as JSON.")
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
		cli.out.printf("%d algorithm(s) installed%n%n", all.size());
		for (AlgorithmFactory<?> f : all) {
			cli.out.printf("%-18s %-12s %s%n", f.info().id(), f.info().kind().name().toLowerCase(Locale.ROOT),
					AlgorithmRegistry.listedName(f.info()));
			if (!f.info().description().isEmpty()) {
				cli.out.printf("%-18s %-12s %s%n", "", "", f.info().description());
			}
			for (SettingDescriptor d : Settings.describe(f.settingsType())) {
				cli.out.printf("%-18s %-12s --%s (%s, default %s)%s%n", "", "", d.key(), d.type().getSimpleName(),
						d.defaultValue(), d.description().isEmpty() ? "" : ": " + d.description());
			}
		}
		for (String c : cli.registry.conflicts()) {
			cli.err.println("streamwise: warning: " + c);
		}
		return Cli.OK;
	}
}
