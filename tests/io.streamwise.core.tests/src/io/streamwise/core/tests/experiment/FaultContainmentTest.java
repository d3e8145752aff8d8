package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentResult.Failure;
import io.streamwise.core.experiment.ExperimentResult.Value;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.experiment.ExperimentSpec;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.tests.PlantedRecommenders;

/**
 * Deliberately faulty algorithms beside the planted oracle of {@link ExperimentRunnerTest}: each faulty cell fails
 * with its reason, and the oracle's values are bit for bit those of a run without the faulty ones. The cell time limit
 * is measured on {@link #CLOCK}, which only the cells meant to exceed it advance: the oracle's cells stay within any
 * limit however slowly the machine runs them, and the slow ones exceed it without taking that long.
 */
class FaultContainmentTest {

	record None() {
	}

	/** The runners' cell clock, in nanoseconds. */
	static final AtomicLong CLOCK = new AtomicLong();

	/** Puts the calling cell over its time limit (any used here) without its taking any time. */
	static void overTheLimit() {
		CLOCK.addAndGet(TimeUnit.HOURS.toNanos(1));
	}

	/** Released at the end of a test so that an abandoned cell's thread can end. */
	static final AtomicBoolean RELEASE = new AtomicBoolean();
	static final AtomicBoolean ABANDONED_THREAD_WAS_DAEMON = new AtomicBoolean();

	static RecommenderFactory<None> recommender(String id, Consumer<TaskContext> fit, float score) {
		return PlantedRecommenders.factory(id, id, "faulty on purpose", None.class, settings -> new Recommender() {
			@Override
			public void fit(Dataset train, TaskContext context) {
				fit.accept(context);
			}

			@Override
			public void score(int viewer, float[] scores) {
				Arrays.fill(scores, 0f);
				scores[viewer % scores.length] = score;
			}
		});
	}

