package io.streamwise.core.experiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.streamwise.api.data.Availability;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogFile;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.core.io.KeyFile;

/**
 * A {@link LoadedDataset} in one binary file: what the results say of the data (description, sources, SHA-256, key),
 * the given split, the showcases, the catalog, and the log in its columnar form ({@link EventLogFile}). A run on Flink
 * writes it once; every task reads it instead of loading the original files again, and gets the same indices.
 */
final class DatasetFile {

	private static final String MAGIC = "streamwise-dataset";
	private static final int VERSION = 1;

	private DatasetFile() {
	}

	static void write(LoadedDataset data, Path file) throws IOException {
		try (DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			out.writeUTF(MAGIC);
			out.writeInt(VERSION);
			out.writeUTF(data.description());
			out.writeInt(data.sources().size());
			for (String s : data.sources()) {
				out.writeUTF(s);
			}
			out.writeUTF(data.sha256());
			out.writeBoolean(data.pseudonymKey() != null);
			if (data.pseudonymKey() != null) {
				out.writeUTF(data.pseudonymKey().path());
				out.writeUTF(data.pseudonymKey().fingerprint());
			}
			EventLogFile.write(data.dataset().log(), out);
			writeCatalog(data.dataset().catalog(), out);
			out.writeBoolean(data.givenSplit() != null);
			if (data.givenSplit() != null) {
				writeRows(data.givenSplit().train(), out);
				writeRows(data.givenSplit().validation(), out);
				writeRows(data.givenSplit().test(), out);
			}
			out.writeBoolean(data.availability() != null);
			if (data.availability() != null) {
				writeAvailability(data.availability(), out);
			}
		}
	}

	/** @throws IOException naming the file when it cannot be read or is not such a file */
	static LoadedDataset read(Path file) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
				throw new IOException("not a Streamwise dataset file of version " + VERSION);
			}
			String description = in.readUTF();
			List<String> sources = new ArrayList<>();
			for (int i = in.readInt(); i > 0; i--) {
				sources.add(in.readUTF());
			}
			String sha256 = in.readUTF();
			KeyFile key = in.readBoolean() ? new KeyFile(in.readUTF(), in.readUTF()) : null;
			EventLog log = EventLogFile.read(in);
			ItemCatalog catalog = readCatalog(log, in);
			Splits.Split given = in.readBoolean() ? new Splits.Split(readRows(in), readRows(in), readRows(in)) : null;
			Availability availability = in.readBoolean() ? readAvailability(in) : null;
			return new LoadedDataset(new Dataset(log, catalog), description, sources, sha256, given, availability,
					key);
		} catch (IOException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
	}

	private static void writeCatalog(ItemCatalog c, DataOutputStream out) throws IOException {
		int n = c.items().size();
		for (int i = 0; i < n; i++) {
			out.writeFloat(c.price(i));
			out.writeUTF(c.title(i));
			out.writeUTF(c.kind(i));
			out.writeUTF(c.category(i));
			List<String> tags = c.tags(i);
			out.writeInt(tags.size());
			for (String t : tags) {
				out.writeUTF(t);
			}
		}
	}

	private static ItemCatalog readCatalog(EventLog log, DataInputStream in) throws IOException {
		int n = log.items().size();
		float[] prices = new float[n];
		String[] titles = new String[n], kinds = new String[n], categories = new String[n];
		String[][] tags = new String[n][];
		for (int i = 0; i < n; i++) {
			prices[i] = in.readFloat();
			titles[i] = in.readUTF();
			kinds[i] = in.readUTF();
			categories[i] = in.readUTF();
			tags[i] = new String[in.readInt()];
			for (int t = 0; t < tags[i].length; t++) {
				tags[i][t] = in.readUTF();
			}
		}
		return new ItemCatalog(log.items(), prices, titles, kinds, categories, tags);
	}

	private static void writeRows(int[] rows, DataOutputStream out) throws IOException {
		out.writeInt(rows.length);
		for (int r : rows) {
			out.writeInt(r);
		}
	}

	private static int[] readRows(DataInputStream in) throws IOException {
		int[] rows = new int[in.readInt()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = in.readInt();
		}
		return rows;
	}

	private static void writeAvailability(Availability a, DataOutputStream out) throws IOException {
		out.writeInt(a.streams());
		for (int s = 0; s < a.streams(); s++) {
			out.writeLong(a.start(s));
			out.writeLong(a.end(s));
			List<Availability.Window> windows = a.windows(s);
			out.writeInt(windows.size());
			for (Availability.Window w : windows) {
				out.writeInt(w.item());
				out.writeLong(w.from());
				out.writeLong(w.until());
			}
		}
	}

	private static Availability readAvailability(DataInputStream in) throws IOException {
		int streams = in.readInt();
		long[] starts = new long[streams], ends = new long[streams];
		List<List<Availability.Window>> windows = new ArrayList<>();
		for (int s = 0; s < streams; s++) {
			starts[s] = in.readLong();
			ends[s] = in.readLong();
			List<Availability.Window> w = new ArrayList<>();
			for (int k = in.readInt(); k > 0; k--) {
				w.add(new Availability.Window(in.readInt(), in.readLong(), in.readLong()));
			}
			windows.add(w);
		}
		return new Availability(starts, ends, windows);
	}
}
