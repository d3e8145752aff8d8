package io.streamwise.ui.campaigns;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignOffer;
import io.streamwise.model.campaign.CampaignOfferKind;
import io.streamwise.model.campaign.CampaignPackage.Literals;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.ui.campaigns.Fields.Kind;

/** The campaign's live streams in the order they run, the products on offer and the offers streams make. */
final class StreamsPage extends CampaignFormPage {

	static final String ID = "streams";
	private ElementList streams, products, offers;

	StreamsPage(CampaignEditor editor) {
		super(editor, ID, "Streams and Offers");
	}

	@Override
	int columns() {
		return 1;
	}

	@Override
	void createContent(Composite body) {
		Composite streamArea = section(body, "Streams",
				"The live streams in the order they run; costs are on the Costs page. Offers and products are lists"
						+ " of ids (no products: every product is sold).",
				2);
		streams = new ElementList(editor, toolkit, streamArea, this::campaign, Literals.CAMPAIGN__PLANNED_STREAMS,
				e -> label(((CampaignStream) e).getId(), ((CampaignStream) e).getTitle()), n -> {
					CampaignStream s = CampaignFactory.eINSTANCE.createCampaignStream();
					s.setId(freeId("s", n, campaign().getPlannedStreams().stream().map(CampaignStream::getId)
							.toList()));
					s.setTitle("New stream");
					s.setDurationMinutes(60);
					s.setStart(new Date(0));
					return s;
				}, this::selectionChanged);
		Composite stream = details(streamArea);
		java.util.function.Supplier<EObject> s = () -> streams.selected();
		streamFields(fields, stream, s, this::campaign);

		Composite productArea = section(body, "Products",
				"What is sold, at what price, what each sale costs, and how many can be sold (consultation slots).",
				2);
		products = new ElementList(editor, toolkit, productArea, this::campaign, Literals.CAMPAIGN__PRODUCTS,
				e -> label(((CampaignProduct) e).getId(), ((CampaignProduct) e).getName()), n -> {
					CampaignProduct p = CampaignFactory.eINSTANCE.createCampaignProduct();
					p.setId(freeId("product", n, campaign().getProducts().stream().map(CampaignProduct::getId)
							.toList()));
					p.setName("New product");
					p.setPrice(100.0);
					return p;
				}, this::selectionChanged);
		Composite product = details(productArea);
		java.util.function.Supplier<EObject> p = () -> products.selected();
		fields.text(product, "Id:", null, p, Literals.CAMPAIGN_PRODUCT__ID, Kind.TEXT);
		fields.text(product, "Name:", null, p, Literals.CAMPAIGN_PRODUCT__NAME, Kind.TEXT);
		fields.text(product, "Price:", "Per unit before offers", p, Literals.CAMPAIGN_PRODUCT__PRICE, Kind.AMOUNT);
		fields.text(product, "Unit cost:", "Cost of delivering one unit; ignored when a margin is set", p,
				Literals.CAMPAIGN_PRODUCT__UNIT_COST, Kind.AMOUNT);
		fields.text(product, "Margin:", "Share of the price left after the unit cost, in [0, 1]", p,
				Literals.CAMPAIGN_PRODUCT__MARGIN, Kind.RATE);
		fields.text(product, "Commission:", "Share of the price paid the platform keeps, in [0, 1]", p,
				Literals.CAMPAIGN_PRODUCT__COMMISSION, Kind.RATE);
		fields.text(product, "Capacity:", "Most units sold over the campaign; empty for no limit", p,
				Literals.CAMPAIGN_PRODUCT__CAPACITY, Kind.WHOLE);

		Composite offerArea = section(body, "Offers",
				"Discounts, time-limited offers, bundles and coupons; a stream makes the offers it lists.", 2);
		offers = new ElementList(editor, toolkit, offerArea, this::campaign, Literals.CAMPAIGN__OFFERS,
				e -> label(((CampaignOffer) e).getId(), ((CampaignOffer) e).getName()), n -> {
					CampaignOffer o = CampaignFactory.eINSTANCE.createCampaignOffer();
					o.setId(freeId("offer", n, campaign().getOffers().stream().map(CampaignOffer::getId).toList()));
					o.setName("New offer");
					o.setKind(CampaignOfferKind.DISCOUNT);
					o.setDiscount(0.1);
					return o;
				}, this::selectionChanged);
		Composite offer = details(offerArea);
		java.util.function.Supplier<EObject> o = () -> offers.selected();
		fields.text(offer, "Id:", null, o, Literals.CAMPAIGN_OFFER__ID, Kind.TEXT);
		fields.text(offer, "Name:", null, o, Literals.CAMPAIGN_OFFER__NAME, Kind.TEXT);
		fields.choice(offer, "Kind:", o, Literals.CAMPAIGN_OFFER__KIND);
		fields.text(offer, "Discount:", "Share of the price taken off, in [0, 1]", o,
				Literals.CAMPAIGN_OFFER__DISCOUNT, Kind.RATE);
		fields.text(offer, "Bundle price:", "For bundles: the price of one of each product together", o,
				Literals.CAMPAIGN_OFFER__BUNDLE_PRICE, Kind.AMOUNT);
		fields.text(offer, "Uptake:", "Share of buyers who use the offer, in [0, 1]", o,
				Literals.CAMPAIGN_OFFER__UPTAKE, Kind.RATE);
		fields.text(offer, "Price elasticity:", "Purchases scale with (paid / list price) ^ -elasticity", o,
				Literals.CAMPAIGN_OFFER__PRICE_ELASTICITY, Kind.AMOUNT);
		fields.references(offer, "Products:", "Ids of the products it applies to; empty for every product", o,
				Literals.CAMPAIGN_OFFER__PRODUCTS, () -> List.copyOf(campaign().getProducts()),
				x -> ((CampaignProduct) x).getId());
		fields.refresh();
	}

