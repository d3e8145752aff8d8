// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.util.List;

/**
 * What a campaign forecast gives for one scenario.
 *
 * @param scenario            the scenario's name; "base" for the plan as written
 * @param draws               Monte Carlo draws
 * @param seed                the seed every draw derives from
 * @param streams             per stream, in plan order
 * @param products            per product
 * @param segments            per segment
 * @param total               the whole campaign
 * @param cumulativeRevenue   revenue after each stream (summed from the first), per stream in order
 * @param targetMetric        what the target is about (profit, revenue, buyers)
 * @param target              the campaign's target
 * @param probabilityOfTarget share of draws in which the total reaches the target
 * @param spend               stream costs and fixed costs
 * @param tornado             each uncertain input at its P10 and P90 with the rest at their medians, largest swing
 *                            of profit first
 * @param varianceShares      the uncertain inputs by the share of profit variance they explain (squared correlation
 *                            over the draws), largest first
 * @param tornadoBase         profit with every uncertain input at its median, without sampling noise: where the
 *                            tornado's bars start
 * @param targetDistribution  the total of the target metric over the draws, as a histogram
 * @param funnel              the mean number of people at each stage of the funnel, over every stream and segment
 */
public record Forecast(String scenario, int draws, long seed, List<Group> streams, List<Group> products,
		List<Group> segments, Group total, List<Summary> cumulativeRevenue, String targetMetric, double target,
		double probabilityOfTarget, double spend, List<TornadoBar> tornado, List<VarianceShare> varianceShares,
		double tornadoBase, Histogram targetDistribution, List<Stage> funnel) {

	/** Metrics of one stream, product, segment or the total; ROI only where costs are known (streams, total). */
	public record Group(String id, Summary viewers, Summary buyers, Summary units, Summary revenue, Summary refunds,
			Summary profit, Summary roi) {
	}

	/** Mean and percentiles of a metric over the draws. */
	public record Summary(double mean, double p10, double p50, double p90) {
	}

	/** Profit with one input at its P10 and at its P90, the rest at their medians. */
	public record TornadoBar(String input, double inputP10, double inputP90, double profitAtP10,
			double profitAtP90) {

		public double swing() {
			return Math.abs(profitAtP90 - profitAtP10);
		}
	}

	/** The share of profit variance an input explains (its squared correlation with profit over the draws). */
	public record VarianceShare(String input, double share) {
	}

	/**
	 * Draws per bin of equal width: bin i holds the values in [low + i·width, low + (i + 1)·width), the last bin its
	 * upper end too. All values in one bin (a forecast without uncertainty) give width 0.
	 */
	public record Histogram(String metric, double low, double width, List<Integer> counts) {

		/** The lower end of bin i (i = counts: the upper end of the last). */
		public double edge(int i) {
			return low + i * width;
		}
	}

	/**
	 * The mean number of people at one funnel stage: reached, joined, watched, engaged (people, over streams and
	 * segments), then clicked, carted and bought (summed over products too; bought is units after capacity).
	 */
	public record Stage(String stage, double mean) {
	}
}
