package io.streamwise.core.experiment;

import java.util.List;
import java.util.function.IntPredicate;

import io.streamwise.api.data.Availability;
import io.streamwise.api.data.EventLog;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.Splits.Split;

/**
 * Everything before the cut time trains, everything at or after it tests; the cut is the timestamp at the training
 * ratio's quantile. Command line: {@code temporal:R}.
 */
final class TemporalProtocol extends TrainRatioProtocol {

	TemporalProtocol() {
		super("temporal");
	}

	@Override
	ProtocolKind kind() {
		return ProtocolKind.TEMPORAL;
	}

	@Override
	public List<Split> split(EventLog log, ProtocolSpec protocol, long seed, IntPredicate relevant,
			Availability availability, Split given) {
		return splitRows(Splits.timestamps(log), protocol, seed);
	}

	@Override
	public boolean splitsRows() {
		return true;
	}

	@Override
	public List<Split> splitRows(long[] times, ProtocolSpec protocol, long seed) {
		EvaluationProtocol.oneFold(protocol);
		return List.of(Splits.temporalSplit(times, protocol.trainRatio()));
	}
}
