package io.streamwise.headless;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.core.experiment.Errors;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.registry.RegistryLocator;

/**
 * The Eclipse application behind {@code ./streamwise}: finds the algorithm registry (filled by Declarative Services),
 * then hands the command line to {@link Cli}. Its return value is the process's exit code.
 *
 * <p>Standard output carries the command's output only: everything else that prints to {@code System.out} while the
 * command runs (Equinox's console log, which the launcher's {@code -consoleLog} sends there, and any library) goes to
 * standard error. A signal (SIGINT, SIGTERM) cancels the command through its monitor; the process waits for it to
 * remove its staging folder and exits with 130.
 */
public final class HeadlessApplication implements IApplication {

	/** How long a signalled command may take to notice cancellation and clean up before the process ends anyway. */
	private static final long CANCEL_WAIT_SECONDS = 20;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		PrintStream stdout = System.out;
		System.setOut(System.err); // logs and stray prints never mix into the command's output
		AtomicReference<Cli> command = new AtomicReference<>();
		AtomicBoolean signalled = new AtomicBoolean();
		CountDownLatch done = new CountDownLatch(1);
		AtomicInteger exitCode = new AtomicInteger(Cli.CANCELLED);
		// registered first, so that a signal while the framework still starts is a clean cancellation too
		Thread onSignal = new Thread(() -> {
			signalled.set(true);
			Cli cli = command.get();
			if (cli != null) {
				cli.cancel(); // the command stops at its next check and removes what it staged
			}
			boolean ended = false;
			try {
				ended = done.await(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			if (!ended) {
				System.err.println(command.get() == null ? "streamwise: cancelled; no results were written"
						: "streamwise: cancelled, but the command did not stop within " + CANCEL_WAIT_SECONDS
								+ " s; its staging folder (.NAME.partial-" + ProcessHandle.current().pid()
								+ "-N beside --out) is removed by the next run");
			}
			System.err.flush();
			stdout.flush();
			Runtime.getRuntime().halt(exitCode.get());
		}, "streamwise signal handler");
		Runtime.getRuntime().addShutdownHook(onSignal);
		try {
			exitCode.set(runCommand(context, stdout, command, signalled));
		} catch (OutOfMemoryError e) {
			System.err.println("streamwise: out of memory (" + Errors.describe(e) + "); " + Errors.heapAdvice());
			exitCode.set(Cli.FAILED);
		} catch (Throwable e) { // never an exit code of 0 for a failure, and one line, not a trace
			System.err.println("streamwise: " + Errors.describe(e));
			exitCode.set(Cli.FAILED);
		} finally {
			stdout.flush();
			done.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(onSignal);
			} catch (IllegalStateException e) {
				// shutdown has begun (a signal): the hook ends the process with the command's exit code
			}
		}
		return Integer.valueOf(exitCode.get());
	}

	private static int runCommand(IApplicationContext context, PrintStream stdout, AtomicReference<Cli> command,
			AtomicBoolean signalled) throws InterruptedException {
		// getArguments() is a raw Map in the Equinox API
		Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = given instanceof String[] a ? a : new String[0];
		context.applicationRunning();
		BundleContext bc = FrameworkUtil.getBundle(HeadlessApplication.class).getBundleContext();
		List<String> problems = new ArrayList<>();
		AlgorithmRegistry registry = RegistryLocator.await(bc, 10_000, problems);
		problems.forEach(p -> System.err.println("streamwise: warning: " + p));
		if (registry == null) {
			System.err.println("streamwise: the algorithm registry did not start (is org.apache.felix.scr running?)");
			return 70;
		}
		// the launcher may still be checking the command line (it ends the process when the line does not parse)
		CommandLauncher.awaitCheck();
		// provenance facts (versions, Java, system) come from core's ProvenanceBuilder
		Cli cli = new Cli(registry, Map.of(), stdout, System.err);
		command.set(cli);
		if (signalled.get()) {
			cli.cancel(); // the signal came before the command existed: it stops at its first check
		}
		return cli.run(args);
	}

	@Override
	public void stop() {
		// a command ends on its own, or through the signal handler's cancellation
	}
}
