package io.streamwise.moa.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.streamwise.moa.MoaLearners;
import io.streamwise.moa.MoaOption;
import moa.classifiers.Classifier;
import moa.classifiers.trees.HoeffdingTree;

/** What an option form is generated from: MOA's option objects, their defaults, bounds and checks. */
class MoaOptionFormTest {

	private static MoaOption option(String learner, String name) {
		return MoaLearners.options(MoaLearners.parse(learner)).stream().filter(o -> o.name().equals(name))
				.findFirst().orElseThrow();
	}

	@Test
	void hoeffdingTreesGracePeriodHasMoasDefaultAndBounds() {
		MoaOption grace = option("trees.HoeffdingTree", "gracePeriod");
		assertEquals(MoaOption.Type.INT, grace.type());
		assertEquals("200", grace.defaultText());
		assertEquals(0, grace.min());
		assertEquals(Integer.MAX_VALUE, grace.max());
		assertNull(grace.problem("50"));
		assertNull(grace.problem("0"));
		assertEquals("gracePeriod must be of at least 0, not -1", grace.problem("-1"));
		assertEquals("gracePeriod must be a whole number of at least 0, not '2.5'", grace.problem("2.5"));
		assertEquals("The number of instances a leaf should observe between split attempts.", grace.description());
	}

	@Test
	void floatsChoicesAndFlagsAreCheckedByKind() {
		MoaOption confidence = option("trees.HoeffdingTree", "splitConfidence");
		assertEquals(MoaOption.Type.FLOAT, confidence.type());
		assertNull(confidence.problem("0.01"));
		assertEquals("splitConfidence must be between 0 and 1, not 1.5", confidence.problem("1.5"));
		assertTrue(confidence.problem("NaN").contains("decimal number"));
		MoaOption leaf = option("trees.HoeffdingTree", "leafprediction");
		assertEquals(MoaOption.Type.CHOICE, leaf.type());
		assertEquals(List.of("MC", "NB", "NBAdaptive"), leaf.choices());
		assertEquals("NBAdaptive", leaf.defaultText());
		assertTrue(leaf.problem("XX").startsWith("leafprediction must be one of MC, NB, NBAdaptive"));
		MoaOption binary = option("trees.HoeffdingTree", "binarySplits");
		assertEquals(MoaOption.Type.FLAG, binary.type());
		assertEquals("false", binary.defaultText());
		assertNull(binary.problem("true"));
		assertTrue(binary.problem("yes").contains("true or false"));
	}

	@Test
	void optionsByNameConfigureTheLearner() {
		Classifier c = MoaLearners.configure("trees.HoeffdingTree -c 0.05",
				Map.of("gracePeriod", "50", "binarySplits", "true", "leafprediction", "MC"));
		HoeffdingTree ht = (HoeffdingTree) c;
		assertEquals(50, ht.gracePeriodOption.getValue());
		assertEquals(0.05, ht.splitConfidenceOption.getValue(), 0);
		assertTrue(ht.binarySplitsOption.isSet());
		assertEquals("MC", ht.leafpredictionOption.getChosenLabel());
		var unknown = assertThrows(IllegalArgumentException.class,
				() -> MoaLearners.configure("trees.HoeffdingTree", Map.of("grace", "5")));
		assertTrue(unknown.getMessage().contains("has no option 'grace'")
				&& unknown.getMessage().contains("gracePeriod"), unknown.getMessage());
		var range = assertThrows(IllegalArgumentException.class,
				() -> MoaLearners.configure("trees.HoeffdingTree", Map.of("gracePeriod", "-5")));
		assertEquals("MOA learner 'trees.HoeffdingTree': gracePeriod must be of at least 0, not -5",
				range.getMessage());
		var nested = assertThrows(IllegalArgumentException.class,
				() -> MoaLearners.configure("trees.HoeffdingTree", Map.of("splitCriterion", "NoSuchCriterion")));
		assertTrue(nested.getMessage().contains("splitCriterion"), nested.getMessage());
	}
}
