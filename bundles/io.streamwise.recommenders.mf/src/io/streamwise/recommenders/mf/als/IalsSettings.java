package io.streamwise.recommenders.mf.als;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.recommenders.mf.common.EventTypes;
import io.streamwise.recommenders.mf.common.Weighting;

/**
 * Settings of {@link Ials}. Hu et al. found alpha = 40 best on their television data, whose r are watching times; on
 * binary data (every r = 1) that makes an observed pair weigh 41 times an unobserved one, which overfits the few
 * positives of short histories, so the default here is alpha = 10, the lower end of commonly tuned values for
 * binary implicit feedback. Lambda multiplies the plain squared norm of the factors, as in the paper; the default 1
 * is deliberately not tiny: with 32 factors and a small catalogue, lambda = 0.1 lets the model reproduce the observed
 * matrix and lose the shared structure (the planted-cluster tests drop from 1.0 to 0.6 in-group precision).
 *
 * @param events     event types that count as an interaction
 * @param weighting  how repeated events become r(u, i)
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
		@Setting(label = "Events", description = "Comma-separated event types that count as an interaction", defaultValue = "purchase,cart,click,rate") String events,
		@Setting(label = "Weighting", description = "How repeated events of a viewer on an item become r: BINARY, COUNT or LOG_COUNT (ln(1+count))", defaultValue = "BINARY") Weighting weighting,
		@Setting(label = "Factors", description = "Number of latent dimensions", defaultValue = "32", min = 1, max = 1024) int factors,
		@Setting(label = "Iterations", description = "Alternating least-squares sweeps over viewers and items", defaultValue = "15", min = 1, max = 10000) int iterations,
		@Setting(label = "Alpha", description = "Confidence slope: c = 1 + alpha * r", defaultValue = "10", min = 0, max = 1e6) double alpha,
		@Setting(label = "Lambda", description = "L2 regularisation of viewer and item factors", defaultValue = "1", min = 1e-9, max = 1e9) double lambda,
		@Setting(label = "Solver", description = "CHOLESKY solves each row exactly; CG takes a few warm-started conjugate-gradient steps (Takacs et al. 2011)", defaultValue = "CHOLESKY") Solver solver,
		@Setting(label = "CG steps", description = "Conjugate-gradient steps per row and sweep, when the solver is CG", defaultValue = "3", min = 1, max = 1024) int cgSteps,
		@Setting(label = "Initial std", description = "Standard deviation of the Gaussian initial item factors", defaultValue = "0.01", min = 0, max = 10) double initStd,
		@Setting(label = "Threads", description = "Threads solving viewer and item rows; never changes results", defaultValue = "1", min = 1, max = 256) int threads) {

	public IalsSettings {
		EventTypes.parse(events); // validates
		if (weighting == null || solver == null) {
			throw new IllegalArgumentException("weighting and solver must be set");
		}
	}

	/** How each row's least-squares problem is solved. */
	public enum Solver {
		CHOLESKY, CG
	}
}
