package io.streamwise.core.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.registry.AlgorithmRegistry;

/**
 * The cells of a run on Flink, as a task sees them: the job folder {@link FlinkCells} writes holds the experiment,
 * the dataset in its binary form ({@link DatasetFile}) and the list of cells; a task opens it once and runs the cells
 * it is given with {@link ExperimentRunner}'s own code (the same seeds, the same guard), answering each with one line
 * of JSON that the parent turns back into the cell's outcome, values bit for bit.
 */
public final class GridCells {

	/** The files of a job folder. */
	static final String EXPERIMENT = "experiment.experiment", DATASET = "dataset.bin", CELLS = "cells.json";

	private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().disableHtmlEscaping()
			.create();

	/** One cell's answer: which cell, and its outcome as a worker reports it. */
	record Answer(String label, int fold, WorkerProtocol.Message cell) {
	}

	private final List<FlinkCells.Cell> cells;
	private final ExperimentRunner.OnDemand onDemand;

	private GridCells(List<FlinkCells.Cell> cells, ExperimentRunner.OnDemand onDemand) {
		this.cells = cells;
		this.onDemand = onDemand;
	}

	/** How many cells the job folder lists. */
	public static int count(Path jobDir) throws IOException {
		return cells(jobDir).size();
	}

	/** Each listed cell's fold, in the list's order. */
	public static int[] folds(Path jobDir) throws IOException {
		return cells(jobDir).stream().mapToInt(FlinkCells.Cell::fold).toArray();
	}

	/**
	 * Checks that these algorithms can run the job folder's experiment, before a job is submitted.
	 *
	 * @throws IllegalArgumentException naming the algorithm, setting or metric at fault
	 */
	public static void validate(Path jobDir, AlgorithmRegistry registry) throws IOException {
		new ExperimentRunner(registry).validate(ExperimentFiles.read(jobDir.resolve(EXPERIMENT)));
	}

	/**
	 * Opens a job folder as a task does.
	 *
	 * @throws IOException naming the file that cannot be read (a task manager that does not see the folder)
	 */
	public static GridCells open(Path jobDir, AlgorithmRegistry registry) throws IOException {
		List<FlinkCells.Cell> cells = cells(jobDir);
		ExperimentSpec spec = ExperimentFiles.read(jobDir.resolve(EXPERIMENT));
		LoadedDataset data = DatasetFile.read(jobDir.resolve(DATASET));
		return new GridCells(cells, new ExperimentRunner(registry).new OnDemand(spec, data));
	}

	/**
	 * Runs the cell of this index and gives its answer. Interrupting the thread (Flink cancelling the task) cancels
	 * the cell.
	 */
	public String run(int index) {
		FlinkCells.Cell cell = cells.get(index);
		Thread task = Thread.currentThread();
		ProgressMonitor monitor = ProgressMonitor.cancelledWhen(task::isInterrupted);
		CellGuard.Outcome outcome = onDemand.run(cell.label(), cell.fold(), monitor);
		return GSON.toJson(new Answer(cell.label(), cell.fold(), WorkerProtocol.Message.cell(cell.fold(), outcome)));
	}

	static void writeCells(List<FlinkCells.Cell> cells, Path jobDir) throws IOException {
		Files.writeString(jobDir.resolve(CELLS), GSON.toJson(cells.toArray(FlinkCells.Cell[]::new)),
				StandardCharsets.UTF_8);
	}

	private static List<FlinkCells.Cell> cells(Path jobDir) throws IOException {
		try {
			return Arrays.asList(GSON.fromJson(Files.readString(jobDir.resolve(CELLS), StandardCharsets.UTF_8),
					FlinkCells.Cell[].class));
		} catch (JsonParseException e) {
			throw new IOException(jobDir.resolve(CELLS) + ": " + e.getMessage(), e);
		}
	}

	/** The answer on a line, or null when the line is not one. */
	static Answer answer(String json) {
		try {
			Answer a = GSON.fromJson(json, Answer.class);
			return a == null || a.label() == null || a.cell() == null ? null : a;
		} catch (JsonParseException e) {
			return null;
		}
	}
}
