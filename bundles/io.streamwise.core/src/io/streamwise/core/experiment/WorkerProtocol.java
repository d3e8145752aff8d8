package io.streamwise.core.experiment;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.streamwise.core.experiment.ExperimentResult.Value;

/**
 * What a parent and its worker process say to each other. The parent writes a {@link Request} file; the worker
 * answers with one JSON line per {@link Message} on its standard output, each behind {@value #MARKER} so that
 * anything else a plugin or the framework prints there is told apart. Doubles travel as Java writes and reads them
 * (Double.toString is exact), NaN and infinities included, so values arrive bit for bit.
 */
final class WorkerProtocol {

	static final String MARKER = "streamwise-worker ";

	private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
			.create();

	private WorkerProtocol() {
	}

	/**
	 * Which cells a worker runs.
	 *
	 * @param experiment the experiment as the parent runs it, written to a file of its own
	 * @param baseDir    the folder the dataset's locations are resolved against (the original experiment's)
	 * @param sha256     the digest of the dataset the parent loaded: the worker checks it loaded the same
	 */
	record Request(String experiment, String baseDir, String algorithm, int[] folds, String sha256, int events) {
	}

	/**
	 * One line from the worker: "ready" (data loaded: sha256, events), "start" (fold), "cell" (fold and either values
	 * or failed, with timedOut when the cell exceeded the limit), or "error" (message; the worker gives up).
	 * <p>
	 * Everything a cell produces travels in "cell"; when cells come to produce more (timings, memory), it goes here.
	 */
	record Message(String type, Integer fold, List<Value> values, String failed, Boolean timedOut, String sha256,
			Integer events, String message) {

		static Message ready(String sha256, int events) {
			return new Message("ready", null, null, null, null, sha256, events, null);
		}

		static Message start(int fold) {
			return new Message("start", fold, null, null, null, null, null, null);
		}

		static Message cell(int fold, CellGuard.Outcome outcome) {
			return switch (outcome) {
			case CellGuard.Completed done -> new Message("cell", fold, done.values(), null, null, null, null, null);
			case CellGuard.Failed failed -> new Message("cell", fold, null, failed.reason(), null, null, null, null);
			case CellGuard.TimedOut late -> new Message("cell", fold, null, late.reason(), true, null, null, null);
			};
		}

		static Message error(String message) {
			return new Message("error", null, null, null, null, null, null, message);
		}

		CellGuard.Outcome outcome() {
			if (failed != null) {
				return Boolean.TRUE.equals(timedOut) ? new CellGuard.TimedOut(failed) : new CellGuard.Failed(failed);
			}
			return new CellGuard.Completed(values == null ? List.of() : values);
		}
	}

	static String line(Message m) {
		return MARKER + GSON.toJson(m);
	}

	/** The message on a line of the worker's output, or null for a line that is not one. */
	static Message parse(String line) {
		if (!line.startsWith(MARKER)) {
			return null;
		}
		try {
			return GSON.fromJson(line.substring(MARKER.length()), Message.class);
		} catch (JsonParseException e) {
			return null;
		}
	}

	static String json(Request r) {
		return GSON.toJson(r);
	}

	static Request request(String json) {
		return GSON.fromJson(json, Request.class);
	}
}
