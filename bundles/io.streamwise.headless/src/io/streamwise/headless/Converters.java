package io.streamwise.headless;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Map;

import io.streamwise.api.data.EventType;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.OptionNames;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.simulator.SimulatorSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Typed options: each converter parses with the same core function the experiment files use, so a value is refused
 * on the command line for the same reason as in a file. picocli reports a refusal as "Invalid value for option
 * '--NAME': REASON", a usage error (exit code 2).
 */
final class Converters {

	private Converters() {
	}

	/** Turns a core parser's IllegalArgumentException into picocli's conversion error, keeping its message. */
	private interface Parser<T> {
		T parse(String text);
	}

	private static <T> T convert(Parser<T> parser, String text) {
		try {
			return parser.parse(text);
		} catch (IllegalArgumentException e) {
			throw new TypeConversionException(e.getMessage());
		}
	}

	static final class Encoding implements ITypeConverter<Charset> {
		@Override
		public Charset convert(String text) {
			return Converters.convert(ImportOptions::charset, text);
		}
	}

	/** A fraction (0.05) or a percentage (5%). */
	static final class Share implements ITypeConverter<Double> {
		@Override
		public Double convert(String text) {
			return Converters.convert(ImportOptions::share, text);
		}
	}

	static final class TimeUnit implements ITypeConverter<ImportOptions.EpochUnit> {
		@Override
		public ImportOptions.EpochUnit convert(String text) {
			return Converters.convert(ImportOptions.EpochUnit::parse, text);
		}
	}

	static final class Type implements ITypeConverter<EventType> {
		@Override
		public EventType convert(String text) {
			EventType type = EventType.parse(text);
			if (type == null) {
				throw new TypeConversionException("'" + text + "' is not an event type; use one of "
						+ Arrays.stream(EventType.values()).map(OptionNames::lower).toList());
			}
			return type;
		}
	}

	/** A separator as the dataset option {@code separator} takes it: tab, comma, semicolon, pipe, space or one char. */
	static final class Separator implements ITypeConverter<String> {
		@Override
		public String convert(String text) {
			Converters.convert(t -> DatasetLoader.mapping(Map.of(DatasetOptions.SEPARATOR, t)), text);
			return text;
		}
	}

	/** A column spec as the dataset option {@code columns} takes it (see CsvMapping). */
	static final class Columns implements ITypeConverter<String> {
		@Override
		public String convert(String text) {
			Converters.convert(t -> DatasetLoader.mapping(Map.of(DatasetOptions.COLUMNS, t)), text);
			return text;
		}
	}

	static final class Preset implements ITypeConverter<SimulatorSettings.Size> {
		@Override
		public SimulatorSettings.Size convert(String text) {
			return Converters.convert(Preset::size, text);
		}

		/** small, default or large. */
		static SimulatorSettings.Size size(String name) {
			for (SimulatorSettings.Size s : SimulatorSettings.Size.values()) {
				if (OptionNames.lower(s).equalsIgnoreCase(name.trim())) {
					return s;
				}
			}
			throw new IllegalArgumentException("'" + name + "' is not one of small, default, large");
		}
	}

	/** The kinds of data {@code --format} names. */
	enum Format {
		SIMULATOR, CSV, RECBOLE;
	}

	static final class FormatName implements ITypeConverter<Format> {
		@Override
		public Format convert(String text) {
			for (Format f : Format.values()) {
				if (OptionNames.lower(f).equalsIgnoreCase(text.trim())) {
					return f;
				}
			}
			throw new TypeConversionException("'" + text + "' is not one of simulator, csv, recbole");
		}
	}
}
