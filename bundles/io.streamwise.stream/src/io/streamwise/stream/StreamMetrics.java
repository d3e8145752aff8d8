package io.streamwise.stream;

import java.util.LinkedHashMap;
import java.util.Map;

import io.streamwise.core.results.MetricVocabulary;

/**
 * The prequential metrics at one point of a stream. Definitions: docs/stream-learning.md. Fractions, not percent.
 *
 * @param instances     predictions evaluated so far (weight of the evaluated instances)
 * @param accuracy      share of correct predictions (argmax of the votes, ties to the lower class index)
 * @param kappa         Cohen's kappa against chance agreement from the row and column marginals
 * @param kappaTemporal kappa against the no-change classifier (predicts the previous true class)
 * @param kappaM        kappa against the majority-class classifier
 * @param precision     precision of the positive class
 * @param recall        recall of the positive class
 * @param f1            harmonic mean of precision and recall of the positive class
 * @param auc           area under the ROC curve of the positive class over the last AUC-window predictions
 * @param logLoss       mean −ln p(true class), p clipped to [1e-15, 1]
 * @param brier         mean (p(positive) − [true class is positive])²
 */
public record StreamMetrics(double instances, double accuracy, double kappa, double kappaTemporal, double kappaM,
		double precision, double recall, double f1, double auc, double logLoss, double brier) {

	/**
	 * Metric names as written to result files, in column order; names of the metric vocabulary (log loss was written
	 * {@code log_loss} before results format version 2).
	 */
	public static final String[] NAMES = { MetricVocabulary.INSTANCES.id(), MetricVocabulary.ACCURACY.id(),
			MetricVocabulary.KAPPA.id(), MetricVocabulary.KAPPA_TEMPORAL.id(), MetricVocabulary.KAPPA_M.id(),
			MetricVocabulary.PRECISION.id(), MetricVocabulary.RECALL.id(), MetricVocabulary.F1.id(),
			MetricVocabulary.AUC.id(), MetricVocabulary.LOGLOSS.id(), MetricVocabulary.BRIER.id() };

	public double[] values() {
		return new double[] { instances, accuracy, kappa, kappaTemporal, kappaM, precision, recall, f1, auc, logLoss,
				brier };
	}

	public Map<String, Double> asMap() {
		Map<String, Double> out = new LinkedHashMap<>();
		double[] v = values();
		for (int i = 0; i < NAMES.length; i++) {
			out.put(NAMES[i], v[i]);
		}
		return out;
	}
}
