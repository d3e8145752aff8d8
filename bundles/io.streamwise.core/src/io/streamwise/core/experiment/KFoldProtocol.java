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
 * Viewers with relevant events dealt into k folds; each fold tests its viewers' last share of relevant events.
 * Session rows are dealt into k folds themselves. Command line: {@code kfold:FOLDS[:R]}.
 */
final class KFoldProtocol implements EvaluationProtocol {

	@Override
	public String label() {
		return "kfold";
	}

	@Override
	public String syntax() {
		return "kfold:FOLDS[:R]";
	}

	@Override
	public ProtocolSpec parse(List<String> args, Map<String, String> options) {
		Protocols.arity(args, 2);
		int folds = args.size() > 0 ? Protocols.count(args.get(0)) : 5;
		double ratio = args.size() > 1 ? Protocols.ratio(args.get(1)) : 0.8;
		return new ProtocolSpec(ProtocolKind.KFOLD, ratio, folds, options);
	}

	@Override
	public String format(ProtocolSpec protocol) {
		return label() + ":" + protocol.folds() + ":" + protocol.trainRatio();
	}

	@Override
	public void validate(ProtocolSpec protocol) {
		if (protocol.folds() < 2) {
			throw new IllegalArgumentException("protocol kfold needs at least 2 folds, the experiment asks for "
					+ protocol.folds());
		}
	}

	@Override
	public List<Split> split(EventLog log, ProtocolSpec protocol, long seed, IntPredicate relevant,
			Availability availability, Split given) {
		return Splits.kfold(log, relevant, protocol, seed);
	}

	@Override
	public boolean splitsRows() {
		return true;
	}

	@Override
	public List<Split> splitRows(long[] times, ProtocolSpec protocol, long seed) {
		return Splits.rowFolds(times.length, protocol, seed);
	}
}
