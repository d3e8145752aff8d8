/**
 * What a plugin author implements: a {@link io.streamwise.api.algorithm.RecommenderFactory} or
 * {@link io.streamwise.api.algorithm.ConversionModelFactory} or (since 0.3.0) a
 * {@link io.streamwise.api.algorithm.PolicyFactory} registered as a Declarative Services component, its
 * settings as a record annotated with {@link io.streamwise.api.algorithm.Setting}, and the model it creates.
 * <p>
 * Every random choice comes from {@link io.streamwise.api.algorithm.TaskContext#seed()}, and long loops consult
 * {@link io.streamwise.api.algorithm.TaskContext#monitor()}, so that results repeat under a seed and runs can be
 * cancelled. The algorithm id in {@link io.streamwise.api.algorithm.AlgorithmInfo} is stable forever: an incompatible
 * change gets a new id. The package version in the manifest follows semantic versioning; docs/plugins.md is the
 * walk-through and the SDK's conformance kit checks a plugin against these contracts.
 */
package io.streamwise.api.algorithm;
