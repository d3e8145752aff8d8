package io.streamwise.core.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;

/**
 * Resolves the viewer ids of accepted rows in batches and adds the rows to the builder in their original order. Raw ids
 * are looked up in the parser's buffer and turned into strings (and pseudonyms) once per distinct id.
 */
final class ViewerBatchResolver {

	private final EventLogBuilder builder;
	private final UnaryOperator<String> viewerMapper;
	private final CharKeyIndex viewers = new CharKeyIndex();

	/** Whether viewers are interned with their raw id as order key (a canonical builder); else by their id alone. */
	private final boolean orderByRaw;

	ViewerBatchResolver(EventLogBuilder builder, UnaryOperator<String> viewerMapper, boolean orderByRaw) {
		this.builder = builder;
		this.viewerMapper = viewerMapper;
		this.orderByRaw = orderByRaw;
	}

	/** Interns a viewer ahead of the events (a builder that is not canonical numbers viewers in this order). */
	void register(String rawId) {
		char[] c = rawId.toCharArray();
		if (viewers.get(c, 0, c.length) < 0) {
			viewers.put(c, 0, c.length, builder.viewer(viewerMapper.apply(rawId)));
		}
	}

	/*
	 * Accepted rows wait in a small batch before their viewer ids are looked up. With hundreds of thousands of viewers
	 * each lookup is a cache miss; touching the whole batch's table slots first lets the processor fetch them in
	 * parallel. Rows are then resolved and added in their original order, so the result does not change.
	 */
	private static final int BATCH = 256;
	private final long[] batchKey = new long[BATCH];
	private final int[] batchOff = new int[BATCH], batchLen = new int[BATCH];
	private char[] batchChars = new char[BATCH * 8];
	private int batchCharsUsed;
	private final int[] batchStream = new int[BATCH], batchItem = new int[BATCH];
	private final EventType[] batchType = new EventType[BATCH];
	private final long[] batchTime = new long[BATCH], batchLine = new long[BATCH];
	private final float[] batchValue = new float[BATCH];
	private int batchSize;
	private Path batchFile;
	/** Keeps the batch's slot reads from being optimised away: written, never read, on purpose. */
	@SuppressWarnings("unused")
	private long touched;

	/**
	 * Adds an accepted row to the batch.
	 *
	 * @param packed the viewer id b[off, off + len) packed by {@link CharKeyIndex#pack}, 0 when it does not fit a long
	 */
	void enqueue(long packed, char[] b, int off, int len, int stream, int item, EventType type, long time,
			float value, Path file, long line) throws ImportException {
		int i = batchSize;
		batchKey[i] = packed;
		if (packed == 0) {
			if (batchCharsUsed + len > batchChars.length) {
				batchChars = Arrays.copyOf(batchChars, Math.max(batchChars.length * 2, batchCharsUsed + len));
			}
			System.arraycopy(b, off, batchChars, batchCharsUsed, len);
			batchOff[i] = batchCharsUsed;
			batchLen[i] = len;
			batchCharsUsed += len;
		}
		batchStream[i] = stream;
		batchItem[i] = item;
		batchType[i] = type;
		batchTime[i] = time;
		batchValue[i] = value;
		batchLine[i] = line;
		batchFile = file;
		if (++batchSize == BATCH) {
			flush();
		}
	}

	void flush() throws ImportException {
		long sum = 0;
		for (int i = 0; i < batchSize; i++) {
			if (batchKey[i] != 0) {
				sum += viewers.touch(batchKey[i]);
			}
		}
		touched += sum;
		for (int i = 0; i < batchSize; i++) {
			int viewer = batchKey[i] != 0 ? viewerIndex(batchKey[i], batchFile, batchLine[i])
					: viewerIndex(batchChars, batchOff[i], batchLen[i], batchFile, batchLine[i]);
			builder.add(viewer, batchStream[i], batchItem[i], batchType[i], batchTime[i], batchValue[i]);
		}
		batchSize = 0;
		batchCharsUsed = 0;
	}

	private int viewerIndex(long packed, Path file, long line) throws ImportException {
		int v = viewers.getPacked(packed);
		if (v < 0) {
			v = newViewer(CharKeyIndex.unpack(packed), file, line);
			viewers.putPacked(packed, v);
		}
		return v;
	}

	private int newViewer(String rawId, Path file, long line) throws ImportException {
		String id = viewerMapper.apply(rawId);
		if (!orderByRaw) {
			return builder.viewer(id);
		}
		// ordered by the raw id, so that the viewers' indices (and every result) do not depend on the key
		int v = builder.viewer(id, rawId);
		if (v != viewers.size()) {
			// two raw ids with one 80-bit pseudonym: practically impossible, but merging viewers silently is worse
			throw new ImportException(file, line, null, "pseudonym collision for viewer id '" + id
					+ "'; use another key");
		}
		return v;
	}

	private int viewerIndex(char[] b, int off, int len, Path file, long line) throws ImportException {
		int v = viewers.get(b, off, len);
		if (v < 0) {
			v = newViewer(new String(b, off, len), file, line);
			viewers.put(b, off, len, v);
		}
		return v;
	}

	/** The builder's viewer index of a raw viewer id that was read, or -1. */
	int indexOfRaw(String rawId) {
		char[] c = rawId.toCharArray();
		return viewers.get(c, 0, c.length);
	}
}
