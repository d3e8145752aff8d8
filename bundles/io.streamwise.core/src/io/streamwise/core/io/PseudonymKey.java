package io.streamwise.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The secret of keyed pseudonymisation: 32 random bytes. Whoever holds the key can recompute the pseudonym of a known
 * raw id, so the key file must stay private (it is created readable by its owner only where the file system allows).
 * The file holds the key as 64 hex digits on one line.
 */
public final class PseudonymKey {

	/** Key length in bytes: the block-sized secret recommended for HMAC-SHA256. */
	public static final int LENGTH = 32;

	private final byte[] key;

	private PseudonymKey(byte[] key) {
		this.key = key;
	}

	/** A key from given bytes (for tests and for keys kept elsewhere); at least 16 bytes. */
	public static PseudonymKey of(byte[] key) {
		if (key.length < 16) {
			throw new IllegalArgumentException("a pseudonym key needs at least 16 bytes, got " + key.length);
		}
		return new PseudonymKey(key.clone());
	}

	/** A new random key from {@link SecureRandom}. */
	public static PseudonymKey random() {
		byte[] k = new byte[LENGTH];
		new SecureRandom().nextBytes(k);
		return new PseudonymKey(k);
	}

	/**
	 * Loads the key stored in a file, or creates a new random key there when the file does not exist. The new file is
	 * written completely before it appears under its name, with permissions 600 on POSIX file systems.
	 *
	 * @throws IOException when the file cannot be read or written, or holds no valid key
	 */
	public static PseudonymKey loadOrCreate(Path keyFile) throws IOException {
		if (Files.exists(keyFile)) {
			return load(keyFile);
		}
		PseudonymKey created = random();
		Path dir = keyFile.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path tmp = posix(dir)
				? Files.createTempFile(dir, ".pseudonym-key", ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(dir, ".pseudonym-key", ".tmp");
		try {
			Files.writeString(tmp, HexFormat.of().formatHex(created.key) + "\n", StandardCharsets.US_ASCII);
			try {
				Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, keyFile);
			}
		} finally {
			Files.deleteIfExists(tmp);
		}
		return created;
	}

	private static boolean posix(Path dir) {
		return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	private static PseudonymKey load(Path keyFile) throws IOException {
		String text = Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
		byte[] k;
		try {
			k = HexFormat.of().parseHex(text);
		} catch (IllegalArgumentException e) {
			throw new IOException(keyFile + ": not a pseudonym key (expected " + 2 * LENGTH + " hex digits)", e);
		}
		if (k.length < 16) {
			throw new IOException(keyFile + ": pseudonym key too short (" + k.length + " bytes; at least 16 needed)");
		}
		return new PseudonymKey(k);
	}

	/**
	 * Names the key without revealing it: the first 16 hex digits of SHA-256 over a fixed label and the key. Equal
	 * fingerprints mean equal pseudonyms.
	 */
	public String fingerprint() {
		try {
			java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
			sha.update("streamwise pseudonym key fingerprint\n".getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(sha.digest(key), 0, 8);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
		}
	}

	/** A copy of the key bytes, for the HMAC. */
	byte[] bytes() {
		return key.clone();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PseudonymKey p && Arrays.equals(key, p.key);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(key);
	}

	/** Never prints the secret. */
	@Override
	public String toString() {
		return "PseudonymKey[" + key.length + " bytes]";
	}
}
