package io.streamwise.core.simulator;

import static io.streamwise.core.simulator.Coefficients.ACTIVITY_GAMMA_SHAPE;
import static io.streamwise.core.simulator.Coefficients.AGE_SENSITIVITY;
import static io.streamwise.core.simulator.Coefficients.AGE_WEIGHTS;
import static io.streamwise.core.simulator.Coefficients.BESTSELLER_TAG_PROBABILITY;
import static io.streamwise.core.simulator.Coefficients.CHARM_PRICING_CENTS;
import static io.streamwise.core.simulator.Coefficients.CHARM_PRICING_FROM;
import static io.streamwise.core.simulator.Coefficients.GIFT_IDEA_TAG_PROBABILITY;
import static io.streamwise.core.simulator.Coefficients.HOST_PULL_LOG_SD;
import static io.streamwise.core.simulator.Coefficients.MAX_PRICE;
import static io.streamwise.core.simulator.Coefficients.MIN_PRICE;
import static io.streamwise.core.simulator.Coefficients.OCCUPATION_INTEREST_BOOST;
import static io.streamwise.core.simulator.Coefficients.REGION_WEIGHTS;
import static io.streamwise.core.simulator.Coefficients.SENSITIVITY_GAMMA_SHAPE;
import static io.streamwise.core.simulator.Coefficients.SPECIALIST_CREATOR_PROBABILITY;
import static io.streamwise.core.simulator.Simulator.id;
import static io.streamwise.core.simulator.Simulator.titleCase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.streamwise.api.progress.ProgressMonitor;

/**
 * The cast of a market: hosts, products and viewers with their latent traits (docs/simulator.md §Hosts, §Products,
 * §Viewers). Made in that order, each from its own generator, so that e.g. more products do not change the viewers.
 */
final class Population {

	private static final List<String> HOST_NAMES = List.of("Avery", "Blake", "Casey", "Devon", "Emery", "Finley",
			"Harper", "Jordan", "Kai", "Logan", "Morgan", "Noor", "Parker", "Quinn", "Riley", "Sage", "Taylor",
			"Wren", "Yuki", "Zhen", "Amara", "Luca", "Mila", "Omar");

	private final SimulatorSettings s;
	final List<String> categories;
	final List<Host> hosts = new ArrayList<>();
	/** The specialty of each host, as an index into {@link #categories}. */
	int[] hostCategory;
	final List<Product> products = new ArrayList<>();
	/** The category of each product, as an index into {@link #categories}. */
	int[] productCategory;
	final List<Viewer> viewers = new ArrayList<>();
	final List<LatentViewer> latent = new ArrayList<>();

	Population(SimulatorSettings settings, List<String> categories) {
		this.s = settings;
		this.categories = categories;
	}

	void makeHosts(SplittableRandom hostRandom) {
		hostCategory = new int[s.hosts()];
		for (int h = 0; h < s.hosts(); h++) {
			// the first hosts cover the categories one by one, so every category has a specialist when it can
			int category = h < categories.size() ? h : hostRandom.nextInt(categories.size());
			double pull = StrictMath.exp(HOST_PULL_LOG_SD * Draws.gaussian(hostRandom));
			String name = HOST_NAMES.get(h % HOST_NAMES.size())
					+ (h >= HOST_NAMES.size() ? " " + (h / HOST_NAMES.size() + 1) : "");
			hostCategory[h] = category;
			hosts.add(new Host(id('h', h, s.hosts(), 2), name, categories.get(category), pull));
		}
	}

	void makeProducts(SplittableRandom productRandom) {
		ProductKind[] kinds = ProductKind.values();
		double[] shares = Arrays.stream(kinds).mapToDouble(ProductKind::share).toArray();
		productCategory = new int[s.products()];
		for (int p = 0; p < s.products(); p++) {
			SplittableRandom r = productRandom;
			ProductKind kind = kinds[Draws.weighted(r, shares)];
			int category = r.nextInt(categories.size());
			double raw = kind.medianPrice() * StrictMath.exp(kind.priceSpread() * Draws.gaussian(r));
			raw = Math.max(MIN_PRICE, Math.min(MAX_PRICE, raw));
			// charm pricing as shops do it: 199.99 rather than 201.37
			float price = raw >= CHARM_PRICING_FROM ? SimulatedMarket.cents(Math.round(raw) - CHARM_PRICING_CENTS)
					: SimulatedMarket.cents(raw);
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
		boolean pickSpecialist = r.nextDouble() < SPECIALIST_CREATOR_PROBABILITY;
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
		case COURSE -> new String[] { "%s Masterclass", "%s for Beginners", "Advanced %s Course", "%s in 30 Days" };
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
		} else if (r.nextDouble() < GIFT_IDEA_TAG_PROBABILITY) {
			tags.add("gift-idea");
		}
		if (r.nextDouble() < BESTSELLER_TAG_PROBABILITY) {
			tags.add("bestseller");
		}
		return tags;
	}

	void makeViewers(SplittableRandom viewerRandom, ProgressMonitor monitor) {
		int k = categories.size();
		double concentration = s.interestConcentration();
		for (int v = 0; v < s.viewers(); v++) {
			if ((v & 4095) == 0) {
				monitor.checkCancelled();
			}
			SplittableRandom r = viewerRandom;
			int age = Draws.weighted(r, AGE_WEIGHTS);
			int region = Draws.weighted(r, REGION_WEIGHTS);
			int occupation = r.nextInt(Simulator.OCCUPATIONS.size());
			double[] alpha = new double[k];
			Arrays.fill(alpha, concentration);
			// occupation leans towards one category: a demographic signal that segment analyses can find
			alpha[occupation % k] += OCCUPATION_INTEREST_BOOST * concentration;
			double[] start = Draws.dirichlet(r, alpha);
			double[] target = Draws.dirichlet(r, filled(k, concentration));
			double[] end = new double[k];
			for (int c = 0; c < k; c++) {
				end[c] = (1 - s.drift()) * start[c] + s.drift() * target[c];
			}
			double sensitivity = s.priceSensitivity() * AGE_SENSITIVITY[age]
					* Draws.gamma(r, SENSITIVITY_GAMMA_SHAPE) / SENSITIVITY_GAMMA_SHAPE;
			double activity = Draws.gamma(r, ACTIVITY_GAMMA_SHAPE) / ACTIVITY_GAMMA_SHAPE;
			String id = id('v', v, s.viewers(), 5);
			viewers.add(new Viewer(id, Simulator.AGE_BANDS.get(age), Simulator.REGIONS.get(region),
					Simulator.OCCUPATIONS.get(occupation)));
			latent.add(new LatentViewer(id, start, end, sensitivity, activity));
		}
	}

	private static double[] filled(int n, double value) {
		double[] a = new double[n];
		Arrays.fill(a, value);
		return a;
	}

	/** The index of a product id: ids are p + zero-padded index, in order. */
	static int productIndex(String id) {
		return Integer.parseInt(id, 1, id.length(), 10);
	}
}
