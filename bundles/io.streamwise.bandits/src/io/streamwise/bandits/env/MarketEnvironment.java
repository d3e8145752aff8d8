package io.streamwise.bandits.env;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.streamwise.api.algorithm.PolicyContext;
import io.streamwise.api.algorithm.PolicySchema;
import io.streamwise.core.simulator.Exposure;
import io.streamwise.core.simulator.LiveStream;
import io.streamwise.core.simulator.Product;
import io.streamwise.core.simulator.Showcase;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.Viewer;

/**
 * The simulator as an environment a policy acts in. A decision point is a viewer present in a stream (taken from the
 * simulated visits, so viewers come as often as they attend); the actions are what the host can pin then: each product
 * of the stream's showcase at its list price, and, where the showcase has an offer, the product with the offer. The
 * pinned action is what the viewer sees, and the simulator's true purchase probability of that viewer for that product
 * at that price ({@link SimulatedMarket#purchaseProbability}) decides the purchase. A purchase earns the
 * {@link Reward}: one purchase, the price paid or the margin. The oracle takes the action of highest true expected
 * reward (probability × what a purchase earns), so regret is the difference in true expected reward. Policies learn
 * from the reward divided by {@link #rewardScale()}, the most any purchase earns, so that it stays in [0, 1] as the
 * Beta–Bernoulli and UCB policies assume.
 * <p>
 * The context features are what a platform observes: a bias, the viewer's age band, region and occupation (one-hot),
 * the host's specialty (one-hot) and how far into the stream the viewer joined. Latent interests stay hidden.
 */
public final class MarketEnvironment {

	private final SimulatedMarket market;
	private final Reward reward;
	private final PolicySchema schema;
	private final List<Visit> visits;
	/** Per stream: its actions and, aligned, the product index, price and whether an offer applies. */
	private final int[][] streamActions;
	/** Per stream, aligned with its actions: what a purchase earns, in the reward's unit. */
	private final double[][] streamValues;
	private final double rewardScale;
	private final Map<String, Integer> hostCategory = new HashMap<>();

	/** One viewer in one stream, first exposed {@code secondsIn} seconds after the start. */
	private record Visit(int viewer, int stream, long secondsIn) {
	}

	/** The environment rewarding purchases. */
	public MarketEnvironment(SimulatedMarket market) {
		this(market, Reward.PURCHASE);
	}

	public MarketEnvironment(SimulatedMarket market, Reward reward) {
		this.market = market;
		this.reward = reward;
		List<String> features = new ArrayList<>();
		features.add("bias");
		Simulator.AGE_BANDS.forEach(a -> features.add("age=" + a));
		Simulator.REGIONS.forEach(r -> features.add("region=" + r));
		Simulator.OCCUPATIONS.forEach(o -> features.add("occupation=" + o));
		market.categories().forEach(c -> features.add("host=" + c));
		features.add("stream-progress");
		List<String> actions = new ArrayList<>();
		for (Product p : market.products()) {
			actions.add(p.id());
			actions.add(p.id() + "+offer");
		}
		schema = new PolicySchema(features, actions);
		market.hosts().forEach(h -> hostCategory.put(h.id(), market.categoryIndex(h.specialty())));
		Map<String, Integer> viewerIndex = new HashMap<>(), streamIndex = new HashMap<>(),
				productIndex = new HashMap<>();
		for (int v = 0; v < market.viewers().size(); v++) {
			viewerIndex.put(market.viewers().get(v).id(), v);
		}
		for (int s = 0; s < market.streams().size(); s++) {
			streamIndex.put(market.streams().get(s).id(), s);
		}
		for (int p = 0; p < market.products().size(); p++) {
			productIndex.put(market.products().get(p).id(), p);
		}
		streamActions = new int[market.streams().size()][];
		for (int s = 0; s < streamActions.length; s++) {
			List<Integer> acts = new ArrayList<>();
			for (Showcase sc : market.streams().get(s).showcases()) {
				int p = productIndex.get(sc.product());
				if (!acts.contains(2 * p)) {
					acts.add(2 * p);
					if (sc.hasOffer()) {
						acts.add(2 * p + 1);
					}
				}
			}
			streamActions[s] = acts.stream().mapToInt(Integer::intValue).toArray();
		}
		streamValues = new double[streamActions.length][];
		double top = 0;
		for (int s = 0; s < streamActions.length; s++) {
			streamValues[s] = new double[streamActions[s].length];
			for (int i = 0; i < streamActions[s].length; i++) {
				streamValues[s][i] = purchaseValue(s, streamActions[s][i], productIndex);
				top = Math.max(top, streamValues[s][i]);
			}
		}
		rewardScale = top > 0 ? top : 1;
		// one visit per viewer and stream, at the first exposure (the exposures list every product seen)
		Map<Long, Visit> first = new java.util.LinkedHashMap<>();
		for (Exposure e : market.exposures()) {
			int v = viewerIndex.get(e.viewer()), s = streamIndex.get(e.stream());
			long key = (long) v * streamActions.length + s;
			long secondsIn = e.time() - market.streams().get(s).start();
			Visit old = first.get(key);
			if (old == null || secondsIn < old.secondsIn()) {
				first.put(key, new Visit(v, s, secondsIn));
			}
		}
		visits = first.values().stream().filter(v -> streamActions[v.stream()].length > 0).toList();
		if (visits.isEmpty()) {
			throw new IllegalArgumentException("the simulated market has no viewer exposed to a product");
		}
	}

