package io.streamwise.bandits.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Policy;
import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;

/**
 * Any installed recommender as a policy: the recommender is fitted on the purchases the policy has seen (refitted
 * every {@code refitEvery} updates), and the policy pins its top-1 among the available actions with probability
 * 1 − ε, any available action with probability ε. Until the first fit, and for viewers the last fit did not know, the
 * actions are ranked by the purchases seen so far. The recommender is found among the installed
 * {@link RecommenderFactory} services by its id, with its default settings.
 */
@Component(service = PolicyFactory.class)
public final class RecommenderPolicyFactory
		implements PolicyFactory<RecommenderPolicyFactory.RecommenderPolicySettings> {

	public static final String ID = "recommender-policy";

	/**
	 * @param recommender the recommender's algorithm id
	 * @param epsilon     exploration share
	 * @param refitEvery  updates between fits
	 */
	public record RecommenderPolicySettings(
			@Setting(key = "recommender", label = "Recommender", description = "Id of the installed recommender whose top-1 is pinned", defaultValue = "pop") String recommender,
			@Setting(key = "epsilon", label = "Exploration ε", description = "Share of decisions spread evenly over the available actions", defaultValue = "0.1", min = 0, max = 1) double epsilon,
			@Setting(key = "refitEvery", label = "Refit every", description = "Updates between two fits of the recommender on the purchases seen", defaultValue = "500", min = 1) int refitEvery) {

		public RecommenderPolicySettings {
			if (recommender == null || recommender.isBlank()) {
				throw new SettingsException("recommender", "recommender must name an installed recommender");
			}
		}
	}

	private static final AlgorithmInfo INFO = new AlgorithmInfo(ID, "Recommender as a policy",
			"Pins the top-1 of any installed recommender among the available actions, with ε exploration; the recommender is refitted on the purchases seen.",
			"", AlgorithmKind.POLICY);

	private final Map<String, RecommenderFactory<?>> recommenders = new ConcurrentHashMap<>();

	/** For Declarative Services, which binds the installed recommenders. */
	public RecommenderPolicyFactory() {
	}

	/** Outside OSGi: with these recommenders. */
	public RecommenderPolicyFactory(List<RecommenderFactory<?>> recommenders) {
		recommenders.forEach(this::addRecommender);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addRecommender(RecommenderFactory<?> factory) {
		recommenders.putIfAbsent(factory.info().id(), factory);
	}

	void removeRecommender(RecommenderFactory<?> factory) {
		recommenders.remove(factory.info().id(), factory);
	}

	@Override
	public AlgorithmInfo info() {
		return INFO;
	}

	@Override
	public Class<RecommenderPolicySettings> settingsType() {
		return RecommenderPolicySettings.class;
	}

	@Override
	public Policy create(RecommenderPolicySettings settings) {
		RecommenderFactory<?> factory = recommenders.get(settings.recommender());
		if (factory == null) {
			throw new SettingsException("recommender", "no installed recommender has the id '"
					+ settings.recommender() + "'; installed: " + String.join(", ", recommenders.keySet()));
		}
		return new Adapter(factory, settings);
	}

	private static Recommender fresh(RecommenderFactory<?> factory) {
		return create(factory);
	}

	private static <S extends Record> Recommender create(RecommenderFactory<S> factory) {
		return factory.create(factory.defaultSettings());
	}

	private static final class Adapter implements Policy {
		private final RecommenderFactory<?> factory;
		private final RecommenderPolicySettings settings;
		private PolicySchema schema;
		private TaskContext context;
		private final List<int[]> purchases = new ArrayList<>(); // viewer, action
		private long[] counts;
		private long updates;
		private Recommender model;
		private EventLog fitted;

		Adapter(RecommenderFactory<?> factory, RecommenderPolicySettings settings) {
			this.factory = factory;
			this.settings = settings;
		}

		@Override
		public void initialise(PolicySchema s, TaskContext c) {
			schema = s;
			context = c;
			counts = new long[s.actionCount()];
		}

		@Override
		public double[] probabilities(PolicyContext c) {
			int[] actions = c.actions();
			double[] score = new double[actions.length];
			int viewer = fitted == null || c.viewer() < 0 ? -1 : fitted.viewers().indexOf("v" + c.viewer());
			if (viewer >= 0) {
				float[] all = new float[fitted.items().size()];
				model.score(viewer, all);
				for (int i = 0; i < actions.length; i++) {
					score[i] = all[fitted.items().indexOf(schema.actions().get(actions[i]))];
				}
			} else {
				for (int i = 0; i < actions.length; i++) {
					score[i] = counts[actions[i]];
				}
			}
			int top = 0;
			for (int i = 1; i < actions.length; i++) {
				if (score[i] > score[top]) {
					top = i;
				}
			}
			double[] p = new double[actions.length];
			for (int i = 0; i < p.length; i++) {
				p[i] = settings.epsilon() / p.length + (i == top ? 1 - settings.epsilon() : 0);
			}
			return p;
		}

		@Override
		public void update(PolicyContext c, int action, double reward) {
			ArmStatistics.check(schema, action, reward);
			if (reward > 0) {
				purchases.add(new int[] { c.viewer(), action });
				counts[action]++;
			}
			if (++updates % settings.refitEvery() == 0 && !purchases.isEmpty()) {
				refit();
			}
		}

		private void refit() {
			EventLogBuilder b = new EventLogBuilder();
			for (String action : schema.actions()) {
				b.item(action);
			}
			int stream = b.stream("bandit");
			long t = 0;
			for (int[] p : purchases) {
				b.add(b.viewer("v" + p[0]), stream, p[1], EventType.PURCHASE, t++, Float.NaN);
			}
			EventLog log = b.build();
			Recommender r = fresh(factory);
			r.fit(Dataset.of(log), context);
			model = r;
			fitted = log;
		}
	}
}
