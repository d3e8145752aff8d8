package io.streamwise.core.experiment;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import io.streamwise.api.data.Availability;
import io.streamwise.api.data.EventLog;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.Splits.Split;

/** A train/test pair evaluated on the files' own split. Command line: {@code given}. */
final class GivenProtocol implements EvaluationProtocol {

	@Override
	public String label() {
		return "given";
	}

	@Override
	public String syntax() {
		return "given";
	}

	@Override
	public ProtocolSpec parse(List<String> args, Map<String, String> options) {
		Protocols.arity(args, 0);
		return new ProtocolSpec(ProtocolKind.GIVEN, 0.8, 1, options);
	}

	@Override
	public String format(ProtocolSpec protocol) {
		return label();
	}

	@Override
	public void validate(ProtocolSpec protocol) {
		EvaluationProtocol.oneFold(protocol);
	}

	@Override
	public List<Split> split(EventLog log, ProtocolSpec protocol, long seed, IntPredicate relevant,
			Availability availability, Split given) {
		if (given == null) {
			throw new IllegalArgumentException("protocol given needs a dataset with its own train/test split"
					+ " (dataset kind TRAIN_TEST)");
		}
		return List.of(given);
	}

	@Override
	public boolean keepsGivenSplit() {
		return true;
	}
}
