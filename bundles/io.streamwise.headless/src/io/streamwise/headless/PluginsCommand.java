package io.streamwise.headless;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/**
 * {@code streamwise plugins}: plugins installed from p2 repositories into this installation's p2 profile (see
 * {@link P2Plugins}); drop-ins stay a separate route.
 */
@Command(name = "plugins", description = { "Plugins installed from p2 repositories (the Eclipse way); drop-ins in"
		+ " dropins/ stay as they are.", "Run 'streamwise plugins install --help' (or list, remove) for a command." })
final class PluginsCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new UsageException("plugins needs a command: install, list or remove");
	}

	/** {@code plugins install}: the feature(s) of a repository with what they need, as roots of the profile. */
	@Command(name = "install", description = { "Installs features from a p2 repository (a folder or a URL) into this"
			+ " installation, with the bundles they need; their algorithms are available from the next start." })
	static final class Install implements Callable<Integer> {
		private final Cli cli;

		@picocli.CommandLine.Option(names = "--repository", required = true, paramLabel = "DIR|URL", description = "The"
				+ " p2 repository: a folder holding content.xml/artifacts.xml (or their .jar/.xz forms) or a URL.")
		String repository;

		@picocli.CommandLine.Option(names = "--id", paramLabel = "FEATURE", description = "The feature to install"
				+ " (default: every feature of the repository).")
		String id;

		Install(Cli cli) {
			this.cli = cli;
		}

		@Override
		public Integer call() {
			return P2Plugins.installing(cli, repository, id); // p2 only behind a static call: help builds this model without OSGi
		}
	}

	/** {@code plugins list}: what {@code plugins install} put into the profile. */
	@Command(name = "list", description = "Lists the plugins installed from p2 repositories (not the product's own"
			+ " features): id, version and repository.")
	static final class List implements Callable<Integer> {
		private final Cli cli;

		List(Cli cli) {
			this.cli = cli;
		}

		@Override
		public Integer call() {
			return P2Plugins.listing(cli); // p2 only behind a static call: help builds this model without OSGi
		}
	}

	/** {@code plugins remove}: uninstalls what {@code plugins install} installed. */
	@Command(name = "remove", description = "Uninstalls a plugin installed with 'plugins install' (its feature id, as"
			+ " 'plugins list' shows it), with the bundles nothing else needs; effective from the next start.")
	static final class Remove implements Callable<Integer> {
		private final Cli cli;

		@picocli.CommandLine.Parameters(paramLabel = "ID", description = "The feature id.")
		String id;

		Remove(Cli cli) {
			this.cli = cli;
		}

		@Override
		public Integer call() {
			return P2Plugins.removing(cli, id); // p2 only behind a static call: help builds this model without OSGi
		}
	}
}
