package io.streamwise.core.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
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

	private static final double[] AGE_WEIGHTS = { 0.22, 0.33, 0.22, 0.13, 0.10 };
	/** Younger viewers are more price sensitive. */
	private static final double[] AGE_SENSITIVITY = { 1.3, 1.0, 0.9, 0.85, 0.9 };
	private static final double[] REGION_WEIGHTS = { 0.2, 0.2, 0.2, 0.2, 0.15, 0.05 };
	private static final List<String> HOST_NAMES = List.of("Avery", "Blake", "Casey", "Devon", "Emery", "Finley",
			"Harper", "Jordan", "Kai", "Logan", "Morgan", "Noor", "Parker", "Quinn", "Riley", "Sage", "Taylor",
			"Wren", "Yuki", "Zhen", "Amara", "Luca", "Mila", "Omar");

	/** A viewer must see a product (or its flash sale) this long for it to count as an exposure. */
	static final int MIN_EXPOSURE_SECONDS = 30;
	static final double LIKES_PER_MINUTE = 0.08;
	static final double COMMENTS_PER_MINUTE = 0.03;
	/** Mean delay of a refund after the purchase, beyond a minimum of one hour. */
	static final double MEAN_REFUND_DELAY_SECONDS = 2 * 86_400;

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

	/** The state of one run; nothing outlives it. */
	private static final class Run {
		private final SimulatorSettings s;
		private final ProgressMonitor monitor;
		private final SplittableRandom hostRandom, productRandom, viewerRandom, scheduleRandom, streamRandom;
		private final List<String> categories;
		private final long periodStart;
		private final long periodSeconds;

		private final List<Host> hosts = new ArrayList<>();
		private int[] hostCategory;
		private final List<Product> products = new ArrayList<>();
		private int[] productCategory;
		private final List<Viewer> viewers = new ArrayList<>();
		private final List<LatentViewer> latent = new ArrayList<>();
		private final List<LiveStream> streams = new ArrayList<>();
		private int[] streamHost;
		private final List<Exposure> exposures = new ArrayList<>();

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
			makeHosts();
			makeProducts();
			makeViewers();
			schedule();
			monitor.worked(1);
			EventLogBuilder builder = new EventLogBuilder();
			viewers.forEach(v -> builder.viewer(v.id()));
			streams.forEach(st -> builder.stream(st.id()));
			products.forEach(p -> builder.item(p.id()));
			simulateStreams(builder);
			monitor.checkCancelled();
			monitor.subTask("Building the event log");
			EventLog log = builder.build();
			if (builder.duplicatesRemoved() != 0) {
				throw new IllegalStateException("simulator made " + builder.duplicatesRemoved() + " duplicate events");
			}
			monitor.worked(1);
			return new SimulatedMarket(s, categories, hosts, products, viewers, streams, log, catalog(log), latent,
					exposures);
		}

		private void makeHosts() {
			hostCategory = new int[s.hosts()];
			for (int h = 0; h < s.hosts(); h++) {
				// the first hosts cover the categories one by one, so every category has a specialist when it can
				int category = h < categories.size() ? h : hostRandom.nextInt(categories.size());
				double pull = StrictMath.exp(0.5 * Draws.gaussian(hostRandom));
				String name = HOST_NAMES.get(h % HOST_NAMES.size())
						+ (h >= HOST_NAMES.size() ? " " + (h / HOST_NAMES.size() + 1) : "");
				hostCategory[h] = category;
				hosts.add(new Host(id('h', h, s.hosts(), 2), name, categories.get(category), pull));
			}
		}

		private void makeProducts() {
			ProductKind[] kinds = ProductKind.values();
			double[] shares = Arrays.stream(kinds).mapToDouble(ProductKind::share).toArray();
			productCategory = new int[s.products()];
			for (int p = 0; p < s.products(); p++) {
				SplittableRandom r = productRandom;
				ProductKind kind = kinds[Draws.weighted(r, shares)];
				int category = r.nextInt(categories.size());
				double raw = kind.medianPrice() * StrictMath.exp(kind.priceSpread() * Draws.gaussian(r));
				raw = Math.max(0.99, Math.min(20_000, raw));
				// charm pricing as shops do it: 199.99 rather than 201.37
				float price = raw >= 10 ? SimulatedMarket.cents(Math.round(raw) - 0.01) : SimulatedMarket.cents(raw);
				int creator = creatorOf(r, category);
				String categoryName = categories.get(category);
				productCategory[p] = category;
				products.add(new Product(id('p', p, s.products(), 4), kind, title(r, kind, categoryName), categoryName,
						tags(r, kind, categoryName), price, hosts.get(creator).id()));
			}
		}

		/** Mostly a host specialised in the category, when there is one. */
		private int creatorOf(SplittableRandom r, int category) {
			int specialists = 0;
			for (int c : hostCategory) {
				specialists += c == category ? 1 : 0;
			}
			boolean pickSpecialist = r.nextDouble() < 0.7;
			if (specialists > 0 && pickSpecialist) {
				int k = r.nextInt(specialists);
				for (int h = 0; h < hostCategory.length; h++) {
					if (hostCategory[h] == category && k-- == 0) {
						return h;
					}
				}
			}
			return r.nextInt(hostCategory.length);
		}

		private static String title(SplittableRandom r, ProductKind kind, String category) {
			String c = titleCase(category);
			String[] templates = switch (kind) {
			case COURSE -> new String[] { "%s Masterclass", "%s for Beginners", "Advanced %s Course",
					"%s in 30 Days" };
			case CONSULTATION -> new String[] { "1:1 %s Consultation (60 min)", "%s Coaching Call (30 min)",
					"%s Review Session" };
			case MEMBERSHIP -> new String[] { "%s Club Membership (monthly)", "%s Insider Circle (monthly)" };
			case EBOOK -> new String[] { "The %s Handbook", "%s Quick-Start Guide", "%s Workbook" };
			case GOODS -> new String[] { "%s Starter Kit", "%s Gear Set", "%s Essentials Box" };
			};
			return String.format(Locale.ROOT, templates[r.nextInt(templates.length)], c);
		}

		private static List<String> tags(SplittableRandom r, ProductKind kind, String category) {
			List<String> tags = new ArrayList<>();
			tags.add(kind.label());
			tags.add(category.replace(' ', '-'));
			tags.add(switch (kind) {
			case GOODS -> "physical";
			case CONSULTATION -> "one-to-one";
			default -> "digital";
			});
			if (kind == ProductKind.COURSE || kind == ProductKind.EBOOK) {
				tags.add(List.of("beginner", "intermediate", "advanced").get(r.nextInt(3)));
			} else if (r.nextDouble() < 0.2) {
				tags.add("gift-idea");
			}
			if (r.nextDouble() < 0.1) {
				tags.add("bestseller");
			}
			return tags;
		}

		private void makeViewers() {
			int k = categories.size();
			double concentration = s.interestConcentration();
			for (int v = 0; v < s.viewers(); v++) {
				if ((v & 4095) == 0) {
					monitor.checkCancelled();
				}
				SplittableRandom r = viewerRandom;
				int age = Draws.weighted(r, AGE_WEIGHTS);
				int region = Draws.weighted(r, REGION_WEIGHTS);
				int occupation = r.nextInt(OCCUPATIONS.size());
				double[] alpha = new double[k];
				Arrays.fill(alpha, concentration);
				// occupation leans towards one category: a demographic signal that segment analyses can find
				alpha[occupation % k] += 2 * concentration;
				double[] start = Draws.dirichlet(r, alpha);
				double[] target = Draws.dirichlet(r, filled(k, concentration));
				double[] end = new double[k];
				for (int c = 0; c < k; c++) {
					end[c] = (1 - s.drift()) * start[c] + s.drift() * target[c];
				}
				double sensitivity = s.priceSensitivity() * AGE_SENSITIVITY[age] * Draws.gamma(r, 4) / 4;
				double activity = Draws.gamma(r, 2) / 2;
				String id = id('v', v, s.viewers(), 5);
				viewers.add(new Viewer(id, AGE_BANDS.get(age), REGIONS.get(region), OCCUPATIONS.get(occupation)));
				latent.add(new LatentViewer(id, start, end, sensitivity, activity));
			}
		}

		private static double[] filled(int n, double value) {
			double[] a = new double[n];
			Arrays.fill(a, value);
			return a;
		}

		private void schedule() {
			SplittableRandom r = scheduleRandom;
			int count = s.days() * s.streamsPerDay();
			streamHost = new int[count];
			long[] hostBusyUntil = new long[s.hosts()];
			int[] hostStreams = new int[s.hosts()];
			int n = 0;
			for (int day = 0; day < s.days(); day++) {
				monitor.checkCancelled();
				int[] startMinutes = new int[s.streamsPerDay()];
				for (int k = 0; k < startMinutes.length; k++) {
					startMinutes[k] = 8 * 60 + 5 * r.nextInt(15 * 12); // 08:00 to 22:55 UTC, on the five minutes
				}
				Arrays.sort(startMinutes);
				for (int minute : startMinutes) {
					long start = periodStart + day * 86_400L + minute * 60L;
					long end = start + (45 + 5L * r.nextInt(22)) * 60; // 45 to 150 minutes
					double[] weights = new double[s.hosts()];
					for (int h = 0; h < weights.length; h++) {
						weights[h] = hostBusyUntil[h] <= start ? hosts.get(h).audiencePull() : 0;
					}
					if (Arrays.stream(weights).sum() == 0) {
						// every host is live already: one of them runs a second stream, as happens with few hosts
						for (int h = 0; h < weights.length; h++) {
							weights[h] = hosts.get(h).audiencePull();
						}
					}
					int host = Draws.weighted(r, weights);
					hostBusyUntil[host] = Math.max(hostBusyUntil[host], end);
					hostStreams[host]++;
					streamHost[n] = host;
					Host h = hosts.get(host);
					String title = titleCase(h.specialty()) + " live with " + h.name() + " #" + hostStreams[host];
					streams.add(new LiveStream(id('s', n, count, 4), h.id(), title, start, end,
							showcases(r, host, start, end)));
					n++;
				}
			}
		}

		private List<Showcase> showcases(SplittableRandom r, int host, long start, long end) {
			int n = s.showcaseSize();
			int[] chosen = sampleProducts(r, host, n);
			double slot = (end - start) / (double) n;
			List<Showcase> out = new ArrayList<>(n);
			for (int k = 0; k < n; k++) {
				long from = start + (long) (k * slot);
				long until = Math.min(end, from + (long) (slot * (1 + 2 * r.nextDouble())));
				Offer offer = null;
				if (r.nextDouble() < s.offerRate()) {
					offer = offer(r, from, until, chosen, k);
				}
				out.add(new Showcase(products.get(chosen[k]).id(), from, until, offer));
			}
			return out;
		}

		/** Weighted sampling without replacement (Efraimidis-Spirakis keys): the host's specialty and own products first. */
		private int[] sampleProducts(SplittableRandom r, int host, int n) {
			int count = products.size();
			double[] keys = new double[count];
			Integer[] order = new Integer[count];
			String hostId = hosts.get(host).id();
			for (int p = 0; p < count; p++) {
				double weight = (productCategory[p] == hostCategory[host] ? 6 : 1)
						* (products.get(p).creator().equals(hostId) ? 2 : 1);
				keys[p] = StrictMath.log(1.0 - r.nextDouble()) / weight; // larger is better
				order[p] = p;
			}
			Arrays.sort(order, (a, b) -> {
				int cmp = Double.compare(keys[b], keys[a]);
				return cmp != 0 ? cmp : Integer.compare(a, b);
			});
			int[] out = new int[n];
			for (int k = 0; k < n; k++) {
				out[k] = order[k];
			}
			return out;
		}

		private Offer offer(SplittableRandom r, long from, long until, int[] chosen, int k) {
			double u = r.nextDouble();
			if (u < 0.25 && chosen.length > 1) {
				int other = r.nextInt(chosen.length - 1);
				other = other >= k ? other + 1 : other;
				return new Offer(OfferKind.BUNDLE, 0, from, until, products.get(chosen[other]).id());
			}
			if (u < 0.5) {
				long length = until - from;
				long flash = Math.min(length, 300 + 60L * r.nextInt(11)); // 5 to 15 minutes
				long offerFrom = from + r.nextLong(length - flash + 1);
				int percent = new int[] { 30, 40, 50 }[r.nextInt(3)];
				return new Offer(OfferKind.FLASH_SALE, percent, offerFrom, offerFrom + flash, "");
			}
			int percent = new int[] { 10, 15, 20, 25, 30 }[r.nextInt(5)];
			return new Offer(OfferKind.DISCOUNT, percent, from, until, "");
		}

		private void simulateStreams(EventLogBuilder builder) {
			long[] busyUntil = new long[s.viewers()];
			Set<Long> owned = new HashSet<>();
			int k = categories.size();
			for (int si = 0; si < streams.size(); si++) {
				monitor.checkCancelled();
				LiveStream stream = streams.get(si);
				monitor.subTask(stream.id());
				SplittableRandom r = streamRandom.split();
				Host host = hosts.get(streamHost[si]);
				int hostCat = hostCategory[streamHost[si]];
				double fraction = (stream.start() - periodStart) / (double) periodSeconds;
				for (int v = 0; v < s.viewers(); v++) {
					if ((v & 4095) == 4095) {
						monitor.checkCancelled();
					}
					double u = r.nextDouble();
					if (busyUntil[v] > stream.start()) {
						continue; // still watching an earlier stream
					}
					LatentViewer lv = latent.get(v);
					double affinity = k * lv.interest(hostCat, fraction);
					double rate = s.attendanceRate() * lv.activity() * host.audiencePull() * (0.2 + affinity);
					if (u < -StrictMath.expm1(-rate)) {
						busyUntil[v] = visit(builder, r, v, si, stream, fraction, affinity, owned);
					}
				}
				monitor.worked(1);
			}
		}

		/** One viewer's visit to a stream; returns when the viewer leaves. */
		private long visit(EventLogBuilder b, SplittableRandom r, int v, int si, LiveStream stream, double fraction,
				double affinity, Set<Long> owned) {
			LatentViewer lv = latent.get(v);
			long duration = stream.end() - stream.start();
			long join = stream.start() + (long) (duration * 0.7 * StrictMath.pow(r.nextDouble(), 1.6)); // early-heavy
			double meanStay = s.meanWatchMinutes() * 60 * (0.6 + 0.4 * Math.min(affinity, 3));
			long leave = Math.min(stream.end(), join + Math.max(60, (long) Draws.exponential(r, meanStay)));
			b.add(v, si, -1, EventType.JOIN, join, Float.NaN);
			for (long t = join + s.watchIntervalSeconds(); t < leave; t += s.watchIntervalSeconds()) {
				b.add(v, si, -1, EventType.WATCH, t, Float.NaN);
			}
			double engagement = 0.5 + 0.5 * Math.min(affinity, 4);
			poissonEvents(b, r, v, si, EventType.LIKE, LIKES_PER_MINUTE * engagement, join, leave);
			poissonEvents(b, r, v, si, EventType.COMMENT, COMMENTS_PER_MINUTE * engagement, join, leave);
			for (Showcase sc : stream.showcases()) {
				int p = productIndex(sc.product());
				Product product = products.get(p);
				long ownedKey = (long) v * products.size() + p;
				if (product.kind().ownedOnce() && owned.contains(ownedKey)) {
					continue; // nobody buys the same course or e-book twice
				}
				long seenFrom = Math.max(join, sc.from());
				long seenUntil = Math.min(leave, sc.until());
				if (seenUntil - seenFrom < MIN_EXPOSURE_SECONDS) {
					continue;
				}
				boolean offered = false;
				long decision = seenFrom, bound = seenUntil;
				Offer offer = sc.offer();
				if (offer != null) {
					long offerFrom = Math.max(seenFrom, offer.from());
					long offerUntil = Math.min(seenUntil, offer.until());
					if (offerUntil - offerFrom >= MIN_EXPOSURE_SECONDS) {
						offered = true;
						decision = offerFrom;
						bound = offerUntil;
					}
				}
				float price = offered ? offer.apply(product.price()) : product.price();
				double interest = lv.interest(productCategory[p], fraction);
				double probability = Draws.logistic(s.purchaseIntercept() + s.interestEffect() * interest
						- s.priceEffect() * lv.priceSensitivity() * StrictMath.log(price)
						+ (offered ? s.offerEffect() : 0));
				boolean purchased = r.nextDouble() < probability;
				boolean clicked = purchased || r.nextDouble() < Math.min(0.9, 0.04 + 0.5 * interest + 2 * probability);
				boolean carted = purchased || clicked && r.nextDouble() < Math.min(0.8, 0.15 + 3 * probability);
				long t = decision;
				if (clicked) {
					t += (long) (r.nextDouble() * (bound - t) * 0.4);
					b.add(v, si, p, EventType.CLICK, t, Float.NaN);
				}
				if (carted) {
					t += (long) (r.nextDouble() * (bound - t) * 0.5);
					b.add(v, si, p, EventType.CART, t, Float.NaN);
				}
				if (purchased) {
					t += (long) (r.nextDouble() * (bound - t));
					b.add(v, si, p, EventType.PURCHASE, t, price);
					if (r.nextDouble() < s.refundRate()) {
						long refund = t + 3600 + (long) Draws.exponential(r, MEAN_REFUND_DELAY_SECONDS);
						b.add(v, si, p, EventType.REFUND, refund, price);
					} else if (product.kind().ownedOnce()) {
						owned.add(ownedKey);
					}
				}
				exposures.add(new Exposure(viewers.get(v).id(), stream.id(), product.id(), decision, price, offered,
						probability, purchased));
			}
			b.add(v, si, -1, EventType.LEAVE, leave, Float.NaN);
			return leave;
		}

		/** Events at exponential gaps (at least a second apart) while the viewer is present. */
		private static void poissonEvents(EventLogBuilder b, SplittableRandom r, int v, int si, EventType type,
				double perMinute, long from, long until) {
			double meanGap = 60 / perMinute;
			long t = from;
			while (true) {
				t += Math.max(1, (long) Math.ceil(Draws.exponential(r, meanGap)));
				if (t >= until) {
					return;
				}
				b.add(v, si, -1, type, t, Float.NaN);
			}
		}

		private int productIndex(String id) {
			// ids are p + zero-padded index, in order
			return Integer.parseInt(id, 1, id.length(), 10);
		}

		private ItemCatalog catalog(EventLog log) {
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
