package io.streamwise.core.io;

/**
 * A row an import skipped, and why.
 *
 * @param file    the file it is in
 * @param line    its 1-based line number (where the record starts)
 * @param column  the column at fault by header name (or {@code #index} without a header); {@code *} when the row as a
 *                whole is wrong, such as a wrong number of fields
 * @param reason  what is wrong, in words
 * @param rawText the record as read, fields re-joined with the file's separator
 */
public record RejectedRow(String file, long line, String column, String reason, String rawText) {
}
