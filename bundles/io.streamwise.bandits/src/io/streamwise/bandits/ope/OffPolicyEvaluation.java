package io.streamwise.bandits.ope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.bandits.logs.BanditLog;
import io.streamwise.core.experiment.Seeds;
import io.streamwise.core.results.PolicyResults;

/**
 * Off-policy evaluation of target policies on a log: each target first learns from the first {@code trainShare} of
 * the log (its own {@link Policy#learn}; 0 evaluates it as created), then, frozen, is judged on the rest by every
 * chosen estimator, with a bootstrap interval and the weight diagnostics.
 */
public final class OffPolicyEvaluation {

	/**
	 * @param estimators which estimators
	 * @param clip       the largest importance weight (positive infinity: no clipping)
	 * @param tau        switch-DR's threshold
	 * @param resamples  bootstrap resamples (0: no intervals)
	 * @param trainShare the share of the log the targets learn from before they are judged on the rest
	 * @param seed       the seed of the targets, the replay draws and the bootstrap
	 */
	public record Options(List<Estimator> estimators, double clip, double tau, int resamples, double trainShare,
			long seed) {
	}

	/** Fits the direct method's reward model on the decisions it is given. */
	@FunctionalInterface
	public interface ModelFitter {
		RewardModel fit(BanditLog log, TaskContext context);
	}

	private OffPolicyEvaluation() {
	}

	public static List<PolicyResults.Row> evaluate(BanditLog log, List<PolicySpec> targets, ModelFitter fitter,
			Options options, ProgressMonitor monitor) {
		int split = (int) Math.floor(log.size() * options.trainShare());
		BanditLog train = log.slice(0, split), test = log.slice(split, log.size());
		if (test.size() == 0) {
			throw new IllegalArgumentException("no logged decisions left to evaluate on after the training share "
					+ options.trainShare());
		}
		boolean model = options.estimators().stream().anyMatch(Estimator::needsModel);
		RewardModel q = model ? fitter.fit(test, new TaskContext(Seeds.combine(options.seed(), 5), monitor)) : null;
		List<PolicyResults.Row> rows = new ArrayList<>();
		for (PolicySpec spec : targets) {
			monitor.subTask(spec.label());
			Policy target = spec.create();
			TaskContext context = new TaskContext(Seeds.combine(options.seed(), spec.label().hashCode()), monitor);
			target.initialise(log.schema(), context);
			if (train.size() > 0) {
				target.learn(train.decisions(), context);
			}
			OffPolicyData d = OffPolicyData.of(test.decisions(), target, q, Seeds.combine(options.seed(), 7), monitor);
			rows.addAll(rows(spec.label(), d, options, Double.NaN, Map.of(), monitor));
		}
		return rows;
	}

	/** One row per estimator for a target's columns. */
	public static List<PolicyResults.Row> rows(String label, OffPolicyData d, Options options, double truth,
			Map<String, String> group, ProgressMonitor monitor) {
		Diagnostics diagnostics = Diagnostics.of(d);
		Map<String, Double> diag = new LinkedHashMap<>();
		diag.put("ess", diagnostics.effectiveSampleSize());
		diag.put("maxWeight", diagnostics.largestWeight());
		diag.put("unsupportedShare", diagnostics.unsupportedShare());
		diag.put("replayMatches", (double) diagnostics.replayMatches());
		List<PolicyResults.Row> rows = new ArrayList<>();
		for (Estimator e : options.estimators()) {
			double value = e.estimate(d, options.clip(), options.tau(), null);
			double[] ci = Bootstrap.interval(d, e, options.clip(), options.tau(), options.resamples(),
					Seeds.combine(options.seed(), 9, e.ordinal()), monitor);
			rows.add(new PolicyResults.Row(label, e.id(), "policy_value", group, value, ci[0], ci[1], truth, d.size(),
					diag));
		}
		return rows;
	}
}
