package io.streamwise.recommenders.mf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.recommenders.mf.als.Ials;
import io.streamwise.recommenders.mf.als.IalsSettings;

/**
 * The last half-sweep of iALS solves the items against fixed viewer factors, so the fitted item factors must satisfy
 * the item normal equations (XᵀC_iX + λI) y_i = XᵀC_i p(i), written out here densely over all viewers.
 */
class IalsNormalEquationsTest {

	private static final Planted DATA = new Planted(2, 10, 5, 3, 3);

	@Test
	void choleskySolvesTheItemNormalEquations() {
		assertNormalEquations(Map.of("factors", "4", "iterations", "3", "alpha", "5", "lambda", "0.5"));
	}

	@Test
	void conjugateGradientWithFactorsManyStepsSolvesThemToo() {
		// CG on a k-dimensional SPD system is exact after k steps, up to rounding
		assertNormalEquations(Map.of("factors", "4", "iterations", "3", "alpha", "5", "lambda", "0.5", "solver", "CG",
				"cgSteps", "4"));
	}

	private static void assertNormalEquations(Map<String, String> settings) {
		IalsSettings s = Settings.parse(IalsSettings.class, settings);
		Ials ials = new Ials(s);
		ials.fit(DATA.data, TaskContext.of(9));
		int k = s.factors(), users = DATA.data.log().viewers().size(), items = DATA.data.log().items().size();
		double[] x = ials.userFactors(), y = ials.itemFactors();
		for (int i = 0; i < items; i++) {
			double[][] a = new double[k][k];
			double[] rhs = new double[k];
			for (int u = 0; u < users; u++) {
				boolean observed = DATA.seen[u] != null && DATA.seen[u].get(i);
				double c = observed ? 1 + s.alpha() : 1; // binary weighting: r = 1
				for (int f = 0; f < k; f++) {
					rhs[f] += observed ? c * x[u * k + f] : 0;
					for (int g = 0; g < k; g++) {
						a[f][g] += c * x[u * k + f] * x[u * k + g];
					}
				}
			}
			for (int f = 0; f < k; f++) {
				double lhs = s.lambda() * y[i * k + f];
				for (int g = 0; g < k; g++) {
					lhs += a[f][g] * y[i * k + g];
				}
				assertEquals(rhs[f], lhs, 1e-6 * (1 + Math.abs(rhs[f])), "item " + i + ", factor " + f);
			}
		}
	}
}
