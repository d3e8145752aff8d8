package io.streamwise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.UnknownAlgorithmException;

class AlgorithmRegistryTest {

	record NoSettings(@Setting(label = "k", defaultValue = "1") int k) {
	}

	static RecommenderFactory<NoSettings> factory(String id) {
		return new RecommenderFactory<>() {
			@Override
			public AlgorithmInfo info() {
				return new AlgorithmInfo(id, id.toUpperCase(), "test", "", AlgorithmKind.RECOMMENDER);
			}

			@Override
			public Class<NoSettings> settingsType() {
				return NoSettings.class;
			}

			@Override
			public Recommender create(NoSettings settings) {
				throw new UnsupportedOperationException();
			}
		};
	}

	@Test
	void listsByIdAndReportsClashes() {
		var b = factory("b");
		var a = factory("a");
		var b2 = factory("b");
		AlgorithmRegistry r = AlgorithmRegistry.of(List.of(b, a, b2));
		assertEquals(List.of("a", "b"), r.all().stream().map(f -> f.info().id()).toList());
		assertSame(b, r.get("b"));
		assertEquals(1, r.conflicts().size());
		assertTrue(r.conflicts().get(0).contains("'b'"));
		// outside OSGi the first added is used; when it goes, the other claimant takes its place
		r.remove(b);
		assertSame(b2, r.get("b"));
		assertEquals(0, r.conflicts().size());
		r.remove(b2);
		assertEquals(List.of("a"), r.all().stream().map(f -> f.info().id()).toList());
	}

	@Test
	void unknownIdListsInstalledOnes() {
		AlgorithmRegistry r = AlgorithmRegistry.of(List.of(factory("pop")));
		UnknownAlgorithmException e = assertThrows(UnknownAlgorithmException.class, () -> r.get("bpr"));
		assertTrue(e.getMessage().contains("'bpr'") && e.getMessage().contains("pop"), e.getMessage());
	}
}
