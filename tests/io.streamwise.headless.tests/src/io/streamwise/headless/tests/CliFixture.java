package io.streamwise.headless.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.streamwise.algorithms.baseline.BaseRateFactory;
import io.streamwise.algorithms.baseline.RandomRecommenderFactory;
import io.streamwise.algorithms.moa.NaiveBayesFactory;
import io.streamwise.algorithms.popularity.MostPopularFactory;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.headless.Cli;

/** Runs the command line in-process with the built-in algorithms and captures what it prints. */
final class CliFixture {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();
	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		AlgorithmRegistry registry = AlgorithmRegistry.of(List.of(new MostPopularFactory(),
				new RandomRecommenderFactory(), new NaiveBayesFactory(), new BaseRateFactory()));
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
