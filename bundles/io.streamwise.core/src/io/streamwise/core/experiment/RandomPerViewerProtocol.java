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
 * Each viewer's events shuffled and cut by ratios (train, validation, test), as RecBole's RS with RO. Command line:
 * {@code random-per-viewer:TRAIN:VALIDATION:TEST} weights (RecBole's default is {@code 8:1:1}) or
 * {@code random-per-viewer:R}.
 */
final class RandomPerViewerProtocol implements EvaluationProtocol {

	@Override
	public String label() {
		return "random-per-viewer";
	}

	@Override
	public String syntax() {
		return "random-per-viewer:8:1:1";
	}

	@Override
	public ProtocolSpec parse(List<String> args, Map<String, String> options) {
		Protocols.arity(args, 3);
		Map<String, String> all = new java.util.LinkedHashMap<>(options);
		double ratio = 0.8;
		if (args.size() == 3) {
			double train = Protocols.weight(args.get(0)), validation = Protocols.weight(args.get(1)),
					test = Protocols.weight(args.get(2));
			double sum = train + validation + test;
			if (!(train > 0 && test > 0)) {
				throw new IllegalArgumentException("training and test weights must be > 0");
			}
			ratio = train / sum;
			if (validation > 0) {
				all.put(ProtocolOptions.VALIDATION, Double.toString(validation / sum));
			}
		} else if (args.size() == 1) {
			ratio = Protocols.ratio(args.get(0));
		} else if (args.size() == 2) {
			throw new IllegalArgumentException("use random-per-viewer:TRAIN:VALIDATION:TEST weights (8:1:1) or"
					+ " random-per-viewer:R");
		}
		return new ProtocolSpec(ProtocolKind.RANDOM_PER_VIEWER, ratio, 1, all);
	}

	/** The ratio form: the validation share stays an option, so that no ratio is recomputed from weights. */
	@Override
	public String format(ProtocolSpec protocol) {
		return label() + ":" + protocol.trainRatio();
	}

	@Override
	public void validate(ProtocolSpec protocol) {
		EvaluationProtocol.oneFold(protocol);
		Splits.validationShare(protocol);
	}

	@Override
	public List<Split> split(EventLog log, ProtocolSpec protocol, long seed, IntPredicate relevant,
			Availability availability, Split given) {
		EvaluationProtocol.oneFold(protocol);
		return List.of(Splits.randomPerViewer(log, protocol.trainRatio(), Splits.validationShare(protocol),
				Seeds.derive(seed, "random-per-viewer")));
	}
}
