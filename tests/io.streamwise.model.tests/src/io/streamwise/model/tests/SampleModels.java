// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.tests;

import java.util.Date;

import io.streamwise.model.audience.AgeBand;
import io.streamwise.model.audience.Attribute;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.audience.AudienceFactory;
import io.streamwise.model.audience.Segment;
import io.streamwise.model.audience.Viewer;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignGoal;
import io.streamwise.model.campaign.Variant;
import io.streamwise.model.catalog.Catalog;
import io.streamwise.model.catalog.CatalogFactory;
import io.streamwise.model.catalog.Category;
import io.streamwise.model.catalog.Consultation;
import io.streamwise.model.catalog.Course;
import io.streamwise.model.catalog.Creator;
import io.streamwise.model.catalog.EBook;
import io.streamwise.model.catalog.Level;
import io.streamwise.model.catalog.Membership;
import io.streamwise.model.catalog.Product;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DatasetKind;
import io.streamwise.model.experiment.DatasetRef;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.Protocol;
import io.streamwise.model.experiment.ProtocolKind;
import io.streamwise.model.experiment.TaskKind;
import io.streamwise.model.stream.Host;
import io.streamwise.model.stream.LiveStream;
import io.streamwise.model.stream.Offer;
import io.streamwise.model.stream.OfferKind;
import io.streamwise.model.stream.Showcase;
import io.streamwise.model.stream.StreamFactory;
import io.streamwise.model.stream.StreamSchedule;

/** One document of each kind, referring to each other the way real documents do. */
final class SampleModels {

	private static final long HOUR = 3_600_000L;
	private static final long EVENING = 1_767_200_400_123L; // fixed instant with milliseconds, for exact round trips

	final Catalog catalog;
	final Audience audience;
	final StreamSchedule schedule;
	final Campaign campaign;
	final Experiment experiment;

	SampleModels() {
		catalog = catalog();
		audience = audience();
		schedule = schedule(catalog);
		campaign = campaign(schedule, audience);
		experiment = experiment();
	}

	Product product(String id) {
		return catalog.getProducts().stream().filter(p -> id.equals(p.getId())).findFirst().orElseThrow();
	}

	private static Catalog catalog() {
		CatalogFactory f = CatalogFactory.eINSTANCE;
		Catalog catalog = f.createCatalog();
		catalog.setName("Knowledge shop");

		Category learning = f.createCategory();
		learning.setId("cat-learning");
		learning.setName("Learning");
		Category programming = f.createCategory();
		programming.setId("cat-programming");
		programming.setName("Programming");
		programming.setParent(learning);
		catalog.getCategories().add(learning);
		catalog.getCategories().add(programming);

		Creator teacher = f.createCreator();
		teacher.setId("creator-li");
		teacher.setName("Li Wei");
		catalog.getCreators().add(teacher);

		Product mug = f.createProduct();
		mug.setId("p-mug");
		mug.setName("Stream mug");
		mug.setDescription("Ceramic, 350 ml");
		mug.setPrice(39.9);
		mug.getTags().add("merch");
		catalog.getProducts().add(mug);

		Course course = f.createCourse();
		course.setId("p-course");
		course.setName("Data analysis with Python");
		course.setPrice(299.0);
		course.setLessons(24);
		course.setDurationHours(18.5);
		course.setLevel(Level.INTERMEDIATE);
		course.getTags().add("python");
		course.getTags().add("data");
		course.setCategory(programming);
		course.setCreator(teacher);
		catalog.getProducts().add(course);

		Consultation consultation = f.createConsultation();
		consultation.setId("p-consultation");
		consultation.setName("Career consultation");
		consultation.setPrice(500.0);
		consultation.setDurationMinutes(45);
		consultation.setOneToOne(true);
		consultation.setCreator(teacher);
		catalog.getProducts().add(consultation);

		Membership membership = f.createMembership();
		membership.setId("p-membership");
		membership.setName("Study club");
		membership.setPrice(99.0);
		membership.setPeriodDays(30);
		membership.setRecurring(true);
		membership.setCategory(learning);
		catalog.getProducts().add(membership);

		EBook book = f.createEBook();
		book.setId("p-ebook");
		book.setName("Pandas in practice");
		book.setPrice(49.0);
		book.setPages(312);
		catalog.getProducts().add(book);
		return catalog;
	}

	private static Audience audience() {
		AudienceFactory f = AudienceFactory.eINSTANCE;
		Audience audience = f.createAudience();
		audience.setName("Spring cohort");
		Segment students = f.createSegment();
		students.setId("seg-students");
		students.setName("Students");
		students.setDescription("Viewers in full-time education");
		students.setRule("occupation == 'student'");
		Segment professionals = f.createSegment();
		professionals.setId("seg-pros");
		professionals.setName("Professionals");
		audience.getSegments().add(students);
		audience.getSegments().add(professionals);

		Viewer viewer = f.createViewer();
		viewer.setId("v-1");
		viewer.setAgeBand(AgeBand.AGE_18_24);
		viewer.setRegion("Zhejiang");
		viewer.setOccupation("student");
		Attribute device = f.createAttribute();
		device.setKey("device");
		device.setValue("mobile");
		viewer.getAttributes().add(device);
		viewer.getSegments().add(students);
		audience.getViewers().add(viewer);

		Viewer unknown = f.createViewer();
		unknown.setId("v-2");
		unknown.getSegments().add(professionals);
		audience.getViewers().add(unknown);
		return audience;
	}

