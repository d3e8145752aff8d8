package io.streamwise.core.tests.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.streamwise.core.experiment.OptionNames;

/** Issue 11, item 7: camelCase in files, kebab-case on the command line, translated by one pair of functions. */
class OptionNamesTest {

	@Test
	void translatesBothWays() {
		assertEquals("max-rejected-share", OptionNames.kebab("maxRejectedShare"));
		assertEquals("raw-ids", OptionNames.kebab("rawIds"));
		assertEquals("columns", OptionNames.kebab("columns"));
		assertEquals("cell-time-limit-seconds", OptionNames.kebab("cellTimeLimitSeconds"));
		assertEquals("sampled-negatives100", OptionNames.kebab("sampledNegatives100"));
		assertEquals("maxRejectedShare", OptionNames.camel("--max-rejected-share"));
		assertEquals("maxRejectedShare", OptionNames.camel("max-rejected-share"));
		assertEquals("--default-type", OptionNames.flag("defaultType"));
	}

	@Test
	void theTwoAreInversesForManyNames() {
		SplittableRandom r = new SplittableRandom(5);
		String lower = "abcdefghijklmnopqrstuvwxyz", digits = "0123456789";
		for (int i = 0; i < 5000; i++) {
			StringBuilder name = new StringBuilder().append(lower.charAt(r.nextInt(26)));
			int n = r.nextInt(15);
			for (int k = 0; k < n; k++) {
				int kind = r.nextInt(6);
				name.append(kind == 0 ? Character.toUpperCase(lower.charAt(r.nextInt(26)))
						: kind == 1 ? digits.charAt(r.nextInt(10)) : lower.charAt(r.nextInt(26)));
			}
			String camel = name.toString();
			assertEquals(camel, OptionNames.camel(OptionNames.kebab(camel)), camel);
			String kebab = OptionNames.kebab(camel);
			assertEquals(kebab, OptionNames.kebab(OptionNames.camel(kebab)), kebab);
		}
	}

	@Test
	void refusesNamesOfTheWrongCase() {
		for (String bad : List.of("", "MaxShare", "max_share", "max-share", "1st")) {
			assertThrows(IllegalArgumentException.class, () -> OptionNames.kebab(bad), bad);
		}
		for (String bad : List.of("", "maxShare", "max--share", "max-", "-max", "max-1", "max_share")) {
			assertThrows(IllegalArgumentException.class, () -> OptionNames.camel(bad), bad);
		}
	}
}
