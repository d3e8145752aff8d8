// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.bandits.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.streamwise.api.progress.CancelledException;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.bandits.evaluation.OnlineEvaluation;
import io.streamwise.bandits.evaluation.PolicySpec;
import io.streamwise.bandits.policies.UniformPolicyFactory;

/**
 * A simulation of many rounds stops when it is cancelled, inside a (policy, seed) chunk rather than after it: the
 * workbench's Cancel of a policy experiment.
 */
class OnlineCancellationTest {

	private static final List<PolicySpec> UNIFORM = List
			.of(PolicySpec.of("uniform", new UniformPolicyFactory(), Map.of()));

	@Test
	void aChunkOnTheCallingThreadAsksTheMonitorWhileItPlays() {
		// one chunk: the monitor is asked once before it starts (not cancelled), then only from inside the rounds
		AtomicInteger asked = new AtomicInteger();
		ProgressMonitor cancelledOnSecondQuestion = ProgressMonitor.cancelledWhen(() -> asked.incrementAndGet() > 1);
		assertThrows(CancelledException.class, () -> OnlineEvaluation.run(EnvironmentTest.ENVIRONMENT, UNIFORM, 5_000,
				1, 1, 1, cancelledOnSecondQuestion));
		assertTrue(asked.get() >= 2, "the monitor was asked during the rounds");
	}

	@Test
	void chunksOnAPoolStopWhenTheCallingThreadFindsTheRunCancelled() {
		// a billion rounds per chunk would take hours: only stopping inside the chunks lets this return
		AtomicInteger asked = new AtomicInteger();
		ProgressMonitor cancelled = ProgressMonitor.cancelledWhen(() -> asked.incrementAndGet() > 2);
		assertThrows(CancelledException.class, () -> OnlineEvaluation.run(EnvironmentTest.ENVIRONMENT, UNIFORM,
				1_000_000_000L, 2, 1, 2, cancelled));
	}
}
