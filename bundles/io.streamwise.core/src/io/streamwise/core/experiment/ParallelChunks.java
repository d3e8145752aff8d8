package io.streamwise.core.experiment;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Runs a fixed set of independent chunks on a given number of threads. Results cannot depend on the thread count when
 * the caller fixes the chunks (never from the number of threads) and each chunk writes only its own outputs. The
 * monitor is touched by the calling thread only, which checks cancellation while it waits; once cancelled, no further
 * chunk starts.
 */
final class ParallelChunks {

	private static final AtomicInteger POOLS = new AtomicInteger();

	private ParallelChunks() {
	}

	/** The thread count of a {@code threads} option: itself, or every available processor for 0. */
	static int resolve(int threads) {
		return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
	}

	/** Runs {@code body.accept(c)} for c = 0..chunks-1 on up to {@code threads} threads (0: every processor). */
	static void forEach(int chunks, int threads, IntConsumer body, ProgressMonitor monitor) {
		int n = Math.min(resolve(threads), chunks);
		if (n <= 1) {
			for (int c = 0; c < chunks; c++) {
				monitor.checkCancelled();
				body.accept(c);
			}
			return;
		}
		int id = POOLS.incrementAndGet();
		AtomicInteger count = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
			Thread t = new Thread(r, "streamwise-evaluation-" + id + "-" + count.incrementAndGet());
			t.setDaemon(true); // a forgotten pool must not keep the VM alive
			return t;
		});
		AtomicBoolean stop = new AtomicBoolean();
		try {
			ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
			for (int c = 0; c < chunks; c++) {
				int chunk = c;
				done.submit(() -> {
					if (!stop.get()) {
						body.accept(chunk);
					}
					return chunk;
				});
			}
			for (int finished = 0; finished < chunks; finished++) {
				Future<Integer> f;
				// wake up now and then to look at the monitor, which only this thread touches
				while ((f = done.poll(50, TimeUnit.MILLISECONDS)) == null) {
					monitor.checkCancelled();
				}
				f.get();
				monitor.checkCancelled();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancelledException();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException re) {
				throw re;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			stop.set(true);
			pool.shutdownNow();
		}
	}
}
