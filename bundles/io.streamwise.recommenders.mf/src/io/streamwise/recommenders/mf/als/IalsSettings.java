package io.streamwise.recommenders.mf.als;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.Weighting;

/**
 * Settings of {@link Ials}. Hu et al. found alpha = 40 best on their television data, whose r are watching times; on
 * binary data (every r = 1) that makes an observed pair weigh 41 times an unobserved one, which overfits the few
 * positives of short histories, so the default here is alpha = 10, the lower end of commonly tuned values for
 * binary implicit feedback. Lambda multiplies the plain squared norm of the factors, as in the paper; the default 1
 * is deliberately not tiny: with 32 factors and a small catalogue, lambda = 0.1 lets the model reproduce the observed
 * matrix and lose the shared structure (the planted-cluster tests drop from 1.0 to 0.6 in-group precision).
 *
 * @param events     event types that count as an interaction, with optional weights
 * @param weighting  how a viewer's weighted events on an item become r(u, i)
 * @param factors    latent dimensions
 * @param iterations alternating sweeps (viewers, then items)
 * @param alpha      confidence slope: c = 1 + alpha·r
 * @param lambda     L2 regularisation of all factors
 * @param solver     exact Cholesky solve or a few conjugate-gradient steps per row
 * @param cgSteps    conjugate-gradient steps per row and sweep (warm-started), when the solver is CG
 * @param initStd    standard deviation of the Gaussian initial item factors
 * @param threads    threads solving rows; never changes results
 */
public record IalsSettings(
		@Setting(key = "events", label = "Events", description = "Comma-separated event types that count as an interaction, each with an optional weight after a colon (purchase:3,cart:2,click); Weighting says how a viewer's events on an item become r", defaultValue = "purchase,cart,click,rate") String events,
		@Setting(key = "weighting", label = "Weighting", description = "How a viewer's events on an item become r: BINARY (the largest weight among them: 1 without weights), COUNT (the sum of their weights: the number of events without weights) or LOG_COUNT (ln(1 + that sum))", defaultValue = "BINARY") Weighting weighting,
		@Setting(key = "factors", label = "Factors", description = "Number of latent dimensions", defaultValue = "32", min = 1, max = 1024) int factors,
		@Setting(key = "iterations", label = "Iterations", description = "Alternating least-squares sweeps over viewers and items", defaultValue = "15", min = 1, max = 10000) int iterations,
		@Setting(key = "alpha", label = "Alpha", description = "Confidence slope: c = 1 + alpha * r", defaultValue = "10", min = 0, max = 1e6) double alpha,
		@Setting(key = "lambda", label = "Lambda", description = "L2 regularisation of viewer and item factors", defaultValue = "1", min = 1e-9, max = 1e9) double lambda,
		@Setting(key = "solver", label = "Solver", description = "CHOLESKY solves each row exactly; CG takes a few warm-started conjugate-gradient steps (Takacs et al. 2011)", defaultValue = "CHOLESKY") Solver solver,
		@Setting(key = "cgSteps", label = "CG steps", description = "Conjugate-gradient steps per row and sweep, when the solver is CG", defaultValue = "3", min = 1, max = 1024) int cgSteps,
		@Setting(key = "initStd", label = "Initial std", description = "Standard deviation of the Gaussian initial item factors", defaultValue = "0.01", min = 0, max = 10) double initStd,
		@Setting(key = "threads", label = "Threads", description = "Threads solving viewer and item rows; never changes results", defaultValue = "1", min = 1, max = 256) int threads) {

	public IalsSettings {
		EventWeights.parse(events); // validates, naming the setting
		if (weighting == null || solver == null) {
			throw new IllegalArgumentException("weighting and solver must be set");
		}
	}

	/** How each row's least-squares problem is solved. */
	public enum Solver {
		CHOLESKY, CG
	}
}
