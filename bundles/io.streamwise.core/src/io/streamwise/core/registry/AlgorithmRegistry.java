package io.streamwise.core.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.streamwise.api.algorithm.AlgorithmFactory;
import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.ConversionModelFactory;
import io.streamwise.api.algorithm.RecommenderFactory;

/**
 * The installed algorithms, by stable id. In OSGi, Declarative Services fills it with every registered
 * {@link RecommenderFactory} and {@link ConversionModelFactory}; outside OSGi it is built from a list with
 * {@link #of(Collection)}. When two factories claim one id, the first stays and the clash is reported by
 * {@link #conflicts()} rather than silently resolved.
 */
@Component(service = AlgorithmRegistry.class)
public final class AlgorithmRegistry {

	private final Map<String, AlgorithmFactory<?>> byId = new TreeMap<>();
	private final List<String> conflicts = new ArrayList<>();

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

	public synchronized void add(AlgorithmFactory<?> factory) {
		String id = factory.info().id();
		AlgorithmFactory<?> existing = byId.putIfAbsent(id, factory);
		if (existing != null && existing != factory) {
			conflicts.add("algorithm id '" + id + "' is claimed by both " + existing.getClass().getName() + " and "
					+ factory.getClass().getName() + "; the first is used");
		}
	}

	public synchronized void remove(AlgorithmFactory<?> factory) {
		byId.remove(factory.info().id(), factory);
	}

	/** All algorithms, ordered by id. */
	public synchronized List<AlgorithmFactory<?>> all() {
		return List.copyOf(byId.values());
	}

	/**
	 * The algorithm with this id.
	 *
	 * @throws UnknownAlgorithmException listing the installed ids when none has this id
	 */
	public synchronized AlgorithmFactory<?> get(String id) {
		AlgorithmFactory<?> f = byId.get(id);
		if (f == null) {
			throw new UnknownAlgorithmException(id, List.copyOf(byId.keySet()));
		}
		return f;
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

	public synchronized List<String> conflicts() {
		return List.copyOf(conflicts);
	}
}
