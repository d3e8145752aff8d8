package io.streamwise.bandits.ope;

import java.util.ArrayList;
import java.util.List;

import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.LoggedDecision;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.data.FeatureTable;

/**
 * The direct method's reward model from any conversion-model plugin: a row is the context's features followed by the
 * action as a nominal feature, labelled with whether the reward was positive (a purchase).
 */
public final class ConversionRewardModel implements RewardModel {

	private final ConversionModel model;
	private final int width;

	private ConversionRewardModel(ConversionModel model, int width) {
		this.model = model;
		this.width = width;
	}

	/** Fits a model of {@code factory} with {@code settings} on the logged decisions. */
	public static <S extends Record> ConversionRewardModel fit(ConversionModelFactory<S> factory, S settings,
			PolicySchema schema, List<LoggedDecision> log, TaskContext context) {
		List<FeatureSchema.Feature> columns = new ArrayList<>();
		schema.features().forEach(f -> columns.add(FeatureSchema.Feature.numeric(f)));
		columns.add(new FeatureSchema.Feature("action", schema.actions()));
		FeatureSchema features = new FeatureSchema("logged-decisions", columns);
		double[][] rows = new double[log.size()][];
		boolean[] labels = new boolean[log.size()];
		long[] times = new long[log.size()];
		for (int i = 0; i < rows.length; i++) {
			LoggedDecision d = log.get(i);
			rows[i] = row(d.context(), d.action(), schema.featureCount());
			labels[i] = d.reward() > 0;
			times[i] = i;
		}
		ConversionModel model = factory.create(settings);
		model.initialise(features, context);
		model.fit(new FeatureTable(features, rows, labels, times), context);
		return new ConversionRewardModel(model, schema.featureCount());
	}

	private static double[] row(PolicyContext context, int action, int width) {
		double[] row = new double[width + 1];
		System.arraycopy(context.features(), 0, row, 0, width);
		row[width] = action;
		return row;
	}

	@Override
	public double predict(PolicyContext context, int action) {
		return model.predict(row(context, action, width));
	}
}
