package io.streamwise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Issue 13 item 2: Help > Install New Software opens p2's install wizard on the installation's own profile (the test
 * runtime gets one, named by eclipse.p2.profile in this bundle's pom, as the product's config.ini names its own).
 */
class InstallNewSoftwareTest {

	@Test
	void theHelpMenuOpensP2sInstallWizardOnTheInstallationsProfile() throws Exception {
		String profileId = System.getProperty("eclipse.p2.profile");
		assertNotNull(profileId, "the pom names the test runtime's profile");
		ensureProfile(profileId);

		Menu bar = UiTesting.page().getWorkbenchWindow().getShell().getMenuBar();
		List<String> help = new ArrayList<>();
		for (MenuItem top : bar.getItems()) {
			if (top.getText().replace("&", "").equals("Help")) {
				help.addAll(UiInput.labels(top.getMenu()));
			}
		}
		assertTrue(help.contains("Install New Software..."), help.toString());

		// the wizard is modal: choosing the item returns once it is closed, so a timer looks at it while it is open
		Display display = Display.getCurrent();
		List<String> seen = new ArrayList<>();
		Runnable[] look = new Runnable[1];
		long deadline = System.currentTimeMillis() + UiTesting.TIMEOUT_MILLIS;
		look[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.getData() instanceof WizardDialog wizard && !shell.isDisposed()) {
					seen.add(shell.getText());
					seen.addAll(labels(shell));
					wizard.close();
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(100, look[0]);
			}
		};
		display.timerExec(100, look[0]);
		UiInput.menu("Help", "Install New Software");
		UiInput.await(() -> !seen.isEmpty(), "the install wizard");
		assertEquals("Install", seen.get(0), "the wizard's title: " + seen);
		assertTrue(seen.contains("Work with:"), "the page where a repository is chosen: " + seen);
	}

	/** The runtime's p2 folder gets the profile its properties name, as the product's p2 folder has its own. */
	private static void ensureProfile(String profileId) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(InstallNewSoftwareTest.class).getBundleContext();
		IAgentLocation location = context.getService(context.getServiceReference(IAgentLocation.class));
		IProvisioningAgent agent = context
				.getService(context.getServiceReference(IProvisioningAgentProvider.class))
				.createAgent(location.getRootLocation());
		try {
			IProfileRegistry registry = agent.getService(IProfileRegistry.class);
			if (registry.getProfile(profileId) == null) {
				registry.addProfile(profileId, Map.of());
			}
		} finally {
			agent.stop();
		}
	}

	private static List<String> labels(Composite root) {
		List<String> labels = new ArrayList<>();
		for (Control c : root.getChildren()) {
			if (c instanceof Label label) {
				labels.add(label.getText().replace("&", ""));
			}
			if (c instanceof Composite composite) {
				labels.addAll(labels(composite));
			}
		}
		return labels;
	}
}
