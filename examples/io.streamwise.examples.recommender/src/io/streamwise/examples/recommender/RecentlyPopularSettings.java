package io.streamwise.examples.recommender;

import io.streamwise.api.algorithm.Setting;

/**
 * Settings of {@link RecentlyPopular}.
 *
 * @param days            how far back from the last training event interactions count
 * @param purchasesWeight how much a purchase counts relative to a click or cart
 */
public record RecentlyPopularSettings(
		@Setting(key = "days", label = "Days", description = "Interactions in this many days before the last training event count.", defaultValue = "7", min = 1, max = 3650) int days,
		@Setting(key = "purchasesWeight", label = "Purchase weight", description = "What a purchase counts; a click or a cart counts 1.", defaultValue = "3", min = 0, max = 1000) double purchasesWeight) {
}
