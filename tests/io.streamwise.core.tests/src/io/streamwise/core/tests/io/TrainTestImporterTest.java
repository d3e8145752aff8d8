package io.streamwise.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvMapping;
import io.streamwise.core.io.IdPolicy;
import io.streamwise.core.io.ImportOptions;
import io.streamwise.core.io.TrainTestImport;
import io.streamwise.core.io.TrainTestImporter;

class TrainTestImporterTest {

	@TempDir
	Path dir;

	@Test
	void bothFilesShareOneLogAndItsDictionaries() throws IOException {
		Path train = Files.writeString(dir.resolve("train.csv"), """
				viewer,stream,item,type,timestamp,value
				a,s1,i1,click,10,
				b,s1,i2,purchase,30,5
				a,s1,i2,click,20,
				""");
		Path test = Files.writeString(dir.resolve("test.csv"), """
				viewer,stream,item,type,timestamp,value
				c,s2,i1,click,15,
				a,s1,i3,purchase,40,7
				a,s1,i2,click,20,
				bad,row
				""");
		TrainTestImport imp = TrainTestImporter.read(train, test, CsvMapping.defaults(), IdPolicy.raw(),
				ImportOptions.defaults().withMaxRejectedShare(1.0), // one bad row of seven
				ProgressMonitor.NULL);
		EventLog log = imp.log();
		// times 10(a,train) 15(c,test) 20(a,train; its copy in test is an exact duplicate) 30(b,train) 40(a,test)
		assertEquals(5, log.size());
		assertArrayEquals(new int[] { 0, 2, 3 }, imp.trainRows());
		assertArrayEquals(new int[] { 1, 4 }, imp.testRows());
		assertEquals(List.of("a", "b", "c"), List.of(log.viewers().toArray()));
		assertEquals(List.of("i1", "i2", "i3"), List.of(log.items().toArray()));

		EventLog trainLog = imp.train(), testLog = imp.test();
		assertSame(log.viewers(), trainLog.viewers());
		assertSame(log.items(), testLog.items());
		assertEquals(3, trainLog.size());
		assertEquals("c", testLog.viewers().id(testLog.viewer(0)));
		assertEquals(log.items().indexOf("i1"), testLog.item(0));
		assertEquals(7f, testLog.value(1));

		var r = imp.report();
		assertEquals(List.of(train.toString(), test.toString()), r.sources());
		assertEquals(7, r.rowsRead());
		assertEquals(6, r.rowsAccepted());
		assertEquals(1, r.duplicatesRemoved());
		assertEquals(1, r.rejectedCount());
		assertEquals(test.toString(), r.rejectedRows().get(0).file());
		assertEquals(5, r.rejectedRows().get(0).line());
	}
}
