// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.ABTestFactory;
import io.streamwise.model.abtest.Correction;
import io.streamwise.model.abtest.MetricKind;
import io.streamwise.model.abtest.MonitoringKind;
import io.streamwise.model.abtest.RandomisationUnit;
import io.streamwise.model.abtest.Variant;
import io.streamwise.model.io.FormatMigration;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;

/** .abtest documents: defaults, a round trip, a file of an older format upgraded, a newer one refused. */
class ABTestModelTest {

	@TempDir
	Path dir;

	@Test
	void newTestHasTheDocumentedDefaultsAndRoundTrips() throws IOException {
		ABTestFactory f = ABTestFactory.eINSTANCE;
		ABTest test = f.createABTest();
		assertEquals(FormatMigration.CURRENT_VERSION, test.getFormatVersion());
		assertEquals(0.05, test.getAlpha());
		assertEquals(0.8, test.getPower());
		assertEquals(Correction.HOLM, test.getCorrection());
		assertEquals(RandomisationUnit.VIEWER, test.getUnit());
		test.setId("t");
		Variant a = f.createVariant();
		a.setName("A");
		a.setControl(true);
		a.setTrafficShare(0.3);
		Variant b = f.createVariant();
		b.setName("B");
		b.setTrafficShare(0.7);
		test.getVariants().addAll(List.of(a, b));
		test.setPrimaryMetric(f.createMetric());
		test.getPrimaryMetric().setKind(MetricKind.GMV_PER_STREAM);
		test.setMonitoring(f.createMonitoringPlan());
		test.getMonitoring().getLookTimes().addAll(List.of(1.0, 2.5));
		Path file = dir.resolve("t.abtest");
		ModelIO.save(test, file);
		ABTest again = ModelIO.load(file, ABTest.class);
		assertEquals(0.7, again.getVariants().get(1).getTrafficShare());
		assertTrue(again.getVariants().get(0).isControl());
		assertEquals(MetricKind.GMV_PER_STREAM, again.getPrimaryMetric().getKind());
		assertEquals(List.of(1.0, 2.5), again.getMonitoring().getLookTimes());
	}

	@Test
	void aFileOfFormat11IsUpgradedOnLoadWithItsContentKept() throws IOException {
		Path file = dir.resolve("offer.abtest");
		Files.copy(Path.of("data/abtest-1.1/offer.abtest"), file);
		ABTest test = ModelIO.load(file, ABTest.class);
		assertEquals(FormatMigration.CURRENT_VERSION, test.getFormatVersion());
		assertEquals(RandomisationUnit.STREAM, test.getUnit());
		assertEquals(40.0, test.getClusterSize());
		assertEquals(MonitoringKind.SEQUENTIAL, test.getMonitoring().getKind());
		assertEquals(List.of(7.0, 14.0), test.getMonitoring().getLookTimes());
		assertEquals("revenue", test.getGuardrailMetrics().get(0).getColumn());
		// written before guardrails had a margin: none, which keeps the guardrail's old meaning
		assertEquals(0.0, test.getGuardrailMetrics().get(0).getNonInferiorityMargin());
	}

	@Test
	void aGuardrailsNonInferiorityMarginRoundTrips() throws IOException {
		Path file = dir.resolve("offer.abtest");
		Files.copy(Path.of("data/abtest-1.1/offer.abtest"), file);
		ABTest test = ModelIO.load(file, ABTest.class);
		test.getGuardrailMetrics().get(0).setNonInferiorityMargin(0.25);
		Path saved = dir.resolve("saved.abtest");
		ModelIO.save(test, saved);
		assertTrue(Files.readString(saved).contains("nonInferiorityMargin=\"0.25\""), Files.readString(saved));
		assertEquals(0.25, ModelIO.load(saved, ABTest.class).getGuardrailMetrics().get(0).getNonInferiorityMargin());
	}

	@Test
	void aFileOfANewerFormatIsRefusedNamingTheFile() throws IOException {
		Path file = dir.resolve("newer.abtest");
		Files.writeString(file, Files.readString(Path.of("data/abtest-1.1/offer.abtest")).replace(
				"formatVersion=\"1.1\"", "formatVersion=\"9.0\""));
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelIO.load(file, ABTest.class));
		assertTrue(e.getMessage().contains("newer.abtest") && e.getMessage().contains("9.0"), e.getMessage());
	}
}
