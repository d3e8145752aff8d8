// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.Seeds;
import io.streamwise.core.features.SessionFeatures;
import io.streamwise.core.registry.AlgorithmRegistry;
import io.streamwise.model.campaign.ModelSetting;
import io.streamwise.model.campaign.PurchaseModel;

/**
 * A campaign's purchase model: a conversion-model plugin fitted on the log's session features (the rows of conversion
 * experiments, {@link SessionFeatures}) and its predicted purchase probability averaged per segment.
 *
 * <p>A session is one viewer in one stream. Rows are the sessions still undecided at the prediction point
 * ({@code observationMinutes} after the session's first event); a session that bought before it is certain to have
 * bought. So a segment's probability that a session buys is (sessions decided early + the sum of the predictions of
 * its undecided sessions) / its sessions. The model is fitted on every row of the log and predicts the same rows: the
 * average is the model's smoothed estimate of the segment's conversion, not an out-of-sample test of it.
 */
public final class PurchaseModelFit {

	/** One segment's estimate. */
	public record Estimate(double probability, int sessions, int predicted) {
	}

	private final String algorithm;
	private final SessionFeatures.Sessions sessions;
	private final double[] predictions;

	private PurchaseModelFit(String algorithm, SessionFeatures.Sessions sessions, double[] predictions) {
		this.algorithm = algorithm;
		this.sessions = sessions;
		this.predictions = predictions;
	}

	/**
	 * The conversion model the purchase model names, with its settings.
	 *
	 * @throws IllegalArgumentException when no installed algorithm has the id ({@code UnknownAlgorithmException},
	 *                                  listing the installed ones), it is no conversion model, or a setting is
	 *                                  unknown or not a valid value ({@code SettingsException})
	 */
	public static ConversionModel create(AlgorithmRegistry registry, String algorithm, Map<String, String> settings) {
		AlgorithmFactory<?> factory = registry.get(algorithm);
		if (!(factory instanceof ConversionModelFactory<?> conversion)) {
			throw new IllegalArgumentException("'" + algorithm + "' is a "
					+ factory.info().kind().name().toLowerCase(Locale.ROOT) + ", not a conversion model");
		}
		return create(conversion, settings);
	}

	private static <S extends Record> ConversionModel create(ConversionModelFactory<S> factory,
			Map<String, String> settings) {
		return factory.create(Settings.parse(factory.settingsType(), settings));
	}

	/** The settings the purchase model lists, in order. */
	public static Map<String, String> settings(PurchaseModel purchaseModel) {
		Map<String, String> out = new LinkedHashMap<>();
		for (ModelSetting s : purchaseModel.getSettings()) {
			out.put(s.getKey(), s.getValue());
		}
		return out;
	}

	/**
	 * Fits the purchase model on every session of the log.
	 *
	 * @param seed the seed of the model's random choices (derived with the algorithm's id)
	 * @throws IllegalArgumentException as {@link #create}, or when the log has no stream sessions
	 */
	public static PurchaseModelFit fit(PurchaseModel purchaseModel, AlgorithmRegistry registry, EventLog log,
			long seed, ProgressMonitor monitor) {
		String algorithm = purchaseModel.getAlgorithm();
		ConversionModel model = create(registry, algorithm, settings(purchaseModel));
		SessionFeatures.Sessions sessions = SessionFeatures.sessions(log,
				Math.max(1, purchaseModel.getObservationMinutes()), monitor);
		TaskContext context = new TaskContext(Seeds.derive(seed, "campaign-purchase:" + algorithm), monitor);
		model.initialise(sessions.table().schema(), context);
		model.fit(sessions.table(), context);
		double[][] rows = sessions.table().rows();
		double[] p = new double[rows.length];
		for (int i = 0; i < rows.length; i++) {
			if ((i & 127) == 0) {
				monitor.checkCancelled();
			}
			p[i] = model.predict(rows[i]);
			if (!(p[i] >= 0 && p[i] <= 1)) {
				throw new IllegalStateException(algorithm + " predicted " + p[i] + ", not a probability, for session "
						+ i);
			}
		}
		return new PurchaseModelFit(algorithm, sessions, p);
	}

	String algorithm() {
		return algorithm;
	}

	/** The segment's probability that a session buys; null when its members have no session in the log. */
	public Estimate estimate(EventLog log, BitSet members) {
		// sessions as SessionFeatures counts them: a viewer with any event in a stream
		Set<Long> all = new HashSet<>();
		for (int row = 0; row < log.size(); row++) {
			int stream = log.stream(row);
			int viewer = log.viewer(row);
			if (stream >= 0 && members.get(viewer)) {
				all.add(((long) viewer << 32) | stream);
			}
		}
		if (all.isEmpty()) {
			return null;
		}
		double sum = 0;
		int predicted = 0;
		int[] viewers = sessions.viewers();
		for (int i = 0; i < viewers.length; i++) {
			if (members.get(viewers[i])) {
				sum += predictions[i];
				predicted++;
			}
		}
		int decidedEarly = all.size() - predicted;
		return new Estimate((decidedEarly + sum) / all.size(), all.size(), predicted);
	}
}
