package io.streamwise.core.tests.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.core.simulator.SimulatorSettings;

class SimulatorSettingsTest {

	@Test
	void defaultsAreTheDocumentedOnes() {
		SimulatorSettings s = SimulatorSettings.defaults();
		assertEquals(2000, s.viewers());
		assertEquals(120, s.products());
		assertEquals(8, s.hosts());
		assertEquals(30, s.days());
		assertEquals(3, s.streamsPerDay());
		assertEquals(8, s.categories());
		assertEquals(12, s.showcaseSize());
		assertEquals(0.2, s.drift());
		assertEquals(0.3, s.offerRate());
		assertEquals("2026-03-01", s.startDate());
		assertEquals(s, SimulatorSettings.Size.DEFAULT.settings(Map.of()));
	}

	@Test
	void formatAndParseRoundTrip() {
		SimulatorSettings s = SimulatorSettings.withSeed(99).with(Map.of("drift", "0.7", "currency", "EUR"));
		assertEquals(99, s.seed());
		assertEquals(0.7, s.drift());
		assertEquals(s, Settings.parse(SimulatorSettings.class, Settings.format(s)));
	}

	@Test
	void presetsScaleTheMarketAndTakeOverrides() {
		SimulatorSettings small = SimulatorSettings.Size.SMALL.settings(Map.of("seed", "5"));
		SimulatorSettings large = SimulatorSettings.Size.LARGE.settings(Map.of("viewers", "7000"));
		assertEquals(5, small.seed());
		assertTrue(small.viewers() < SimulatorSettings.defaults().viewers());
		assertEquals(7000, large.viewers());
		assertTrue(large.products() > SimulatorSettings.defaults().products());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "viewers|0", "products|-1", "hosts|1000", "days|0", "streamsPerDay|25",
			"categories|17", "showcaseSize|0", "drift|1.5", "offerRate|-0.1", "priceSensitivity|6",
			"interestConcentration|0", "refundRate|2", "watchIntervalSeconds|5", "startDate|March 1st",
			"currency|usd", "viewers|many" })
	void badValuesAreRejectedNamingTheSetting(String key, String value) {
		SettingsException e = assertThrows(SettingsException.class,
				() -> Settings.parse(SimulatorSettings.class, Map.of(key, value)));
		assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
	}

	@Test
	void showcaseLargerThanCatalogueIsRejected() {
		SettingsException e = assertThrows(SettingsException.class,
				() -> SimulatorSettings.defaults().with(Map.of("products", "5", "showcaseSize", "6")));
		assertTrue(e.getMessage().contains("'showcaseSize'"), e.getMessage());
	}

	@Test
	void constructorChecksLikeTheParser() {
		SimulatorSettings d = SimulatorSettings.defaults();
		SettingsException e = assertThrows(SettingsException.class,
				() -> new SimulatorSettings(d.seed(), d.viewers(), d.products(), d.hosts(), d.days(),
						d.streamsPerDay(), d.categories(), d.showcaseSize(), Double.NaN, d.offerRate(),
						d.priceSensitivity(), d.interestConcentration(), d.attendanceRate(), d.meanWatchMinutes(),
						d.purchaseIntercept(), d.interestEffect(), d.priceEffect(), d.offerEffect(), d.refundRate(),
						d.watchIntervalSeconds(), d.startDate(), d.currency()));
		assertTrue(e.getMessage().contains("'drift'"), e.getMessage());
	}

	@Test
	void unknownSettingIsNamed() {
		SettingsException e = assertThrows(SettingsException.class,
				() -> Settings.parse(SimulatorSettings.class, Map.of("viewer", "10")));
		assertTrue(e.getMessage().contains("'viewer'"), e.getMessage());
	}
}
