package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentResult;
import io.streamwise.core.experiment.ExperimentRunner;
import io.streamwise.core.registry.AlgorithmRegistry;

/**
 * Errors thrown inside a cell (issue 10, item 1): out of memory, stack overflow, a failed assertion and a broken
 * plugin's linkage error fail that cell with the reason; the healthy algorithm's values are those of a run without
 * them.
 */
class CellErrorTest {

	static final RecommenderFactory<FaultContainmentTest.None> OOM = FaultContainmentTest.recommender("oom", c -> {
		throw new OutOfMemoryError("Java heap space");
	}, 1f);
	static final RecommenderFactory<FaultContainmentTest.None> DEEP = FaultContainmentTest.recommender("deep",
			c -> recurse(0), 1f);
	static final RecommenderFactory<FaultContainmentTest.None> ASSERTS = FaultContainmentTest.recommender("asserts",
			c -> {
				throw new AssertionError("planted invariant");
			}, 1f);
	static final RecommenderFactory<FaultContainmentTest.None> UNLINKED = FaultContainmentTest.recommender("unlinked",
			c -> {
				throw new UnsatisfiedLinkError("no libmissing in java.library.path");
			}, 1f);

	/** A real stack overflow, not a thrown one. */
	static int recurse(int depth) {
		return recurse(depth + 1) + 1;
	}

	@Test
	void errorsInACellFailOnlyThatCell() {
		ExperimentRunner runner = new ExperimentRunner(AlgorithmRegistry.of(List.of(ExperimentRunnerTest.ORACLE, OOM,
				DEEP, ASSERTS, UNLINKED)));
		ExperimentResult healthy = runner.run(FaultContainmentTest.spec(1, Map.of(), "oracle"), "e.experiment",
				ExperimentRunnerTest.data(), Map.of(), ProgressMonitor.NULL);
		ExperimentResult r = runner.run(FaultContainmentTest.spec(1, Map.of(), "oom", "oracle", "deep", "asserts",
				"unlinked"), "e.experiment", ExperimentRunnerTest.data(), Map.of(), ProgressMonitor.NULL);
		assertEquals(4, r.failures().size(), r.failures().toString());
		String oom = FaultContainmentTest.reason(r, "oom", 0);
		assertTrue(oom.contains("OutOfMemoryError: Java heap space") && oom.contains("STREAMWISE_VMARGS=-Xmx")
				&& oom.contains((Runtime.getRuntime().maxMemory() >> 20) + " MB"), oom);
		assertTrue(FaultContainmentTest.reason(r, "deep", 0).contains("StackOverflowError"));
		assertTrue(FaultContainmentTest.reason(r, "asserts", 0).contains("AssertionError: planted invariant"));
		assertTrue(FaultContainmentTest.reason(r, "unlinked", 0).contains("UnsatisfiedLinkError"));
		FaultContainmentTest.assertSameValues(healthy, r);
	}
}
