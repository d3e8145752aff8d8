package io.streamwise.core.simulator;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ProgressMonitor;

/**
 * Simulates a live-stream commerce market with known ground truth: hosts run scheduled streams that showcase
 * products in time windows, some with offers; viewers with latent, slowly drifting interests join, watch, like,
 * comment, click, add to cart, buy with a recorded true probability, sometimes refund, and leave. The output is
 * synthetic data. The model and its equations are documented in docs/simulator.md.
 * <p>
 * Every random choice comes from one {@link SplittableRandom} seeded from the settings and split in a fixed order,
 * and all arithmetic that shapes the output uses {@link StrictMath}: the same settings give identical results.
 */
public final class Simulator {

	/** Version of the model; written into simulation.json so that files tell which model made them. */
	public static final String VERSION = "1.0.0";

	/** Category names, in order; a market with k categories uses the first k. */
	public static final List<String> CATEGORY_NAMES = List.of("fitness", "cooking", "personal finance",
			"language learning", "programming", "beauty", "parenting", "photography", "music", "career", "wellness",
			"home and garden", "travel", "gaming", "art and design", "entrepreneurship");
	public static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55+");
	public static final List<String> REGIONS = List.of("north", "south", "east", "west", "central", "overseas");
	public static final List<String> OCCUPATIONS = List.of("student", "engineer", "teacher", "healthcare",
			"self-employed", "office worker", "homemaker", "retired", "creative");

	private Simulator() {
	}

	/**
	 * Runs a simulation.
	 *
	 * @throws io.streamwise.api.progress.CancelledException when the monitor asks to cancel
	 */
	public static SimulatedMarket run(SimulatorSettings settings, ProgressMonitor monitor) {
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(monitor, "monitor (use ProgressMonitor.NULL)");
		return new Run(settings, monitor).simulate();
	}

	/** Zero-padded id with at least {@code minWidth} digits, wide enough for {@code count} ids. */
	static String id(char prefix, int index, int count, int minWidth) {
		int width = Math.max(minWidth, Integer.toString(Math.max(0, count - 1)).length());
		String digits = Integer.toString(index);
		return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
	}

	/** "home and garden" becomes "Home and Garden". */
	static String titleCase(String words) {
		String[] parts = words.split(" ");
		for (int i = 0; i < parts.length; i++) {
			if (!parts[i].isEmpty() && (i == 0 || !parts[i].equals("and"))) {
				parts[i] = Character.toUpperCase(parts[i].charAt(0)) + parts[i].substring(1);
			}
		}
		return String.join(" ", parts);
	}

	/**
	 * One run: the cast (hosts, products, viewers), the schedule of streams, then the visits, each phase from its own
	 * generator. Nothing outlives it.
	 */
	private static final class Run {
		private final SimulatorSettings s;
		private final ProgressMonitor monitor;
		private final SplittableRandom hostRandom, productRandom, viewerRandom, scheduleRandom, streamRandom;
		private final List<String> categories;
		private final long periodStart;
		private final long periodSeconds;

		Run(SimulatorSettings settings, ProgressMonitor monitor) {
			this.s = settings;
			this.monitor = monitor;
			SplittableRandom root = new SplittableRandom(settings.seed());
			// one generator per phase, split in a fixed order, so that e.g. more streams do not change the viewers
			hostRandom = root.split();
			productRandom = root.split();
			viewerRandom = root.split();
			scheduleRandom = root.split();
			streamRandom = root.split();
			categories = CATEGORY_NAMES.subList(0, settings.categories());
			periodStart = settings.firstDay().atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
			periodSeconds = settings.days() * 86_400L;
		}

		SimulatedMarket simulate() {
			int streamCount = s.days() * s.streamsPerDay();
			monitor.begin("Simulating live-stream commerce (synthetic data)", streamCount + 2L);
			Population cast = new Population(s, categories);
			cast.makeHosts(hostRandom);
			cast.makeProducts(productRandom);
			cast.makeViewers(viewerRandom, monitor);
			StreamSchedule schedule = new StreamSchedule(s, cast);
			schedule.schedule(scheduleRandom, periodStart, monitor);
			monitor.worked(1);
			EventLogBuilder builder = new EventLogBuilder();
			cast.viewers.forEach(v -> builder.viewer(v.id()));
			schedule.streams.forEach(st -> builder.stream(st.id()));
			cast.products.forEach(p -> builder.item(p.id()));
			Visits visits = new Visits(s, cast, schedule, periodStart, periodSeconds);
			visits.simulate(builder, streamRandom, monitor);
			monitor.checkCancelled();
			monitor.subTask("Building the event log");
			EventLog log = builder.build();
			if (builder.duplicatesRemoved() != 0) {
				throw new IllegalStateException("simulator made " + builder.duplicatesRemoved() + " duplicate events");
			}
			monitor.worked(1);
			return new SimulatedMarket(s, categories, cast.hosts, cast.products, cast.viewers, schedule.streams, log,
					catalog(cast.products, log), cast.latent, visits.exposures);
		}

		private static ItemCatalog catalog(List<Product> products, EventLog log) {
			int n = products.size();
			float[] prices = new float[n];
			String[] titles = new String[n], kinds = new String[n], cats = new String[n];
			String[][] tags = new String[n][];
			for (int p = 0; p < n; p++) {
				Product product = products.get(p);
				prices[p] = product.price();
				titles[p] = product.title();
				kinds[p] = product.kind().label();
				cats[p] = product.category();
				tags[p] = product.tags().toArray(String[]::new);
			}
			return new ItemCatalog(log.items(), prices, titles, kinds, cats, tags);
		}
	}
}
