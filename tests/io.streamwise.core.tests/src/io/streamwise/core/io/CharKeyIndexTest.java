package io.streamwise.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Keys of every length class (packed short, packed in two longs, char arrays) stay apart and are found again. */
class CharKeyIndexTest {

	private static int get(CharKeyIndex index, String key) {
		// looked up inside a larger buffer, as the importer does
		char[] b = ("<<" + key + ">>").toCharArray();
		return index.get(b, 2, key.length());
	}

	private static void put(CharKeyIndex index, String key, int value) {
		char[] b = ("[" + key + "]").toCharArray();
		index.put(b, 1, key.length(), value);
	}

	@Test
	void keysAroundTheLengthAndCharacterLimitsAreDistinct() {
		List<String> keys = List.of("a", "abcdefg", "abcdefgh", "abcdefgh1", "abcdefgh12", "abcdefghijklmnop",
				"abcdefghijklmnopq", "abcdefgh\u0000", "abcdefg\u0000", "\u0000bcdefghi", "abcdefgh\u00ff",
				"abcdefgh\u0100", "\u0100bcdefghi", "ebook-1108", "ebook-11080", "ébook-1108", "ebook-1108 ");
		CharKeyIndex index = new CharKeyIndex();
		for (int i = 0; i < keys.size(); i++) {
			assertEquals(-1, get(index, keys.get(i)), keys.get(i));
			put(index, keys.get(i), i);
		}
		assertEquals(keys.size(), index.size());
		for (int i = 0; i < keys.size(); i++) {
			assertEquals(i, get(index, keys.get(i)), keys.get(i));
		}
		assertEquals(-1, get(index, "abcdefgh2"));
		assertEquals(-1, get(index, "abcdefghijklmnoq"));
	}

	@Test
	void tablesGrowWithoutLosingKeys() {
		CharKeyIndex index = new CharKeyIndex();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			// short, medium (two longs) and long keys, interleaved
			keys.add(switch (i % 3) {
			case 0 -> "v" + i;
			case 1 -> "consultation-" + i;
			default -> "a-very-long-item-identifier-" + i;
			});
		}
		for (int i = 0; i < keys.size(); i++) {
			put(index, keys.get(i), i);
		}
		assertEquals(keys.size(), index.size());
		for (int i = 0; i < keys.size(); i++) {
			assertEquals(i, get(index, keys.get(i)), keys.get(i));
		}
	}
}
