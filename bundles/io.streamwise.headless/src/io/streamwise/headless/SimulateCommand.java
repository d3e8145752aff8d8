package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.data.EventType;
import io.streamwise.core.experiment.OptionNames;
import io.streamwise.core.io.OutputFolder;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code streamwise simulate}: writes a synthetic dataset. Every simulator setting is an option, named by the kebab-case
 * spelling of its key ({@code streamsPerDay} is {@code --streams-per-day}); the camelCase spelling that earlier
 * versions took still works, unlisted.
 */
@Command(name = "simulate", description = { "Writes a synthetic live-commerce dataset.",
		"Events, catalogue, streams and showcases, viewers, and the ground truth (latent interests, true "
				+ "purchase probabilities)." }, footer = "%nEvery simulator setting is an option; docs/simulator.md explains each.")
final class SimulateCommand implements Callable<Integer> {

	private final Cli cli;

	@Spec
	CommandSpec spec;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write.")
	Path out;

	@Option(names = "--preset", paramLabel = "small|default|large", converter = Converters.Preset.class, description = "Size of the market; settings given as options override it. Default: default.")
	SimulatorSettings.Size preset = SimulatorSettings.Size.DEFAULT;

	private SimulateCommand(Cli cli) {
		this.cli = cli;
	}

	/** The command with one typed option per simulator setting, added from the settings record. */
	static CommandSpec spec(Cli cli) {
		CommandSpec spec = CommandSpec.forAnnotatedObject(new SimulateCommand(cli));
		for (SettingDescriptor d : Settings.describe(SimulatorSettings.class)) {
			String name = "--" + OptionNames.kebab(d.key());
			spec.addOption(OptionSpec.builder(name).type(boxed(d.type())).paramLabel(label(d.type()))
					.description((d.description() + " Default " + d.defaultValue() + ".").replace("%", "%%")).build());
			if (!name.equals("--" + d.key())) {
				spec.addOption(OptionSpec.builder("--" + d.key()).type(boxed(d.type())).paramLabel(label(d.type()))
						.hidden(true).build());
			}
		}
		return spec;
	}

	private static Class<?> boxed(Class<?> type) {
		if (type == int.class || type == Integer.class) {
			return Integer.class;
		}
		if (type == long.class || type == Long.class) {
			return Long.class;
		}
		if (type == double.class || type == Double.class) {
			return Double.class;
		}
		return String.class;
	}

	private static String label(Class<?> type) {
		Class<?> b = boxed(type);
		return b == Double.class ? "X" : b == String.class ? "TEXT" : "N";
	}

	@Override
	public Integer call() throws IOException {
		Path dir = OutputFolder.check(out);
		Map<String, String> values = new LinkedHashMap<>();
		for (SettingDescriptor d : Settings.describe(SimulatorSettings.class)) {
			Object value = spec.findOption("--" + OptionNames.kebab(d.key())).getValue();
			Object old = spec.findOption("--" + d.key()).getValue();
			if (value != null && old != null && !value.equals(old)) {
				throw new UsageException("--" + OptionNames.kebab(d.key()) + " is given twice (also as --" + d.key()
						+ ")");
			}
			Object given = value != null ? value : old;
			if (given != null) {
				values.put(d.key(), given.toString());
			}
		}
		SimulatorSettings settings = preset.settings(values);
		long t0 = System.nanoTime();
		ConsoleProgress progress = cli.progress();
		SimulatedMarket market = Simulator.run(settings, progress);
		cli.reportPrevious(dir, SimulationWriter.writeCommitted(market, dir, progress));
		long[] byType = market.log().countByType();
		cli.out.printf(Locale.ROOT, "Simulated %,d events (%,d purchases) by %,d viewers in %,d streams over %d days;"
				+ " %,d products.%n", market.log().size(), byType[EventType.PURCHASE.code()],
				market.log().viewers().size(), market.streams().size(), settings.days(), market.products().size());
		cli.out.printf(Locale.ROOT, "Seed %d, preset %s. Synthetic data, written to %s in %.1f s.%n", settings.seed(),
				OptionNames.lower(preset), dir.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
		return Cli.OK;
	}
}
