package io.streamwise.api.progress;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;

/**
 * Runs a fixed set of independent chunks on a given number of threads. Results cannot depend on the thread count when
 * the caller fixes the chunks (never from the number of threads) and each chunk writes only its own outputs. The
 * monitor is touched by the calling thread only: it reports finished chunks and checks cancellation while it waits; a
 * cancelled or failed run starts no further chunk.
 * <p>
 * One instance keeps its threads between calls (for loops of many short parallel steps, such as training epochs);
 * close it when done. {@link #forEach(int, int, IntConsumer, ProgressMonitor)} is the one-call form. On one thread the
 * chunks run on the calling thread in order and no thread is created.
 * <p>
 * With {@code callerWorks} the calling thread takes chunks too, beside {@code threads − 1} pool threads, all taking
 * the next chunk from one counter: no thread waits for a hand-over, which is what loops of many short chunks (tens of
 * microseconds to a few milliseconds each) would otherwise spend their gain on. The monitor is then checked, and
 * finished chunks reported, between the calling thread's own chunks, so cancellation and progress come at most one
 * chunk late: only for chunks that are short and do not watch for cancellation themselves. The pool threads join
 * once the calling thread has worked alone for 20 ms.
 *
 * @since 0.2.0
 */
public final class ParallelChunks implements AutoCloseable {

	private static final AtomicInteger POOLS = new AtomicInteger();
	/**
	 * With {@code -Dstreamwise.parallel.stats=true} every loop prints to standard error how many chunks each thread ran
	 * and its CPU seconds in them (on one thread too, the figure the others compare with): benchmarks use it to see
	 * whether the work is balanced and what a second thread costs.
	 */
	private static final boolean STATS = Boolean.getBoolean("streamwise.parallel.stats");
	/**
	 * With the caller working, how long it works alone before the pool threads join (between its chunks): a loop
	 * shorter than this is not worth a second thread, and in a fresh JVM two threads running the same not yet
	 * compiled code each cost several times the CPU one does (docs/benchmarks.md, kNN fifth pass). Who runs a chunk
	 * does not change its output, so neither does this.
	 */
	private static final long SOLO_NANOS = 20_000_000;
	private static final IntConsumer NOTHING = chunk -> {
	};

	private final int threads;
	private final String name;
	private final boolean callerWorks;
	private ExecutorService pool;

	/**
	 * @param threads threads to use, 0 for every available processor
	 * @param name    what the threads work on, for their names ({@code streamwise-<name>-<pool>-<thread>})
	 */
	public ParallelChunks(int threads, String name) {
		this(threads, name, false);
	}

	/**
	 * @param threads     threads to use, 0 for every available processor
	 * @param name        what the threads work on, for their names
	 * @param callerWorks whether the calling thread runs chunks too (see the class comment)
	 */
	public ParallelChunks(int threads, String name, boolean callerWorks) {
		this.threads = resolve(threads);
		this.name = name;
		this.callerWorks = callerWorks;
	}

	/** The thread count a {@code threads} setting asks for: itself, or every available processor for 0. */
	public static int resolve(int threads) {
		if (threads < 0) {
			throw new IllegalArgumentException("threads must be 0 (all processors) or more, was " + threads);
		}
		return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
	}

	/** Runs {@code body.accept(c)} for c = 0..chunks-1 on up to {@code threads} threads (0: every processor). */
	public static void forEach(int chunks, int threads, IntConsumer body, ProgressMonitor monitor) {
		try (ParallelChunks parallel = new ParallelChunks(threads, "worker")) {
			parallel.forEach(chunks, body, NOTHING, monitor);
		}
	}

	/** The resolved thread count. */
	public int threads() {
		return threads;
	}

	/** Runs {@code body.accept(c)} for c = 0..chunks-1 and returns when all have finished. */
	public void forEach(int chunks, IntConsumer body, ProgressMonitor monitor) {
		forEach(chunks, body, NOTHING, monitor);
	}