	public SimulatedMarket market() {
		return market;
	}

	public PolicySchema schema() {
		return schema;
	}

	/** What a purchase earns. */
	public Reward reward() {
		return reward;
	}

	/**
	 * The most any purchase earns (1 for the purchase reward, the highest price for revenue): policies and logs get
	 * rewards divided by it, in [0, 1].
	 */
	public double rewardScale() {
		return rewardScale;
	}

	/** How many distinct decision points (viewer visits) the environment draws from. */
	public int visits() {
		return visits.size();
	}

	/**
	 * One decision point and the truth behind it.
	 *
	 * @param context             what the policy sees
	 * @param purchaseProbability the true purchase probability of each available action, aligned with
	 *                            {@code context.actions()}
	 * @param value               what a purchase of each action earns (1 each for the purchase reward), aligned
	 */
	public record Round(PolicyContext context, double[] purchaseProbability, double[] value) {

		/** A round whose reward is the purchase (every action's purchase earns 1). */
		public Round(PolicyContext context, double[] purchaseProbability) {
			this(context, purchaseProbability, ones(purchaseProbability.length));
		}

		private static double[] ones(int n) {
			double[] v = new double[n];
			java.util.Arrays.fill(v, 1);
			return v;
		}

		/** The true expected reward of the action at position i: probability × what a purchase earns. */
		public double expected(int i) {
			return purchaseProbability[i] * value[i];
		}

		/** Every action's true expected reward, aligned with the actions. */
		public double[] expectedRewards() {
			double[] e = new double[value.length];
			for (int i = 0; i < e.length; i++) {
				e[i] = expected(i);
			}
			return e;
		}

		/** The highest true expected reward: what the oracle gets. */
		public double best() {
			return expected(oracle());
		}

		/** The position of the oracle's action, of highest true expected reward (the lowest of ties). */
		public int oracle() {
			int o = 0;
			for (int i = 1; i < value.length; i++) {
				if (expected(i) > expected(o)) {
					o = i;
				}
			}
			return o;
		}
	}

	/** What a policy learns from when the action at position i was taken: the reward over {@link #rewardScale}. */
	public double policyReward(Round round, int i, boolean purchased) {
		return purchased ? round.value()[i] / rewardScale : 0;
	}

	/** Every decision point the environment draws from, each once: for exact true values of policies. */
	public java.util.stream.Stream<Round> everyRound() {
		return visits.stream().map(this::round);
	}

	/** Draws a decision point with {@code random}. */
	public Round draw(SplittableRandom random) {
		return round(visits.get(random.nextInt(visits.size())));
	}

	private Round round(Visit visit) {
		LiveStream stream = market.streams().get(visit.stream());
		Viewer viewer = market.viewers().get(visit.viewer());
		double[] x = new double[schema.featureCount()];
		int at = 0;
		x[at++] = 1;
		x[at + Simulator.AGE_BANDS.indexOf(viewer.ageBand())] = 1;
		at += Simulator.AGE_BANDS.size();
		x[at + Simulator.REGIONS.indexOf(viewer.region())] = 1;
		at += Simulator.REGIONS.size();
		x[at + Simulator.OCCUPATIONS.indexOf(viewer.occupation())] = 1;
		at += Simulator.OCCUPATIONS.size();
		Integer host = hostCategory.get(stream.host());
		if (host != null && host >= 0) {
			x[at + host] = 1;
		}
		at += market.categories().size();
		x[at] = visit.secondsIn() / (double) Math.max(1, stream.end() - stream.start());
		int[] actions = streamActions[visit.stream()];
		double[] truth = new double[actions.length];
		for (int i = 0; i < actions.length; i++) {
			truth[i] = purchaseProbability(visit.viewer(), visit.stream(), actions[i]);
		}
		return new Round(new PolicyContext(visit.viewer(), x, visit.stream(), visit.secondsIn(), actions.clone()),
				truth, streamValues[visit.stream()].clone());
	}

	/** What a purchase of an action in a stream earns, by {@link #reward}. */
	private double purchaseValue(int stream, int action, Map<String, Integer> productIndex) {
		Product product = market.products().get(action / 2);
		float price = product.price(), paid = price;
		double gift = 0;
		if ((action & 1) == 1) {
			Showcase sc = market.streams().get(stream).showcaseOf(product.id());
			paid = sc.offer().apply(price);
			String giftId = sc.offer().gift();
			if (giftId != null && !giftId.isEmpty() && productIndex.containsKey(giftId)) {
				gift = market.products().get(productIndex.get(giftId)).price();
			}
		}
		return reward.value(price, paid, gift);
	}

	/** The true purchase probability of an action for a viewer in a stream. */
	double purchaseProbability(int viewer, int stream, int action) {
		int p = action / 2;
		boolean offered = (action & 1) == 1;
		Product product = market.products().get(p);
		float price = product.price();
		if (offered) {
			Showcase sc = market.streams().get(stream).showcaseOf(product.id());
			price = sc.offer().apply(price);
		}
		return market.purchaseProbability(viewer, p, stream, price, offered);
	}
}
