package io.streamwise.recommenders.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;

import io.streamwise.api.progress.ParallelChunks;
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
 * Up to {@link #DENSE_MAX_ROWS} rows, each pair is counted once, by its lower row, into dense accumulators (dot
 * products are symmetric), and the rows' neighbours are then selected from them: half the inner steps, which is what
 * a fit costs, cold or warm. Above, each row is counted on its own with one dense scratch row per thread.
 * <p>
 * Rows are computed in parallel in fixed chunks; each row (or pair) is computed by one thread in a fixed order, so the
 * result is identical for any number of threads. The calling thread takes chunks too, and handles progress and
 * cancellation between them (see {@link ParallelChunks}); a search of less than {@link #MIN_PARALLEL_WORK} steps runs
 * on the calling thread alone.
 */
public final class NearestNeighbours {

	/** Rows per parallel task: the granularity of progress reports and cancellation. */
	private static final int CHUNK = 32;
	/**
	 * Up to this many rows, pairs are counted once each into dense rows x rows accumulators (8 bytes a cell: 32 MB at
	 * the limit) instead of row by row with one dense row per thread.
	 */
	public static final int DENSE_MAX_ROWS = 2048;
	/**
	 * Below this many steps (pairs counted plus candidates looked at: about 0.15 s warm), the search runs on one
	 * thread. Warm, a second thread saves little there (the serial part is a third of an ML-100K-sized fit); cold, it
	 * costs: while two threads run the same not yet compiled loops, every chunk took three to five times the CPU it
	 * takes on one thread (measured; most likely the JIT's per-method counters written from both cores), so a fresh
	 * process's ML-100K fit took twice as long on two threads as on one (docs/benchmarks.md, fifth pass).
	 */
	public static final long MIN_PARALLEL_WORK = 32_000_000;

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
		int useThreads = work(columns) + (long) rows.rows() * rows.rows() < MIN_PARALLEL_WORK ? 1 : threads;
		return topK(rows, columns, alpha, shrinkage, k, useThreads, monitor, task, rows.rows() <= DENSE_MAX_ROWS);
	}

	/** The inner steps of counting every row's co-occurrences: the sum of the squared column lengths. */
	private static long work(SparseMatrix columns) {
		long steps = 0;
		int[] start = columns.start();
		for (int c = 0; c < columns.rows(); c++) {
			long length = start[c + 1] - start[c];
			steps += length * length;
		}
		return steps;
	}

	/**
	 * As {@link #topK(SparseMatrix, SparseMatrix, double, double, int, int, ProgressMonitor, String)}, choosing the
	 * method: {@code symmetric} counts each pair once into dense rows x rows accumulators, else each row is counted on
	 * its own. Both give identical results: a pair's dot product sums the same products in the same (ascending column)
	 * order either way, and the selection does not depend on the order candidates are offered in.
	 */
	public static SparseMatrix topK(SparseMatrix rows, SparseMatrix columns, double alpha, double shrinkage, int k,
			int threads, ProgressMonitor monitor, String task, boolean symmetric) {
		int n = rows.rows();
		Similarities similarities = new Similarities(rows, alpha, shrinkage);
		int[][] neighbourIndex = new int[n][];
		float[][] neighbourValue = new float[n][];
		int chunks = (n + CHUNK - 1) / CHUNK;
		IntConsumer worked = chunk -> monitor.worked(Math.min(n, (chunk + 1) * CHUNK) - chunk * CHUNK);
		try (ParallelChunks parallel = new ParallelChunks(threads, "knn", true)) {
			if (symmetric) {
				monitor.begin(task, 2L * n);
				Pairs pairs = new Pairs(rows, columns);
				parallel.forEach(chunks, pairs::count, worked, monitor);
				// scratch heaps are reused by whichever task runs next: at most one per thread is ever created
				ConcurrentLinkedQueue<Scratch> scratchPool = new ConcurrentLinkedQueue<>();
				parallel.forEach(chunks, chunk -> {
					Scratch scratch = scratchPool.poll();
					if (scratch == null) {
						scratch = new Scratch(n, k);
					}
					BoundedHeap heap = scratch.heap;
					int from = chunk * CHUNK, to = Math.min(n, from + CHUNK);
					pairs.mirror(from, to);
					for (int a = from; a < to; a++) {
						pairs.select(a, similarities, heap);
						heap.sortBestFirst();
						neighbourIndex[a] = heap.indices();
						neighbourValue[a] = heap.values();
					}
					scratchPool.add(scratch);
				}, worked, monitor);
			} else {
				monitor.begin(task, n);
				// scratch spaces are reused by whichever task runs next: at most one per thread is ever created
				ConcurrentLinkedQueue<Scratch> scratchPool = new ConcurrentLinkedQueue<>();
				parallel.forEach(chunks, chunk -> {
					Scratch s = scratchPool.poll();
					if (s == null) {
						s = new Scratch(n, k);
					}
					for (int a = chunk * CHUNK, end = Math.min(n, a + CHUNK); a < end; a++) {
						s.row(a, rows, columns, similarities);
						s.heap.sortBestFirst();
						neighbourIndex[a] = s.heap.indices();
						neighbourValue[a] = s.heap.values();
					}
					scratchPool.add(s);
				}, worked, monitor);
			}
		}
		return SparseMatrix.ofRows(n, neighbourIndex, neighbourValue);
	}

	/**
	 * The k most similar rows of every row of a binary matrix from its co-occurrence counts, as an aggregation over a
	 * log that is never held whole gives them (the Flink engine's, docs/scale-out.md): with every value 1, the dot
	 * product of two rows is the number of columns they share and a row's squared norm its length. The similarity of
	 * each pair is then the very expression {@link #topK} computes, and the selection does not depend on the order the
	 * candidates are offered in, so the result is {@link #topK}'s on the matrix the counts come from.
	 *
	 * @param rowLengths each row's number of columns (for items: their viewers)
	 * @param pairStart  row a's partners are {@code pairIndex[pairStart[a] .. pairStart[a + 1])}, every pair listed
	 *                   under both its rows
	 * @param pairIndex  the partners
	 * @param pairCount  the columns a row shares with each partner (at least 1, below 2^24)
	 */
	public static SparseMatrix topKFromCounts(int[] rowLengths, int[] pairStart, int[] pairIndex, int[] pairCount,
			double alpha, double shrinkage, int k) {
		int n = rowLengths.length;
		double[] normSquared = new double[n];
		int longest = 0;
		for (int a = 0; a < n; a++) {
			normSquared[a] = rowLengths[a];
			longest = Math.max(longest, rowLengths[a]);
		}
		Similarities similarities = new Similarities(normSquared, longest, alpha, shrinkage);
		BoundedHeap heap = new BoundedHeap(k);
		int[][] neighbourIndex = new int[n][];
		float[][] neighbourValue = new float[n][];
		for (int a = 0; a < n; a++) {
			heap.clear();
			for (int p = pairStart[a]; p < pairStart[a + 1]; p++) {
				similarities.offer(a, pairIndex[p], pairCount[p], pairCount[p], heap);
			}
			heap.sortBestFirst();
			neighbourIndex[a] = heap.indices();
			neighbourValue[a] = heap.values();
		}
		return SparseMatrix.ofRows(n, neighbourIndex, neighbourValue);
	}

	/**
	 * Dot products and shared-column counts of every pair of rows, each pair counted once (by its lower row) into
	 * dense upper triangles: half the inner steps of counting row by row. Row a writes only the cells (a, b > a), so
	 * rows can be counted in parallel; once all are counted, each row copies its lower cells from the upper ones. With
	 * binary values the dot products are the counts, and no count array is kept. The cells are held in one slab of
	 * {@link #CHUNK} rows x n per chunk, allocated (and so zeroed) by the thread that counts the chunk, not all at once
	 * by the calling thread.
	 */
	private static final class Pairs {
		final int n;
		final int[] rowStart, rowIndex, columnStart, columnIndex;
		final float[] rowValue, columnValue;
		/** Per chunk of rows: row a's cells at (a % CHUNK) * n + b of slab a / CHUNK. */
		final float[][] dot;
		/** Null when every value is 1. */
		final int[][] shared;

		Pairs(SparseMatrix rows, SparseMatrix columns) {
			n = rows.rows();
			rowStart = rows.start();
			rowIndex = rows.index();
			rowValue = rows.value();
			columnStart = columns.start();
			columnIndex = columns.index();
			columnValue = columns.value();
			int chunks = (n + CHUNK - 1) / CHUNK;
			dot = new float[chunks][];
			// with every value 1 (binary feedback), a dot product is the shared count itself, exact in a float below 2^24
			boolean unit = columns.columns() < (1 << 24);
			for (int p = 0; unit && p < rowValue.length; p++) {
				unit = rowValue[p] == 1f;
			}
			shared = unit ? null : new int[chunks][];
		}

		/** Allocates chunk c's slab and counts its rows. */
		void count(int chunk) {
			int from = chunk * CHUNK, to = Math.min(n, from + CHUNK);
			dot[chunk] = new float[(to - from) * n];
			if (shared != null) {
				shared[chunk] = new int[(to - from) * n];
			}
			for (int a = from; a < to; a++) {
				count(a, dot[chunk], shared == null ? null : shared[chunk], (a - from) * n);
			}
		}

		private void count(int a, float[] d, int[] sh, int base) {
			int[] cStart = columnStart, cIndex = columnIndex;
			float[] cValue = columnValue;
			for (int p = rowStart[a], pEnd = rowStart[a + 1]; p < pEnd; p++) {
				int c = rowIndex[p];
				float x = rowValue[p];
				// the column's rows ascend: walk down from the last to the first row above a
				for (int q = cStart[c + 1] - 1, qEnd = cStart[c]; q >= qEnd; q--) {
					int b = cIndex[q];
					if (b <= a) {
						break;
					}
					d[base + b] += x * cValue[q];
					if (sh != null) {
						sh[base + b]++;
					}
				}
			}
		}

		/**
		 * Copies the cells (a, b < a) of rows from..to-1 (one chunk) from the upper triangle, tile by tile (a tile is
		 * an earlier chunk's slab) so that the column reads stay in cache; every row's cells then lie in one
		 * contiguous run.
		 */
		void mirror(int from, int to) {
			float[] d = dot[from / CHUNK];
			int[] sh = shared == null ? null : shared[from / CHUNK];
			for (int b0 = 0; b0 < to; b0 += CHUNK) {
				int b1 = Math.min(to, b0 + CHUNK);
				float[] sd = dot[b0 / CHUNK];
				int[] ssh = shared == null ? null : shared[b0 / CHUNK];
				for (int a = from; a < to; a++) {
					int base = (a - from) * n;
					for (int b = b0, end = Math.min(b1, a); b < end; b++) {
						d[base + b] = sd[(b - b0) * n + a];
						if (sh != null) {
							sh[base + b] = ssh[(b - b0) * n + a];
						}
					}
				}
			}
		}

		/**
		 * Offers row a's candidates (after {@link #mirror}) to the heap: {@link Similarities#offer}, written out in
		 * one loop because a cold JVM runs this loop partly interpreted.
		 */
		void select(int a, Similarities sims, BoundedHeap heap) {
			heap.clear();
			float[] d = dot[a / CHUNK];
			int[] sh = shared == null ? null : shared[a / CHUNK];
			double[] otherInverse = sims.otherInverse, otherNorm = sims.otherNorm, shrink = sims.shrink;
			double ownInverse = sims.ownInverse[a], ownNorm = sims.ownNorm[a];
			double limit = Double.NEGATIVE_INFINITY;
			int base = (a % CHUNK) * n;
			for (int b = 0; b < n; b++) {
				float x = d[base + b];
				int count = sh == null ? (int) x : sh[base + b];
				if (count == 0 || b == a || x * ownInverse * otherInverse[b] * shrink[count] < limit) {
					continue;
				}
				double sim = x / (ownNorm * otherNorm[b]);
				sim *= shrink[count];
				float s = (float) sim;
				if (s > 0) {
					heap.offer(b, s);
					if (heap.full()) {
						limit = heap.worstValue() * Similarities.MARGIN;
					}
				}
			}
		}
	}

	/**
	 * sim(a, b) from a pair's dot product and shared count, offered to a row's heap. Most candidates cannot enter a
	 * full heap: a bound computed without division (reciprocals, a table of shrinkage factors) rejects them first; the
	 * similarity kept is always the exact expression {@code dot / (|x_a|^2α · |x_b|^2(1−α)) · n/(n + λ)}, so results do
	 * not depend on the bound.
	 */
	static final class Similarities {
		/**
		 * Wider than the bound's error (a few double roundings) plus a float's rounding (2⁻²⁴): a candidate below the
		 * margin rounds to a float below the worst kept value, which the heap would refuse.
		 */
		static final double MARGIN = 1 - 1e-6;
		final double[] ownNorm, otherNorm, ownInverse, otherInverse;
		/** n / (n + λ) for n shared columns (1 without shrinkage), the very value the inline expression gives. */
		final double[] shrink;

		Similarities(SparseMatrix rows, double alpha, double shrinkage) {
			this(rows.rowNormsSquared(), longestRow(rows), alpha, shrinkage);
		}

		private static int longestRow(SparseMatrix rows) {
			int longest = 0;
			for (int a = 0; a < rows.rows(); a++) {
				longest = Math.max(longest, rows.rowLength(a));
			}
			return longest;
		}

		/** From the rows' squared norms and the longest row's length (the most columns two rows can share). */
		Similarities(double[] normSquared, int longest, double alpha, double shrinkage) {
			int n = normSquared.length;
			ownNorm = new double[n];
			otherNorm = new double[n];
			ownInverse = new double[n];
			otherInverse = new double[n];
			for (int a = 0; a < n; a++) {
				ownNorm[a] = Math.pow(normSquared[a], alpha);
				otherNorm[a] = Math.pow(normSquared[a], 1 - alpha);
				ownInverse[a] = 1 / ownNorm[a];
				otherInverse[a] = 1 / otherNorm[a];
			}
			shrink = new double[longest + 1];
			for (int c = 0; c <= longest; c++) {
				shrink[c] = shrinkage > 0 ? c / (c + shrinkage) : 1;
			}
		}

		void offer(int a, int b, float dot, int shared, BoundedHeap heap) {
			if (heap.full() && dot * ownInverse[a] * otherInverse[b] * shrink[shared] < heap.worstValue() * MARGIN) {
				return;
			}
			double sim = dot / (ownNorm[a] * otherNorm[b]);
			sim *= shrink[shared];
			float s = (float) sim;
			if (s > 0) {
				heap.offer(b, s);
			}
		}
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

		void row(int a, SparseMatrix rows, SparseMatrix columns, Similarities similarities) {
			int touchedCount = 0;
			int[] rStart = rows.start(), rIndex = rows.index(), cStart = columns.start(), cIndex = columns.index();
			float[] rValue = rows.value(), cValue = columns.value();
			for (int p = rStart[a]; p < rStart[a + 1]; p++) {
				int c = rIndex[p];
				float x = rValue[p];
				for (int q = cStart[c]; q < cStart[c + 1]; q++) {
					int b = cIndex[q];
					if (b == a) {
						continue;
					}
					if (shared[b]++ == 0) {
						touched[touchedCount++] = b;
					}
					dot[b] += x * cValue[q];
				}
			}
			heap.clear();
			for (int t = 0; t < touchedCount; t++) {
				int b = touched[t];
				similarities.offer(a, b, dot[b], shared[b], heap);
				dot[b] = 0;
				shared[b] = 0;
			}
		}
	}
}
