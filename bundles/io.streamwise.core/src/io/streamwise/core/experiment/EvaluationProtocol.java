package io.streamwise.core.experiment;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import io.streamwise.api.data.Availability;
import io.streamwise.api.data.EventLog;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.Splits.Split;

/**
 * One evaluation protocol: how it is written on the command line, which options it takes, how it splits events (and
 * the session rows of conversion models, if it can), and what the ranking metrics' units and candidates are. Each
 * {@link ExperimentSpec.ProtocolKind} holds its protocol object; a new protocol is a new class and a new constant
 * there (see docs/metrics.md, "Protocols"). Splits themselves live in {@link Splits}, shared by the protocols.
 */
public interface EvaluationProtocol {

	/** The protocol's name in experiments' reports and on the command line, such as {@code leave-last-out}. */
	String label();

	/** The command-line syntax, such as {@code random:R[:FOLDS]}. */
	String syntax();

	/**
	 * Reads the command-line form.
	 *
	 * @param args    the parts after the name ({@code random:0.8:3} gives {@code ["0.8", "3"]})
	 * @param options protocol options given apart ({@code --protocol-option}); the form may add some
	 * @throws IllegalArgumentException saying what is wrong with which part
	 */
	ProtocolSpec parse(List<String> args, Map<String, String> options);

	/**
	 * The command-line form of a protocol of this kind, such that {@link #parse} of it gives back the protocol with
	 * the options the form carries (the others go with {@code --protocol-option}).
	 */
	String format(ProtocolSpec protocol);

	/**
	 * Checks the fold count and options without data, so that a wrong experiment fails before anything runs.
	 *
	 * @throws IllegalArgumentException naming the protocol and the option at fault
	 */
	void validate(ProtocolSpec protocol);

	/**
	 * Splits the events of a log.
	 *
	 * @param relevant     whether a row is a relevant event (an item and a relevant type)
	 * @param availability showcases; may be null when the protocol does not need them
	 * @param given        the dataset's own split; null unless the dataset is a train/test pair
	 */
	List<Split> split(EventLog log, ProtocolSpec protocol, long seed, IntPredicate relevant, Availability availability,
			Split given);

	/** Whether conversion models (session rows that carry only a time) can be evaluated under this protocol. */
	default boolean splitsRows() {
		return false;
	}

	/** Splits units that carry only a timestamp (conversion models' session rows); see {@link #splitsRows()}. */
	default List<Split> splitRows(long[] times, ProtocolSpec protocol, long seed) {
		throw new IllegalArgumentException("protocol " + label() + " needs viewers and items; conversion models"
				+ " (session rows) support " + Protocols.rowProtocols() + " only");
	}

	/** Whether ranking metrics judge viewer-in-stream sessions rather than viewers. */
	default boolean sessionUnits() {
		return false;
	}

	/** Whether the candidates of ranking metrics are the items showcased in the unit's stream. */
	default boolean showcaseCandidates(ProtocolSpec protocol) {
		return false;
	}

	/** Whether the protocol keeps a train/test pair's own split (and needs one). */
	default boolean keepsGivenSplit() {
		return false;
	}

	/** Whether the test parts of different folds may share units, which makes pooled paired tests optimistic. */
	default boolean foldsOverlap(ProtocolSpec protocol) {
		return false;
	}

	/** The error of a protocol with exactly one fold asked for more. */
	static void oneFold(ProtocolSpec protocol) {
		if (protocol.folds() != 1) {
			throw new IllegalArgumentException("protocol " + protocol.kind().label()
					+ " has exactly one fold; the experiment asks for " + protocol.folds());
		}
	}
}
