package io.streamwise.flink;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.common.typeinfo.TypeHint;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import io.streamwise.api.data.EventLog;
import io.streamwise.core.experiment.DatasetOptions;
import io.streamwise.core.experiment.FlinkAggregation.Answer;
import io.streamwise.core.experiment.FlinkAggregation.Plan;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.CsvMapping.TimestampFormat;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.ImportOptions.EpochUnit;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.core.io.RejectedRow;

/**
 * The file in pieces: byte ranges cut after a line end (a line belongs to the piece it starts in), each imported on
 * its own by the importer with the file's header put before it. What the pieces cannot decide alone is decided once
 * from the file's head: the unit of numeric timestamps (the importer infers it from the first numbers) and bad input
 * that leaves nothing to import (a missing column). A quoted field holding a line break across a cut would be misread:
 * event logs have none (docs/scale-out.md).
 */
final class Pieces {

	/** The per-piece import reports, beside the viewers' events. */
	static final OutputTag<Tuple3<String, String, byte[]>> REPORTS = new OutputTag<>("reports",
			TypeInformation.of(new TypeHint<Tuple3<String, String, byte[]>>() {
			}));
	/** Bytes of the head read to decide the time unit: more than the importer's first chunk. */
	private static final int HEAD_BYTES = 4 << 20;

	private Pieces() {
	}

	/**
	 * @param bounds     piece p is bytes [bounds[p], bounds[p + 1])
	 * @param header     the header line with its line end (empty without a header), put before pieces 1..
	 * @param unit       the unit of numeric timestamps for every piece
	 * @param warning    the importer's warning about the unit, or null
	 * @param inputError bad input that leaves nothing to import, or null
	 */
	record Setup(long[] bounds, byte[] header, EpochUnit unit, String warning, Answer inputError)
			implements Serializable {
		int pieces() {
			return bounds.length - 1;
		}

		/** The line in the file, counted from the piece's start, of a piece file's line. */
		long fileLine(int piece, long localLine) {
			return piece > 0 && header.length > 0 ? localLine - 1 : localLine;
		}
	}

