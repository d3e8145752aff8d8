package io.streamwise.stream;

import java.util.ArrayList;
import java.util.List;

import io.streamwise.core.experiment.ConversionMetrics;

/**
 * Accumulates prequential metrics, one prediction at a time. Accuracy and the kappas follow MOA's
 * {@code BasicClassificationPerformanceEvaluator} step by step (including its reference classifiers: no-change starts
 * at class 0, and the majority class is taken after counting the current instance), so that the basic window gives
 * MOA's numbers exactly; the other metrics use the same running estimators.
 */
public final class PerformanceEvaluator {

	private final EvaluationWindow window;
	private final int numClasses;
	private final int positiveClass;
	private final Estimator correct;
	private final Estimator[] predictedAs;
	private final Estimator[] trulyIs;
	private final Estimator positivePrecision;
	private final Estimator positiveRecall;
	private final Estimator noChangeCorrect;
	private final Estimator majorityCorrect;
	private final Estimator logLoss;
	private final Estimator brier;
	private final double[] aucScores;
	private final boolean[] aucLabels;
	private int aucNext;
	private int aucLength;
	private double weightObserved;
	private int lastClass;

	/**
	 * @param numClasses    classes of the stream (at least 2)
	 * @param positiveClass index of the class that precision, recall, F1, AUC and Brier are about
	 */
	public PerformanceEvaluator(EvaluationWindow window, int numClasses, int positiveClass) {
		if (numClasses < 2 || positiveClass < 0 || positiveClass >= numClasses) {
			throw new IllegalArgumentException("need at least two classes and a positive class among them; got "
					+ numClasses + " classes, positive " + positiveClass);
		}
		this.window = window;
		this.numClasses = numClasses;
		this.positiveClass = positiveClass;
		correct = window.newEstimator();
		predictedAs = new Estimator[numClasses];
		trulyIs = new Estimator[numClasses];
		for (int c = 0; c < numClasses; c++) {
			predictedAs[c] = window.newEstimator();
			trulyIs[c] = window.newEstimator();
		}
		positivePrecision = window.newEstimator();
		positiveRecall = window.newEstimator();
		noChangeCorrect = window.newEstimator();
		majorityCorrect = window.newEstimator();
		logLoss = window.newEstimator();
		brier = window.newEstimator();
		aucScores = new double[window.width()];
		aucLabels = new boolean[window.width()];
	}

	/** The predicted class: the highest vote, ties to the lower index, 0 when there are no votes (as MOA). */
	public static int predictedClass(double[] votes) {
		int best = 0;
		for (int c = 1; c < votes.length; c++) {
			if (votes[c] > votes[best]) {
				best = c;
			}
		}
		return best;
	}

	/**
	 * Adds one prediction. Instances without a class or with a weight of 0 only update the reference classifiers,
	 * as in MOA.
	 *
	 * @return whether the prediction was correct
	 */
	public boolean add(int trueClass, double[] votes, double weight) {
		int predicted = predictedClass(votes);
		if (weight > 0) {
			weightObserved += weight;
			correct.add(predicted == trueClass ? weight : 0);
			for (int c = 0; c < numClasses; c++) {
				predictedAs[c].add(predicted == c ? weight : 0);
				trulyIs[c].add(trueClass == c ? weight : 0);
			}
			if (predicted == positiveClass) {
				positivePrecision.add(trueClass == positiveClass ? weight : 0);
			}
			if (trueClass == positiveClass) {
				positiveRecall.add(predicted == positiveClass ? weight : 0);
			}
			probabilityMetrics(trueClass, votes);
		}
		noChangeCorrect.add(lastClass == trueClass ? weight : 0);
		majorityCorrect.add(majorityClass() == trueClass ? weight : 0);
		lastClass = trueClass;
		return predicted == trueClass;
	}

	private void probabilityMetrics(int trueClass, double[] votes) {
		double total = 0;
		for (double v : votes) {
			total += v;
		}
		double pTrue;
		double pPositive;
		if (total > 0 && Double.isFinite(total)) {
			pTrue = trueClass < votes.length ? votes[trueClass] / total : 0;
			pPositive = positiveClass < votes.length ? votes[positiveClass] / total : 0;
		} else { // no evidence: every class equally likely
			pTrue = 1.0 / numClasses;
			pPositive = 1.0 / numClasses;
		}
		logLoss.add(-Math.log(Math.max(ConversionMetrics.EPS, pTrue)));
		double y = trueClass == positiveClass ? 1 : 0;
		brier.add((pPositive - y) * (pPositive - y));
		aucScores[aucNext] = pPositive;
		aucLabels[aucNext] = trueClass == positiveClass;
		aucNext = aucNext + 1 == aucScores.length ? 0 : aucNext + 1;
		aucLength = Math.min(aucLength + 1, aucScores.length);
	}

	private int majorityClass() {
		int majority = 0;
		double most = 0;
		for (int c = 0; c < numClasses; c++) {
			double share = trulyIs[c].estimation();
			if (share > most) {
				majority = c;
				most = share;
			}
		}
		return majority;
	}

	public double weightObserved() {
		return weightObserved;
	}

	public EvaluationWindow window() {
		return window;
	}

