package io.streamwise.core.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.PolicyFactory;
import io.streamwise.api.algorithm.RecommenderFactory;

/**
 * The installed algorithms, by stable id. In OSGi, Declarative Services fills it with every registered
 * {@link RecommenderFactory}, {@link ConversionModelFactory} and {@link PolicyFactory}; outside OSGi it is built from a list with
 * {@link #of(Collection)}. When two factories claim one id, the one from the bundle installed first (the product's
 * own bundles before anything from {@code dropins/}; outside OSGi the one added first) is used, whatever order
 * Declarative Services binds them in, and the clash is reported by {@link #conflicts()}, naming both bundles, rather
 * than silently resolved. When the used one goes, the other takes its place.
 */
@Component(service = AlgorithmRegistry.class)
public final class AlgorithmRegistry {

	/** Every factory claiming each id, the one in use first. */
	private final Map<String, List<AlgorithmFactory<?>>> byId = new TreeMap<>();

	public static AlgorithmRegistry of(Collection<? extends AlgorithmFactory<?>> factories) {
		AlgorithmRegistry r = new AlgorithmRegistry();
		factories.forEach(r::add);
		return r;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addRecommender(RecommenderFactory<?> factory) {
		add(factory);
	}

	void removeRecommender(RecommenderFactory<?> factory) {
		remove(factory);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addConversionModel(ConversionModelFactory<?> factory) {
		add(factory);
	}

	void removeConversionModel(ConversionModelFactory<?> factory) {
		remove(factory);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addPolicy(PolicyFactory<?> factory) {
		add(factory);
	}

	void removePolicy(PolicyFactory<?> factory) {
		remove(factory);
	}

	public synchronized void add(AlgorithmFactory<?> factory) {
		List<AlgorithmFactory<?>> claimants = byId.computeIfAbsent(factory.info().id(), k -> new ArrayList<>());
		if (claimants.stream().noneMatch(f -> f == factory)) {
			claimants.add(factory);
			// stable: equal bundle ids (outside OSGi) keep the order they were added in
			claimants.sort(Comparator.comparingLong(AlgorithmSource::bundleId));
		}
	}

	public synchronized void remove(AlgorithmFactory<?> factory) {
		List<AlgorithmFactory<?>> claimants = byId.get(factory.info().id());
		if (claimants != null) {
			claimants.removeIf(f -> f == factory);
			if (claimants.isEmpty()) {
				byId.remove(factory.info().id());
			}
		}
	}

	/** All algorithms, ordered by id. */
	public synchronized List<AlgorithmFactory<?>> all() {
		return byId.values().stream().<AlgorithmFactory<?>>map(c -> c.get(0)).toList();
	}

	/**
	 * The algorithm with this id.
	 *
	 * @throws UnknownAlgorithmException listing the installed ids when none has this id
	 */
	public synchronized AlgorithmFactory<?> get(String id) {
		List<AlgorithmFactory<?>> claimants = byId.get(id);
		if (claimants == null) {
			throw new UnknownAlgorithmException(id, List.copyOf(byId.keySet()));
		}
		return claimants.get(0);
	}

	/**
	 * The name an algorithm is listed under (command line, workbench): its display name, marked when it is deprecated
	 * with the id that replaces it.
	 */
	public static String listedName(AlgorithmInfo info) {
		if (!info.deprecated()) {
			return info.name();
		}
		return info.name() + (info.replacedBy().isEmpty() ? " (deprecated)"
				: " (deprecated: use " + info.replacedBy() + ")");
	}

	/**
	 * One sentence per id that more than one factory claims, naming the bundle of each and the one used, such as
	 * {@code algorithm id 'pop' is claimed by io.streamwise.algorithms 0.1.0 and by com.acme 1.0.0
	 * (dropins/acme.jar); io.streamwise.algorithms 0.1.0 is used}.
	 */
	public synchronized List<String> conflicts() {
		List<String> out = new ArrayList<>();
		byId.forEach((id, claimants) -> {
			if (claimants.size() > 1) {
				out.add(conflict(id, claimants));
			}
		});
		return out;
	}

	/** The conflict over one id, or empty when only one factory claims it (or none). */
	public synchronized Optional<String> conflict(String id) {
		List<AlgorithmFactory<?>> claimants = byId.get(id);
		return claimants == null || claimants.size() < 2 ? Optional.empty()
				: Optional.of(conflict(id, claimants));
	}

	private static String conflict(String id, List<AlgorithmFactory<?>> claimants) {
		List<String> who = claimants.stream().map(f -> AlgorithmSource.of(f).describe()).toList();
		return "algorithm id '" + id + "' is claimed by " + String.join(" and by ", who) + "; " + who.get(0)
				+ " is used";
	}
}
