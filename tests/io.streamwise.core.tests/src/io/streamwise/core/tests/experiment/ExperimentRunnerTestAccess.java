package io.streamwise.core.tests.experiment;

import io.streamwise.api.algorithm.AlgorithmFactory;

/** The planted oracle of {@link ExperimentRunnerTest}, for tests in other packages. */
public final class ExperimentRunnerTestAccess {

	private ExperimentRunnerTestAccess() {
	}

	public static AlgorithmFactory<?> oracle() {
		return ExperimentRunnerTest.ORACLE;
	}
}
