package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.streamwise.api.data.EventType;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.CsvMapping.ColumnRef;
import io.streamwise.core.io.CsvMapping.Field;
import io.streamwise.core.io.CsvMapping.TimestampFormat;

class CsvMappingTest {

	@Test
	void defaultsReadTheCanonicalFormat() {
		CsvMapping m = CsvMapping.defaults();
		assertEquals(',', m.separator());
		assertTrue(m.header());
		assertTrue(m.columns().isEmpty());
		assertNull(m.defaultType());
		assertEquals(TimestampFormat.AUTO, m.timestampFormat());
	}

	@Test
	void namedSpecMapsFieldsToHeaderNamesOrIndices() {
		CsvMapping m = CsvMapping.parse("viewer=user_id, item=item_id,timestamp=ts,stream=-,value=#4");
		assertEquals(ColumnRef.named("user_id"), m.columns().get(Field.VIEWER));
		assertEquals(ColumnRef.named("item_id"), m.columns().get(Field.ITEM));
		assertEquals(ColumnRef.named("ts"), m.columns().get(Field.TIMESTAMP));
		assertEquals(ColumnRef.NONE, m.columns().get(Field.STREAM));
		assertEquals(ColumnRef.at(4), m.columns().get(Field.VALUE));
		assertNull(m.columns().get(Field.TYPE)); // still detected from the header
		assertNull(m.defaultType());
	}

	@Test
	void positionalSpecWithOptions() {
		CsvMapping m = CsvMapping.parse("user,item,-,rating,timestamp,sep=tab,header=no,time-format=epoch-millis");
		assertEquals('\t', m.separator());
		assertEquals(false, m.header());
		assertEquals(ColumnRef.at(0), m.columns().get(Field.VIEWER));
		assertEquals(ColumnRef.at(1), m.columns().get(Field.ITEM));
		assertEquals(ColumnRef.at(3), m.columns().get(Field.VALUE));
		assertEquals(ColumnRef.at(4), m.columns().get(Field.TIMESTAMP));
		assertEquals(ColumnRef.NONE, m.columns().get(Field.STREAM));
		assertEquals(ColumnRef.NONE, m.columns().get(Field.TYPE));
		assertEquals(EventType.RATE, m.defaultType());
		assertEquals(TimestampFormat.EPOCH_MILLIS, m.timestampFormat());
	}

	@Test
	void explicitDefaultTypeWinsOverRating() {
		assertEquals(EventType.PURCHASE, CsvMapping.parse("default-type=purchase,rating=stars").defaultType());
		assertEquals(EventType.PURCHASE, CsvMapping.parse("rating=stars,default-type=PURCHASE").defaultType());
	}

	@Test
	void badSpecsAreRejectedWithTheReason() {
		assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvMapping.parse("viewer=a,item"))
				.getMessage().contains("mixes"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvMapping.parse("user,colour"))
				.getMessage().contains("'colour'"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvMapping.parse("sep=ab")).getMessage()
				.contains("separator"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvMapping.parse("default-type=gift"))
				.getMessage().contains("'gift'"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvMapping.parse("user,item,user"))
				.getMessage().contains("twice"));
		assertThrows(IllegalArgumentException.class, () -> CsvMapping.parse("user,,item"));
	}
}