	/** The metrics now; NaN where undefined (nothing evaluated yet, no positive prediction, a class absent). */
	public StreamMetrics snapshot() {
		if (!(weightObserved > 0)) {
			double nan = Double.NaN;
			return new StreamMetrics(0, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
		}
		double p0 = correct.estimation();
		double chance = 0;
		for (int c = 0; c < numClasses; c++) {
			chance += predictedAs[c].estimation() * trulyIs[c].estimation();
		}
		double precision = positivePrecision.estimation();
		double recall = positiveRecall.estimation();
		double f1 = 2 * ((precision * recall) / (precision + recall));
		return new StreamMetrics(weightObserved, p0, (p0 - chance) / (1 - chance),
				kappaAgainst(p0, noChangeCorrect.estimation()), kappaAgainst(p0, majorityCorrect.estimation()),
				precision, recall, f1, windowAuc(), logLoss.estimation(), brier.estimation());
	}

	/**
	 * What a basic (whole-stream) evaluation has counted, as sums and counts, so that the evaluations of disjoint
	 * parts of a stream (partitions) merge into the evaluation of all of them exactly: every estimator's sum and count
	 * add up, and the AUC is that of the partitions' AUC windows pooled. Each estimator is {@code {sum, count}}.
	 *
	 * @param weight     weight of the evaluated instances
	 * @param estimators correct, predictedAs[0..k), trulyIs[0..k), precision, recall, no-change, majority, log loss,
	 *                   Brier, in this order; k the number of classes
	 * @param aucScores  the AUC window's scores of the positive class, oldest first
	 * @param aucLabels  whether each was of the positive class
	 */
	public record Totals(double weight, double[][] estimators, double[] aucScores, boolean[] aucLabels) {

		/** The element-wise sums, the AUC windows concatenated in the order given. */
		public static Totals merge(List<Totals> parts) {
			Totals first = parts.get(0);
			double weight = 0;
			double[][] sums = new double[first.estimators.length][2];
			int auc = 0;
			for (Totals t : parts) {
				weight += t.weight;
				for (int e = 0; e < sums.length; e++) {
					sums[e][0] += t.estimators[e][0];
					sums[e][1] += t.estimators[e][1];
				}
				auc += t.aucScores.length;
			}
			double[] scores = new double[auc];
			boolean[] labels = new boolean[auc];
			int at = 0;
			for (Totals t : parts) {
				System.arraycopy(t.aucScores, 0, scores, at, t.aucScores.length);
				System.arraycopy(t.aucLabels, 0, labels, at, t.aucLabels.length);
				at += t.aucScores.length;
			}
			return new Totals(weight, sums, scores, labels);
		}

		/** The metrics these totals give, computed as {@link PerformanceEvaluator#snapshot()} computes them. */
		public StreamMetrics metrics() {
			if (!(weight > 0)) {
				double nan = Double.NaN;
				return new StreamMetrics(0, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
			}
			int k = (estimators.length - 7) / 2;
			double p0 = mean(0);
			double chance = 0;
			for (int c = 0; c < k; c++) {
				chance += mean(1 + c) * mean(1 + k + c);
			}
			int e = 1 + 2 * k;
			double precision = mean(e), recall = mean(e + 1);
			double f1 = 2 * ((precision * recall) / (precision + recall));
			return new StreamMetrics(weight, p0, (p0 - chance) / (1 - chance), kappaAgainst(p0, mean(e + 2)),
					kappaAgainst(p0, mean(e + 3)), precision, recall, f1, ConversionMetrics.auc(aucScores, aucLabels),
					mean(e + 4), mean(e + 5));
		}

		private double mean(int estimator) {
			return estimators[estimator][0] / estimators[estimator][1];
		}
	}

	/**
	 * The sums and counts so far.
	 *
	 * @throws IllegalStateException unless the evaluation is basic (a sliding window or a fading factor is no sum that
	 *                               parts of a stream could add up)
	 */
	public Totals totals() {
		if (window.kind() != EvaluationWindow.Kind.BASIC) {
			throw new IllegalStateException("only a basic evaluation has totals, not " + window.describe());
		}
		List<Estimator> all = new ArrayList<>();
		all.add(correct);
		all.addAll(List.of(predictedAs));
		all.addAll(List.of(trulyIs));
		all.addAll(List.of(positivePrecision, positiveRecall, noChangeCorrect, majorityCorrect, logLoss, brier));
		double[][] sums = new double[all.size()][];
		for (int i = 0; i < sums.length; i++) {
			Estimator.Cumulative c = (Estimator.Cumulative) all.get(i);
			sums[i] = new double[] { c.sum, c.count };
		}
		// the window oldest first: a full ring buffer starts at its next write position
		double[] scores = new double[aucLength];
		boolean[] labels = new boolean[aucLength];
		int start = aucLength < aucScores.length ? 0 : aucNext;
		for (int i = 0; i < aucLength; i++) {
			scores[i] = aucScores[(start + i) % aucScores.length];
			labels[i] = aucLabels[(start + i) % aucScores.length];
		}
		return new Totals(weightObserved, sums, scores, labels);
	}

	private static double kappaAgainst(double p0, double reference) {
		return (p0 - reference) / (1 - reference);
	}

	private double windowAuc() {
		double[] p = new double[aucLength];
		boolean[] y = new boolean[aucLength];
		System.arraycopy(aucScores, 0, p, 0, aucLength);
		System.arraycopy(aucLabels, 0, y, 0, aucLength);
		return ConversionMetrics.auc(p, y);
	}
}
