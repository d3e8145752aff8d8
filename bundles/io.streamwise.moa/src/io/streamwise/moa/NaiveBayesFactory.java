package io.streamwise.moa;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import moa.classifiers.bayes.NaiveBayes;

/** MOA's incremental naive Bayes (Gaussian estimators for numeric features) as a conversion model. */
@Component(service = ConversionModelFactory.class)
public final class NaiveBayesFactory implements ConversionModelFactory<NaiveBayesFactory.NoSettings> {

	public static final String ID = "moa.naive-bayes";

	/** MOA's naive Bayes has no settings. */
	public record NoSettings() {
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Naive Bayes (MOA)",
			"Incremental naive Bayes from MOA: class-conditional Gaussian estimators per numeric feature.",
			"Bifet, Holmes, Kirkby, Pfahringer: MOA: Massive Online Analysis. JMLR 11, 2010.",
			AlgorithmKind.CONVERSION);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<NoSettings> settingsType() {
		return NoSettings.class;
	}

	@Override
	public ConversionModel create(NoSettings settings) {
		return new MoaClassifierModel(new NaiveBayes());
	}
}
