package io.streamwise.recommenders.internal;

import java.util.concurrent.ConcurrentLinkedQueue;

import io.streamwise.api.progress.ProgressMonitor;

/**
 * The k most similar rows of every row of a sparse matrix, by sparse co-occurrence counting: for row a, each of its
 * columns c is followed to the other rows b that have c, accumulating the dot product and the number of shared
 * columns of a and b. Only pairs that share a column are ever touched, so the cost is the sum over columns of the
 * squared column length, not rows².
 * <p>
 * Similarity of row a to row b, with x_a the row vector, n_ab the number of shared columns and λ the shrinkage:
 *
 * <pre>
 * sim(a, b) = x_a·x_b / (|x_a|^(2α) · |x_b|^(2(1−α))) · n_ab / (n_ab + λ)
 * </pre>
 *
 * α = 0.5 is the cosine; other values give Aiolli's asymmetric cosine (α = 0 is the conditional probability of a
 * given b for binary data). Only positive similarities are kept.
 * <p>
 * Rows are computed in parallel in fixed chunks; each row is computed by one thread in a fixed order with its own
 * scratch space, so the result is identical for any number of threads. Progress and cancellation are handled on the
 * calling thread (see {@link Workers}).
 */
public final class NearestNeighbours {

	/** Rows per parallel task: the granularity of progress reports and cancellation. */
	private static final int CHUNK = 32;

	private NearestNeighbours() {
	}

	/**
	 * @param rows       the rows to compare (rows x columns)
	 * @param columns    its transpose
	 * @param alpha      exponent split of the normalisation, in [0, 1]
	 * @param shrinkage  λ ≥ 0
	 * @param k          neighbours kept per row
	 * @param threads    threads to use, 0 for every available processor; the result does not depend on it
	 * @param monitor    progress and cancellation
	 * @param task       name of the task for the monitor
	 * @return rows x rows: the neighbours of each row, most similar first (ties: lower index first)
	 */
	public static SparseMatrix topK(SparseMatrix rows, SparseMatrix columns, double alpha, double shrinkage, int k,
			int threads, ProgressMonitor monitor, String task) {
		int n = rows.rows();
		double[] normSquared = rows.rowNormsSquared();
		double[] ownNorm = new double[n], otherNorm = new double[n];
		for (int a = 0; a < n; a++) {
			ownNorm[a] = Math.pow(normSquared[a], alpha);
			otherNorm[a] = Math.pow(normSquared[a], 1 - alpha);
		}
		int[][] neighbourIndex = new int[n][];
		float[][] neighbourValue = new float[n][];
		// scratch spaces are reused by whichever task runs next: at most one per thread is ever created
		ConcurrentLinkedQueue<Scratch> scratchPool = new ConcurrentLinkedQueue<>();
		monitor.begin(task, n);
		int chunks = (n + CHUNK - 1) / CHUNK;
		Workers.forEach(chunks, threads, chunk -> {
			Scratch s = scratchPool.poll();
			if (s == null) {
				s = new Scratch(n, k);
			}
			for (int a = chunk * CHUNK, end = Math.min(n, a + CHUNK); a < end; a++) {
				s.row(a, rows, columns, ownNorm, otherNorm, shrinkage);
				s.heap.sortBestFirst();
				neighbourIndex[a] = s.heap.indices();
				neighbourValue[a] = s.heap.values();
			}
			scratchPool.add(s);
		}, chunk -> monitor.worked(Math.min(n, (chunk + 1) * CHUNK) - chunk * CHUNK), monitor);
		return SparseMatrix.ofRows(n, neighbourIndex, neighbourValue);
	}

	/** Dense accumulators for one row at a time, reset through the list of touched entries. */
	private static final class Scratch {
		final float[] dot;
		final int[] shared;
		final int[] touched;
		final BoundedHeap heap;

		Scratch(int n, int k) {
			dot = new float[n];
			shared = new int[n];
			touched = new int[n];
			heap = new BoundedHeap(k);
		}

		void row(int a, SparseMatrix rows, SparseMatrix columns, double[] ownNorm, double[] otherNorm,
				double shrinkage) {
			int touchedCount = 0;
			for (int p = rows.start()[a]; p < rows.start()[a + 1]; p++) {
				int c = rows.index()[p];
				float x = rows.value()[p];
				for (int q = columns.start()[c]; q < columns.start()[c + 1]; q++) {
					int b = columns.index()[q];
					if (b == a) {
						continue;
					}
					if (shared[b]++ == 0) {
						touched[touchedCount++] = b;
					}
					dot[b] += x * columns.value()[q];
				}
			}
			heap.clear();
			for (int t = 0; t < touchedCount; t++) {
				int b = touched[t];
				double sim = dot[b] / (ownNorm[a] * otherNorm[b]);
				if (shrinkage > 0) {
					sim *= shared[b] / (shared[b] + shrinkage);
				}
				dot[b] = 0;
				shared[b] = 0;
				float s = (float) sim;
				if (s > 0) {
					heap.offer(b, s);
				}
			}
		}
	}
}
