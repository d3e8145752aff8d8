package io.streamwise.headless;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code streamwise sdk}: tools for plugin authors; its one command so far is {@link SdkNewPluginCommand}. */
@Command(name = "sdk", description = { "Tools for plugin authors (docs/plugins.md).",
		"Run 'streamwise sdk new-plugin --help' for the plugin project generator." })
final class SdkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		throw new UsageException("sdk needs a command: new-plugin");
	}
}
