package io.streamwise.core.experiment;

import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import io.streamwise.api.data.Availability;
import io.streamwise.api.data.EventLog;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.experiment.Splits.Split;

/**
 * Events (or session rows) shuffled by the seed and cut by the training ratio, repeated for each fold with a seed of
 * its own; option {@value ProtocolOptions#VALIDATION} sets a share of training aside. Command line: {@code random:R[:FOLDS]}.
 */
final class RandomProtocol implements EvaluationProtocol {

	@Override
	public String label() {
		return "random";
	}

	@Override
	public String syntax() {
		return "random:R[:FOLDS]";
	}

	@Override
	public ProtocolSpec parse(List<String> args, Map<String, String> options) {
		Protocols.arity(args, 2);
		double ratio = args.size() > 0 ? Protocols.ratio(args.get(0)) : 0.8;
		int folds = args.size() > 1 ? Protocols.count(args.get(1)) : 1;
		return new ProtocolSpec(ProtocolKind.RANDOM, ratio, folds, options);
	}

	@Override
	public String format(ProtocolSpec protocol) {
		return label() + ":" + protocol.trainRatio() + (protocol.folds() == 1 ? "" : ":" + protocol.folds());
	}

	@Override
	public void validate(ProtocolSpec protocol) {
		Splits.randomValidationShare(protocol);
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
		return Splits.random(times.length, protocol, seed);
	}

	@Override
	public boolean foldsOverlap(ProtocolSpec protocol) {
		return protocol.folds() > 1; // every fold draws its test part afresh from all units
	}
}
