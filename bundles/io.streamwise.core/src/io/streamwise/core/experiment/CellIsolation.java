package io.streamwise.core.experiment;

import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.core.registry.Dropins;

/**
 * Where an algorithm's cells run. An algorithm that does not come with the product (a plugin from {@code dropins/})
 * runs in worker processes, so that {@code System.exit}, {@code Runtime.halt} or exhausting the heap costs its own
 * cells only; built-in algorithms run in the experiment's process. The protocol option {@value ProtocolOptions#ISOLATION}
 * ({@code process} or {@code inprocess}) decides for every algorithm of the experiment.
 */
public final class CellIsolation {

	/** Protocol option: {@code process} or {@code inprocess}; unset, plugins run in processes and built-ins not. */

	public enum Mode {
		PROCESS, INPROCESS
	}

	private CellIsolation() {
	}

	/**
	 * The protocol's isolation option, or null when it sets none.
	 *
	 * @throws IllegalArgumentException for any other value than process or inprocess
	 */
	public static Mode option(ProtocolSpec protocol) {
		String v = protocol.option(ProtocolOptions.ISOLATION, "").trim().toLowerCase(Locale.ROOT);
		return switch (v) {
		case "" -> null;
		case "process" -> Mode.PROCESS;
		case "inprocess", "in-process" -> Mode.INPROCESS;
		default -> throw new IllegalArgumentException(
				"protocol option " + ProtocolOptions.ISOLATION + ": '" + protocol.option(ProtocolOptions.ISOLATION, "")
						+ "' is neither process nor inprocess");
		};
	}

	/** Whether the algorithm's cells run in worker processes under this protocol. */
	public static boolean inWorkers(ProtocolSpec protocol, AlgorithmFactory<?> factory) {
		Mode mode = option(protocol);
		return mode != null ? mode == Mode.PROCESS : !comesWithProduct(factory);
	}

	/**
	 * Whether the factory's bundle was installed with the product rather than from {@code dropins/}. Outside OSGi
	 * (plain tests) every algorithm counts as built in.
	 */
	public static boolean comesWithProduct(AlgorithmFactory<?> factory) {
		Bundle bundle = FrameworkUtil.getBundle(factory.getClass());
		return bundle == null || !Dropins.isDropin(bundle);
	}
}
