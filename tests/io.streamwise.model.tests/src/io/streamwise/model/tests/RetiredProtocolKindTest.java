package io.streamwise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ProtocolKind;
import io.streamwise.model.io.FormatMigration;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;

/**
 * The protocol kind PREQUENTIAL, which the experiment editor offered and nothing ran, is gone; files saved with it are
 * refused with the file, line and column, and the way to test-then-train evaluation.
 */
class RetiredProtocolKindTest {

	/** Saved by Streamwise 0.1.0 (formatVersion 1.0) from an experiment whose protocol kind was PREQUENTIAL. */
	static final Path SAVED = Path.of("data", "prequential-1.0.experiment");

	@Test
	void theModelNoLongerOffersIt() {
		assertNull(ProtocolKind.getByName("PREQUENTIAL"));
		assertNull(ProtocolKind.get("PREQUENTIAL"));
	}

	@Test
	void aFileSavedWithItIsRefusedWithTheWayToPrequentialEvaluation(@TempDir Path dir) throws Exception {
		Path file = Files.copy(SAVED, dir.resolve("stream-test.experiment"));
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelIO.load(file, Experiment.class));
		assertEquals(file.toAbsolutePath().normalize(), e.getFile());
		assertEquals(7, e.getLine(), e.getMessage()); // the protocol element
		assertTrue(e.getProblem().contains("PREQUENTIAL") && e.getProblem().contains("streamwise prequential")
				&& e.getProblem().contains("TEMPORAL"), e.getProblem());
		assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
	}

	@Test
	void otherIllegalValuesKeepEmfsMessage(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("typo.experiment");
		Files.writeString(file, Files.readString(SAVED).replace("PREQUENTIAL", "TEMPORALL"));
		ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelIO.load(file, Experiment.class));
		assertTrue(e.getProblem().contains("TEMPORALL") && !e.getProblem().contains("streamwise prequential"),
				e.getProblem());
		assertNull(FormatMigration.retiredLiteralAdvice("ProtocolKind", "TEMPORALL"));
		assertNull(FormatMigration.retiredLiteralAdvice("DatasetKind", "PREQUENTIAL"));
	}
}
