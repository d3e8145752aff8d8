/**
 * Implicit feedback for recommenders: the {@code events} setting's grammar ({@link
 * io.streamwise.api.feedback.EventWeights}: which event types count, each with an optional weight) and the
 * viewer-item matrix built from a training log with it ({@link io.streamwise.api.feedback.InteractionMatrix}). Every
 * built-in recommender uses both, so one settings text means the same matrix in all of them; plugin recommenders
 * should use them too.
 */
package io.streamwise.api.feedback;
