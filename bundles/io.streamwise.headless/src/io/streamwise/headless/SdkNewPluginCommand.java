package io.streamwise.headless;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.streamwise.core.io.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code streamwise sdk new-plugin}: writes a plugin project that builds outside any Streamwise checkout (see
 * {@link PluginTemplate}). The folder is written like every output folder: staged beside the target and moved into
 * place when complete; a folder that already holds files is refused, so nobody's code is overwritten.
 */
@Command(name = "new-plugin", description = { "Writes a ready plugin project: a Maven Tycho build of its own, a plugin"
		+ " with one algorithm and a test fragment (the conformance kit and a behavioural test).",
		"Build it with 'mvn verify' in DIR once the SDK is in a Maven repository (docs/plugins.md)." })
final class SdkNewPluginCommand implements Callable<Integer> {

	private final Cli cli;

	@Option(names = "--id", required = true, paramLabel = "ID", description = "The plugin's id: its bundle name, Java"
			+ " package and algorithm id, a reverse domain name in lower case (e.g. acme.rules).")
	String id;

	@Option(names = "--kind", required = true, paramLabel = "recommender|conversion", description = "The kind of"
			+ " algorithm: recommender or conversion.")
	String kind;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "The project's folder: new or empty.")
	Path out;

	@Option(names = "--sdk-version", paramLabel = "VERSION", description = "The Maven version of the SDK artifacts the"
			+ " project builds against (default: this installation's, ${DEFAULT-VALUE}).")
	String sdkVersion = SdkVersion.installed();

	@Option(names = "--api-version", paramLabel = "VERSION", description = "The Maven version of the API artifact"
			+ " (io.streamwise.api, versioned on its own; default: this installation's, ${DEFAULT-VALUE}).")
	String apiVersion = SdkVersion.api();

	SdkNewPluginCommand(Cli cli) {
		this.cli = cli;
	}

	@Override
	public Integer call() throws IOException {
		PluginTemplate.Kind k = switch (kind) {
		case "recommender" -> PluginTemplate.Kind.RECOMMENDER;
		case "conversion" -> PluginTemplate.Kind.CONVERSION;
		default -> throw new UsageException("--kind '" + kind + "': expected recommender or conversion");
		};
		PluginTemplate template = new PluginTemplate(id, k, sdkVersion, apiVersion);
		Path target;
		try (OutputFolder folder = OutputFolder.create(out)) {
			for (Map.Entry<String, String> file : template.files().entrySet()) {
				Path path = folder.staging().resolve(file.getKey());
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.getValue());
			}
			cli.reportPrevious(folder.target(), folder.commit());
			target = folder.target();
		}
		cli.out.printf("Plugin project %s (%s) written to %s%n", id, kind, target);
		cli.out.printf("Build and test it there with 'mvn verify' (the SDK %s with API %s must be in your Maven"
				+ " repository: docs/plugins.md); the plugin is %s/target/%s-1.0.0-SNAPSHOT.jar%n", sdkVersion,
				apiVersion, id, id);
		return Cli.OK;
	}
}
