package io.streamwise.api.data;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The columnar binary form of an {@link EventLog}: its three id dictionaries and its primitive columns as they are held
 * in memory, so that another process (a Flink task manager, say) gets the very same log, indices included, from a file
 * of about the log's own size without parsing anything. Written once by the process that loaded the data; the format
 * starts with {@value #MAGIC} and a version, and a reader refuses anything else.
 */
public final class EventLogFile {

	/** The first bytes of every file. */
	public static final String MAGIC = "streamwise-eventlog";
	private static final int VERSION = 1;
	/** Bytes moved per bulk copy of a column. */
	private static final int CHUNK = 1 << 16;

	private EventLogFile() {
	}

	/** Writes the log to the stream (which the caller buffers and closes). */
	public static void write(EventLog log, DataOutputStream out) throws IOException {
		out.writeUTF(MAGIC);
		out.writeInt(VERSION);
		writeDictionary(log.viewers(), out);
		writeDictionary(log.items(), out);
		writeDictionary(log.streams(), out);
		out.writeLong(log.baseEpochSecond());
		out.writeInt(log.size());
		log.writeColumns(out);
	}

	/**
	 * Reads a log written by {@link #write}.
	 *
	 * @throws IOException naming what is wrong when the stream is not such a file, of another version, or cut short
	 */
	public static EventLog read(DataInputStream in) throws IOException {
		String magic;
		try {
			magic = in.readUTF();
		} catch (EOFException | java.io.UTFDataFormatException e) {
			throw new IOException("not a Streamwise event log file (it is empty or does not start with " + MAGIC + ")");
		}
		if (!MAGIC.equals(magic)) {
			throw new IOException("not a Streamwise event log file (it does not start with " + MAGIC + ")");
		}
		int version = in.readInt();
		if (version != VERSION) {
			throw new IOException(
					"event log file of version " + version + "; this Streamwise reads version " + VERSION);
		}
		try {
			IdDictionary viewers = readDictionary(in);
			IdDictionary items = readDictionary(in);
			IdDictionary streams = readDictionary(in);
			long base = in.readLong();
			int n = in.readInt();
			int[] viewer = readInts(n, in), item = readInts(n, in), streamType = readInts(n, in);
			int[] time = null;
			long[] wideTime = null;
			if (in.readBoolean()) {
				wideTime = readLongs(n, in);
			} else {
				time = readInts(n, in);
			}
			char[] codes = null;
			float[] table = null, values = null;
			if (in.readBoolean()) {
				table = readFloats(in);
				codes = readChars(n, in);
			} else {
				values = readFloats(in);
			}
			return new EventLog(viewers, items, streams, base, viewer, item, streamType, time, wideTime, codes, table,
					values);
		} catch (EOFException e) {
			throw new IOException("the event log file is cut short");
		}
	}

	private static void writeDictionary(IdDictionary d, DataOutputStream out) throws IOException {
		out.writeInt(d.size());
		for (int i = 0; i < d.size(); i++) {
			byte[] b = d.id(i).getBytes(StandardCharsets.UTF_8);
			out.writeInt(b.length);
			out.write(b);
		}
	}

	private static IdDictionary readDictionary(DataInputStream in) throws IOException {
		String[] ids = new String[in.readInt()];
		for (int i = 0; i < ids.length; i++) {
			byte[] b = new byte[in.readInt()];
			in.readFully(b);
			ids[i] = new String(b, StandardCharsets.UTF_8);
		}
		return IdDictionary.of(ids);
	}

	private static ByteBuffer buffer() {
		return ByteBuffer.allocate(CHUNK).order(ByteOrder.BIG_ENDIAN);
	}

	static void writeInts(int[] v, DataOutputStream out) throws IOException {
		ByteBuffer b = buffer();
		for (int i = 0; i < v.length;) {
			int k = Math.min(v.length - i, CHUNK / 4);
			b.clear();
			b.asIntBuffer().put(v, i, k);
			out.write(b.array(), 0, k * 4);
			i += k;
		}
	}

	private static int[] readInts(int n, DataInputStream in) throws IOException {
		int[] v = new int[n];
		ByteBuffer b = buffer();
		for (int i = 0; i < n;) {
			int k = Math.min(n - i, CHUNK / 4);
			in.readFully(b.array(), 0, k * 4);
			b.clear();
			b.asIntBuffer().get(v, i, k);
			i += k;
		}
		return v;
	}

	static void writeLongs(long[] v, DataOutputStream out) throws IOException {
		ByteBuffer b = buffer();
		for (int i = 0; i < v.length;) {
			int k = Math.min(v.length - i, CHUNK / 8);
			b.clear();
			b.asLongBuffer().put(v, i, k);
			out.write(b.array(), 0, k * 8);
			i += k;
		}
	}

	private static long[] readLongs(int n, DataInputStream in) throws IOException {
		long[] v = new long[n];
		ByteBuffer b = buffer();
		for (int i = 0; i < n;) {
			int k = Math.min(n - i, CHUNK / 8);
			in.readFully(b.array(), 0, k * 8);
			b.clear();
			b.asLongBuffer().get(v, i, k);
			i += k;
		}
		return v;
	}

	static void writeFloats(float[] v, DataOutputStream out) throws IOException {
		out.writeInt(v.length);
		ByteBuffer b = buffer();
		for (int i = 0; i < v.length;) {
			int k = Math.min(v.length - i, CHUNK / 4);
			b.clear();
			b.asFloatBuffer().put(v, i, k); // raw bits: NaN payloads are kept
			out.write(b.array(), 0, k * 4);
			i += k;
		}
	}

	private static float[] readFloats(DataInputStream in) throws IOException {
		int n = in.readInt();
		float[] v = new float[n];
		ByteBuffer b = buffer();
		for (int i = 0; i < n;) {
			int k = Math.min(n - i, CHUNK / 4);
			in.readFully(b.array(), 0, k * 4);
			b.clear();
			b.asFloatBuffer().get(v, i, k);
			i += k;
		}
		return v;
	}

	static void writeChars(char[] v, DataOutputStream out) throws IOException {
		ByteBuffer b = buffer();
		for (int i = 0; i < v.length;) {
			int k = Math.min(v.length - i, CHUNK / 2);
			b.clear();
			b.asCharBuffer().put(v, i, k);
			out.write(b.array(), 0, k * 2);
			i += k;
		}
	}

	private static char[] readChars(int n, DataInputStream in) throws IOException {
		char[] v = new char[n];
		ByteBuffer b = buffer();
		for (int i = 0; i < n;) {
			int k = Math.min(n - i, CHUNK / 2);
			in.readFully(b.array(), 0, k * 2);
			b.clear();
			b.asCharBuffer().get(v, i, k);
			i += k;
		}
		return v;
	}
}
