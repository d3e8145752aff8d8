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
		return sums(threads, false);
	}

	private static double[] sums(int threads, boolean callerWorks) {
		double[] out = new double[40];
		try (ParallelChunks parallel = new ParallelChunks(threads, "test", callerWorks)) {
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
		for (int threads : new int[] { 1, 2, 4, 0 }) {
			assertArrayEquals(one, sums(threads, true), "calling thread working, threads " + threads);
		}
	}

	@Test
	void withTheCallerWorkingEveryChunkRunsOnceAndIsReportedOnceOnTheCallingThread() {
		Thread caller = Thread.currentThread();
		for (int threads : new int[] { 2, 3 }) {
			List<Integer> worked = new ArrayList<>();
			int[] runs = new int[500];
			java.util.Set<Thread> bodies = java.util.concurrent.ConcurrentHashMap.newKeySet();
			try (ParallelChunks parallel = new ParallelChunks(threads, "test", true)) {
				for (int pass = 0; pass < 2; pass++) { // the pool threads are kept between loops
					parallel.forEach(runs.length, c -> {
						bodies.add(Thread.currentThread());
						runs[c]++; // each chunk is run by one thread only
						double x = 0;
						for (int i = 0; i < 2_000; i++) {
							x += Math.sqrt(i + c);
						}
						assertTrue(x > 0);
					}, c -> {
						assertSame(caller, Thread.currentThread());
						worked.add(c);
					}, ProgressMonitor.NULL);
				}
			}
			for (int c = 0; c < runs.length; c++) {
				assertEquals(2, runs[c], "chunk " + c);
			}
			assertEquals(2 * runs.length, worked.size());
			assertEquals(runs.length, worked.stream().distinct().count());
			// the calling thread plus at most threads - 1 pool threads ran the chunks
			assertTrue(bodies.size() <= threads, bodies.toString());
			assertTrue(bodies.stream().allMatch(t -> t == caller || t.getName().startsWith("streamwise-test-")),
					bodies.toString());
		}
	}

	@Test
	void withTheCallerWorkingNoChunkIsReportedOrStartedAfterCancellation() {
		AtomicInteger started = new AtomicInteger();
		long[] worked = new long[1];
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
				return worked[0] > 0;
			}
		};
		int chunks = 1_000_000;
		try (ParallelChunks parallel = new ParallelChunks(2, "test", true)) {
			assertThrows(CancelledException.class, () -> parallel.forEach(chunks, c -> {
				started.incrementAndGet();
			}, c -> worked[0]++, monitor));
		}
		assertEquals(1, worked[0], "chunks reported after the cancelling one");
		// the calling thread stops at its next chunk and the pool thread soon after: far from every chunk ran
		assertTrue(started.get() < chunks, started.get() + " chunks started");
	}

	@Test
	void withTheCallerWorkingAFailingChunkFailsTheLoop() {
		for (int failing : new int[] { 0, 3, 99 }) {
			try (ParallelChunks parallel = new ParallelChunks(2, "test", true)) {
				IllegalStateException thrown = assertThrows(IllegalStateException.class,
						() -> parallel.forEach(100, c -> {
							if (c == failing) {
								throw new IllegalStateException("chunk " + c);
							}
						}, ProgressMonitor.NULL));
				assertEquals("chunk " + failing, thrown.getMessage());
			}
		}
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