	static final RecommenderFactory<None> THROWS = recommender("throws", c -> {
		throw new IllegalArgumentException("planted bug");
	}, 1f);
	static final RecommenderFactory<None> NAN = recommender("nan", c -> {
	}, Float.NaN);
	static final RecommenderFactory<None> INFINITE = recommender("infinite", c -> {
	}, Float.POSITIVE_INFINITY);
	static final RecommenderFactory<None> LINKAGE = recommender("linkage", c -> {
		throw new NoClassDefFoundError("org/example/Missing");
	}, 1f);
	/** Over the time limit, sleeps until released, ignoring cancellation and interrupts alike. */
	static final RecommenderFactory<None> STUBBORN = recommender("stubborn", c -> {
		ABANDONED_THREAD_WAS_DAEMON.set(Thread.currentThread().isDaemon());
		overTheLimit();
		while (!RELEASE.get()) {
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				// ignored on purpose: this is the misbehaviour under test
			}
		}
	}, 1f);
	/** How many times {@link #SLOW} stopped because it was cancelled. */
	static final AtomicInteger SLOW_CANCELLED = new AtomicInteger();
	/** Over the time limit, sleeps in short steps and honours cancellation at each. */
	static final RecommenderFactory<None> SLOW = recommender("slow", c -> {
		overTheLimit();
		for (int step = 0; step < 60_000; step++) {
			if (c.monitor().isCancelled()) {
				SLOW_CANCELLED.incrementAndGet();
				c.monitor().checkCancelled();
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				throw new IllegalStateException("interrupted", e);
			}
		}
	}, 1f);

	static final ConversionModelFactory<None> NAN_PROBABILITY = new ConversionModelFactory<>() {
		@Override
		public AlgorithmInfo info() {
			return new AlgorithmInfo("nan-probability", "NaN probability", "faulty", "", AlgorithmKind.CONVERSION);
		}

		@Override
		public Class<None> settingsType() {
			return None.class;
		}

		@Override
		public ConversionModel create(None settings) {
			return new ConversionModel() {
				@Override
				public void initialise(FeatureSchema schema, TaskContext context) {
				}

				@Override
				public void learn(double[] features, boolean converted) {
				}

				@Override
				public double predict(double[] features) {
					return Double.NaN;
				}
			};
		}
	};

	final ExperimentRunner runner = new ExperimentRunner(AlgorithmRegistry.of(List.of(ExperimentRunnerTest.ORACLE,
			ExperimentRunnerTest.CART_AWARE, THROWS, NAN, INFINITE, LINKAGE, STUBBORN, SLOW, NAN_PROBABILITY)))
			.withCellClock(CLOCK::get);

	static ExperimentSpec spec(int folds, Map<String, String> options, String... ids) {
		List<AlgorithmSpec> algorithms = Arrays.stream(ids).map(id -> new AlgorithmSpec(id, id, Map.of())).toList();
		return new ExperimentSpec("faults", "Faults", 7, new DatasetSpec(DatasetKind.CSV, "mem", null, Map.of()),
				new ProtocolSpec(ProtocolKind.RANDOM, 0.8, folds, options), algorithms,
				List.of("ndcg@10", "hit@5", "rankauc", "auc", "logloss"));
	}

	ExperimentResult run(ExperimentSpec spec) {
		return runner.run(spec, "faults.experiment", ExperimentRunnerTest.data(), Map.of(), ProgressMonitor.NULL);
	}

	static String reason(ExperimentResult r, String algorithm, int fold) {
		return r.failures().stream().filter(f -> f.algorithm().equals(algorithm) && f.fold() == fold)
				.map(Failure::reason).findFirst().orElseThrow(() -> new AssertionError(algorithm + " did not fail"));
	}

	/** The values of the healthy algorithms must not depend on the faulty ones run beside them. */
	static void assertSameValues(ExperimentResult expected, ExperimentResult actual) {
		List<Value> a = expected.values(), b = actual.values();
		assertEquals(a.size(), b.size());
		for (int i = 0; i < a.size(); i++) {
			assertEquals(a.get(i).algorithm(), b.get(i).algorithm());
			assertEquals(a.get(i).metric() + a.get(i).segment() + a.get(i).fold(),
					b.get(i).metric() + b.get(i).segment() + b.get(i).fold());
			assertEquals(Double.doubleToLongBits(a.get(i).value()), Double.doubleToLongBits(b.get(i).value()));
			assertArrayEquals(a.get(i).unitValues(), b.get(i).unitValues());
		}
	}

	@Test
	void throwingAndNonFiniteAlgorithmsFailInTheirCellsOnly() {
		ExperimentResult healthy = run(spec(2, Map.of(), "oracle", "cart-aware"));
		ExperimentResult mixed = run(spec(2, Map.of(), "throws", "oracle", "nan", "infinite", "linkage",
				"nan-probability", "cart-aware"));
		assertEquals(2 * 5, mixed.failures().size(), mixed.failures().toString());
		for (int fold = 0; fold < 2; fold++) {
			assertTrue(reason(mixed, "throws", fold).contains("IllegalArgumentException: planted bug"));
			assertTrue(reason(mixed, "nan", fold).contains("NaN"), reason(mixed, "nan", fold));
			assertTrue(reason(mixed, "infinite", fold).contains("Infinity"), reason(mixed, "infinite", fold));
			assertTrue(reason(mixed, "linkage", fold).contains("NoClassDefFoundError"));
			assertTrue(reason(mixed, "nan-probability", fold).contains("not a probability"));
		}
		assertSameValues(healthy, mixed);
	}

	@Test
	void aCellThatIgnoresCancellationIsAbandonedAfterTheGracePeriod() {
		RELEASE.set(false);
		try {
			ExperimentResult healthy = run(spec(1, Map.of(), "oracle"));
			ExperimentResult r = run(spec(1, Map.of("cellTimeLimitSeconds", "0.3"), "stubborn", "oracle"));
			String reason = reason(r, "stubborn", 0);
			assertTrue(reason.contains("exceeded the cell time limit of 0.300 s") && reason.contains("abandoned"),
					reason);
			assertTrue(ABANDONED_THREAD_WAS_DAEMON.get(), "an abandoned cell must not keep the process alive");
			assertEquals(1, r.failures().size());
			assertSameValues(healthy, r);
		} finally {
			RELEASE.set(true);
		}
	}

	@Test
	void aCellThatHonoursCancellationIsStoppedAtTheLimit() {
		SLOW_CANCELLED.set(0);
		// a limit of 10 s gives the cell the longest grace, 5 s, to notice that it was cancelled
		ExperimentResult r = run(spec(2, Map.of("cellTimeLimitSeconds", "10"), "slow", "oracle"));
		assertEquals(1, SLOW_CANCELLED.get(), "the cell over the limit is cancelled through its monitor, once");
		assertEquals("exceeded the cell time limit of 10 s (protocol option cellTimeLimitSeconds); it stopped when"
				+ " cancelled", reason(r, "slow", 0));
		assertEquals("abandoned after fold 0 exceeded the cell time limit", reason(r, "slow", 1));
		assertEquals(2, r.failures().size());
		assertSameValues(run(spec(2, Map.of(), "oracle")), r);
	}

	/** Counts the fits of {@link #SLOW_COUNTED}. */
	static final AtomicInteger SLOW_FITS = new AtomicInteger();
	static final RecommenderFactory<None> SLOW_COUNTED = recommender("slow-counted", c -> {
		SLOW_FITS.incrementAndGet();
		SLOW.create(new None()).fit(null, c);
	}, 1f);

	@Test
	void anAlgorithmOverTheTimeLimitIsAbandonedOnceNotOncePerFold() {
		ExperimentRunner r = new ExperimentRunner(AlgorithmRegistry.of(List.of(ExperimentRunnerTest.ORACLE,
				SLOW_COUNTED))).withCellClock(CLOCK::get);
		SLOW_FITS.set(0);
		ExperimentResult result = r.run(spec(3, Map.of("cellTimeLimitSeconds", "10"), "slow-counted", "oracle"),
				"faults.experiment", ExperimentRunnerTest.data(), Map.of(), ProgressMonitor.NULL);
		assertEquals(1, SLOW_FITS.get(), "the folds after a cell over the limit must not be tried");
		assertTrue(reason(result, "slow-counted", 0).startsWith("exceeded the cell time limit of 10 s"));
		assertEquals("abandoned after fold 0 exceeded the cell time limit", reason(result, "slow-counted", 1));
		assertEquals("abandoned after fold 0 exceeded the cell time limit", reason(result, "slow-counted", 2));
		assertEquals(3, result.failures().size());
		assertSameValues(run(spec(3, Map.of(), "oracle")), result);
	}

	@Test
	void cancellingTheRunDuringACellStopsTheRun() {
		AtomicBoolean cancel = new AtomicBoolean();
		RecommenderFactory<None> cancelsTheRun = recommender("cancels", c -> {
			cancel.set(true);
			for (int step = 0; step < 60_000; step++) {
				c.monitor().checkCancelled();
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					throw new IllegalStateException(e);
				}
			}
		}, 1f);
		ExperimentRunner r = new ExperimentRunner(AlgorithmRegistry.of(List.of(cancelsTheRun)));
		assertThrows(CancelledException.class, () -> r.run(spec(1, Map.of(), "cancels"), "x",
				ExperimentRunnerTest.data(), Map.of(), ProgressMonitor.cancelledWhen(cancel::get)));
	}

	@Test
	void aBadTimeLimitIsRejectedBeforeRunning() {
		for (String bad : List.of("0", "-1", "ten", "Infinity")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> runner.validate(spec(1, Map.of("cellTimeLimitSeconds", bad), "oracle")));
			assertTrue(e.getMessage().contains("cellTimeLimitSeconds"), e.getMessage());
		}
	}
}
