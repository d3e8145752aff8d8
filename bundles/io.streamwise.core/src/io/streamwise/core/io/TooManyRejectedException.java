package io.streamwise.core.io;

import java.nio.file.Path;

/**
 * More rows were rejected than the import allows ({@link ImportOptions#maxRejectedShare()}): a file that loses that
 * much is more likely read with the wrong mapping, encoding or time unit than merely a little dirty. The message holds
 * the report's summary and names the option that raises the limit.
 */
public final class TooManyRejectedException extends ImportException {
	private static final long serialVersionUID = 1L;

	private final transient ImportReport report;

	public TooManyRejectedException(Path file, ImportReport report, long rejectedRows, long rowsRead, double maxShare) {
		super(file, 0, null, String.format(java.util.Locale.ROOT,
				"%,d of %,d data rows (%.2f %%) were rejected, more than the %s %% allowed. %s Fix the rows, or allow"
						+ " more with --max-rejected-share (the dataset option maxRejectedShare), e.g. %s.",
				rejectedRows, rowsRead, 100.0 * rejectedRows / rowsRead, percent(maxShare), report.summary(),
				suggestion(rejectedRows, rowsRead)));
		this.report = report;
	}

	private static String percent(double share) {
		return java.math.BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString();
	}

	/** A share just above the observed one, rounded up to a whole per cent. */
	private static String suggestion(long rejected, long read) {
		double pct = Math.ceil(100.0 * rejected / read);
		return java.math.BigDecimal.valueOf(Math.min(1.0, pct / 100)).stripTrailingZeros().toPlainString();
	}

	/** What was read and rejected; its rejected rows say where and why. */
	public ImportReport report() {
		return report;
	}
}
