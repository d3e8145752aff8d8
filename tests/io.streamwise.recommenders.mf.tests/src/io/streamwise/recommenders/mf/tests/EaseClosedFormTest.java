package io.streamwise.recommenders.mf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.recommenders.mf.ease.Ease;
import io.streamwise.recommenders.mf.ease.EaseSettings;

/** EASE against B = I − P·diag(1/diag(P)), P = (XᵀX + λI)⁻¹, computed here by plain Gauss-Jordan elimination. */
class EaseClosedFormTest {

	/** 5 viewers x 4 items; entries are event counts (weighting COUNT). */
	private static final double[][] X = { //
			{ 1, 1, 0, 0 }, //
			{ 0, 2, 1, 0 }, //
			{ 1, 0, 1, 1 }, //
			{ 0, 0, 0, 3 }, //
			{ 1, 1, 1, 0 } };
	private static final double LAMBDA = 2;

	@Test
	void sameWeightsOnOneTwoOrFourThreads() {
		// 300 items: the Gram matrix is built in five bands of rows, so several threads share it
		EventLogBuilder b = new EventLogBuilder();
		java.util.SplittableRandom r = new java.util.SplittableRandom(7);
		for (int i = 0; i < 300; i++) {
			b.item("i" + i);
		}
		for (int e = 0; e < 6000; e++) {
			b.add(b.viewer("u" + r.nextInt(400)), -1, (int) Math.sqrt(r.nextInt(90_000)), EventType.CLICK, e,
					Float.NaN);
		}
		Dataset data = Dataset.of(b.build());
		Ease one = fitted(data, 1);
		for (int threads : new int[] { 2, 4, 0 }) {
			Ease many = fitted(data, threads);
			for (int i = 0; i < 300; i++) {
				for (int j = 0; j < 300; j++) {
					assertEquals(Double.doubleToLongBits(one.weight(i, j)), Double.doubleToLongBits(many.weight(i, j)),
							"threads " + threads + ", B(" + i + ", " + j + ")");
				}
			}
		}
	}

	/**
	 * 130 items: three block columns of EJML's 60-wide blocks (60, 60, 10), so P's lower triangle comes from three
	 * separate trailing solves and the diagonal blocks are mirrored; every weight against Gauss-Jordan.
	 */
	@Test
	void weightsMatchTheClosedFormAcrossSeveralBlockColumns() {
		int n = 130, users = 90;
		EventLogBuilder b = new EventLogBuilder();
		for (int i = 0; i < n; i++) {
			b.item("i" + i);
		}
		java.util.SplittableRandom r = new java.util.SplittableRandom(11);
		double[][] x = new double[users][n];
		long t = 0;
		for (int u = 0; u < users; u++) {
			int v = b.viewer("u" + u);
			for (int e = 0; e < 25; e++) {
				int i = (int) Math.sqrt(r.nextInt(n * n)); // popular items at the end
				x[u][i]++;
				b.add(v, -1, i, EventType.CLICK, t++, Float.NaN);
			}
		}
		Ease ease = fitted(Dataset.of(b.build()), 2);
		double[][] g = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				for (int u = 0; u < users; u++) {
					g[i][j] += x[u][i] * x[u][j];
				}
			}
			g[i][i] += 20;
		}
		double[][] p = invert(g);
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double expected = i == j ? 0 : -p[i][j] / p[j][j];
				assertEquals(expected, ease.weight(i, j), 1e-6 + 1e-5 * Math.abs(expected), "B(" + i + ", " + j + ")");
			}
		}
	}

	private static Ease fitted(Dataset data, int threads) {
		Ease ease = new Ease(Settings.parse(EaseSettings.class,
				Map.of("lambda", "20", "weighting", "COUNT", "threads", Integer.toString(threads))));
		ease.fit(data, TaskContext.of(1));
		return ease;
	}

	@Test
	void weightsAndScoresMatchTheClosedForm() {
		int users = X.length, n = X[0].length;
		EventLogBuilder b = new EventLogBuilder();
		for (int i = 0; i < n; i++) {
			b.item("i" + i);
		}
		long t = 0;
		for (int u = 0; u < users; u++) {
			int v = b.viewer("u" + u);
			for (int i = 0; i < n; i++) {
				for (int c = 0; c < X[u][i]; c++) {
					b.add(v, -1, i, EventType.CLICK, t++, Float.NaN); // distinct times: not duplicates
				}
			}
		}
		Ease ease = new Ease(Settings.parse(EaseSettings.class, Map.of("lambda", "2", "weighting", "COUNT")));
		ease.fit(Dataset.of(b.build()), TaskContext.of(1));

		double[][] g = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				for (int u = 0; u < users; u++) {
					g[i][j] += X[u][i] * X[u][j];
				}
			}
			g[i][i] += LAMBDA;
		}
		double[][] p = invert(g);
		double[][] expected = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				expected[i][j] = (i == j ? 1 : 0) - p[i][j] / p[j][j];
				assertEquals(expected[i][j], ease.weight(i, j), 1e-6, "B(" + i + ", " + j + ")");
			}
			assertEquals(0.0, ease.weight(i, i), 0.0, "zero diagonal");
		}
		float[] scores = new float[n];
		for (int u = 0; u < users; u++) {
			ease.score(u, scores);
			for (int j = 0; j < n; j++) {
				double s = 0;
				for (int i = 0; i < n; i++) {
					s += X[u][i] * expected[i][j];
				}
				assertEquals(s, scores[j], 1e-5, "score of viewer " + u + " for item " + j);
			}
		}
	}

	/** Gauss-Jordan with partial pivoting, independent of the library the model uses. */
	private static double[][] invert(double[][] m) {
		int n = m.length;
		double[][] a = new double[n][2 * n];
		for (int i = 0; i < n; i++) {
			System.arraycopy(m[i], 0, a[i], 0, n);
			a[i][n + i] = 1;
		}
		for (int c = 0; c < n; c++) {
			int pivot = c;
			for (int r = c + 1; r < n; r++) {
				if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
					pivot = r;
				}
			}
			double[] tmp = a[c];
			a[c] = a[pivot];
			a[pivot] = tmp;
			double d = a[c][c];
			for (int k = 0; k < 2 * n; k++) {
				a[c][k] /= d;
			}
			for (int r = 0; r < n; r++) {
				if (r != c) {
					double f = a[r][c];
					for (int k = 0; k < 2 * n; k++) {
						a[r][k] -= f * a[c][k];
					}
				}
			}
		}
		double[][] inv = new double[n][n];
		for (int i = 0; i < n; i++) {
			System.arraycopy(a[i], n, inv[i], 0, n);
		}
		return inv;
	}
}
