package io.streamwise.moa;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Setting;

/**
 * Any MOA classifier, given as MOA's command-line string. The learner's own options (types, defaults, bounds) are
 * listed by {@link MoaLearners#options}.
 */
@Component(service = ConversionModelFactory.class)
public final class MoaFactory implements ConversionModelFactory<MoaFactory.MoaSettings> {

	public static final String ID = "moa";

	/** @param learner MOA classifier command line, checked when the settings are made */
	public record MoaSettings(
			@Setting(label = "MOA learner", defaultValue = "trees.HoeffdingTree", description = "A MOA classifier as in MOA's GUI, e.g. 'trees.HoeffdingTree -g 200' or 'bayes.NaiveBayes'.") String learner) {

		public MoaSettings {
			learner = MoaLearners.cli(MoaLearners.parse(learner)); // fails early, naming the string
		}
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "MOA learner",
			"Any incremental classifier of MOA, configured with MOA's command-line syntax.",
			"Bifet, Holmes, Kirkby, Pfahringer: MOA: Massive Online Analysis. JMLR 11, 2010.",
			AlgorithmKind.CONVERSION);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<MoaSettings> settingsType() {
		return MoaSettings.class;
	}

	@Override
	public ConversionModel create(MoaSettings settings) {
		return new MoaClassifierModel(MoaLearners.parse(settings.learner()));
	}
}
