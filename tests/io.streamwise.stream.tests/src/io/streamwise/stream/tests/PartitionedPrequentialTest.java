package io.streamwise.stream.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.moa.MoaLearners;
import io.streamwise.stream.EvaluationWindow;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamLearner;
import io.streamwise.stream.StreamMetrics;
import io.streamwise.stream.experiment.PartitionedPrequential;
import io.streamwise.stream.experiment.SimulatorStream;
import io.streamwise.stream.experiment.SimulatorStream.PartitionKey;

/**
 * Partitioned prequential evaluation: each learner runs on every partition with a learner of its own, and its merged
 * metrics are those of the partitions' sums and counts (not the mean of their means).
 */
class PartitionedPrequentialTest {

	private static final Map<String, String> SMALL = Map.of("preset", "small", "days", "5");
	private static final long SEED = 7;
	private static final SimulatorStream STREAM = SimulatorStream.of(SMALL, SEED, 0, ProgressMonitor.NULL);
	private static final PrequentialSettings BASIC = new PrequentialSettings(EvaluationWindow.basic(), 0, 1, null);

	private static PrequentialResult plain(LabelledStream stream, String learner) {
		return Prequential.run(stream, StreamLearner.of(learner, MoaLearners.parse(learner)), BASIC,
				new TaskContext(SEED, ProgressMonitor.NULL));
	}

	private static PartitionedPrequential.Plan plan(String by, int partitions, String... learners) {
		return new PartitionedPrequential.Plan(SMALL, SEED, List.of(learners), by, partitions, 1, null);
	}

	@Test
	void onePartitionIsThePlainEvaluationBitForBit() {
		String learner = MoaLearners.cli(MoaLearners.parse("trees.HoeffdingTree"));
		PrequentialResult merged = PartitionedPrequential
				.runEmbedded(plan("viewer", 1, learner), STREAM, ProgressMonitor.NULL).get(0);
		PrequentialResult whole = plain(STREAM.stream(), learner);
		assertArrayEquals(whole.metrics().values(), merged.metrics().values());
		assertEquals(STREAM.size(), merged.instances());
	}

	@Test
	void partitionsCoverTheStreamOnceAndMergeAsSumsAndCounts() {
		String learner = MoaLearners.cli(MoaLearners.parse("bayes.NaiveBayes"));
		for (String by : List.of("viewer", "stream")) {
			int k = 3;
			long instances = 0;
			double correct = 0, logLoss = 0, meanOfAccuracies = 0;
			for (int p = 0; p < k; p++) {
				PrequentialResult part = plain(STREAM.partition(PartitionKey.parse(by), k, p), learner);
				StreamMetrics m = part.metrics();
				assertTrue(part.instances() > 0, by + " partition " + p + " is empty");
				instances += part.instances();
				correct += m.accuracy() * m.instances(); // every session weighs 1
				logLoss += m.logLoss() * m.instances();
				meanOfAccuracies += m.accuracy() / k;
			}
			assertEquals(STREAM.size(), instances, "every session in exactly one " + by + " partition");
			PrequentialResult merged = PartitionedPrequential.runEmbedded(plan(by, k, learner), STREAM,
					ProgressMonitor.NULL).get(0);
			assertEquals(instances, merged.instances());
			assertEquals(instances, (long) merged.metrics().instances());
			assertEquals(correct / instances, merged.metrics().accuracy(), 1e-12, by);
			assertEquals(logLoss / instances, merged.metrics().logLoss(), 1e-12, by);
			// the partitions differ in size, so the mean of their accuracies is another (wrong) number
			assertTrue(Math.abs(meanOfAccuracies - merged.metrics().accuracy()) > 1e-9,
					by + ": " + meanOfAccuracies + " vs " + merged.metrics().accuracy());
		}
	}

	@Test
	void theSamePlanGivesTheSameBitsAndPartitionsAreChecked() {
		String learner = MoaLearners.cli(MoaLearners.parse("trees.HoeffdingTree"));
		PrequentialResult a = PartitionedPrequential.runEmbedded(plan("stream", 4, learner), STREAM,
				ProgressMonitor.NULL).get(0);
		PrequentialResult b = PartitionedPrequential.runEmbedded(plan("stream", 4, learner), STREAM,
				ProgressMonitor.NULL).get(0);
		assertArrayEquals(a.metrics().values(), b.metrics().values());
		assertThrows(IllegalArgumentException.class, () -> plan("seller", 2, learner));
		assertThrows(IllegalArgumentException.class, () -> plan("viewer", 0, learner));
	}
}
