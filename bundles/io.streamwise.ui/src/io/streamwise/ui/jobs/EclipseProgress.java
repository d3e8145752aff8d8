package io.streamwise.ui.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.streamwise.api.progress.ProgressMonitor;

/**
 * Lets core code report to an Eclipse job: Streamwise's {@link ProgressMonitor} over a {@link SubMonitor}. Core work
 * is counted in longs of any size, so it is scaled to a fixed number of ticks.
 */
public final class EclipseProgress implements ProgressMonitor {

	private static final int TICKS = 1000;

	private final SubMonitor monitor;
	private long total;
	private long done;
	private int reported;

	public EclipseProgress(IProgressMonitor monitor) {
		this.monitor = SubMonitor.convert(monitor, TICKS);
	}

	@Override
	public void begin(String task, long totalWork) {
		monitor.subTask(task);
		monitor.setWorkRemaining(TICKS);
		total = totalWork;
		done = 0;
		reported = 0;
	}

	@Override
	public void worked(long work) {
		done += work;
		int target = total <= 0 ? 0 : (int) Math.min(TICKS, done * TICKS / total);
		if (target > reported) {
			monitor.worked(target - reported);
			reported = target;
		}
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	@Override
	public void subTask(String name) {
		monitor.subTask(name);
	}
}
