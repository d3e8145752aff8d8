package io.streamwise.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which command lines {@link CommandLauncher} checks beside the framework's start (those that most likely run a
 * command) rather than before it, and the application's wait for that check.
 */
class CommandLauncherTest {

	private final Set<String> names = new Cli(null, Map.of(), new PrintStream(OutputStream.nullOutputStream()),
			new PrintStream(OutputStream.nullOutputStream())).commandNames();

	@AfterEach
	void noCheckLeftBehind() {
		System.getProperties().remove(CommandLauncher.CHECK_PROPERTY);
	}

	@Test
	void theCommandNamesAreTheModelsCommands() {
		assertTrue(names.containsAll(Set.of("algorithms", "compare", "stats", "plugins", "help")), names.toString());
		assertFalse(names.contains("no-such-command"));
	}

	@Test
	void aLineNamingACommandIsCheckedBesideTheFramework() {
		assertTrue(CommandLauncher.runsACommand(new String[] { "algorithms" }, names));
		assertTrue(CommandLauncher.runsACommand(new String[] { "algorithms", "--json" }, names));
		// a usage error of a known command is still found by the check, only later
		assertTrue(CommandLauncher.runsACommand(new String[] { "compare", "--bogus" }, names));
		assertTrue(CommandLauncher.runsACommand(new String[] { "plugins", "list" }, names));
	}

	@Test
	void helpVersionAndUnknownWordsAreAnsweredBeforeTheFramework() {
		for (String[] line : new String[][] { {}, { "help" }, { "help", "compare" }, { "--help" }, { "-h" },
				{ "--version" }, { "-V" }, { "compare", "--help" }, { "stats", "-h" }, { "plugins", "list", "--help" },
				{ "no-such-command" }, { "--no-such-option" }, { "Compare" } }) {
			assertFalse(CommandLauncher.runsACommand(line, names), String.join(" ", line));
		}
	}

	@Test
	void theApplicationWaitsForTheCheckBeforeItRunsTheCommand() throws Exception {
		CommandLauncher.awaitCheck(); // no check running (the workbench, tests): returns at once
		CompletableFuture<Void> check = new CompletableFuture<>();
		System.getProperties().put(CommandLauncher.CHECK_PROPERTY, check);
		CountDownLatch returned = new CountDownLatch(1);
		Thread application = new Thread(() -> {
			try {
				CommandLauncher.awaitCheck();
				returned.countDown();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		application.start();
		assertFalse(returned.await(200, TimeUnit.MILLISECONDS), "returned before the check was done");
		check.complete(null);
		application.join();
		assertEquals(0, returned.getCount(), "did not return once the check was done");
	}
}