	/**
	 * Runs {@code body.accept(c)} for c = 0..chunks-1 and returns when all have finished. {@code worked.accept(c)} runs
	 * on the calling thread after chunk c, in completion order (for progress reports).
	 */
	public void forEach(int chunks, IntConsumer body, IntConsumer worked, ProgressMonitor monitor) {
		if (Math.min(threads, chunks) <= 1) {
			Stats stats = STATS && chunks > 0 ? new Stats() : null; // the one-thread figure the others compare to
			for (int c = 0; c < chunks; c++) {
				monitor.checkCancelled();
				run(stats, body, c);
				worked.accept(c);
			}
			if (stats != null) {
				stats.print(name, chunks);
			}
			return;
		}
		startPool();
		if (callerWorks) {
			forEachWithCaller(chunks, body, worked, monitor);
			return;
		}
		AtomicBoolean stop = new AtomicBoolean();
		boolean finished = false;
		Stats stats = STATS ? new Stats() : null;
		try {
			ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
			for (int c = 0; c < chunks; c++) {
				int chunk = c;
				done.submit(() -> {
					if (!stop.get()) {
						run(stats, body, chunk);
					}
					return chunk;
				});
			}
			for (int n = 0; n < chunks; n++) {
				Future<Integer> f;
				// look at the monitor, which only this thread may touch, before each wait and now and then during it
				do {
					monitor.checkCancelled();
				} while ((f = done.poll(50, TimeUnit.MILLISECONDS)) == null);
				worked.accept(f.get());
			}
			monitor.checkCancelled();
			finished = true;
			if (stats != null) {
				stats.print(name, chunks);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancelledException();
		} catch (ExecutionException e) {
			throw unwrap(e);
		} finally {
			if (!finished) {
				stop.set(true); // after a failure or cancellation, chunks not yet started do not start
				close();
			}
		}
	}

	private void startPool() {
		if (pool == null) {
			int id = POOLS.incrementAndGet();
			AtomicInteger count = new AtomicInteger();
			pool = Executors.newFixedThreadPool(callerWorks ? threads - 1 : threads, r -> {
				Thread t = new Thread(r, "streamwise-" + name + "-" + id + "-" + count.incrementAndGet());
				t.setDaemon(true); // a forgotten pool must not keep the VM alive
				return t;
			});
		}
	}

	/**
	 * The calling thread and threads − 1 pool threads take chunks from one counter. Every finished chunk is written to
	 * the next slot of {@code done} (chunk + 1; 0 while not yet written), which the calling thread reads in order to
	 * report it.
	 */
	private void forEachWithCaller(int chunks, IntConsumer body, IntConsumer worked, ProgressMonitor monitor) {
		AtomicInteger next = new AtomicInteger(), finished = new AtomicInteger();
		AtomicIntegerArray done = new AtomicIntegerArray(chunks);
		AtomicBoolean stop = new AtomicBoolean();
		Stats stats = STATS ? new Stats() : null;
		Runnable take = () -> {
			try {
				for (int c; !stop.get() && (c = next.getAndIncrement()) < chunks;) {
					run(stats, body, c);
					done.set(finished.getAndIncrement(), c + 1);
				}
			} catch (RuntimeException | Error e) {
				stop.set(true); // the others start no further chunk
				throw e;
			}
		};
		Future<?>[] helpers = new Future<?>[threads - 1];
		boolean completed = false;
		int reported = 0;
		long helpFrom = System.nanoTime() + SOLO_NANOS;
		boolean helped = false;
		try {
			// the calling thread's share: one chunk at a time, reporting and checking the monitor in between
			while (!stop.get() && next.get() < chunks) {
				if (!helped && System.nanoTime() - helpFrom >= 0) {
					helped = true;
					for (int h = 0; h < helpers.length; h++) {
						helpers[h] = pool.submit(take);
					}
				}
				reported = report(done, reported, worked, monitor);
				int c = next.getAndIncrement();
				if (c >= chunks) {
					break;
				}
				run(stats, body, c);
				done.set(finished.getAndIncrement(), c + 1);
			}
			for (Future<?> helper : helpers) {
				while (helper != null) {
					reported = report(done, reported, worked, monitor);
					try {
						helper.get(20, TimeUnit.MILLISECONDS);
						break;
					} catch (TimeoutException e) {
						// still working: report what has finished, look at the monitor, and wait again
					}
				}
			}
			report(done, reported, worked, monitor);
			monitor.checkCancelled();
			completed = true;
			if (stats != null) {
				stats.print(name, chunks);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancelledException();
		} catch (ExecutionException e) {
			throw unwrap(e);
		} finally {
			if (!completed) {
				stop.set(true); // after a failure or cancellation, chunks not yet started do not start
				close();
			}
		}
	}

	/** Runs one chunk, timed per thread when {@link #STATS} asks for it. */
	private static void run(Stats stats, IntConsumer body, int chunk) {
		if (stats == null) {
			body.accept(chunk);
		} else {
			stats.run(body, chunk);
		}
	}

	/** What a chunk threw, as the calling thread rethrows it: its own exception or error, else wrapped. */
	private static RuntimeException unwrap(ExecutionException e) {
		if (e.getCause() instanceof RuntimeException re) {
			return re;
		}
		if (e.getCause() instanceof Error err) {
			throw err;
		}
		return new IllegalStateException(e.getCause());
	}

	/** Reports the chunks finished since the last call, in finishing order, checking the monitor before each. */
	private static int report(AtomicIntegerArray done, int reported, IntConsumer worked, ProgressMonitor monitor) {
		monitor.checkCancelled();
		for (int c; reported < done.length() && (c = done.get(reported)) != 0; reported++) {
			worked.accept(c - 1);
			monitor.checkCancelled();
		}
		return reported;
	}

	/** Chunks and CPU time per thread of one loop (diagnostics only, see {@link #STATS}). */
	private static final class Stats {
		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
		/** Thread name to {chunks, CPU nanoseconds}; each entry is written by its own thread only. */
		private final Map<String, long[]> perThread = new ConcurrentHashMap<>();
		private final long wall0 = System.nanoTime(), caller0 = THREADS.getCurrentThreadCpuTime();

		void run(IntConsumer body, int chunk) {
			long cpu0 = THREADS.getCurrentThreadCpuTime();
			body.accept(chunk);
			long[] s = perThread.computeIfAbsent(Thread.currentThread().getName(), k -> new long[2]);
			s[0]++;
			s[1] += THREADS.getCurrentThreadCpuTime() - cpu0;
		}

		void print(String name, int chunks) {
			StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
					"parallel %s: %d chunks, wall %.4f s, calling thread %.4f s CPU;", name, chunks,
					(System.nanoTime() - wall0) / 1e9, (THREADS.getCurrentThreadCpuTime() - caller0) / 1e9));
			new TreeMap<>(perThread).forEach((thread, s) -> b.append(String.format(Locale.ROOT,
					" %s %d chunks %.4f s CPU;", thread, s[0], s[1] / 1e9)));
			System.err.println(b);
		}
	}

	/** Stops the threads; chunks still running finish, as they are not interrupted midway unless they check. */
	@Override
	public void close() {
		if (pool != null) {
			pool.shutdownNow();
			pool = null;
		}
	}
}
