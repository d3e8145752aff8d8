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
 * action as a nominal feature, labelled with whether the reward was positive (a purchase). The prediction is that
 * probability times the action's mean positive reward in the log: 1 for purchases, the price paid (over the log's
 * scale) for revenue, so that the model estimates the expected reward, not only the purchase probability.
 */
public final class ConversionRewardModel implements RewardModel {

	private final ConversionModel model;
	private final int width;
	/** Per action, the mean of its positive rewards (the overall mean for an action never rewarded). */
	private final double[] valuePerPurchase;

	private ConversionRewardModel(ConversionModel model, int width, double[] valuePerPurchase) {
		this.model = model;
		this.width = width;
		this.valuePerPurchase = valuePerPurchase;
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
		double[] positiveSums = new double[schema.actionCount()];
		long[] positives = new long[schema.actionCount()];
		double allSum = 0;
		long all = 0;
		for (int i = 0; i < rows.length; i++) {
			LoggedDecision d = log.get(i);
			rows[i] = row(d.context(), d.action(), schema.featureCount());
			labels[i] = d.reward() > 0;
			times[i] = i;
			if (labels[i]) {
				positiveSums[d.action()] += d.reward();
				positives[d.action()]++;
				allSum += d.reward();
				all++;
			}
		}
		double overall = all == 0 ? 1 : allSum / all;
		double[] valuePerPurchase = new double[schema.actionCount()];
		for (int a = 0; a < valuePerPurchase.length; a++) {
			valuePerPurchase[a] = positives[a] == 0 ? overall : positiveSums[a] / positives[a];
		}
		ConversionModel model = factory.create(settings);
		model.initialise(features, context);
		model.fit(new FeatureTable(features, rows, labels, times), context);
		return new ConversionRewardModel(model, schema.featureCount(), valuePerPurchase);
	}

	private static double[] row(PolicyContext context, int action, int width) {
		double[] row = new double[width + 1];
		System.arraycopy(context.features(), 0, row, 0, width);
		row[width] = action;
		return row;
	}

	@Override
	public double predict(PolicyContext context, int action) {
		return model.predict(row(context, action, width)) * valuePerPurchase[action];
	}
}
