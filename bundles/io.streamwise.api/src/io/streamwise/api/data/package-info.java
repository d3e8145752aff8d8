/**
 * The data an algorithm sees: an {@link io.streamwise.api.data.EventLog} of viewer events held in primitive columns
 * with dictionary-encoded ids (built by {@link io.streamwise.api.data.EventLogBuilder}), the item catalogue, stream
 * availability, and for conversion models a {@link io.streamwise.api.data.FeatureTable} of one row per session.
 * <p>
 * Indices of viewers and items are dense ints into the log's {@link io.streamwise.api.data.IdDictionary}
 * dictionaries; a {@link io.streamwise.api.data.Dataset} handed to {@code fit} holds training data only.
 */
package io.streamwise.api.data;
