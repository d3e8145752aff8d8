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
 * at that price ({@link SimulatedMarket#purchaseProbability}) gives the reward; the oracle takes the action of highest
 * true probability, so regret is the difference in true probability.
 * <p>
 * The context features are what a platform observes: a bias, the viewer's age band, region and occupation (one-hot),
 * the host's specialty (one-hot) and how far into the stream the viewer joined. Latent interests stay hidden.
 */
public final class MarketEnvironment {

	private final SimulatedMarket market;
	private final PolicySchema schema;
	private final List<Visit> visits;
	/** Per stream: its actions and, aligned, the product index, price and whether an offer applies. */
	private final int[][] streamActions;
	private final Map<String, Integer> hostCategory = new HashMap<>();

	/** One viewer in one stream, first exposed {@code secondsIn} seconds after the start. */
	private record Visit(int viewer, int stream, long secondsIn) {
	}

	public MarketEnvironment(SimulatedMarket market) {
		this.market = market;
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
	 */
	public record Round(PolicyContext context, double[] purchaseProbability) {

		/** The highest true purchase probability: what the oracle gets. */
		public double best() {
			double b = 0;
			for (double p : purchaseProbability) {
				b = Math.max(b, p);
			}
			return b;
		}

		/** The position of the oracle's action (the lowest of ties). */
		public int oracle() {
			int o = 0;
			for (int i = 1; i < purchaseProbability.length; i++) {
				if (purchaseProbability[i] > purchaseProbability[o]) {
					o = i;
				}
			}
			return o;
		}
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
				truth);
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
