package io.streamwise.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.ConversionModel;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.features.SessionFeatures;
import io.streamwise.core.registry.AlgorithmRegistry;

/**
 * The drill-down to one unit of a conversion model's metric: a session row (a viewer in a stream, at its prediction
 * point). Its page shows the row's features, whether the session converted, and per conversion model its predicted
 * probability, whether that is right at 0.5, and how well the row is ranked against the fold's test rows of the other
 * outcome (its share of the AUC's pairs ordered correctly). Like {@link ViewerDrillDown} nothing is stored by the run:
 * the rows are extracted again from the recorded data, split by the experiment's protocol and seed, and each model
 * re-fitted on the row's fold with the cell's own seed, so the numbers are the run's.
 */
public final class SessionDrillDown {

	public record Feature(String name, double value) {
	}

	/**
	 * One model's view of the session.
	 *
	 * @param probability     the predicted probability of conversion
	 * @param correct         whether the prediction at 0.5 matches the outcome (the row's accuracy)
	 * @param rankedCorrectly the share of the fold's test rows of the other outcome that the model orders correctly
	 *                        against this one (a converted session above a non-converted one), ties counting one half;
	 *                        NaN when the fold's test has no row of the other outcome
	 * @param failure         why the model could not be fitted or predict, else null
	 */
	public record Prediction(String model, double probability, boolean correct, double rankedCorrectly,
			String failure) {
	}

	/**
	 * @param unit            the unit as per_unit.csv names it (the row's number in the session table)
	 * @param viewer          the session's viewer (as the data holds it: raw or pseudonymised)
	 * @param predictionPoint epoch second at which the models predict: the features use only earlier events
	 * @param opposite        how many of the fold's test rows have the other outcome
	 */
	public record Session(String unit, int fold, String viewer, String stream, long predictionPoint,
			boolean converted, List<Feature> features, List<Prediction> predictions, int testRows, int opposite) {
	}

	private final ExperimentSpec spec;
	private final EventLog log;
	private final SessionFeatures.Sessions sessions;
	private final List<Splits.Split> splits;
	private final AlgorithmRegistry registry;
	/** Each model's predictions of its fold's test rows, by label and fold: fitting takes the time. */
	private final Map<String, double[]> predicted = new HashMap<>();

	private SessionDrillDown(DrillDownData data, SessionFeatures.Sessions sessions, AlgorithmRegistry registry) {
		this.spec = data.spec();
		this.log = data.data().dataset().log();
		this.sessions = sessions;
		this.registry = registry;
		this.splits = Splits.split(sessions.table().times(), spec.protocol(), spec.seed());
	}

	/**
	 * Loads what a results folder's run evaluated and extracts its session rows again.
	 *
	 * @throws IOException when the experiment copy or the data cannot be read, the data changed since the run, or
	 *                     the pseudonym key is missing or another; the message says which
	 */
	public static SessionDrillDown open(Path resultsDir, AlgorithmRegistry registry, ProgressMonitor monitor)
			throws IOException {
		DrillDownData data = DrillDownData.load(resultsDir, monitor);
		SessionFeatures.Sessions sessions;
		try {
			sessions = SessionFeatures.sessions(data.data().dataset().log(), ExperimentRunner.observationMinutes(
					data.spec().protocol()), monitor);
		} catch (IllegalArgumentException e) {
			throw new IOException("session rows of " + resultsDir + ": " + e.getMessage(), e);
		}
		return new SessionDrillDown(data, sessions, registry);
	}

	public int folds() {
		return splits.size();
	}

	/**
	 * One session row in its fold. Fits each conversion model of the experiment on the fold's training rows once
	 * (later sessions of the fold reuse the fit), checking the monitor for cancellation while fitting and predicting.
	 *
	 * @throws IllegalArgumentException when the unit is no row number, or the fold does not test it
	 */
	public Session session(String unit, int fold, ProgressMonitor monitor) {
		if (fold < 0 || fold >= splits.size()) {
			throw new IllegalArgumentException("fold " + fold + " is not one of the " + splits.size() + " folds");
		}
		int row;
		try {
			row = Integer.parseInt(unit.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + unit + "' is no session row number", e);
		}
		Splits.Split split = splits.get(fold);
		int[] test = split.test();
		int at = -1;
		for (int i = 0; i < test.length; i++) {
			if (test[i] == row) {
				at = i;
			}
		}
		if (at < 0) {
			throw new IllegalArgumentException("fold " + fold + " does not test session row " + unit);
		}
		FeatureTable table = sessions.table();
		List<Feature> features = new ArrayList<>();
		for (int c = 0; c < table.schema().size(); c++) {
			features.add(new Feature(table.schema().features().get(c).name(), table.rows()[row][c]));
		}
		boolean converted = table.labels()[row];
		int opposite = 0;
		for (int r : test) {
			opposite += table.labels()[r] != converted ? 1 : 0;
		}
		List<AlgorithmSpec> models = spec.algorithms().stream()
				.filter(a -> registry.get(a.algorithmId()).info().kind() == AlgorithmKind.CONVERSION).toList();
		monitor.begin("session row " + unit + ", fold " + fold, models.size());
		List<Prediction> predictions = new ArrayList<>();
		for (AlgorithmSpec a : models) {
			monitor.checkCancelled();
			monitor.subTask(a.label());
			try {
				double[] p = predictions(a, fold, split, monitor);
				double mine = p[at];
				double ordered = 0;
				for (int i = 0; i < test.length; i++) {
					if (table.labels()[test[i]] != converted) {
						// a converted session should score above a non-converted one
						double c = Double.compare(converted ? mine : p[i], converted ? p[i] : mine);
						ordered += c > 0 ? 1 : c == 0 ? 0.5 : 0;
					}
				}
				predictions.add(new Prediction(a.label(), mine, (mine >= 0.5) == converted, opposite == 0 ? Double.NaN
						: ordered / opposite, null));
			} catch (io.streamwise.api.progress.CancelledException e) {
				throw e;
			} catch (RuntimeException | LinkageError e) {
				predictions.add(new Prediction(a.label(), Double.NaN, false, Double.NaN, e.getClass().getSimpleName()
						+ ": " + e.getMessage()));
			}
			monitor.worked(1);
		}
		return new Session(unit, fold, log.viewers().id(sessions.viewers()[row]), sessions.streams()[row] < 0 ? ""
				: log.streams().id(sessions.streams()[row]), sessions.predictionPoints()[row], converted, features,
				predictions, test.length, opposite);
	}

	/** The model's predictions of the fold's test rows, fitted as the run's cell was (same rows, same seed). */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private double[] predictions(AlgorithmSpec a, int fold, Splits.Split split, ProgressMonitor monitor) {
		String key = a.label() + "\n" + fold;
		double[] p = predicted.get(key);
		if (p == null) {
			AlgorithmFactory<?> factory = registry.get(a.algorithmId());
			Record settings = Settings.parse(factory.settingsType(), a.settings());
			long seed = Seeds.cell(spec.seed(), fold, factory.info().id(), Settings.format(settings));
			ConversionModel model = ((ConversionModelFactory) factory).create(settings);
			FeatureTable table = sessions.table();
			TaskContext context = new TaskContext(seed, monitor);
			model.initialise(table.schema(), context);
			model.fit(table.select(split.train()), context);
			int[] test = split.test();
			p = new double[test.length];
			for (int i = 0; i < test.length; i++) {
				if ((i & 127) == 0) {
					monitor.checkCancelled();
				}
				p[i] = model.predict(table.rows()[test[i]]);
			}
			predicted.put(key, p);
		}
		return p;
	}
}
