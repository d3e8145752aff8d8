package io.streamwise.flink;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

import io.streamwise.core.experiment.GridCells;
import io.streamwise.stream.experiment.PartitionedPrequential;
import io.streamwise.stream.experiment.StreamExperimentJob;

/**
 * A Flink task of the grid (or of a partitioned prequential evaluation): opens the job folder once (the experiment and the dataset's binary file, from a path the
 * task manager must be able to read) and runs the cells it is sent, answering each with its outcome as a line.
 */
final class RunCell extends RichMapFunction<Integer, String> {
	private static final long serialVersionUID = 1L;

	private final String jobDir;
	private final String kind;
	private transient java.util.function.IntFunction<String> tasks;

	RunCell(String jobDir, String kind) {
		this.jobDir = jobDir;
		this.kind = kind;
	}

	@Override
	public void open(OpenContext context) throws Exception {
		try {
			if (kind.equals(GridJob.PREQUENTIAL)) {
				tasks = PartitionedPrequential.open(Path.of(jobDir))::run;
			} else if (kind.equals(GridJob.STREAM)) {
				tasks = StreamExperimentJob.open(Path.of(jobDir))::run;
			} else {
				tasks = GridCells.open(Path.of(jobDir), Components.registry())::run;
			}
		} catch (IOException e) {
			// no cause attached: this message is what the user reads, whatever the cause's own says
			throw new IOException("task manager " + java.net.InetAddress.getLocalHost().getHostName()
					+ " cannot read the job's files in " + jobDir + " (" + e.getMessage() + "); they must be on a"
					+ " path every task manager can read (STREAMWISE_FLINK_STAGING, docs/scale-out.md)");
		}
	}

	@Override
	public String map(Integer index) {
		return tasks.apply(index);
	}
}
