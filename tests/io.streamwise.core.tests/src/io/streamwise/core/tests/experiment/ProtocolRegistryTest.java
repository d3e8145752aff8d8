package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.EvaluationProtocol;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.ProtocolOptions;
import io.streamwise.core.experiment.Protocols;

/** The protocol registry: every protocol reads and writes its command-line form, and the names stay as they were. */
class ProtocolRegistryTest {

	/** Protocols of every kind, with options the forms carry and options they do not. */
	static List<ProtocolSpec> samples() {
		Map<String, String> extra = Map.of(ProtocolOptions.RELEVANT, "purchase,cart", ProtocolOptions.SAMPLED_NEGATIVES,
				"100");
		return List.of(new ProtocolSpec(ProtocolKind.RANDOM, 0.8, 1, Map.of()),
				new ProtocolSpec(ProtocolKind.RANDOM, 0.7, 3, extra),
				new ProtocolSpec(ProtocolKind.RANDOM, 0.65, 2, Map.of(ProtocolOptions.VALIDATION, "0.1")),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of()),
				new ProtocolSpec(ProtocolKind.TEMPORAL, 0.123456789, 1, extra),
				new ProtocolSpec(ProtocolKind.LEAVE_LAST_OUT, 0.8, 1, Map.of()),
				new ProtocolSpec(ProtocolKind.LEAVE_LAST_OUT, 0.8, 1, Map.of(ProtocolOptions.N, "3")),
				new ProtocolSpec(ProtocolKind.KFOLD, 0.8, 5, Map.of()),
				new ProtocolSpec(ProtocolKind.KFOLD, 0.6, 10, extra),
				new ProtocolSpec(ProtocolKind.GIVEN, 0.8, 1, extra),
				new ProtocolSpec(ProtocolKind.STREAM_SESSION, 0.75, 1, Map.of(ProtocolOptions.AVAILABILITY, "false")),
				new ProtocolSpec(ProtocolKind.RANDOM_PER_VIEWER, 0.8, 1, Map.of()),
				new ProtocolSpec(ProtocolKind.RANDOM_PER_VIEWER, 0.8, 1, Map.of(ProtocolOptions.VALIDATION, "0.1")),
				new ProtocolSpec(ProtocolKind.RANDOM_PER_VIEWER, 1 / 3.0, 1,
						Map.of(ProtocolOptions.VALIDATION, Double.toString(1 / 3.0))));
	}

	@Test
	void everyRegisteredProtocolRoundTripsItsCommandLineForm() {
		Set<ProtocolKind> covered = samples().stream().map(ProtocolSpec::kind).collect(Collectors.toSet());
		assertEquals(Set.of(ProtocolKind.values()), covered, "a sample of every registered protocol");
		for (ProtocolSpec p : samples()) {
			String form = p.kind().protocol().format(p);
			assertTrue(form.startsWith(p.kind().label()), form);
			assertEquals(p, Protocols.parse(form, p.options()), form);
			// and the form read again writes the same form
			assertEquals(form, p.kind().protocol().format(Protocols.parse(form, p.options())));
		}
	}

	@Test
	void theDocumentedFormsReadAsBefore() {
		assertEquals(new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of()),
				Protocols.parse("temporal:0.8", Map.of()));
		assertEquals(new ProtocolSpec(ProtocolKind.TEMPORAL, 0.8, 1, Map.of()), Protocols.parse("temporal", Map.of()));
		assertEquals(new ProtocolSpec(ProtocolKind.RANDOM, 0.7, 3, Map.of()),
				Protocols.parse("random:0.7:3", Map.of()));
		assertEquals(new ProtocolSpec(ProtocolKind.LEAVE_LAST_OUT, 0.8, 1, Map.of("n", "2")),
				Protocols.parse("leave-last-out:2", Map.of()));
		assertEquals(new ProtocolSpec(ProtocolKind.KFOLD, 0.8, 5, Map.of()), Protocols.parse("kfold", Map.of()));
		assertEquals(new ProtocolSpec(ProtocolKind.KFOLD, 0.9, 4, Map.of()), Protocols.parse("KFold:4:0.9", Map.of()));
		assertEquals(new ProtocolSpec(ProtocolKind.GIVEN, 0.8, 1, Map.of()), Protocols.parse("given", Map.of()));
		assertEquals(new ProtocolSpec(ProtocolKind.STREAM_SESSION, 0.6, 1, Map.of()),
				Protocols.parse("stream-session:0.6", Map.of()));
		// RecBole's default: weights 8:1:1 are ratios 0.8 and 0.1 (as divisions, as before)
		assertEquals(new ProtocolSpec(ProtocolKind.RANDOM_PER_VIEWER, 8 / 10.0, 1,
				Map.of("validation", Double.toString(1 / 10.0))), Protocols.parse("random-per-viewer:8:1:1", Map.of()));
		assertEquals(new ProtocolSpec(ProtocolKind.RANDOM_PER_VIEWER, 0.9, 1, Map.of()),
				Protocols.parse("random-per-viewer:9:0:1", Map.of()));
	}

	@Test
	void wrongFormsSayWhatIsWrong() {
		for (String bad : List.of("temporal:1.5", "temporal:0.8:2", "random:0.8:0", "leave-last-out:zero", "given:1",
				"random-per-viewer:8:1", "random-per-viewer:0:1:1", "random-per-viewer:8:-1:1", "kfold:x")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Protocols.parse(bad,
					Map.of()), bad);
			assertFalse(e.getMessage().isBlank(), bad);
		}
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> Protocols.parse("prequential", Map.of()));
		for (EvaluationProtocol p : Protocols.all()) {
			assertTrue(unknown.getMessage().contains(p.syntax()), unknown.getMessage());
		}
	}

	@Test
	void labelsAreThePersistedNamesSoReportsAndFilesDoNotChange() {
		for (ProtocolKind k : ProtocolKind.values()) {
			assertEquals(k.name().toLowerCase(Locale.ROOT).replace('_', '-'), k.label());
			assertSame(k, Protocols.byLabel(k.label()));
		}
	}

	@Test
	void theCoreRegistryAndTheExperimentModelNameTheSameProtocols() {
		Set<String> model = io.streamwise.model.experiment.ProtocolKind.VALUES.stream()
				.map(io.streamwise.model.experiment.ProtocolKind::getName).collect(Collectors.toSet());
		Set<String> core = Arrays.stream(ProtocolKind.values()).map(Enum::name).collect(Collectors.toSet());
		// besides core's splits, the two kinds of policy experiments, which the bandits bundle runs (PolicyExperiment)
		Set<String> expected = new java.util.TreeSet<>(core);
		expected.addAll(Set.of("ONLINE", "OFF_POLICY"));
		assertEquals(expected, new java.util.TreeSet<>(model));
		assertFalse(model.contains("PREQUENTIAL"), "the editor offers no protocol that nothing runs");
	}

	@Test
	void onlyRowSplittingProtocolsTakeConversionModelsAndOnlyStreamSessionJudgesSessions() {
		Set<ProtocolKind> rows = Arrays.stream(ProtocolKind.values()).filter(k -> k.protocol().splitsRows())
				.collect(Collectors.toSet());
		assertEquals(Set.of(ProtocolKind.RANDOM, ProtocolKind.TEMPORAL, ProtocolKind.KFOLD), rows);
		Set<ProtocolKind> sessions = Arrays.stream(ProtocolKind.values()).filter(k -> k.protocol().sessionUnits())
				.collect(Collectors.toSet());
		assertEquals(Set.of(ProtocolKind.STREAM_SESSION), sessions);
		ProtocolSpec showcase = new ProtocolSpec(ProtocolKind.STREAM_SESSION, 0.8, 1, Map.of());
		assertTrue(showcase.kind().protocol().showcaseCandidates(showcase));
		ProtocolSpec everything = new ProtocolSpec(ProtocolKind.STREAM_SESSION, 0.8, 1,
				Map.of("availability", "false"));
		assertFalse(everything.kind().protocol().showcaseCandidates(everything));
		assertNotNull(Protocols.syntaxes());
	}
}
