package io.streamwise.algorithms.baseline;

import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;

/**
 * Predicts the conversion rate seen so far for everyone (Laplace-smoothed): the baseline that shows whether a model's
 * features carry any information.
 */
@Component(service = ConversionModelFactory.class)
public final class BaseRateFactory implements ConversionModelFactory<BaseRateFactory.NoSettings> {

	public static final String ID = "base-rate";

	/** The base-rate model has no settings. */
	public record NoSettings() {
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Base rate",
			"Predicts the (Laplace-smoothed) share of converted rows seen in training, whatever the features.", "",
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
		return new ConversionModel() {
			private long seen;
			private long converted;

			@Override
			public void initialise(FeatureSchema schema, TaskContext context) {
				seen = 0;
				converted = 0;
			}

			@Override
			public void learn(double[] features, boolean isConverted) {
				seen++;
				if (isConverted) {
					converted++;
				}
			}

			@Override
			public double predict(double[] features) {
				return (converted + 1.0) / (seen + 2.0);
			}
		};
	}
}
