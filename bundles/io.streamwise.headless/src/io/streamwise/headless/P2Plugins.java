package io.streamwise.headless;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Installs, lists and removes plugins through p2's planner and engine in the running installation's own profile (the
 * product is materialised by p2: config.ini names the profile and the p2 data area). The eclipse touchpoint writes the
 * new bundles into config.ini, so the framework starts them from the next start on.
 */
final class P2Plugins implements AutoCloseable {

	/** Marks the roots that 'plugins install' added, so that 'list' and 'remove' leave the product's own alone. */
	static final String PLUGIN_PROPERTY = "io.streamwise.plugin.repository";
	private static final String ROOT_PROPERTY = "org.eclipse.equinox.p2.type.root";
	private static final String GROUP_SUFFIX = ".feature.group";
	/** p2's (internal) download service, which only p2.transport.ecf provides. */
	private static final String TRANSPORT = "org.eclipse.equinox.internal.p2.repository.Transport";

	private final Cli cli;
	private final IProvisioningAgent agent;
	private final IProfile profile;

	private P2Plugins(Cli cli, IProvisioningAgent agent, IProfile profile) {
		this.cli = cli;
		this.agent = agent;
		this.profile = profile;
	}

	/** The running installation's agent and profile, or a failure saying why there is none. */
	static P2Plugins open(Cli cli) {
		BundleContext context = FrameworkUtil.getBundle(P2Plugins.class).getBundleContext();
		IProvisioningAgent agent = currentAgent(context);
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new PluginsException("this installation has no p2 profile (config.ini names none, or its p2 folder"
					+ " is missing): plugins can only be installed into the built product");
		}
		return new P2Plugins(cli, agent, profile);
	}

	/**
	 * An agent of its own on the running installation's p2 folder. Not the agent p2 registers for the running system:
	 * when the framework reports a shared configuration (it does for the product's launch), that agent treats the
	 * installation as a shared one and would replace the profile with an empty per-user one.
	 */
	private static IProvisioningAgent currentAgent(BundleContext context) {
		ServiceReference<IAgentLocation> location = context.getServiceReference(IAgentLocation.class);
		ServiceReference<IProvisioningAgentProvider> provider = context.getServiceReference(
				IProvisioningAgentProvider.class);
		if (location == null || provider == null) {
			throw new PluginsException("p2 is not available in this installation (no provisioning agent)");
		}
		try {
			return context.getService(provider).createAgent(context.getService(location).getRootLocation());
		} catch (ProvisionException e) {
			throw new PluginsException("p2 could not start: " + e.getMessage());
		}
	}

	static int installing(Cli cli, String repository, String featureId) {
		try (P2Plugins p2 = open(cli)) {
			return p2.install(repository, featureId);
		}
	}

	static int listing(Cli cli) {
		try (P2Plugins p2 = open(cli)) {
			return p2.list();
		}
	}

	static int removing(Cli cli, String featureId) {
		try (P2Plugins p2 = open(cli)) {
			return p2.remove(featureId);
		}
	}

	/** Stops the agent: its repository managers and profile registry let go of their files. */
	@Override
	public void close() {
		agent.stop();
	}

	int install(String repository, String featureId) {
		String what = featureId == null ? "" : " (installing " + featureId + ")";
		URI uri = location(repository, what);
		if (!"file".equals(uri.getScheme()) && agent.getService(TRANSPORT) == null) {
			throw new PluginsException("cannot read the p2 repository " + repository + what + ": this installation has"
					+ " no p2 transport for URLs (org.eclipse.equinox.p2.transport.ecf is missing); download the"
					+ " repository and give its folder");
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		IMetadataRepository repo;
		try {
			repo = metadata.loadRepository(uri, monitor);
			artifacts.loadRepository(uri, monitor);
		} catch (ProvisionException e) {
			throw new PluginsException("cannot read the p2 repository " + repository + what + ": "
					+ oneLine(e.getStatus()));
		}
		IQuery<IInstallableUnit> query = featureId == null ? QueryUtil.createIUGroupQuery()
				: QueryUtil.createIUQuery(featureId.endsWith(GROUP_SUFFIX) ? featureId : featureId + GROUP_SUFFIX);
		List<IInstallableUnit> features = new ArrayList<>(
				repo.query(QueryUtil.createLatestQuery(query), monitor).toUnmodifiableSet());
		if (features.isEmpty()) {
			throw new PluginsException(featureId == null ? "the p2 repository " + repository + " holds no feature"
					: "the p2 repository " + repository + " has no feature " + featureId);
		}
		features.sort(Comparator.comparing(IInstallableUnit::getId));
		// what the profile already has in this version is said so and left alone (no plan, no new root)
		List<IInstallableUnit> installed = features.stream()
				.filter(f -> !profile.query(QueryUtil.createIUQuery(f.getId(), f.getVersion()), null).isEmpty())
				.toList();
		for (IInstallableUnit feature : installed) {
			cli.out.printf("already installed: %s %s%n", featureName(feature), feature.getVersion());
		}
		features.removeAll(installed);
		if (features.isEmpty()) {
			return Cli.OK;
		}
		String names = String.join(", ", features.stream().map(P2Plugins::featureName).toList());
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		for (IInstallableUnit feature : features) {
			request.add(feature);
			request.setInstallableUnitProfileProperty(feature, ROOT_PROPERTY, Boolean.TRUE.toString());
			request.setInstallableUnitProfileProperty(feature, PLUGIN_PROPERTY, uri.toString());
		}
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(uri);
		context.setArtifactRepositories(uri);
		perform(planner.getProvisioningPlan(request, context, monitor), "install " + names + " from " + repository,
				monitor);
		for (IInstallableUnit feature : features) {
			cli.out.printf("Installed %s %s from %s%n", featureName(feature), feature.getVersion(), repository);
		}
		cli.out.println("Its algorithms are available from the next start of streamwise (this command's run does not"
				+ " load them).");
		return Cli.OK;
	}

	int list() {
		List<IInstallableUnit> plugins = plugins();
		if (plugins.isEmpty()) {
			cli.out.println("No plugins installed from p2 repositories.");
		}
		for (IInstallableUnit iu : plugins) {
			cli.out.printf("%s %s (from %s)%n", featureName(iu), iu.getVersion(),
					profile.getInstallableUnitProperty(iu, PLUGIN_PROPERTY));
		}
		return Cli.OK;
	}

	int remove(String featureId) {
		String groupId = featureId.endsWith(GROUP_SUFFIX) ? featureId : featureId + GROUP_SUFFIX;
		List<IInstallableUnit> matching = plugins().stream().filter(iu -> iu.getId().equals(groupId)).toList();
		if (matching.isEmpty()) {
			boolean inProduct = !profile.query(QueryUtil.createIUQuery(groupId), null).isEmpty()
					|| !profile.query(QueryUtil.createIUQuery(featureId), null).isEmpty();
			throw new PluginsException(inProduct ? featureId + " is part of the product, not a plugin installed with"
					+ " 'plugins install'" : "no plugin " + featureId + " is installed ('plugins list' shows them)");
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		request.removeAll(matching);
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(new URI[0]); // removing needs no repository
		context.setArtifactRepositories(new URI[0]);
		Set<IInstallableUnit> before = profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
		perform(planner.getProvisioningPlan(request, context, monitor), "remove " + featureId, monitor);
		deleteArtifactsOfRemoved(featureId, before, monitor);
		for (IInstallableUnit iu : matching) {
			cli.out.printf("Removed %s %s; its algorithms are gone from the next start of streamwise%n",
					featureName(iu), iu.getVersion());
		}
		return Cli.OK;
	}

	/**
	 * Deletes from the installation the jars and feature folders of the units the removal took out of the profile
	 * that no remaining unit needs. p2's garbage collector would not: it keeps every bundle of the running
	 * configuration, and the command itself runs in the configuration that still lists the plugin.
	 */
	private void deleteArtifactsOfRemoved(String featureId, Set<IInstallableUnit> before, NullProgressMonitor monitor) {
		IProfile after = agent.getService(IProfileRegistry.class).getProfile(profile.getProfileId());
		Set<IInstallableUnit> remaining = after.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
		Set<IArtifactKey> needed = new HashSet<>();
		remaining.forEach(iu -> needed.addAll(iu.getArtifacts()));
		Set<IArtifactKey> unneeded = new LinkedHashSet<>();
		before.stream().filter(iu -> !remaining.contains(iu)).forEach(iu -> unneeded.addAll(iu.getArtifacts()));
		unneeded.removeAll(needed);
		String pool = after.getProperty(IProfile.PROP_CACHE);
		if (unneeded.isEmpty() || pool == null) {
			return;
		}
		try {
			IArtifactRepository bundles = agent.getService(IArtifactRepositoryManager.class)
					.loadRepository(new File(pool).toURI(), monitor);
			for (IArtifactKey key : unneeded) {
				bundles.removeDescriptor(key, monitor);
			}
		} catch (ProvisionException e) {
			throw new PluginsException("removed " + featureId + " from the profile, but could not delete its files"
					+ " from " + pool + ": " + oneLine(e.getStatus()));
		}
	}

	private void perform(IProvisioningPlan plan, String what, NullProgressMonitor monitor) {
		if (!plan.getStatus().isOK() && plan.getStatus().getSeverity() != IStatus.WARNING
				&& plan.getStatus().getSeverity() != IStatus.INFO) {
			throw new PluginsException("cannot " + what + ": " + oneLine(plan.getStatus()));
		}
		IStatus done = agent.getService(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(),
				monitor);
		if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
			throw new PluginsException(what + " failed: " + oneLine(done));
		}
	}

	/** Installed roots that 'plugins install' added, by id. */
	private List<IInstallableUnit> plugins() {
		List<IInstallableUnit> roots = new ArrayList<>(
				profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet());
		roots.removeIf(iu -> profile.getInstallableUnitProperty(iu, PLUGIN_PROPERTY) == null);
		roots.sort(Comparator.comparing(IInstallableUnit::getId));
		return roots;
	}

	/** A folder (made absolute) or a URL. */
	private static URI location(String repository, String what) {
		if (repository.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !new File(repository).exists()) {
			try {
				return new URI(repository);
			} catch (URISyntaxException e) {
				throw new UsageException("--repository '" + repository + "' is not a URL: " + e.getMessage());
			}
		}
		Path dir = Path.of(repository).toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			throw new PluginsException("the p2 repository folder " + dir + " does not exist" + what);
		}
		return dir.toUri();
	}

	private static String featureName(IInstallableUnit iu) {
		String id = iu.getId();
		return id.endsWith(GROUP_SUFFIX) ? id.substring(0, id.length() - GROUP_SUFFIX.length()) : id;
	}

	/** The status's leaf messages, the missing requirements first, on one line. */
	static String oneLine(IStatus status) {
		Set<String> leaves = new LinkedHashSet<>();
		collect(status, leaves);
		List<String> missing = leaves.stream().filter(m -> m.contains("Missing requirement")).toList();
		List<String> shown = missing.isEmpty() ? List.copyOf(leaves) : missing;
		String line = String.join("; ", shown.isEmpty() ? List.of(status.getMessage()) : shown);
		return line.replaceAll("\\s*\\R\\s*", " ");
	}

	private static void collect(IStatus status, Set<String> into) {
		if (status.isMultiStatus() && status.getChildren().length > 0) {
			for (IStatus child : status.getChildren()) {
				collect(child, into);
			}
		} else if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
			String message = status.getMessage();
			if (status.getException() != null && status.getException().getMessage() != null
					&& !message.contains(status.getException().getMessage())) {
				message += " (" + status.getException().getMessage() + ")";
			}
			into.add(message);
		}
	}

	/** A failure of a plugins command: exit code 1 with its one-line reason. */
	static final class PluginsException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		PluginsException(String message) {
			super(message);
		}
	}
}
