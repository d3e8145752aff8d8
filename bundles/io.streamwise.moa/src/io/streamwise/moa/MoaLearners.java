package io.streamwise.moa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.javacliparser.FlagOption;
import com.github.javacliparser.FloatOption;
import com.github.javacliparser.IntOption;
import com.github.javacliparser.MultiChoiceOption;
import com.github.javacliparser.Option;

import moa.classifiers.Classifier;
import moa.options.ClassOption;
import moa.options.OptionHandler;

/**
 * MOA classifiers from command-line strings as MOA's GUI writes them ({@code trees.HoeffdingTree -g 200}; names
 * resolve under {@code moa.classifiers}, full class names work too), through MOA's own option machinery.
 */
public final class MoaLearners {

	private MoaLearners() {
	}

	/**
	 * A new, unprepared classifier.
	 *
	 * @throws IllegalArgumentException naming the string, when MOA cannot build a classifier from it
	 */
	public static Classifier parse(String cli) {
		if (cli == null || cli.isBlank()) {
			throw new IllegalArgumentException("MOA learner is empty; give one such as 'trees.HoeffdingTree -g 200'");
		}
		Object learner;
		try {
			learner = ClassOption.cliStringToObject(cli.trim(), Classifier.class, null);
		} catch (Exception e) {
			String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw new IllegalArgumentException("MOA learner '" + cli.trim() + "': " + why, e);
		}
		if (!(learner instanceof Classifier c)) {
			throw new IllegalArgumentException("MOA learner '" + cli.trim() + "' is not a classifier");
		}
		return c;
	}

	/** The canonical command line of a classifier ("trees.HoeffdingTree -g 100"), every non-default option set. */
	public static String cli(Classifier classifier) {
		return classifier.getCLICreationString(Classifier.class).trim();
	}

	/**
	 * A classifier from a base command line and options by MOA option name ({@code gracePeriod} = {@code 100}), as a
	 * stream experiment's learner settings and the workbench's option form give them; the named options override
	 * the base's. Flags take {@code true} or {@code false}.
	 *
	 * @throws IllegalArgumentException naming the learner and the option, for an unknown option or a refused value
	 */
	public static Classifier configure(String learner, Map<String, String> options) {
		Classifier c = parse(learner);
		configure(c, "MOA learner '" + learner.trim() + "'", options);
		return c;
	}

	/**
	 * Sets options of any MOA object with options (a classifier, a stream generator) by name.
	 *
	 * @param what names the object in messages
	 * @throws IllegalArgumentException naming the object and the option, for an unknown option or a refused value
	 */
	public static void configure(OptionHandler handler, String what, Map<String, String> options) {
		Map<String, Option> byName = new LinkedHashMap<>();
		for (Option o : handler.getOptions().getOptionArray()) {
			byName.put(o.getName(), o);
		}
		Map<String, MoaOption> described = new LinkedHashMap<>();
		options(handler).forEach(o -> described.put(o.name(), o));
		for (Map.Entry<String, String> e : options.entrySet()) {
			Option o = byName.get(e.getKey());
			if (o == null) {
				throw new IllegalArgumentException(what + " has no option '" + e.getKey() + "'; its options are "
						+ String.join(", ", byName.keySet()));
			}
			String value = e.getValue() == null ? "" : e.getValue().trim();
			String problem = described.get(e.getKey()).problem(value);
			if (problem != null) {
				throw new IllegalArgumentException(what + ": " + problem);
			}
			try {
				if (o instanceof FlagOption flag) {
					flag.setValue(Boolean.parseBoolean(value));
				} else {
					o.setValueViaCLIString(value);
				}
				if (o instanceof moa.options.ClassOption cls) {
					ClassOption.cliStringToObject(value, cls.getRequiredType(), null); // fails now, not mid-run
				}
			} catch (Exception ex) {
				String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
				throw new IllegalArgumentException(what + ": option " + e.getKey() + " = '" + value + "': " + why, ex);
			}
		}
	}

	/**
	 * The options of the classifier a command line names, at the values it gives: what an option form is generated
	 * from, without its caller seeing a MOA type.
	 *
	 * @throws IllegalArgumentException naming the string, when MOA cannot build a classifier from it
	 */
	public static List<MoaOption> describe(String cli) {
		return options(parse(cli));
	}

	/** The options with their types, defaults, current values and bounds, in MOA's order. */
	public static List<MoaOption> options(OptionHandler handler) {
		List<MoaOption> out = new ArrayList<>();
		for (Option o : handler.getOptions().getOptionArray()) {
			double min = Double.NEGATIVE_INFINITY;
			double max = Double.POSITIVE_INFINITY;
			List<String> choices = List.of();
			MoaOption.Type type;
			if (o instanceof IntOption i) {
				type = MoaOption.Type.INT;
				min = i.getMinValue();
				max = i.getMaxValue();
			} else if (o instanceof FloatOption f) {
				type = MoaOption.Type.FLOAT;
				min = f.getMinValue();
				max = f.getMaxValue();
			} else if (o instanceof FlagOption) {
				type = MoaOption.Type.FLAG;
			} else if (o instanceof MultiChoiceOption m) {
				type = MoaOption.Type.CHOICE;
				choices = List.of(m.getOptionLabels());
			} else if (o instanceof com.github.javacliparser.AbstractClassOption
					|| o instanceof moa.options.AbstractClassOption) {
				type = MoaOption.Type.CLASS;
			} else {
				type = MoaOption.Type.TEXT;
			}
			String def = o.getDefaultCLIString();
			String value = o.getValueAsCLIString();
			out.add(new MoaOption(o.getName(), o.getCLIChar(), type, def == null ? "" : def,
					value == null ? "" : value, min, max, choices, o.getPurpose()));
		}
		return out;
	}
}
