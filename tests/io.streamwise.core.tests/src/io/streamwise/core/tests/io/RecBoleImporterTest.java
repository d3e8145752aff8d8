package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportException;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.PseudonymKey;
import io.streamwise.core.io.RecBoleImport;
import io.streamwise.core.io.RecBoleImporter;

class RecBoleImporterTest {

	private static final ImportOptions ANY_SHARE = ImportOptions.defaults().withMaxRejectedShare(1.0);

	@TempDir
	Path dir;

	private void fixture() throws IOException {
		Files.writeString(dir.resolve("ml.inter"), """
				user_id:token	item_id:token	rating:float	timestamp:float
				196	242	3	881250949
				186	302	3.5	891717742.7
				196	377	1	878887116
				22	242	x	878887117
				""");
		Files.writeString(dir.resolve("ml.item"), """
				item_id:token	movie_title:token_seq	release_year:token	class:token_seq	price:float
				242	Kolya	1996	Comedy Drama	4.99
				302	L.A. "Confidential"	1997	Crime Film-Noir Mystery	abc
				377	Heavyweights	1994	Children Comedy\t
				999	Unrated	2000	Drama	1.0
				12	too few fields
				""");
		Files.writeString(dir.resolve("ml.user"), """
				user_id:token	age:token	gender:token
				196	49	M
				186	39	F
				""");
	}

	@Test
	void readsInteractionsCatalogAndUsers() throws IOException {
		fixture();
		// the fixture's line 5 is one rejected row of four, above the default 1 %
		RecBoleImport imp = RecBoleImporter.read(dir, EventType.CLICK, IdPolicy.raw(), ANY_SHARE, ProgressMonitor.NULL);
		EventLog log = imp.log();
		assertEquals(3, log.size()); // line 5 has rating 'x'
		assertEquals(878887116L, log.timestamp(0));
		assertEquals("196", log.viewers().id(log.viewer(0)));
		assertEquals("377", log.items().id(log.item(0)));
		assertEquals(1f, log.value(0));
		assertEquals(881250949L, log.timestamp(1));
		assertEquals(891717742L, log.timestamp(2)); // fraction dropped
		assertEquals(3.5f, log.value(2));
		for (int r = 0; r < 3; r++) {
			assertEquals(EventType.RATE, log.type(r));
			assertEquals(-1, log.stream(r));
		}

		ItemCatalog cat = imp.catalog();
		assertTrue(cat.items() == log.items());
		int kolya = log.items().indexOf("242"), la = log.items().indexOf("302"), hw = log.items().indexOf("377");
		assertEquals("Kolya", cat.title(kolya));
		assertEquals(List.of("Comedy", "Drama"), cat.tags(kolya));
		assertEquals("Comedy", cat.category(kolya));
		assertEquals(4.99f, cat.price(kolya));
		// the line of 302 has a bad price: rejected, so 302 stays unknown
		assertEquals("", cat.title(la));
		assertTrue(Float.isNaN(cat.price(la)));
		assertEquals("Heavyweights", cat.title(hw));
		assertTrue(Float.isNaN(cat.price(hw)));
		assertEquals(-1, log.items().indexOf("999"));

		assertEquals(Map.of("age", "49", "gender", "M"), imp.viewerAttributes().get(log.viewers().indexOf("196")));
		assertEquals(Map.of("age", "39", "gender", "F"), imp.viewerAttributes().get(log.viewers().indexOf("186")));

		var report = imp.report();
		assertEquals(4, report.rowsRead());
		assertEquals(3, report.rowsAccepted());
		assertEquals(3, report.rejectedCount());
		assertEquals(5, report.rejectedRows().get(0).line());
		assertEquals("rating:float", report.rejectedRows().get(0).column());
		assertTrue(report.rejectedRows().get(1).file().endsWith("ml.item"));
		assertEquals(3, report.rejectedRows().get(1).line());
		assertEquals("price:float", report.rejectedRows().get(1).column());
		assertEquals(6, report.rejectedRows().get(2).line());
		assertEquals(imp.dataset().catalog(), cat);
	}

	@Test
	void interFileDirectlyAndPseudonymisedUsers() throws IOException {
		fixture();
		IdPolicy ids = IdPolicy.pseudonymised(PseudonymKey.random());
		RecBoleImport imp = RecBoleImporter.read(dir.resolve("ml.inter"), EventType.CLICK, ids, ANY_SHARE,
				ProgressMonitor.NULL);
		EventLog log = imp.log();
		assertEquals(-1, log.viewers().indexOf("196"));
		int v196 = log.viewers().indexOf(ids.viewerId("196"));
		assertTrue(v196 >= 0);
		assertEquals("49", imp.viewerAttributes().get(v196).get("age"));
	}

	@Test
	void withoutRatingEventsGetTheDefaultType() throws IOException {
		Path inter = Files.writeString(dir.resolve("views.inter"),
				"user_id:token\titem_id:token\ttimestamp:float\nu1\ti1\t10\nu2\ti1\t11\n");
		RecBoleImport imp = RecBoleImporter.read(inter, EventType.WATCH, IdPolicy.raw(), ProgressMonitor.NULL);
		assertEquals(EventType.WATCH, imp.log().type(0));
		assertTrue(Float.isNaN(imp.log().value(1)));
		assertTrue(imp.viewerAttributes().isEmpty());
		assertTrue(Float.isNaN(imp.catalog().price(0)));
	}

	@Test
	void fatalProblems() throws IOException {
		assertTrue(assertThrows(ImportException.class, () -> RecBoleImporter.read(dir)).getMessage()
				.contains("no .inter file"));
		Files.writeString(dir.resolve("a.inter"), "user_id:token\titem:token\ttimestamp:float\nu\ti\t1\n");
		ImportException noItem = assertThrows(ImportException.class, () -> RecBoleImporter.read(dir));
		assertEquals("item_id", noItem.column());
		Files.writeString(dir.resolve("b.inter"), "user_id:token\n");
		assertTrue(assertThrows(ImportException.class, () -> RecBoleImporter.read(dir)).getMessage()
				.contains("2 .inter files"));
		Path untyped = Files.writeString(dir.resolve("c.inter"), "user_id\titem_id\ttimestamp\nu\ti\t1\n");
		assertEquals("user_id", assertThrows(ImportException.class, () -> RecBoleImporter.read(untyped)).column());
	}
}
