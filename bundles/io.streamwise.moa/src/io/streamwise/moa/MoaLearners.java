package io.streamwise.moa;

import java.util.ArrayList;
import java.util.List;

import com.github.javacliparser.FlagOption;
import com.github.javacliparser.FloatOption;
import com.github.javacliparser.IntOption;
import com.github.javacliparser.MultiChoiceOption;
import com.github.javacliparser.Option;

import moa.classifiers.Classifier;
import moa.options.ClassOption;

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

	/** The learner's options with their types, defaults, current values and bounds, in MOA's order. */
	public static List<MoaOption> options(Classifier classifier) {
		List<MoaOption> out = new ArrayList<>();
		for (Option o : classifier.getOptions().getOptionArray()) {
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
