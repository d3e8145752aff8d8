package io.streamwise.recommenders.mf.ease;

import java.util.Arrays;

import org.ejml.EjmlParameters;
import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRBlock;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DSubmatrixD1;
import org.ejml.dense.block.MatrixOps_DDRB;
import org.ejml.dense.block.TriangularSolver_DDRB;
import org.ejml.dense.block.TriangularSolver_MT_DDRB;
import org.ejml.dense.block.decomposition.chol.CholeskyOuterForm_MT_DDRB;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.feedback.EventWeights;
import io.streamwise.api.feedback.InteractionMatrix;
import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.recommenders.mf.common.Scores;

/**
 * EASE (Steck 2019): a linear item-item model B with zero diagonal that reconstructs X from X, in closed form:
 * G = XᵀX + λI, P = G⁻¹, B = I − P·diag(1/diag(P)), that is B(i, j) = −P(i, j) / P(j, j) off the diagonal and 0 on
 * it. A viewer's scores are x_u·B. There is no randomness and no iteration.
 * <p>
 * Memory is dense in the number of items n: the Gram matrix and its inverse (8 bytes per entry each) and B (4 bytes
 * per entry), so fitting refuses, with a message, above {@link EaseSettings#maxItems()} items or when the estimate
 * exceeds the heap. Building G and inverting it run on {@code threads} threads (see {@link #invert}); building G and
 * the last step of the inversion can be cancelled midway, the factorisation cannot.
 * <p>
 * Viewers without training interactions are ranked by item popularity.
 */
public final class Ease implements Recommender {

	/** Rows of the Gram matrix per parallel task. */
	private static final int GRAM_BAND = 64;

	private final EaseSettings settings;
	private int n;
	private InteractionMatrix matrix;
	private float[] weights = new float[0];
	private float[] popularity = new float[0];

	public Ease(EaseSettings settings) {
		this.settings = settings;
	}

	/**
	 * Bytes the fit needs for n items: G (factorised in place) and L⁻¹ (turned into P in place) as doubles, then P as
	 * doubles and B as floats.
	 */
	public static long bytesNeeded(int items) {
		return 16L * items * items;
	}