	/** A stream's own fields (not its costs): for the plan's streams and a scenario's added ones. */
	static void streamFields(Fields fields, Composite stream, java.util.function.Supplier<EObject> s,
			java.util.function.Supplier<io.streamwise.model.campaign.Campaign> campaign) {
		fields.text(stream, "Id:", "Stable id, used in paths and scenarios", s, Literals.CAMPAIGN_STREAM__ID,
				Kind.TEXT);
		fields.text(stream, "Title:", null, s, Literals.CAMPAIGN_STREAM__TITLE, Kind.TEXT);
		fields.text(stream, "Start (UTC):", Fields.TIME_PATTERN, s, Literals.CAMPAIGN_STREAM__START, Kind.TIME);
		fields.text(stream, "Minutes:", "Duration in minutes", s, Literals.CAMPAIGN_STREAM__DURATION_MINUTES,
				Kind.WHOLE);
		fields.text(stream, "Host:", null, s, Literals.CAMPAIGN_STREAM__HOST, Kind.TEXT);
		fields.text(stream, "Expected reach:",
				"People the stream reaches, split over the segments by size; empty: each segment's reach rate",
				s, Literals.CAMPAIGN_STREAM__EXPECTED_REACH, Kind.AMOUNT);
		fields.references(stream, "Offers:", "Ids of the offers made in this stream", s,
				Literals.CAMPAIGN_STREAM__OFFERS, () -> List.copyOf(campaign.get().getOffers()),
				o -> ((CampaignOffer) o).getId());
		fields.references(stream, "Products:", "Ids of the products sold; empty for every product", s,
				Literals.CAMPAIGN_STREAM__PRODUCTS, () -> List.copyOf(campaign.get().getProducts()),
				o -> ((CampaignProduct) o).getId());
	}

	private Composite details(Composite parent) {
		Composite details = toolkit.createComposite(parent);
		details.setLayout(new GridLayout(2, false));
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return details;
	}

	private void selectionChanged() {
		if (fields != null) {
			fields.reset();
		}
	}

	@Override
	void refreshContent() {
		streams.refresh();
		products.refresh();
		offers.refresh();
	}

	static String label(String id, String name) {
		return name == null || name.isBlank() ? String.valueOf(id) : id + ": " + name;
	}

	/** prefix + n, or the next number that no element uses. */
	static String freeId(String prefix, int n, List<String> taken) {
		int i = n;
		while (taken.contains(prefix + i)) {
			i++;
		}
		return prefix + i;
	}

	ElementList streams() {
		return streams;
	}
}
