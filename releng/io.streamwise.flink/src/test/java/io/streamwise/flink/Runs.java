package io.streamwise.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Engine;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.core.run.ExperimentRunService;
import io.streamwise.core.run.RunOrigin;
import io.streamwise.core.run.RunRequest;

/** What the tests share: a grid experiment on simulated data, and runs of it through the run service. */
final class Runs {

	private Runs() {
	}

	/**
	 * A grid of 3 folds × 5 algorithms (recommenders and conversion models), so that a task runs cells of both kinds
	 * and of several folds.
	 */
	static Path gridExperiment(Path dir, String id, String preset) throws IOException {
		Path file = dir.resolve(id + ".experiment");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="%s" name="grid" seed="5">
				  <dataset kind="SIMULATOR"><options key="preset" value="%s"/></dataset>
				  <protocol kind="RANDOM" trainRatio="0.8" folds="3"/>
				  <algorithms algorithmId="pop" label="pop"/>
				  <algorithms algorithmId="random" label="random"/>
				  <algorithms algorithmId="itemknn" label="itemknn"/>
				  <algorithms algorithmId="moa.naive-bayes" label="naive-bayes"/>
				  <algorithms algorithmId="base-rate" label="base-rate"/>
				  <metrics>ndcg@10</metrics>
				  <metrics>recall@10</metrics>
				  <metrics>auc</metrics>
				  <metrics>logloss</metrics>
				</experiment:Experiment>
				""".formatted(id, preset));
		return file;
	}

	static AlgorithmRegistry registry() throws IOException {
		return Components.registry();
	}

	/** Runs the experiment into out on the engine; the warnings are collected into the list given. */
	static void run(Path experiment, Path out, Engine engine, ProgressMonitor monitor, List<String> warnings)
			throws IOException {
		new ExperimentRunService(registry(), null, warnings::add, Map.of()).withEngine(engine)
				.run(RunRequest.read(experiment, out, null, RunOrigin.commandLine(List.of("test"))), monitor);
	}

	static void run(Path experiment, Path out, Engine engine) throws IOException {
		run(experiment, out, engine, ProgressMonitor.NULL, new ArrayList<>());
	}
}
