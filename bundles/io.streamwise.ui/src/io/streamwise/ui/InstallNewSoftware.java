package io.streamwise.ui;

import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.ui.Policy;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Help > Install New Software: p2's install wizard on this installation's own profile, the one that
 * {@code streamwise plugins install} provisions (p2.ui.sdk's menu item would use the running system's agent, which for
 * a shared configuration works on an empty per-user profile). What the wizard installs is marked as a plugin, so
 * {@code streamwise plugins list} and {@code plugins remove} see it too.
 */
final class InstallNewSoftware extends Action implements IWorkbenchAction {

	/** The root property {@code streamwise plugins install} sets (io.streamwise.headless P2Plugins.PLUGIN_PROPERTY). */
	static final String PLUGIN_PROPERTY = "io.streamwise.plugin.repository";
	/** The property's value when the wizard worked with every known site rather than one. */
	static final String ALL_SITES = "Install New Software (all available sites)";

	private final IWorkbenchWindow window;
	private IProvisioningAgent agent;

	InstallNewSoftware(IWorkbenchWindow window) {
		super("Install &New Software...");
		this.window = window;
		setId("io.streamwise.ui.install-new-software");
		setToolTipText("Installs plugins from a p2 repository (a folder or a URL) into this installation, as"
				+ " 'streamwise plugins install' does; they are available after a restart");
	}

	@Override
	public void run() {
		ProvisioningUI ui;
		try {
			ui = provisioningUI();
		} catch (IllegalStateException e) {
			MessageDialog.openError(window.getShell(), "Install New Software", e.getMessage());
			return;
		}
		ui.openInstallWizard(null, null, null);
	}

	/** The wizard's model on this installation's profile; the agent stays for the workbench's session. */
	private ProvisioningUI provisioningUI() {
		if (agent == null) {
			agent = installationAgent();
		}
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new IllegalStateException("This installation has no p2 profile (its config.ini names none, or its"
					+ " p2 folder is missing): plugins can be installed into the built product only.");
		}
		Policy policy = new Policy();
		policy.setRepositoriesVisible(true);
		policy.setRestartPolicy(Policy.RESTART_POLICY_PROMPT);
		policy.setRepositoryPreferencePageId(null); // no preference page: "Manage" opens p2's own dialog
		return new PluginProvisioningUI(new ProvisioningSession(agent), profile.getProfileId(), policy);
	}

	/**
	 * An agent of its own on the installation's p2 folder, as the command line makes one: the framework's agent would
	 * treat a shared configuration as a per-user installation.
	 */
	private static IProvisioningAgent installationAgent() {
		BundleContext context = FrameworkUtil.getBundle(InstallNewSoftware.class).getBundleContext();
		ServiceReference<IAgentLocation> location = context.getServiceReference(IAgentLocation.class);
		ServiceReference<IProvisioningAgentProvider> provider = context
				.getServiceReference(IProvisioningAgentProvider.class);
		if (location == null || provider == null) {
			throw new IllegalStateException("p2 is not available in this installation (no provisioning agent).");
		}
		try {
			return context.getService(provider).createAgent(context.getService(location).getRootLocation());
		} catch (ProvisionException e) {
			throw new IllegalStateException("p2 could not start: " + e.getMessage(), e);
		}
	}

	@Override
	public void dispose() {
		if (agent != null) {
			agent.stop();
			agent = null;
		}
	}

	/** Marks the roots the wizard installs as plugins, with the sites it worked with. */
	private static final class PluginProvisioningUI extends ProvisioningUI {
		PluginProvisioningUI(ProvisioningSession session, String profileId, Policy policy) {
			super(session, profileId, policy);
		}

		@Override
		public InstallOperation getInstallOperation(Collection<IInstallableUnit> units, URI[] repositories) {
			String sites = repositories == null || repositories.length == 0 ? ALL_SITES
					: Arrays.stream(repositories).map(URI::toString).collect(Collectors.joining(", "));
			InstallOperation operation = new InstallOperation(getSession(), units) {
				@Override
				protected void computeProfileChangeRequest(MultiStatus status, IProgressMonitor monitor) {
					super.computeProfileChangeRequest(status, monitor);
					IProfileChangeRequest request = getProfileChangeRequest();
					if (request != null) {
						units.forEach(unit -> request.setInstallableUnitProfileProperty(unit, PLUGIN_PROPERTY, sites));
					}
				}
			};
			operation.setProfileId(getProfileId());
			operation.setProvisioningContext(super.getInstallOperation(units, repositories).getProvisioningContext());
			return operation;
		}
	}
}