	@Override
	public void fit(Dataset train, TaskContext context) {
		ProgressMonitor monitor = context.monitor();
		int items = train.log().items().size();
		if (items > settings.maxItems()) {
			throw new IllegalArgumentException("EASE needs dense " + items + " x " + items + " matrices (about "
					+ gigabytes(bytesNeeded(items)) + "); the data has more than maxItems = " + settings.maxItems()
					+ " items. Raise maxItems if the memory is there, filter the catalogue, or use ials or bpr");
		}
		long heap = Runtime.getRuntime().maxMemory();
		if (heap != Long.MAX_VALUE && bytesNeeded(items) > heap) {
			throw new IllegalArgumentException("EASE needs about " + gigabytes(bytesNeeded(items)) + " for " + items
					+ " items, more than the whole heap (" + gigabytes(heap) + "); raise -Xmx or use ials or bpr");
		}
		monitor.begin("EASE", 3);
		matrix = InteractionMatrix.of(train.log(), EventWeights.parse(settings.events()), settings.weighting(),
				monitor);
		popularity = matrix.popularity();
		n = items;
		weights = new float[0];
		if (n == 0) {
			return;
		}
		int threads = settings.threads() == 0 ? Runtime.getRuntime().availableProcessors() : settings.threads();
		double[] p;
		try (ParallelChunks parallel = new ParallelChunks(threads, "mf")) {
			DMatrixRMaj gram = gram(parallel, monitor);
			monitor.worked(1);
			monitor.checkCancelled();
			p = invert(gram, parallel, monitor);
		}
		if (p == null) {
			throw new IllegalStateException("EASE: X'X + lambda I is not positive definite; raise lambda ("
					+ settings.lambda() + ")");
		}
		monitor.worked(1);
		monitor.checkCancelled();
		float[] b = new float[n * n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				b[i * n + j] = i == j ? 0f : (float) (-p[i * n + j] / p[j * n + j]);
			}
		}
		for (float w : b) {
			if (!Float.isFinite(w)) {
				throw new IllegalStateException("EASE: the weights are not finite; raise lambda (" + settings.lambda()
						+ ")");
			}
		}
		weights = b;
		monitor.worked(1);
	}

	/**
	 * P = G⁻¹ = L⁻ᵀ·L⁻¹ from the Cholesky factor G = L·Lᵀ, with EJML's blocked (row-major block) matrices, in three
	 * steps: L by EJML's multi-threaded outer-product Cholesky, W = L⁻¹ by its multi-threaded triangular inverse, and
	 * the lower triangle of P = Wᵀ·W one block column at a time on our own threads, mirrored into the upper triangle.
	 * <p>
	 * EJML's own solver ({@code CholeskyOuterSolver_MT_DDRB.invert}) does the last step as one triangular solve
	 * Lᵀ·P = W over all n columns on one thread: n³ multiply-adds where the lower triangle needs n³/6, and 60 % of
	 * the inversion's time on one core. Block column J of P's lower triangle is the solve with the trailing factor
	 * L[J.., J..] and W[J.., J]: it reads nothing outside those rows, so the columns are independent tasks. Each
	 * entry is summed by the same EJML calls in the same order as in the full solve, so the lower triangle equals
	 * the full solve's bit for bit, and P is the same on any number of threads (each block of the factorisation and
	 * the triangular inverse is computed by one thread in a fixed order, tested).
	 * <p>
	 * The first two steps run on EJML's one thread pool per JVM, sized here, so fits take turns through them.
	 *
	 * @param gram G, overwritten (its array becomes L's)
	 * @return P as a row-major n x n array, or null when G is not positive definite
	 */
	private static double[] invert(DMatrixRMaj gram, ParallelChunks parallel, ProgressMonitor monitor) {
		int n = gram.numRows, block = EjmlParameters.BLOCK_WIDTH;
		DMatrixRBlock l = MatrixOps_DDRB.convertInplace(gram, null, null);
		DMatrixRBlock w = new DMatrixRBlock(n, n, block);
		synchronized (Ease.class) {
			if (EjmlConcurrency.getMaxThreads() != parallel.threads()) {
				EjmlConcurrency.setMaxThreads(parallel.threads());
			}
			CholeskyOuterForm_MT_DDRB cholesky = new CholeskyOuterForm_MT_DDRB(true);
			if (!cholesky.decompose(l)) {
				return null;
			}
			l = cholesky.getT(null);
			TriangularSolver_MT_DDRB.invert(block, false, new DSubmatrixD1(l), new DSubmatrixD1(w), null);
		}
		monitor.checkCancelled();
		DMatrixRBlock factor = l;
		int columns = (n + block - 1) / block; // largest first: block column 0 solves with all of L
		parallel.forEach(columns, c -> {
			int from = c * block, to = Math.min(n, from + block);
			TriangularSolver_DDRB.solveL(block, new DSubmatrixD1(factor, from, n, from, n),
					new DSubmatrixD1(w, from, n, from, to), true);
		}, monitor);
		double[] p = MatrixOps_DDRB.convertInplace(w, null, null).data;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < i; j++) {
				p[j * n + i] = p[i * n + j];
			}
		}
		return p;
	}

	/**
	 * XᵀX + λI from the viewers' rows: each viewer adds the products of their own entries only. Rows of G are built
	 * in fixed bands, each by one thread walking all viewers in order, so every entry sums in the same order on any
	 * number of threads.
	 */
	private DMatrixRMaj gram(ParallelChunks parallel, ProgressMonitor monitor) {
		DMatrixRMaj g = new DMatrixRMaj(n, n);
		double[] d = g.data;
		int[] items = matrix.viewerItems();
		float[] values = matrix.viewerValues();
		int bands = (n + GRAM_BAND - 1) / GRAM_BAND;
		parallel.forEach(bands, band -> {
			int lo = band * GRAM_BAND, hi = Math.min(n, lo + GRAM_BAND);
			for (int u = 0; u < matrix.viewers(); u++) {
				int from = matrix.viewerStart(u), to = matrix.viewerEnd(u);
				for (int a = from; a < to; a++) {
					if (items[a] < lo || items[a] >= hi) {
						continue;
					}
					int row = items[a] * n;
					double va = values[a];
					for (int c = a; c < to; c++) { // ascending items: upper triangle only
						d[row + items[c]] += va * values[c];
					}
				}
			}
		}, monitor);
		for (int i = 0; i < n; i++) {
			d[i * n + i] += settings.lambda();
			for (int j = 0; j < i; j++) {
				d[i * n + j] = d[j * n + i];
			}
		}
		return g;
	}

	@Override
	public boolean concurrentScoring() {
		return true;
	}

	@Override
	public void score(int viewer, float[] scores) {
		if (matrix == null || !matrix.hasHistory(viewer) || weights.length == 0) {
			Scores.cold(popularity, scores);
			return;
		}
		Arrays.fill(scores, 0f);
		int[] items = matrix.viewerItems();
		float[] values = matrix.viewerValues();
		int m = Math.min(n, scores.length);
		for (int a = matrix.viewerStart(viewer); a < matrix.viewerEnd(viewer); a++) {
			int row = items[a] * n;
			float v = values[a];
			for (int j = 0; j < m; j++) {
				scores[j] += v * weights[row + j];
			}
		}
	}

	/** B(i, j) after fitting; 0 before. */
	public double weight(int i, int j) {
		return weights.length == 0 ? 0 : weights[i * n + j];
	}

	private static String gigabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9);
	}

	/** The implicit-feedback matrix of the last fit; null before. */
	public InteractionMatrix interactions() {
		return matrix;
	}
}
