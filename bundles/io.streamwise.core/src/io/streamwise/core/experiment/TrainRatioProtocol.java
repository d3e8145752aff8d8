package io.streamwise.core.experiment;

import java.util.List;
import java.util.Map;

import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;

/** A one-fold protocol whose only argument is the training ratio: {@code LABEL:R}, 0.8 when left out. */
abstract class TrainRatioProtocol implements EvaluationProtocol {

	private final String label;

	TrainRatioProtocol(String label) {
		this.label = label;
	}

	/** The kind, asked only when parsing: the protocols are built while ProtocolKind's constants are. */
	abstract ProtocolKind kind();

	@Override
	public final String label() {
		return label;
	}

	@Override
	public final String syntax() {
		return label + ":R";
	}

	@Override
	public final ProtocolSpec parse(List<String> args, Map<String, String> options) {
		Protocols.arity(args, 1);
		double ratio = args.size() > 0 ? Protocols.ratio(args.get(0)) : 0.8;
		return new ProtocolSpec(kind(), ratio, 1, options);
	}

	@Override
	public final String format(ProtocolSpec protocol) {
		return label + ":" + protocol.trainRatio();
	}

	@Override
	public void validate(ProtocolSpec protocol) {
		EvaluationProtocol.oneFold(protocol);
	}
}
