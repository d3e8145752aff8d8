package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;

/** The one-line reason of a failed plan: p2's nested statuses flattened, the missing requirements first. */
class P2PluginsTest {

	@Test
	void aFailedPlanIsReducedToItsMissingRequirementsOnOneLine() {
		MultiStatus plan = new MultiStatus("p2", 1, "Cannot complete the install because of a conflicting dependency.",
				null);
		MultiStatus explanation = new MultiStatus("p2", 1, "Software being installed: acme.feature 1.0.0", null);
		explanation.add(Status.error("Missing requirement: acme.feature.group 1.0.0 requires\n"
				+ "'org.eclipse.equinox.p2.iu; acme.lib [2.0.0,2.0.0]' but it could not be found"));
		explanation.add(Status.error("Cannot satisfy dependency: From: acme.feature.group 1.0.0"));
		plan.add(explanation);
		plan.add(Status.info("ignored: not an error"));
		assertEquals("Missing requirement: acme.feature.group 1.0.0 requires 'org.eclipse.equinox.p2.iu; acme.lib"
				+ " [2.0.0,2.0.0]' but it could not be found", P2Plugins.oneLine(plan));
	}

	@Test
	void withoutAMissingRequirementEveryErrorIsNamedWithItsCause() {
		MultiStatus status = new MultiStatus("p2", 1, "Problems loading", null);
		status.add(new Status(IStatus.ERROR, "p2", "No repository found at file:/tmp/x/.",
				new java.io.FileNotFoundException("/tmp/x/content.xml")));
		status.add(Status.error("Unable to read repository"));
		assertEquals("No repository found at file:/tmp/x/. (/tmp/x/content.xml); Unable to read repository",
				P2Plugins.oneLine(status));
		assertEquals("Just this", P2Plugins.oneLine(Status.info("Just this")));
	}
}
