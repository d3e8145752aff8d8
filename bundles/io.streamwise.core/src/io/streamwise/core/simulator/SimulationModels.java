package io.streamwise.core.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.streamwise.model.audience.AgeBand;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.audience.AudienceFactory;
import io.streamwise.model.audience.Segment;
import io.streamwise.model.catalog.Catalog;
import io.streamwise.model.catalog.CatalogFactory;
import io.streamwise.model.catalog.Category;
import io.streamwise.model.catalog.Course;
import io.streamwise.model.catalog.Creator;
import io.streamwise.model.catalog.Level;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.stream.StreamFactory;
import io.streamwise.model.stream.StreamSchedule;

/**
 * The simulated market as the project's domain models: a catalog, a stream schedule whose showcases refer to the
 * catalog's products, and an audience whose segments are the viewers' true strongest interest (ground truth, named
 * so). These are what a researcher opens in the workbench's model editors.
 */
public final class SimulationModels {

	public static final String CATALOG = "catalog.catalog";
	public static final String STREAMS = "schedule.streams";
	public static final String AUDIENCE = "audience.audience";

	private SimulationModels() {
	}

	/** Saves the three models into a folder, catalog first so that the schedule's references resolve. */
	public static void write(SimulatedMarket m, Path dir) throws IOException {
		Catalog catalog = catalog(m);
		ModelIO.save(catalog, dir.resolve(CATALOG));
		ModelIO.save(schedule(m, catalog), dir.resolve(STREAMS));
		ModelIO.save(audience(m), dir.resolve(AUDIENCE));
	}

	public static Catalog catalog(SimulatedMarket m) {
		CatalogFactory f = CatalogFactory.eINSTANCE;
		Catalog c = f.createCatalog();
		c.setName("Simulated catalog (synthetic, seed " + m.settings().seed() + ")");
		c.setCurrency(m.settings().currency());
		Map<String, Category> categories = new HashMap<>();
		for (String name : m.categories()) {
			Category cat = f.createCategory();
			cat.setId("category-" + slug(name));
			cat.setName(name);
			c.getCategories().add(cat);
			categories.put(name, cat);
		}
		Map<String, Creator> creators = new HashMap<>();
		for (Host h : m.hosts()) {
			Creator cr = f.createCreator();
			cr.setId("creator-" + h.id());
			cr.setName(h.name());
			c.getCreators().add(cr);
			creators.put(h.id(), cr);
		}
		for (Product p : m.products()) {
			io.streamwise.model.catalog.Product product = switch (p.kind()) {
			case COURSE -> {
				Course course = f.createCourse();
				course.setLevel(Level.BEGINNER);
				yield course;
			}
			case CONSULTATION -> f.createConsultation();
			case MEMBERSHIP -> f.createMembership();
			case EBOOK -> f.createEBook();
			case GOODS -> f.createProduct();
			};
			product.setId(p.id());
			product.setName(p.title());
			product.setPrice(Double.parseDouble(Float.toString(p.price()))); // 16.99, not 16.989999771118164
			product.getTags().addAll(p.tags());
			product.setCategory(categories.get(p.category()));
			product.setCreator(creators.get(p.creator()));
			c.getProducts().add(product);
		}
		return c;
	}

	public static StreamSchedule schedule(SimulatedMarket m, Catalog catalog) {
		StreamFactory f = StreamFactory.eINSTANCE;
		StreamSchedule s = f.createStreamSchedule();
		s.setName("Simulated stream schedule (synthetic, seed " + m.settings().seed() + ")");
		Map<String, io.streamwise.model.stream.Host> hosts = new HashMap<>();
		for (Host h : m.hosts()) {
			io.streamwise.model.stream.Host host = f.createHost();
			host.setId(h.id());
			host.setName(h.name());
			s.getHosts().add(host);
			hosts.put(h.id(), host);
		}
		Map<String, io.streamwise.model.catalog.Product> products = new HashMap<>();
		catalog.getProducts().forEach(p -> products.put(p.getId(), p));
		for (LiveStream ls : m.streams()) {
			io.streamwise.model.stream.LiveStream stream = f.createLiveStream();
			stream.setId(ls.id());
			stream.setTitle(ls.title());
			stream.setHost(hosts.get(ls.host()));
			stream.setStart(date(ls.start()));
			stream.setEnd(date(ls.end()));
			int n = 0;
			for (Showcase sc : ls.showcases()) {
				io.streamwise.model.stream.Showcase showcase = f.createShowcase();
				showcase.setProduct(products.get(sc.product()));
				showcase.setFrom(date(sc.from()));
				showcase.setUntil(date(sc.until()));
				stream.getShowcases().add(showcase);
				if (sc.hasOffer()) {
					Offer o = sc.offer();
					io.streamwise.model.stream.Offer offer = f.createOffer();
					offer.setId("offer-" + ls.id() + "-" + (n++));
					offer.setKind(switch (o.kind()) {
					case DISCOUNT -> io.streamwise.model.stream.OfferKind.DISCOUNT;
					case FLASH_SALE -> io.streamwise.model.stream.OfferKind.TIME_LIMITED;
					case BUNDLE -> io.streamwise.model.stream.OfferKind.BUNDLE;
					});
					offer.setDiscountPercent(o.discountPercent());
					offer.setValidFrom(date(o.from()));
					offer.setValidUntil(date(o.until()));
					offer.getProducts().add(products.get(sc.product()));
					stream.getOffers().add(offer);
				}
			}
			s.getStreams().add(stream);
		}
		return s;
	}

	public static Audience audience(SimulatedMarket m) {
		AudienceFactory f = AudienceFactory.eINSTANCE;
		Audience a = f.createAudience();
		a.setName("Simulated audience (synthetic, seed " + m.settings().seed() + ")");
		Map<String, Segment> segments = new HashMap<>();
		for (String category : m.categories()) {
			Segment seg = f.createSegment();
			seg.setId("segment-" + slug(category));
			seg.setName("Strongest true interest: " + category);
			seg.setDescription("Ground truth from the simulator: viewers whose largest latent interest weight at the "
					+ "start of the period is " + category + ".");
			seg.setRule("ground-truth");
			a.getSegments().add(seg);
			segments.put(category, seg);
		}
		List<LatentViewer> latent = m.latentViewers();
		for (int i = 0; i < m.viewers().size(); i++) {
			Viewer v = m.viewers().get(i);
			io.streamwise.model.audience.Viewer viewer = f.createViewer();
			viewer.setId(v.id());
			viewer.setAgeBand(ageBand(v.ageBand()));
			viewer.setRegion(v.region());
			viewer.setOccupation(v.occupation());
			double[] interest = latent.get(i).interestStart();
			int top = 0;
			for (int c = 1; c < interest.length; c++) {
				if (interest[c] > interest[top]) {
					top = c;
				}
			}
			viewer.getSegments().add(segments.get(m.categories().get(top)));
			a.getViewers().add(viewer);
		}
		return a;
	}

	static AgeBand ageBand(String band) {
		return switch (band) {
		case "18-24" -> AgeBand.AGE_18_24;
		case "25-34" -> AgeBand.AGE_25_34;
		case "35-44" -> AgeBand.AGE_35_44;
		case "45-54" -> AgeBand.AGE_45_54;
		case "55+" -> AgeBand.AGE_55_PLUS;
		default -> AgeBand.UNKNOWN;
		};
	}

	/** XMI writes references as space-separated ids, so ids must not contain spaces. */
	public static String slug(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

	private static Date date(long epochSecond) {
		return new Date(epochSecond * 1000);
	}
}
