package io.streamwise.bandits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.streamwise.algorithms.baseline.BaseRateFactory;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.ope.AccuracyStudy;
import io.streamwise.bandits.ope.ConversionRewardModel;
import io.streamwise.bandits.ope.Estimator;
import io.streamwise.core.results.PolicyResults;

/** The accuracy study on small logs: its rows, and what must hold whatever the luck of the draw. */
class AccuracyStudyTest {

	@Test
	void rowsPerEstimatorSizeAndDistance() {
		AccuracyStudy.Options options = new AccuracyStudy.Options(new int[] { 300, 1200 }, new double[] { 0, 0.9 },
				6, List.of(Estimator.IPS, Estimator.SNIPS, Estimator.DM, Estimator.DR), Double.POSITIVE_INFINITY, 10,
				50, 5, 2);
		List<PolicyResults.Row> rows = AccuracyStudy.run(EnvironmentTest.ENVIRONMENT,
				(log, context) -> ConversionRewardModel.fit(new BaseRateFactory(), new BaseRateFactory.NoSettings(),
						log.schema(), log.decisions(), context),
				options, ProgressMonitor.NULL);
		assertEquals(2 * 2 * 4 * 3, rows.size());
		for (PolicyResults.Row r : rows) {
			assertTrue(r.truth() > 0 && r.truth() < 1);
			if (r.metric().equals("rmse")) {
				assertTrue(r.value() >= 0);
			}
			if (r.metric().equals("interval_coverage")) {
				assertTrue(r.value() >= 0 && r.value() <= 1);
			}
		}
		// the oracle-heavy target (β = 0.9) is worth more than uniform choice (β = 0)
		double uniform = rows.stream().filter(r -> r.group().get("beta").equals("0.0")).findFirst().orElseThrow()
				.truth();
		double oracle = rows.stream().filter(r -> r.group().get("beta").equals("0.9")).findFirst().orElseThrow()
				.truth();
		assertTrue(oracle > uniform);
		// β = 0 is the logger itself: every weight is 1, so IPS and SNIPS are the same mean reward, same error
		double ipsBias = value(rows, "ips", "bias", "0.0", "300"),
				snipsBias = value(rows, "snips", "bias", "0.0", "300");
		assertEquals(ipsBias, snipsBias, 1e-12);
		// the base rate ignores the action, so DM estimates every target at the same value: its error grows with β
		assertTrue(Math.abs(value(rows, "dm", "bias", "0.9", "1200")) > Math.abs(value(rows, "dm", "bias", "0.0",
				"1200")));
	}

	private static double value(List<PolicyResults.Row> rows, String estimator, String metric, String beta,
			String size) {
		return rows.stream().filter(r -> r.estimator().equals(estimator) && r.metric().equals(metric)
				&& r.group().get("beta").equals(beta) && r.group().get("logSize").equals(size)).findFirst()
				.orElseThrow().value();
	}
}
