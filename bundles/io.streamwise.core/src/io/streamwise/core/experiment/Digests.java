package io.streamwise.core.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.streamwise.api.data.EventLog;

/** SHA-256 fingerprints of datasets, for the provenance of results. */
public final class Digests {

	private Digests() {
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** SHA-256 of the files' bytes, one after the other. */
	public static String files(List<Path> files) throws IOException {
		MessageDigest md = sha256();
		byte[] buffer = new byte[1 << 16];
		for (Path f : files) {
			try (InputStream in = Files.newInputStream(f)) {
				int n;
				while ((n = in.read(buffer)) > 0) {
					md.update(buffer, 0, n);
				}
			}
		}
		return HexFormat.of().formatHex(md.digest());
	}

	/**
	 * SHA-256 of a log's content in a canonical form (ids and every column of every event, in order), independent of
	 * the file format it came from: equal logs have equal digests.
	 */
	public static String eventLog(EventLog log) {
		MessageDigest md = sha256();
		ByteBuffer b = ByteBuffer.allocate(40);
		for (int r = 0; r < log.size(); r++) {
			b.clear();
			hashId(md, log.viewers().id(log.viewer(r)));
			hashId(md, log.stream(r) < 0 ? "" : log.streams().id(log.stream(r)));
			hashId(md, log.item(r) < 0 ? "" : log.items().id(log.item(r)));
			b.putInt(log.typeCode(r)).putLong(log.timestamp(r)).putFloat(log.value(r));
			md.update(b.array(), 0, b.position());
		}
		return HexFormat.of().formatHex(md.digest());
	}

	private static void hashId(MessageDigest md, String id) {
		byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
		md.update((byte) (bytes.length >>> 8));
		md.update((byte) bytes.length);
		md.update(bytes);
	}
}
