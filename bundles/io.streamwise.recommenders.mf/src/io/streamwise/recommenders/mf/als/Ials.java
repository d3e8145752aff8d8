package io.streamwise.recommenders.mf.als;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.recommenders.mf.common.Scores;

/**
 * iALS / WRMF (Hu, Koren, Volinsky 2008): minimises Σ c(u,i) (p(u,i) − x_u·y_i)² + λ(Σ|x_u|² + Σ|y_i|²) over all
 * viewer-item pairs, with preference p = 1 where r &gt; 0 and 0 elsewhere and confidence c = 1 + alpha·r, by
 * alternating exact least squares. The trick of the paper keeps a row's cost in its own entries: with YᵀY computed
 * once per sweep, viewer u solves (YᵀY + Yᵀ(C_u − I)Y + λI) x_u = Yᵀ C_u p(u), where only the viewer's items
 * contribute to the middle term and the right-hand side.
 * <p>
 * <b>Determinism and threads.</b> Within a half-sweep every row is solved against fixed factors of the other side and
 * writes only its own row; rows are grouped in fixed chunks and YᵀY is computed on one thread, so results are the
 * same bit for bit on any number of threads.
 * <p>
 * Viewers without training interactions have x_u = 0 and are ranked by item popularity instead.
 */
public final class Ials implements Recommender {

	/** Rows per parallel chunk: fixed, never derived from the thread count. */
	private static final int CHUNK = 64;

	private final IalsSettings settings;
	private int k;
	private InteractionMatrix matrix;
	private double[] userFactors = new double[0];
	private double[] itemFactors = new double[0];
	private float[] popularity = new float[0];

	public Ials(IalsSettings settings) {
		this.settings = settings;
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		ProgressMonitor monitor = context.monitor();
		k = settings.factors();
		matrix = InteractionMatrix.of(train.log(), EventWeights.parse(settings.events()), settings.weighting(),
				monitor);
		popularity = matrix.popularity();
		userFactors = new double[matrix.viewers() * k];
		itemFactors = Scores.gaussian(matrix.items(), k, settings.initStd(),
				new SplittableRandom(Scores.seed(context.seed(), 0)));
		if (matrix.entries() == 0) {
			return;
		}
		monitor.begin("iALS", settings.iterations());
		try (ParallelChunks parallel = new ParallelChunks(settings.threads(), "mf")) {
			for (int it = 0; it < settings.iterations(); it++) {
				monitor.checkCancelled();
				String step = "iteration " + (it + 1);
				sweep(userFactors, itemFactors, matrix.viewers(), Side.VIEWERS, parallel, monitor);
				Scores.requireFinite(userFactors, "iALS", step, "raise lambda (" + settings.lambda() + ")");
				sweep(itemFactors, userFactors, matrix.items(), Side.ITEMS, parallel, monitor);
				Scores.requireFinite(itemFactors, "iALS", step, "raise lambda (" + settings.lambda() + ")");
				monitor.worked(1);
			}
		}
	}

	private enum Side {
		VIEWERS, ITEMS
	}

	/** Solves every row of {@code target} against the fixed {@code fixed} factors. */
	private void sweep(double[] target, double[] fixed, int rows, Side side, ParallelChunks parallel,
			ProgressMonitor monitor) {
		double[] gram = gram(fixed, fixed.length / Math.max(1, k));
		int chunks = (rows + CHUNK - 1) / CHUNK;
		parallel.forEach(chunks, c -> {
			RowSolver solver = new RowSolver(gram);
			for (int row = c * CHUNK, end = Math.min(rows, row + CHUNK); row < end; row++) {
				if (side == Side.VIEWERS) {
					solver.solve(target, row, fixed, matrix.viewerStart(row), matrix.viewerEnd(row),
							matrix.viewerItems(),
							matrix.viewerValues());
				} else {
					solver.solve(target, row, fixed, matrix.itemStart(row), matrix.itemEnd(row), matrix.itemViewers(),
							matrix.itemValues());
				}
			}
		}, monitor);
	}

	/** FᵀF of row-major factors (k×k, full), summed in row order on the calling thread. */
	private double[] gram(double[] f, int rows) {
		double[] g = new double[k * k];
		for (int r = 0; r < rows; r++) {
			int o = r * k;
			for (int a = 0; a < k; a++) {
				double fa = f[o + a];
				for (int b = a; b < k; b++) {
					g[a * k + b] += fa * f[o + b];
				}
			}
		}
		for (int a = 0; a < k; a++) {
			for (int b = 0; b < a; b++) {
				g[a * k + b] = g[b * k + a];
			}
		}
		return g;
	}

	/** Per-chunk workspace: solves one row's normal equations. */
	private final class RowSolver {
		private final double[] gram;
		private final DMatrixRMaj a = new DMatrixRMaj(k, k);
		private final DMatrixRMaj b = new DMatrixRMaj(k, 1);
		private final DMatrixRMaj x = new DMatrixRMaj(k, 1);
		private final LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.chol(k);
		private final double[] r = new double[k], p = new double[k], ap = new double[k], xs = new double[k];

