package io.streamwise.recommenders.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Runs a fixed set of independent chunks on a given number of threads. Results cannot depend on the thread count
 * when the caller fixes the chunks (never from the number of threads) and each chunk writes only its own outputs. The
 * monitor is touched by the calling thread only: it reports each finished chunk and checks cancellation while it
 * waits; a cancelled run starts no further chunk.
 */
public final class Workers {

	private static final AtomicInteger POOLS = new AtomicInteger();

	private Workers() {
	}

	/** The thread count a {@code threads} setting asks for: itself, or every available processor for 0. */
	public static int resolve(int threads) {
		if (threads < 0) {
			throw new IllegalArgumentException("threads must be 0 (all processors) or more, was " + threads);
		}
		return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
	}

	/**
	 * Runs {@code body.accept(c)} for c = 0..chunks-1 on up to {@code threads} threads; returns when all have
	 * finished. {@code worked.accept(c)} runs on the calling thread after chunk c, in completion order (for progress).
	 */
	public static void forEach(int chunks, int threads, IntConsumer body, IntConsumer worked,
			ProgressMonitor monitor) {
		int n = Math.min(resolve(threads), chunks);
		if (n <= 1) {
			for (int c = 0; c < chunks; c++) {
				monitor.checkCancelled();
				body.accept(c);
				worked.accept(c);
			}
			return;
		}
		int id = POOLS.incrementAndGet();
		AtomicInteger count = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
			Thread t = new Thread(r, "streamwise-knn-" + id + "-" + count.incrementAndGet());
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
				// wake up now and then to look at the monitor, which only this thread may touch
				while ((f = done.poll(50, java.util.concurrent.TimeUnit.MILLISECONDS)) == null) {
					if (monitor.isCancelled()) {
						stop.set(true);
						throw new CancelledException();
					}
				}
				int chunk = f.get();
				if (monitor.isCancelled()) {
					stop.set(true);
					throw new CancelledException();
				}
				worked.accept(chunk);
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
			stop.set(true); // after a failure or cancellation, chunks not yet started do not start
			pool.shutdownNow();
		}
	}
}
