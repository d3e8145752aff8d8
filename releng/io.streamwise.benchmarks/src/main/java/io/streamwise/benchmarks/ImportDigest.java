package io.streamwise.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.IdDictionary;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Digests;
import io.streamwise.core.io.CsvEventImporter;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.EventImport;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.ImportReport;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.core.io.RejectedRow;

/**
 * Prints a digest of everything an import of each file gives, to check that a change to the importer keeps its
 * results to the byte: every dictionary id, every event's columns (value bits included), the report's counts, every
 * rejected row (file, line, column, reason, text), the warnings and the summary. Each file is imported twice, with raw
 * and with pseudonymised ids (a fixed all-zero key), with no limit on rejected rows; an import that fails digests its
 * message instead.
 * <p>
 * Run from the benchmark module's class path: {@code java -cp ... io.streamwise.benchmarks.ImportDigest FILE...};
 * prints {@code raw-digest/events/rejected-rows-kept  pseudonymised-digest/...  FILE} per file.
 */
public final class ImportDigest {

	private ImportDigest() {
	}

	public static void main(String[] args) throws Exception {
		for (String a : args) {
			Path file = Path.of(a);
			System.out.println(digest(file, false) + "  " + digest(file, true) + "  " + a);
		}
	}

	static String digest(Path file, boolean pseudonymised) throws Exception {
		IdPolicy ids = pseudonymised ? IdPolicy.pseudonymised(PseudonymKey.of(new byte[32])) : IdPolicy.raw();
		EventImport imp;
		try {
			imp = CsvEventImporter.read(file, CsvMapping.defaults(), ids,
					ImportOptions.defaults().withMaxRejectedShare(1.0), ProgressMonitor.NULL);
		} catch (ImportException e) {
			return "failed:" + e.getMessage();
		}
		MessageDigest md = MessageDigest.getInstance("SHA-256");
		EventLog log = imp.log();
		for (IdDictionary d : new IdDictionary[] { log.viewers(), log.items(), log.streams() }) {
			for (int i = 0; i < d.size(); i++) {
				md.update((d.id(i) + "\n").getBytes(StandardCharsets.UTF_8));
			}
			md.update("--\n".getBytes(StandardCharsets.UTF_8));
		}
		// the events through the provenance digest of results (each event's ids and columns); the dictionaries above
		// add the order in which the ids were numbered
		md.update((Digests.eventLog(log) + "\n").getBytes(StandardCharsets.UTF_8));
		ImportReport report = imp.report();
		StringBuilder text = new StringBuilder();
		text.append(report.rowsRead()).append(' ').append(report.rowsAccepted()).append(' ')
				.append(report.duplicatesRemoved()).append(' ').append(report.rejectedCount()).append('\n');
		for (RejectedRow rejected : report.rejectedRows()) {
			text.append(rejected).append('\n');
		}
		for (String warning : report.warnings()) {
			text.append(warning).append('\n');
		}
		text.append(report.summary());
		md.update(text.toString().getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(md.digest()).substring(0, 16) + "/" + log.size() + "/"
				+ report.rejectedRows().size();
	}
}