		RowSolver(double[] gram) {
			this.gram = gram;
		}

		void solve(double[] target, int row, double[] fixed, int from, int to, int[] index, float[] values) {
			int o = row * k;
			if (from == to) {
				Arrays.fill(target, o, o + k, 0); // no entries: the right-hand side is 0, so is the solution
				return;
			}
			if (settings.solver() == IalsSettings.Solver.CHOLESKY) {
				exact(target, o, fixed, from, to, index, values);
			} else {
				conjugateGradient(target, o, fixed, from, to, index, values);
			}
		}

		private void exact(double[] target, int o, double[] fixed, int from, int to, int[] index, float[] values) {
			double[] ad = a.data, bd = b.data;
			System.arraycopy(gram, 0, ad, 0, k * k);
			Arrays.fill(bd, 0);
			for (int d = 0; d < k; d++) {
				ad[d * k + d] += settings.lambda();
			}
			for (int e = from; e < to; e++) {
				double c = 1 + settings.alpha() * values[e];
				int oy = index[e] * k;
				for (int s = 0; s < k; s++) {
					double ys = fixed[oy + s];
					bd[s] += c * ys; // preference is 1 for every stored entry
					double w = (c - 1) * ys;
					for (int t = s; t < k; t++) {
						ad[s * k + t] += w * fixed[oy + t];
					}
				}
			}
			for (int s = 0; s < k; s++) {
				for (int t = 0; t < s; t++) {
					ad[s * k + t] = ad[t * k + s];
				}
			}
			if (!cholesky.setA(a)) {
				throw new IllegalStateException(
						"iALS: a normal-equation matrix is not positive definite; raise lambda ("
								+ settings.lambda() + ")");
			}
			cholesky.solve(b, x);
			System.arraycopy(x.data, 0, target, o, k);
		}

		/** Warm-started CG on the same system, never forming it: A·v = YᵀY v + Σ (c−1)(y·v) y + λv. */
		private void conjugateGradient(double[] target, int o, double[] fixed, int from, int to, int[] index,
				float[] values) {
			System.arraycopy(target, o, xs, 0, k);
			multiply(xs, ap, fixed, from, to, index, values);
			Arrays.fill(r, 0);
			for (int e = from; e < to; e++) {
				double c = 1 + settings.alpha() * values[e];
				int oy = index[e] * k;
				for (int s = 0; s < k; s++) {
					r[s] += c * fixed[oy + s];
				}
			}
			double rr = 0;
			for (int s = 0; s < k; s++) {
				r[s] -= ap[s];
				p[s] = r[s];
				rr += r[s] * r[s];
			}
			for (int step = 0; step < settings.cgSteps() && rr > 1e-20; step++) {
				multiply(p, ap, fixed, from, to, index, values);
				double pap = 0;
				for (int s = 0; s < k; s++) {
					pap += p[s] * ap[s];
				}
				double length = rr / pap;
				double rrNew = 0;
				for (int s = 0; s < k; s++) {
					xs[s] += length * p[s];
					r[s] -= length * ap[s];
					rrNew += r[s] * r[s];
				}
				double beta = rrNew / rr;
				for (int s = 0; s < k; s++) {
					p[s] = r[s] + beta * p[s];
				}
				rr = rrNew;
			}
			System.arraycopy(xs, 0, target, o, k);
		}

		private void multiply(double[] v, double[] out, double[] fixed, int from, int to, int[] index,
				float[] values) {
			for (int s = 0; s < k; s++) {
				double sum = settings.lambda() * v[s];
				for (int t = 0; t < k; t++) {
					sum += gram[s * k + t] * v[t];
				}
				out[s] = sum;
			}
			for (int e = from; e < to; e++) {
				double w = settings.alpha() * values[e]; // c − 1
				int oy = index[e] * k;
				double yv = 0;
				for (int s = 0; s < k; s++) {
					yv += fixed[oy + s] * v[s];
				}
				for (int s = 0; s < k; s++) {
					out[s] += w * yv * fixed[oy + s];
				}
			}
		}
	}

	/** Scoring only reads the fitted model. */
	@Override
	public boolean concurrentScoring() {
		return true;
	}

	@Override
	public void score(int viewer, float[] scores) {
		if (matrix == null || !matrix.hasHistory(viewer)) {
			Scores.cold(popularity, scores);
			return;
		}
		Arrays.fill(scores, 0f);
		int n = Math.min(matrix.items(), scores.length);
		for (int i = 0; i < n; i++) {
			scores[i] = (float) Scores.dot(userFactors, viewer, itemFactors, i, k);
		}
	}

	/** The item factors after fitting, row-major (a copy). */
	public double[] itemFactors() {
		return itemFactors.clone();
	}

	/** The viewer factors after fitting, row-major (a copy). */
	public double[] userFactors() {
		return userFactors.clone();
	}

	/** The implicit-feedback matrix of the last fit; null before. */
	public InteractionMatrix interactions() {
		return matrix;
	}
}
