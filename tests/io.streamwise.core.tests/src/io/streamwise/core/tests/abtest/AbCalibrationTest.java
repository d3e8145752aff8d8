// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.tests.abtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.abtest.AbCalibration;
import io.streamwise.core.abtest.AbResultsWriter;

/** The bench gives the same bytes on any thread count, stops when cancelled, and finds a planted effect. */
class AbCalibrationTest {

	@TempDir
	Path dir;

	private byte[] run(int threads, String name) throws IOException {
		AbCalibration.Result r = AbCalibration.run(new AbCalibration.Settings(40, 5, threads, "small", 0.05),
				ProgressMonitor.NULL);
		Path out = Files.createDirectories(dir.resolve(name));
		AbResultsWriter.writeCalibration(out, r);
		return (Files.readString(out.resolve("calibration.json")) + Files.readString(out.resolve("calibration.csv")))
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void sameBytesOnOneAndThreeThreads() throws IOException {
		assertArrayEquals(run(1, "one"), run(3, "three"));
	}

	@Test
	void theOfferScenarioFindsItsEffectAndAaDoesNotExceedChanceGrossly() {
		AbCalibration.Result r = AbCalibration.run(new AbCalibration.Settings(60, 9, 2, "small", 0.05),
				ProgressMonitor.NULL);
		AbCalibration.Row offer = r.rows().stream()
				.filter(x -> x.scenario().equals("ab-offer") && x.method().equals("z-unpooled")).findFirst()
				.orElseThrow();
		assertTrue(offer.trueEffect() > 0, "an offer raises conversion in the simulator");
		AbCalibration.Row aa = r.rows().stream()
				.filter(x -> x.scenario().equals("aa-viewer") && x.method().equals("z-pooled")).findFirst()
				.orElseThrow();
		assertTrue(aa.rejectionRate() < 0.2, "A/A rejections " + aa.rejectionRate());
		assertEquals(0.0, aa.trueEffect(), 0);
		assertTrue(offer.rejectionRate() > aa.rejectionRate());
	}

	@Test
	void cancellationStopsTheBench() {
		AtomicInteger polls = new AtomicInteger();
		ProgressMonitor cancelSoon = ProgressMonitor.cancelledWhen(() -> polls.incrementAndGet() > 5);
		assertThrows(CancelledException.class,
				() -> AbCalibration.run(new AbCalibration.Settings(400, 5, 1, "small", 0.05), cancelSoon));
	}
}
