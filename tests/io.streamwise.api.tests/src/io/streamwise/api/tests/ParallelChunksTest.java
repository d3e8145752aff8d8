package io.streamwise.api.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ParallelChunks;
import io.streamwise.api.progress.ProgressMonitor;

/** The one chunked parallel loop: same outputs on any thread count, progress and cancellation on the caller. */
class ParallelChunksTest {

	/** Each chunk sums its own slice in a fixed order into its own cell. */
	private static double[] sums(int threads) {
		double[] out = new double[40];
		try (ParallelChunks parallel = new ParallelChunks(threads, "test")) {
			for (int pass = 0; pass < 3; pass++) { // one instance, several loops
				int p = pass;
				parallel.forEach(out.length, c -> {
					for (int i = 0; i < 10_000; i++) {
						out[c] += Math.sin(c * 10_000 + i + p) / 3;
					}
				}, ProgressMonitor.NULL);
			}
		}
		return out;
	}

	@Test
	void sameOutputsOnOneTwoOrFourThreads() {
		double[] one = sums(1);
		assertArrayEquals(one, sums(2));
		assertArrayEquals(one, sums(4));
		assertArrayEquals(one, sums(0));
	}

	@Test
	void reportsEveryChunkOnceOnTheCallingThread() {
		Thread caller = Thread.currentThread();
		List<Integer> worked = new ArrayList<>();
		List<Thread> bodies = java.util.Collections.synchronizedList(new ArrayList<>());
		try (ParallelChunks parallel = new ParallelChunks(2, "test")) {
			parallel.forEach(25, c -> bodies.add(Thread.currentThread()), c -> {
				assertSame(caller, Thread.currentThread());
				worked.add(c);
			}, ProgressMonitor.NULL);
		}
		assertEquals(25, worked.size());
		assertEquals(25, worked.stream().distinct().count());
		assertTrue(bodies.stream().allMatch(t -> t.getName().startsWith("streamwise-test-")));
	}

	@Test
	void noChunkStartsAfterCancellation() {
		for (int threads : new int[] { 1, 2 }) {
			AtomicInteger started = new AtomicInteger();
			boolean[] cancelled = { false };
			ProgressMonitor monitor = new ProgressMonitor() {
				@Override
				public void begin(String task, long totalWork) {
					// not used
				}

				@Override
				public void worked(long work) {
					// not used
				}

				@Override
				public boolean isCancelled() {
					return cancelled[0];
				}
			};
			// chunk 0 returns at once and cancels when reported; the others hold until the loop has given up
			CountDownLatch release = new CountDownLatch(1);
			try (ParallelChunks parallel = new ParallelChunks(threads, "test")) {
				assertThrows(CancelledException.class, () -> parallel.forEach(1000, c -> {
					started.incrementAndGet();
					if (c > 0) {
						try {
							release.await(30, TimeUnit.SECONDS);
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt(); // stopped by the loop giving up: fine
						}
					}
				}, c -> cancelled[0] = true, monitor));
				release.countDown();
			}
			// chunk 0, and at most one more per thread taken before the loop gave up
			assertTrue(started.get() <= 1 + threads, "threads " + threads + ": " + started.get() + " chunks started");
		}
	}

	@Test
	void aFailingChunkFailsTheLoop() {
		IllegalStateException thrown = assertThrows(IllegalStateException.class,
				() -> ParallelChunks.forEach(10, 2, c -> {
					if (c == 3) {
						throw new IllegalStateException("chunk 3");
					}
				}, ProgressMonitor.NULL));
		assertEquals("chunk 3", thrown.getMessage());
	}

	@Test
	void threadCounts() {
		assertEquals(Runtime.getRuntime().availableProcessors(), ParallelChunks.resolve(0));
		assertEquals(3, ParallelChunks.resolve(3));
		assertThrows(IllegalArgumentException.class, () -> ParallelChunks.resolve(-1));
	}
}
