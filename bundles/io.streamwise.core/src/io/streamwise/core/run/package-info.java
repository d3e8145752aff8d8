/**
 * Running work into an output folder, the same way for every front end: {@link io.streamwise.core.run.RunEngine} is
 * what an engine implements (the offline experiment, {@link io.streamwise.core.run.ExperimentRunService}, today),
 * {@link io.streamwise.core.run.RunRequest} and {@link io.streamwise.core.run.RunOrigin} say what to run and who
 * asked, {@link io.streamwise.core.run.RunOutcome} what came of it, and
 * {@link io.streamwise.core.run.ProvenanceBuilder} is the one place that decides what results record about their
 * origin. The command line and the workbench only translate their input into a request and present the outcome.
 */
package io.streamwise.core.run;
