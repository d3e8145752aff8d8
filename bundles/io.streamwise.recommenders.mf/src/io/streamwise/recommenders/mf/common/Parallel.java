package io.streamwise.recommenders.mf.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Runs a fixed set of independent chunks of work on a fixed number of threads. Results cannot depend on the thread
 * count because the chunks are fixed by the caller (never by the number of threads) and each chunk writes only its own
 * outputs and draws randomness only from its own seed. Cancellation is checked by the calling thread between chunks,
 * so the monitor is only ever touched from that thread.
 */
public final class Parallel implements AutoCloseable {

	private static final AtomicInteger POOLS = new AtomicInteger();

	private final int threads;
	private final ExecutorService pool;

	public Parallel(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, was " + threads);
		}
		this.threads = threads;
		if (threads == 1) {
			pool = null;
		} else {
			int id = POOLS.incrementAndGet();
			AtomicInteger n = new AtomicInteger();
			pool = Executors.newFixedThreadPool(threads, r -> {
				Thread t = new Thread(r, "streamwise-mf-" + id + "-" + n.incrementAndGet());
				t.setDaemon(true); // a forgotten pool must not keep the VM alive
				return t;
			});
		}
	}

	public int threads() {
		return threads;
	}

	/** Runs {@code body.accept(c)} for c = 0..chunks-1 and returns when all have finished. */
	public void forEach(int chunks, IntConsumer body, ProgressMonitor monitor) {
		if (pool == null) {
			for (int c = 0; c < chunks; c++) {
				monitor.checkCancelled();
				body.accept(c);
			}
			return;
		}
		List<Future<?>> futures = new ArrayList<>(chunks);
		AtomicBoolean stop = new AtomicBoolean();
		for (int c = 0; c < chunks; c++) {
			int chunk = c;
			futures.add(pool.submit(() -> {
				if (!stop.get()) {
					body.accept(chunk);
				}
			}));
		}
		try {
			for (Future<?> f : futures) {
				if (monitor.isCancelled()) {
					stop.set(true);
					futures.forEach(x -> x.cancel(false));
					throw new CancelledException();
				}
				f.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			futures.forEach(x -> x.cancel(true));
			throw new CancelledException();
		} catch (ExecutionException e) {
			futures.forEach(x -> x.cancel(false));
			if (e.getCause() instanceof RuntimeException re) {
				throw re;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdownNow();
		}
	}
}
