package io.streamwise.recommenders.internal;

import java.util.Arrays;

import io.streamwise.api.feedback.InteractionMatrix;

/**
 * A sparse matrix of floats in compressed sparse row form: the entries of row r are at positions
 * {@code start[r] .. start[r+1]-1} of {@code index} (their columns) and {@code value}. Primitive arrays only, so
 * that the hot loops of the recommenders touch no boxed values. Treat as immutable once built.
 *
 * @param rows    number of rows
 * @param columns number of columns
 * @param start   row offsets, {@code rows + 1} entries
 * @param index   column of each entry
 * @param value   value of each entry
 */
public record SparseMatrix(int rows, int columns, int[] start, int[] index, float[] value) {

	public SparseMatrix {
		if (start.length != rows + 1 || index.length != value.length || start[rows] != index.length) {
			throw new IllegalArgumentException("inconsistent sparse matrix arrays");
		}
	}

	/** The matrix's rows by viewer (viewers x items), sharing its arrays. */
	public static SparseMatrix byViewer(InteractionMatrix m) {
		return new SparseMatrix(m.viewers(), m.items(), m.viewerOffsets(), m.viewerItems(), m.viewerValues());
	}

	/** The matrix's rows by item (items x viewers), sharing its arrays. */
	public static SparseMatrix byItem(InteractionMatrix m) {
		return new SparseMatrix(m.items(), m.viewers(), m.itemOffsets(), m.itemViewers(), m.itemValues());
	}

	public static SparseMatrix empty(int rows, int columns) {
		return new SparseMatrix(rows, columns, new int[rows + 1], new int[0], new float[0]);
	}

	/** Packs rows given as separate arrays (null for an empty row). */
	public static SparseMatrix ofRows(int columns, int[][] rowIndex, float[][] rowValue) {
		int rows = rowIndex.length;
		int[] start = new int[rows + 1];
		for (int r = 0; r < rows; r++) {
			start[r + 1] = start[r] + (rowIndex[r] == null ? 0 : rowIndex[r].length);
		}
		int[] index = new int[start[rows]];
		float[] value = new float[start[rows]];
		for (int r = 0; r < rows; r++) {
			if (rowIndex[r] != null) {
				System.arraycopy(rowIndex[r], 0, index, start[r], rowIndex[r].length);
				System.arraycopy(rowValue[r], 0, value, start[r], rowValue[r].length);
			}
		}
		return new SparseMatrix(rows, columns, start, index, value);
	}

	public int entries() {
		return index.length;
	}

	public int rowLength(int row) {
		return start[row + 1] - start[row];
	}

	/**
	 * The transpose, by counting sort: the entries of each of its rows come in increasing column order (the rows of
	 * this matrix), whatever order this matrix's rows hold their entries in.
	 */
	/** The column indices of a row, in stored order; empty for a row outside the matrix. */
	public int[] rowIndices(int row) {
		return row < 0 || row >= rows ? new int[0] : java.util.Arrays.copyOfRange(index, start[row], start[row + 1]);
	}

	/** The stored value at (row, column), or 0 when there is none or the row lies outside the matrix. */
	public float get(int row, int column) {
		if (row < 0 || row >= rows) {
			return 0f;
		}
		for (int p = start[row]; p < start[row + 1]; p++) {
			if (index[p] == column) {
				return value[p];
			}
		}
		return 0f;
	}

	public SparseMatrix transpose() {
		int[] tStart = new int[columns + 1];
		for (int p = 0; p < index.length; p++) {
			tStart[index[p] + 1]++;
		}
		for (int c = 0; c < columns; c++) {
			tStart[c + 1] += tStart[c];
		}
		int[] next = Arrays.copyOf(tStart, columns);
		int[] tIndex = new int[index.length];
		float[] tValue = new float[index.length];
		for (int r = 0; r < rows; r++) {
			for (int p = start[r]; p < start[r + 1]; p++) {
				int q = next[index[p]]++;
				tIndex[q] = r;
				tValue[q] = value[p];
			}
		}
		return new SparseMatrix(columns, rows, tStart, tIndex, tValue);
	}

	/** Sum of squared values per row. */
	public double[] rowNormsSquared() {
		double[] out = new double[rows];
		for (int r = 0; r < rows; r++) {
			double s = 0;
			for (int p = start[r]; p < start[r + 1]; p++) {
				s += (double) value[p] * value[p];
			}
			out[r] = s;
		}
		return out;
	}

	/** A copy whose rows each sum to 1 (rows that sum to 0 stay as they are). */
	public SparseMatrix withRowsSummingToOne() {
		float[] v = value.clone();
		for (int r = 0; r < rows; r++) {
			double s = 0;
			for (int p = start[r]; p < start[r + 1]; p++) {
				s += v[p];
			}
			if (s > 0) {
				for (int p = start[r]; p < start[r + 1]; p++) {
					v[p] = (float) (v[p] / s);
				}
			}
		}
		return new SparseMatrix(rows, columns, start, index, v);
	}
}
