package io.streamwise.core.experiment;

import java.util.List;
import java.util.function.IntPredicate;

import io.streamwise.api.data.Availability;
import io.streamwise.api.data.EventLog;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.Splits.Split;

/**
 * Streams that start before the cut train, later streams test; ranking metrics judge each viewer in each test stream,
 * among the items showcased in that stream unless option {@value ProtocolOptions#AVAILABILITY} is false. Command
 * line: {@code stream-session:R}.
 */
final class StreamSessionProtocol extends TrainRatioProtocol {

	StreamSessionProtocol() {
		super("stream-session");
	}

	@Override
	ProtocolKind kind() {
		return ProtocolKind.STREAM_SESSION;
	}

	@Override
	public List<Split> split(EventLog log, ProtocolSpec protocol, long seed, IntPredicate relevant,
			Availability availability, Split given) {
		EvaluationProtocol.oneFold(protocol);
		if (availability == null) {
			throw new IllegalArgumentException("protocol stream-session needs the streams' showcases (which items"
					+ " were on sale when); this dataset has none: use simulator data or another protocol");
		}
		return List.of(Splits.streamSession(log, availability, protocol.trainRatio()));
	}

	@Override
	public boolean sessionUnits() {
		return true;
	}

	@Override
	public boolean showcaseCandidates(ProtocolSpec protocol) {
		return RankingEvaluation.booleanOption(protocol, ProtocolOptions.AVAILABILITY, true);
	}
}
