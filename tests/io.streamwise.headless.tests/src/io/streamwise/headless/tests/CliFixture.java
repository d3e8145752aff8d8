package io.streamwise.headless.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.streamwise.algorithms.baseline.BaseRateFactory;
import io.streamwise.algorithms.baseline.RandomRecommenderFactory;
import io.streamwise.algorithms.popularity.MostPopularFactory;
import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.headless.Cli;
import io.streamwise.moa.NaiveBayesFactory;

/** Runs the command line in-process with the built-in algorithms and captures what it prints. */
final class CliFixture {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();
	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final List<AlgorithmFactory<?>> extra;

	CliFixture() {
		this(List.of());
	}

	/** With more algorithms beside the built-ins, such as deliberately faulty ones. */
	CliFixture(List<AlgorithmFactory<?>> extra) {
		this.extra = List.copyOf(extra);
	}

	int run(String... args) {
		List<AlgorithmFactory<?>> all = new ArrayList<>(List.of(new MostPopularFactory(),
				new RandomRecommenderFactory(), new NaiveBayesFactory(), new BaseRateFactory()));
		all.addAll(extra);
		AlgorithmRegistry registry = AlgorithmRegistry.of(all);
		return new Cli(registry, Map.of("test", "true"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
