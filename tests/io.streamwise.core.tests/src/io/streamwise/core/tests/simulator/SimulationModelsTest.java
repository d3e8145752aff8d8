package io.streamwise.core.tests.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationModels;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.catalog.Catalog;
import io.streamwise.model.catalog.Course;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.stream.LiveStream;
import io.streamwise.model.stream.StreamSchedule;

class SimulationModelsTest {

	@Test
	void writesCatalogScheduleAndAudienceThatLoadWithCrossReferences(@TempDir Path tmp) throws Exception {
		SimulatedMarket m = Simulator.run(SimulatorSettings.Size.SMALL.settings(Map.of("seed", "3")),
				ProgressMonitor.NULL);
		Path dir = tmp.resolve("data");
		SimulationWriter.write(m, dir);

		Catalog catalog = ModelIO.load(dir.resolve(SimulationModels.CATALOG), Catalog.class);
		assertEquals(m.products().size(), catalog.getProducts().size());
		for (int i = 0; i < m.products().size(); i++) {
			var p = m.products().get(i);
			var q = catalog.getProducts().get(i);
			assertEquals(p.id(), q.getId());
			assertEquals(Float.toString(p.price()), Float.toString((float) q.getPrice()));
			assertEquals(p.category(), q.getCategory().getName());
			if (p.kind() == io.streamwise.core.simulator.ProductKind.COURSE) {
				assertInstanceOf(Course.class, q);
			}
		}

		StreamSchedule schedule = ModelIO.load(dir.resolve(SimulationModels.STREAMS), StreamSchedule.class);
		assertEquals(m.streams().size(), schedule.getStreams().size());
		LiveStream first = schedule.getStreams().get(0);
		assertEquals(m.streams().get(0).showcases().size(), first.getShowcases().size());
		var product = first.getShowcases().get(0).getProduct();
		assertFalse(product.eIsProxy(), "showcase product must resolve into the catalog file");
		assertEquals(m.streams().get(0).showcases().get(0).product(), product.getId());
		assertEquals(m.streams().get(0).start() * 1000, first.getStart().getTime());
		long offers = m.streams().stream().flatMap(s -> s.showcases().stream()).filter(s -> s.hasOffer()).count();
		assertEquals(offers, schedule.getStreams().stream().mapToLong(s -> s.getOffers().size()).sum());

		Audience audience = ModelIO.load(dir.resolve(SimulationModels.AUDIENCE), Audience.class);
		assertEquals(m.viewers().size(), audience.getViewers().size());
		var v = audience.getViewers().get(0);
		assertEquals(1, v.getSegments().size());
		double[] interest = m.latentViewers().get(0).interestStart();
		int top = 0;
		for (int c = 1; c < interest.length; c++) {
			top = interest[c] > interest[top] ? c : top;
		}
		assertEquals("segment-" + SimulationModels.slug(m.categories().get(top)), v.getSegments().get(0).getId());
		assertSame(audience, v.getSegments().get(0).eContainer());
		assertTrue(audience.getName().contains("synthetic"));
	}
}
