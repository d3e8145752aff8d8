package io.streamwise.examples.conversion.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.FeatureSchema;
import io.streamwise.examples.conversion.OnlineLogisticFactory;
import io.streamwise.examples.conversion.OnlineLogisticSettings;

class OnlineLogisticTest {

	@Test
	void learnsThatCartsPredictPurchases() {
		ConversionModel m = new OnlineLogisticFactory().create(new OnlineLogisticSettings(0.1, 0));
		m.initialise(new FeatureSchema("sessions", List.of(FeatureSchema.Feature.numeric("carts"),
				FeatureSchema.Feature.numeric("noise"))), TaskContext.of(1));
		for (int i = 0; i < 2000; i++) {
			boolean cart = i % 3 == 0;
			m.learn(new double[] { cart ? 1 : 0, i % 7 }, cart);
		}
		double withCart = m.predict(new double[] { 1, 3 }), without = m.predict(new double[] { 0, 3 });
		assertTrue(withCart > 0.9 && without < 0.1, withCart + " / " + without);
	}
}
