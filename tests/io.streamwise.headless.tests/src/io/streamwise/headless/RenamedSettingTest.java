package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A setting given under a key it had before a rename is refused with a pointer to the new key, not translated: the
 * saved compare.experiment and the results then name only keys that exist.
 */
class RenamedSettingTest {

	@Test
	void theFormerKeyOfBprsViewerRegularisationPointsToTheNewOne() {
		UsageException e = assertThrows(UsageException.class,
				() -> CompareCommand.algorithms(List.of("pop", "bpr"), List.of("bpr:epochs=5", "bpr:regUser=0.01")));
		assertEquals("--set bpr:regUser is now called regViewer (since format 1.1): write --set bpr:regViewer=0.01",
				e.getMessage());
		assertEquals(Map.of("epochs", "5", "regViewer", "0.01"), CompareCommand.algorithms(List.of("pop", "bpr"),
				List.of("bpr:epochs=5", "bpr:regViewer=0.01")).get(1).settings());
		// the rename belongs to bpr alone
		assertEquals(Map.of("regUser", "1"), CompareCommand.algorithms(List.of("pop"), List.of("pop:regUser=1")).get(0)
				.settings());
	}
}
