package io.streamwise.stream;

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
