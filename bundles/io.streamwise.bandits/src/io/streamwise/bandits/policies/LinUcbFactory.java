package io.streamwise.bandits.policies;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.osgi.service.component.annotations.Component;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.TaskContext;

/**
 * LinUCB with disjoint linear models (Li et al. 2010, algorithm 1): per action a ridge regression of the reward on the
 * context features, A_a = λI + Σ x xᵀ, b_a = Σ r x, and the action of highest θ_aᵀx + α · sqrt(xᵀ A_a⁻¹ x). An update
 * re-solves its action's ridge system with EJML (Cholesky); decisions use the cached inverse and θ, so they cost
 * O(d²) per available action. Missing features count as 0. Deterministic: probability 1 on the best (ties shared).
 */
@Component(service = PolicyFactory.class)
public final class LinUcbFactory implements PolicyFactory<LinUcbFactory.LinUcbSettings> {

	public static final String ID = "linucb";

	/**
	 * @param alpha  the width of the confidence bound
	 * @param lambda the ridge penalty
	 */
	public record LinUcbSettings(
			@Setting(key = "alpha", label = "Confidence α", description = "Width of the upper confidence bound α · sqrt(xᵀ A⁻¹ x)", defaultValue = "0.5", min = 0) double alpha,
			@Setting(key = "lambda", label = "Ridge λ", description = "Ridge penalty of every action's linear model", defaultValue = "1", min = 1e-9) double lambda) {
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "LinUCB (disjoint)",
			"A ridge regression of the reward on the context per action; chooses the highest upper confidence bound.",
			"Li, Chu, Langford and Schapire: A Contextual-Bandit Approach to Personalized News Article Recommendation. WWW 2010.",
			AlgorithmKind.POLICY);

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<LinUcbSettings> settingsType() {
		return LinUcbSettings.class;
	}

	@Override
	public Policy create(LinUcbSettings settings) {
		return new LinUcb(settings);
	}

	/** The policy; package-visible for the benchmark and tests. */
	static final class LinUcb implements Policy {
		private final LinUcbSettings settings;
		private PolicySchema schema;
		private int d;
		private DMatrixRMaj[] a, b, inverse, theta;
		private LinearSolverDense<DMatrixRMaj> solver;
		private DMatrixRMaj x;

		LinUcb(LinUcbSettings settings) {
			this.settings = settings;
		}

		@Override
		public void initialise(PolicySchema s, TaskContext context) {
			schema = s;
			d = s.featureCount();
			int k = s.actionCount();
			a = new DMatrixRMaj[k];
			b = new DMatrixRMaj[k];
			inverse = new DMatrixRMaj[k];
			theta = new DMatrixRMaj[k];
			solver = LinearSolverFactory_DDRM.chol(d);
			x = new DMatrixRMaj(d, 1);
		}

		/** The action's model, created at λI (θ = 0, A⁻¹ = I/λ) when first needed. */
		private void ensure(int action) {
			if (a[action] == null) {
				a[action] = CommonOps_DDRM.identity(d);
				CommonOps_DDRM.scale(settings.lambda(), a[action]);
				b[action] = new DMatrixRMaj(d, 1);
				inverse[action] = CommonOps_DDRM.identity(d);
				CommonOps_DDRM.scale(1 / settings.lambda(), inverse[action]);
				theta[action] = new DMatrixRMaj(d, 1);
			}
		}

		private static double[] features(double[] raw, int d) {
			double[] f = new double[d];
			for (int i = 0; i < d; i++) {
				f[i] = Double.isFinite(raw[i]) ? raw[i] : 0;
			}
			return f;
		}

		@Override
		public double[] probabilities(PolicyContext context) {
			int[] actions = context.actions();
			double[] f = features(context.features(), d);
			double[] bound = new double[actions.length];
			for (int i = 0; i < actions.length; i++) {
				int act = actions[i];
				if (a[act] == null) {
					// the prior: θ = 0 and A⁻¹ = I/λ
					double norm = 0;
					for (double v : f) {
						norm += v * v;
					}
					bound[i] = settings.alpha() * Math.sqrt(norm / settings.lambda());
					continue;
				}
				double[] inv = inverse[act].data, th = theta[act].data;
				double mean = 0, quad = 0;
				// A⁻¹ is symmetric: xᵀA⁻¹x = Σ_r x_r (A⁻¹_rr x_r + 2 Σ_{c>r} A⁻¹_rc x_c), half the products
				for (int r = 0; r < d; r++) {
					mean += th[r] * f[r];
					int base = r * d;
					double row = 0;
					for (int c = r + 1; c < d; c++) {
						row += inv[base + c] * f[c];
					}
					quad += f[r] * (inv[base + r] * f[r] + 2 * row);
				}
				bound[i] = mean + settings.alpha() * Math.sqrt(Math.max(0, quad));
			}
			return ArmStatistics.argmax(bound);
		}

		@Override
		public void update(PolicyContext context, int action, double reward) {
			ArmStatistics.check(schema, action, reward);
			ensure(action);
			System.arraycopy(features(context.features(), d), 0, x.data, 0, d);
			CommonOps_DDRM.multAddTransB(x, x, a[action]); // A += x xᵀ
			CommonOps_DDRM.addEquals(b[action], reward, x); // b += r x
			if (!solver.setA(a[action].copy())) {
				throw new IllegalStateException("the ridge system of action " + action + " is not positive definite");
			}
			solver.invert(inverse[action]);
			CommonOps_DDRM.mult(inverse[action], b[action], theta[action]);
		}
	}
}
