package io.streamwise.core.io;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.function.UnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an importer does with viewer ids: keep them as they are, or replace each by a keyed pseudonym
 * {@code "p:" + first 16 base32 characters of HMAC-SHA256(key, rawId)} (80 bits). The same key gives the same
 * pseudonyms across imports, so train and test files or repeated exports stay joinable; without the key the raw ids
 * cannot be recomputed from the pseudonyms. Importers compute the pseudonym once per distinct raw id and do not keep
 * raw viewer ids in the logs they build. Item and stream ids are kept as they are.
 */
public final class IdPolicy {

	private static final String PREFIX = "p:";
	private static final int PSEUDONYM_CHARS = 16;
	private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
	private static final IdPolicy RAW = new IdPolicy(null);

	private final PseudonymKey key;

	private IdPolicy(PseudonymKey key) {
		this.key = key;
	}

	/** Keep viewer ids as they are in the file. */
	public static IdPolicy raw() {
		return RAW;
	}

	/** Replace viewer ids by keyed pseudonyms. */
	public static IdPolicy pseudonymised(PseudonymKey key) {
		return new IdPolicy(Objects.requireNonNull(key, "key"));
	}

	public boolean isPseudonymised() {
		return key != null;
	}

	/** The id the log will hold for a raw viewer id under this policy. */
	public String viewerId(String rawId) {
		return viewerMapper().apply(rawId);
	}

	/** A mapper for one import (it holds a Mac, which is not thread-safe). */
	public UnaryOperator<String> viewerMapper() {
		if (key == null) {
			return UnaryOperator.identity();
		}
		Mac mac;
		try {
			mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
		}
		return raw -> pseudonym(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
	}

	/** Base32 (RFC 4648 alphabet, lower case) of the first 80 bits of the digest. */
	private static String pseudonym(byte[] digest) {
		char[] out = new char[PREFIX.length() + PSEUDONYM_CHARS];
		PREFIX.getChars(0, PREFIX.length(), out, 0);
		long bits = 0;
		int have = 0, in = 0;
		for (int o = PREFIX.length(); o < out.length; o++) {
			if (have < 5) {
				bits = (bits << 8) | (digest[in++] & 0xFF);
				have += 8;
			}
			out[o] = BASE32[(int) (bits >>> (have - 5)) & 31];
			have -= 5;
		}
		return new String(out);
	}

	@Override
	public String toString() {
		return key == null ? "raw ids" : "pseudonymised ids";
	}
}
