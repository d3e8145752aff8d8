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
 * Each viewer's last n relevant events (option {@value ProtocolOptions#N}, default 1) test, what the viewer did
 * before them trains. Command line: {@code leave-last-out:N}.
 */
final class LeaveLastOutProtocol implements EvaluationProtocol {

	@Override
	public String label() {
		return "leave-last-out";
	}

	@Override
	public String syntax() {
		return "leave-last-out:N";
	}

	@Override
	public ProtocolSpec parse(List<String> args, Map<String, String> options) {
		Protocols.arity(args, 1);
		Map<String, String> all = new java.util.LinkedHashMap<>(options);
		if (args.size() > 0) {
			all.put(ProtocolOptions.N, Integer.toString(Protocols.count(args.get(0))));
		}
		return new ProtocolSpec(ProtocolKind.LEAVE_LAST_OUT, 0.8, 1, all);
	}

	@Override
	public String format(ProtocolSpec protocol) {
		String n = protocol.options().get(ProtocolOptions.N);
		return n == null ? label() : label() + ":" + n.trim();
	}

	@Override
	public void validate(ProtocolSpec protocol) {
		EvaluationProtocol.oneFold(protocol);
		Splits.intOption(protocol, ProtocolOptions.N, 1);
	}

	@Override
	public List<Split> split(EventLog log, ProtocolSpec protocol, long seed, IntPredicate relevant,
			Availability availability, Split given) {
		EvaluationProtocol.oneFold(protocol);
		return List.of(Splits.leaveLastOut(log, relevant, Splits.intOption(protocol, ProtocolOptions.N, 1)));
	}
}
