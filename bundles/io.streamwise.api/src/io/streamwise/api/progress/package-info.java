/**
 * Progress and cancellation for long work, free of any UI: the workbench adapts its job monitors and the command line
 * its console to {@link io.streamwise.api.progress.ProgressMonitor}; a cancelled monitor throws
 * {@link io.streamwise.api.progress.CancelledException} from {@code checkCancelled()}.
 */
package io.streamwise.api.progress;
