package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.IdDictionary;

class IdDictionaryTest {

	@Test
	void looksUpEveryIdAndOnlyThose() {
		String[] ids = IntStream.range(0, 5000).mapToObj(i -> "v" + i).toArray(String[]::new);
		IdDictionary d = IdDictionary.of(ids);
		assertEquals(5000, d.size());
		for (int i = 0; i < ids.length; i++) {
			assertEquals(i, d.indexOf(ids[i]));
			assertEquals(ids[i], d.id(i));
		}
		assertEquals(-1, d.indexOf("v5000"));
		assertEquals(-1, d.indexOf(""));
		assertArrayEquals(ids, d.toArray());
	}

	@Test
	void keepsNonAsciiAndEmptyIds() {
		IdDictionary d = IdDictionary.of("直播-课程", "", "café");
		assertEquals(0, d.indexOf("直播-课程"));
		assertEquals(1, d.indexOf(""));
		assertEquals("café", d.id(2));
	}

	@Test
	void rejectsDuplicatesAndComparesByContent() {
		assertThrows(IllegalArgumentException.class, () -> IdDictionary.of("a", "b", "a"));
		assertEquals(IdDictionary.of("a", "bc"), IdDictionary.of("a", "bc"));
		assertEquals(IdDictionary.of("a", "bc").hashCode(), IdDictionary.of("a", "bc").hashCode());
		assertNotEquals(IdDictionary.of("ab", "c"), IdDictionary.of("a", "bc"));
		assertEquals(0, IdDictionary.of().size());
		assertEquals(-1, IdDictionary.of().indexOf("x"));
	}
}