	private static StreamSchedule schedule(Catalog catalog) {
		StreamFactory f = StreamFactory.eINSTANCE;
		StreamSchedule schedule = f.createStreamSchedule();
		schedule.setName("Week 12");
		Host host = f.createHost();
		host.setId("host-chen");
		host.setName("Chen");
		schedule.getHosts().add(host);

		LiveStream stream = f.createLiveStream();
		stream.setId("ls-1");
		stream.setTitle("Learn data analysis tonight");
		stream.setHost(host);
		stream.setStart(new Date(EVENING));
		stream.setEnd(new Date(EVENING + 2 * HOUR));
		for (int i = 0; i < 2; i++) {
			Showcase showcase = f.createShowcase();
			showcase.setProduct(catalog.getProducts().get(i + 1)); // the course, then the consultation
			showcase.setFrom(new Date(EVENING + i * HOUR));
			showcase.setUntil(new Date(EVENING + (i + 1) * HOUR));
			stream.getShowcases().add(showcase);
		}
		Offer discount = f.createOffer();
		discount.setId("offer-discount");
		discount.setKind(OfferKind.TIME_LIMITED);
		discount.setDiscountPercent(20.0);
		discount.setValidFrom(new Date(EVENING));
		discount.setValidUntil(new Date(EVENING + HOUR));
		discount.getProducts().add(catalog.getProducts().get(1));
		Offer bundle = f.createOffer();
		bundle.setId("offer-bundle");
		bundle.setKind(OfferKind.BUNDLE);
		bundle.setBundlePrice(320.0);
		bundle.getProducts().add(catalog.getProducts().get(1));
		bundle.getProducts().add(catalog.getProducts().get(4));
		stream.getOffers().add(discount);
		stream.getOffers().add(bundle);
		schedule.getStreams().add(stream);
		return schedule;
	}

	private static Campaign campaign(StreamSchedule schedule, Audience audience) {
		CampaignFactory f = CampaignFactory.eINSTANCE;
		Campaign campaign = f.createCampaign();
		campaign.setId("camp-spring");
		campaign.setName("Spring courses");
		campaign.setGoal(CampaignGoal.CONVERSIONS);
		campaign.setBudget(5000.0);
		campaign.setCurrency("CNY");
		LiveStream stream = schedule.getStreams().get(0);
		campaign.getStreams().add(stream);
		campaign.getTargetSegments().add(audience.getSegments().get(0));
		String[] names = { "discount", "bundle" };
		for (int i = 0; i < names.length; i++) {
			Variant variant = f.createVariant();
			variant.setId("var-" + names[i]);
			variant.setName(names[i]);
			variant.setTrafficShare(0.5);
			variant.setOffer(stream.getOffers().get(i));
			campaign.getVariants().add(variant);
		}
		return campaign;
	}

	private static Experiment experiment() {
		ExperimentFactory f = ExperimentFactory.eINSTANCE;
		Experiment experiment = f.createExperiment();
		experiment.setId("exp-1");
		experiment.setName("Popularity vs. item kNN");
		experiment.setDescription("Baseline comparison on simulated sessions");
		experiment.setTask(TaskKind.RECOMMENDATION);
		experiment.setSeed(42L);
		DatasetRef dataset = f.createDatasetRef();
		dataset.setKind(DatasetKind.CSV);
		dataset.setLocation("data/events.csv");
		dataset.getOptions().add(parameter("separator", ";"));
		experiment.setDataset(dataset);
		Protocol protocol = f.createProtocol();
		protocol.setKind(ProtocolKind.TEMPORAL);
		protocol.setTrainRatio(0.75);
		experiment.setProtocol(protocol);
		AlgorithmConfig popularity = f.createAlgorithmConfig();
		popularity.setAlgorithmId("popularity");
		popularity.setLabel("Pop");
		AlgorithmConfig knn = f.createAlgorithmConfig();
		knn.setAlgorithmId("itemknn");
		knn.setLabel("ItemKNN k=50");
		knn.getSettings().add(parameter("k", "50"));
		knn.getSettings().add(parameter("similarity", "cosine"));
		experiment.getAlgorithms().add(popularity);
		experiment.getAlgorithms().add(knn);
		experiment.getMetrics().add("ndcg@10");
		experiment.getMetrics().add("recall@20");
		experiment.setResultsLocation("results");
		return experiment;
	}

	private static Parameter parameter(String key, String value) {
		Parameter parameter = ExperimentFactory.eINSTANCE.createParameter();
		parameter.setKey(key);
		parameter.setValue(value);
		return parameter;
	}
}