	static Setup setup(Plan plan, Path file) throws IOException {
		long size = Files.size(file);
		CsvMapping mapping = AggregateJob.mapping(plan);
		byte[] header = new byte[0];
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
			if (mapping.header()) {
				long end = lineEnd(f, 0, size);
				header = AggregateJob.read(f, 0, end);
			}
			EpochUnit unit = AggregateJob.pieceOptions(plan, EpochUnit.AUTO).timeUnit();
			String warning = null;
			long headEnd = Math.min(size, HEAD_BYTES) == size ? size : lineStart(f, HEAD_BYTES, size);
			Path dir = Files.createTempDirectory("streamwise-head-");
			Path head = dir.resolve(file.getFileName().toString());
			try {
				Files.write(head, AggregateJob.read(f, 0, headEnd));
				EventImport imported = AggregateJob.importFile(head, plan, unit);
				if (unit == EpochUnit.AUTO && !explicitFormat(mapping)) {
					warning = imported.report().warnings().stream().filter(w -> w.contains("epoch milliseconds"))
							.findFirst().orElse(null);
					unit = warning != null ? EpochUnit.MILLISECONDS : EpochUnit.SECONDS;
				}
			} catch (ImportException e) {
				if (!e.getMessage().contains("rows were rejected")) {
					return new Setup(new long[] { 0, size }, header, unit, null,
							AggregateJob.inputError(e, head, e.line()));
				}
				unit = unit == EpochUnit.AUTO && !explicitFormat(mapping) ? EpochUnit.SECONDS : unit;
			} finally {
				Files.deleteIfExists(head);
				Files.deleteIfExists(dir);
			}
			long pieceBytes = Math.max(1, plan.pieceBytes());
			List<Long> bounds = new ArrayList<>();
			bounds.add(0L);
			for (long at = pieceBytes; at < size; at += pieceBytes) {
				long start = lineStart(f, at, size);
				if (start > bounds.get(bounds.size() - 1) && start < size) {
					bounds.add(start);
				}
			}
			bounds.add(size);
			return new Setup(bounds.stream().mapToLong(Long::longValue).toArray(), header, unit, warning, null);
		}
	}

	private static boolean explicitFormat(CsvMapping mapping) {
		return mapping.timestampFormat() == TimestampFormat.EPOCH_MILLIS
				|| mapping.timestampFormat() == TimestampFormat.EPOCH_SECONDS;
	}

	/** The start of the first line that starts at or after {@code at} (size when none). */
	static long lineStart(RandomAccessFile f, long at, long size) throws IOException {
		if (at <= 0) {
			return 0;
		}
		return lineEnd(f, at - 1, size);
	}

	/** Just after the first line end at or after {@code from} (size when none). */
	static long lineEnd(RandomAccessFile f, long from, long size) throws IOException {
		byte[] buf = new byte[8192];
		long pos = from;
		while (pos < size) {
			f.seek(pos);
			int n = f.read(buf, 0, (int) Math.min(buf.length, size - pos));
			for (int i = 0; i < n; i++) {
				if (buf[i] == '\n') {
					return pos + i + 1;
				}
			}
			pos += n;
		}
		return size;
	}

	static IdPolicy ids(Plan plan) throws IOException {
		if (Boolean.parseBoolean(plan.options().get(DatasetOptions.RAW_IDS)) || plan.keyFile() == null) {
			return IdPolicy.raw();
		}
		return IdPolicy.pseudonymised(PseudonymKey.loadOrCreate(Path.of(plan.keyFile())));
	}

	/** What one piece's import read and rejected; lines are the piece file's. */
	static final class PieceReport {
		long rowsRead, rowsAccepted, rejectedCount, newlines, nanos;
		List<Long> lines = new ArrayList<>();
		List<String[]> texts = new ArrayList<>();
		String inputError, inputErrorColumn;
		long inputErrorLine;

		byte[] encode() {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (DataOutputStream out = new DataOutputStream(bytes)) {
				out.writeLong(rowsRead);
				out.writeLong(rowsAccepted);
				out.writeLong(rejectedCount);
				out.writeLong(newlines);
				out.writeLong(nanos);
				out.writeBoolean(inputError != null);
				if (inputError != null) {
					Counting.writeString(out, inputError);
					Counting.writeString(out, inputErrorColumn == null ? "" : inputErrorColumn);
					out.writeLong(inputErrorLine);
				}
				out.writeInt(lines.size());
				for (int i = 0; i < lines.size(); i++) {
					out.writeLong(lines.get(i));
					for (String s : texts.get(i)) {
						Counting.writeString(out, s == null ? "" : s);
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return bytes.toByteArray();
		}

		static PieceReport decode(byte[] b) {
			PieceReport r = new PieceReport();
			try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(b))) {
				r.rowsRead = in.readLong();
				r.rowsAccepted = in.readLong();
				r.rejectedCount = in.readLong();
				r.newlines = in.readLong();
				r.nanos = in.readLong();
				if (in.readBoolean()) {
					r.inputError = Counting.readString(in);
					r.inputErrorColumn = Counting.readString(in);
					r.inputErrorColumn = r.inputErrorColumn.isEmpty() ? null : r.inputErrorColumn;
					r.inputErrorLine = in.readLong();
				}
				int n = in.readInt();
				for (int i = 0; i < n; i++) {
					r.lines.add(in.readLong());
					r.texts.add(new String[] { Counting.readString(in), Counting.readString(in),
							Counting.readString(in) });
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return r;
		}
	}

	/** Imports a piece and sends each of its viewers' events (keyed by viewer) and its report (a side output). */
	static final class Import extends ProcessFunction<Integer, Tuple2<String, byte[]>> {
		private static final long serialVersionUID = 1L;
		private final Plan plan;
		private final Setup setup;

		Import(Plan plan, Setup setup) {
			this.plan = plan;
			this.setup = setup;
		}

		@Override
		public void processElement(Integer piece, Context ctx, Collector<Tuple2<String, byte[]>> out)
				throws Exception {
			long started = System.nanoTime();
			Path file = Path.of(plan.file());
			byte[] body;
			try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
				body = AggregateJob.read(f, setup.bounds()[piece], setup.bounds()[piece + 1]);
			} catch (IOException e) {
				throw new IOException("task manager " + java.net.InetAddress.getLocalHost().getHostName()
						+ " cannot read " + file + " (" + e + ")", e);
			}
			PieceReport report = new PieceReport();
			for (byte b : body) {
				report.newlines += b == '\n' ? 1 : 0;
			}
			Path dir = Files.createTempDirectory("streamwise-piece-");
			Path pieceFile = dir.resolve(file.getFileName().toString());
			EventImport imported = null;
			try {
				try (var w = Files.newOutputStream(pieceFile)) {
					if (piece > 0) {
						w.write(setup.header());
					}
					w.write(body);
				}
				body = null;
				imported = AggregateJob.importFile(pieceFile, plan, setup.unit());
			} catch (ImportException e) {
				String m = e.getMessage();
				if (!m.contains("has no records") && !m.contains("has a header but no data rows")
						&& !m.contains("file is empty")) {
					// every row of the piece rejected: said as bad input at its first row
					Answer a = AggregateJob.inputError(e, pieceFile, e.line());
					report.inputError = a.inputError;
					report.inputErrorColumn = a.inputErrorColumn;
					report.inputErrorLine = a.inputErrorLine;
				}
			} finally {
				Files.deleteIfExists(pieceFile);
				Files.deleteIfExists(dir);
			}
			if (imported != null) {
				var r = imported.report();
				report.rowsRead = r.rowsRead();
				report.rowsAccepted = r.rowsAccepted();
				report.rejectedCount = r.rejectedCount();
				for (RejectedRow row : r.rejectedRows()) {
					report.lines.add(row.line());
					report.texts.add(new String[] { row.column(), row.reason(), row.rawText() });
				}
				emitViewers(imported.log(), out);
			}
			report.nanos = System.nanoTime() - started;
			ctx.output(REPORTS, Tuple3.of(Counting.REPORT, Integer.toString(piece), report.encode()));
		}

		/** Each viewer's events of the piece, as one record. */
		private static void emitViewers(EventLog log, Collector<Tuple2<String, byte[]>> out) throws IOException {
			int viewers = log.viewers().size();
			int[] start = new int[viewers + 1];
			for (int r = 0; r < log.size(); r++) {
				start[log.viewer(r) + 1]++;
			}
			for (int v = 0; v < viewers; v++) {
				start[v + 1] += start[v];
			}
			int[] rows = new int[log.size()];
			int[] fill = java.util.Arrays.copyOf(start, viewers);
			for (int r = 0; r < log.size(); r++) {
				rows[fill[log.viewer(r)]++] = r;
			}
			for (int v = 0; v < viewers; v++) {
				if (start[v] == start[v + 1]) {
					continue;
				}
				ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * (start[v + 1] - start[v]));
				try (DataOutputStream d = new DataOutputStream(bytes)) {
					d.writeInt(start[v + 1] - start[v]);
					for (int p = start[v]; p < start[v + 1]; p++) {
						int r = rows[p];
						Counting.writeEvent(d, log.stream(r) < 0 ? null : log.streams().id(log.stream(r)),
								log.item(r) < 0 ? null : log.items().id(log.item(r)), log.typeCode(r),
								log.timestamp(r), log.value(r));
					}
				}
				out.collect(Tuple2.of(log.viewers().id(v), bytes.toByteArray()));
			}
		}
	}
}
