package io.streamwise.core.experiment;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.WorkerProtocol.Message;
import io.streamwise.core.experiment.WorkerProtocol.Request;
import io.streamwise.core.registry.AlgorithmRegistry;

/**
 * The work of a worker process: reads the request the parent wrote, loads the same experiment and data, runs the
 * requested cells of one algorithm in order with {@link ExperimentRunner}'s own code, and reports each on the
 * protocol stream as it ends. The parent records the values as if it had run the cells itself.
 */
public final class CellWorker {

	private CellWorker() {
	}

	/**
	 * @param protocol the stream the parent reads (the process's real standard output; plugins' prints should go
	 *                 elsewhere, although stray lines are tolerated)
	 * @return the worker's exit code: 0 when every requested cell was reported, 1 when it gave up (reported as an
	 *         "error" message)
	 */
	public static int serve(AlgorithmRegistry registry, Path requestFile, PrintStream protocol) {
		try {
			Request request = WorkerProtocol.request(Files.readString(requestFile, StandardCharsets.UTF_8));
			ExperimentSpec spec = ExperimentFiles.read(Path.of(request.experiment()));
			LoadedDataset data = DatasetLoader.load(spec.dataset(), Path.of(request.baseDir()), spec.seed(),
					ProgressMonitor.NULL);
			if (!data.sha256().equals(request.sha256()) || data.dataset().log().size() != request.events()) {
				send(protocol, Message.error("the worker loaded other data than the run (" + data.dataset().log().size()
						+ " events, sha256 " + data.sha256() + "; the run has " + request.events() + " events, sha256 "
						+ request.sha256() + ")"));
				return 1;
			}
			send(protocol, Message.ready(data.sha256(), data.dataset().log().size()));
			new ExperimentRunner(registry).runCells(spec, data, request.algorithm(), request.folds(),
					ProgressMonitor.NULL, new ExperimentRunner.CellSink() {
						@Override
						public void started(int fold) {
							send(protocol, Message.start(fold));
						}

						@Override
						public void finished(int fold, CellGuard.Outcome outcome) {
							send(protocol, Message.cell(fold, outcome));
						}
					});
			return 0;
		} catch (Exception e) {
			send(protocol, Message.error(e.getClass().getSimpleName() + ": " + e.getMessage()));
			return 1;
		}
	}

	private static void send(PrintStream protocol, Message m) {
		synchronized (protocol) {
			protocol.println(WorkerProtocol.line(m));
			protocol.flush();
		}
	}
}
