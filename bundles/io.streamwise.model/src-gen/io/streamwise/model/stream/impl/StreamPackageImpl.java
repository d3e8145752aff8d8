/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.stream.impl;

import io.streamwise.model.abtest.ABTestPackage;

import io.streamwise.model.abtest.impl.ABTestPackageImpl;

import io.streamwise.model.audience.AudiencePackage;

import io.streamwise.model.audience.impl.AudiencePackageImpl;

import io.streamwise.model.campaign.CampaignPackage;

import io.streamwise.model.campaign.impl.CampaignPackageImpl;

import io.streamwise.model.catalog.CatalogPackage;

import io.streamwise.model.catalog.impl.CatalogPackageImpl;

import io.streamwise.model.experiment.ExperimentPackage;

import io.streamwise.model.experiment.impl.ExperimentPackageImpl;

import io.streamwise.model.stream.Host;
import io.streamwise.model.stream.LiveStream;
import io.streamwise.model.stream.Offer;
import io.streamwise.model.stream.OfferKind;
import io.streamwise.model.stream.Showcase;
import io.streamwise.model.stream.StreamFactory;
import io.streamwise.model.stream.StreamPackage;
import io.streamwise.model.stream.StreamSchedule;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StreamPackageImpl extends EPackageImpl implements StreamPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass streamScheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass liveStreamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass showcaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum offerKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.streamwise.model.stream.StreamPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private StreamPackageImpl()
	{
		super(eNS_URI, StreamFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link StreamPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static StreamPackage init()
	{
		if (isInited) return (StreamPackage)EPackage.Registry.INSTANCE.getEPackage(StreamPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredStreamPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		StreamPackageImpl theStreamPackage = registeredStreamPackage instanceof StreamPackageImpl ? (StreamPackageImpl)registeredStreamPackage : new StreamPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CatalogPackage.eNS_URI);
		CatalogPackageImpl theCatalogPackage = (CatalogPackageImpl)(registeredPackage instanceof CatalogPackageImpl ? registeredPackage : CatalogPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AudiencePackage.eNS_URI);
		AudiencePackageImpl theAudiencePackage = (AudiencePackageImpl)(registeredPackage instanceof AudiencePackageImpl ? registeredPackage : AudiencePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CampaignPackage.eNS_URI);
		CampaignPackageImpl theCampaignPackage = (CampaignPackageImpl)(registeredPackage instanceof CampaignPackageImpl ? registeredPackage : CampaignPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ExperimentPackage.eNS_URI);
		ExperimentPackageImpl theExperimentPackage = (ExperimentPackageImpl)(registeredPackage instanceof ExperimentPackageImpl ? registeredPackage : ExperimentPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ABTestPackage.eNS_URI);
		ABTestPackageImpl theABTestPackage = (ABTestPackageImpl)(registeredPackage instanceof ABTestPackageImpl ? registeredPackage : ABTestPackage.eINSTANCE);

		// Create package meta-data objects
		theStreamPackage.createPackageContents();
		theCatalogPackage.createPackageContents();
		theAudiencePackage.createPackageContents();
		theCampaignPackage.createPackageContents();
		theExperimentPackage.createPackageContents();
		theABTestPackage.createPackageContents();

		// Initialize created meta-data
		theStreamPackage.initializePackageContents();
		theCatalogPackage.initializePackageContents();
		theAudiencePackage.initializePackageContents();
		theCampaignPackage.initializePackageContents();
		theExperimentPackage.initializePackageContents();
		theABTestPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theStreamPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(StreamPackage.eNS_URI, theStreamPackage);
		return theStreamPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStreamSchedule()
	{
		return streamScheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSchedule_Name()
	{
		return (EAttribute)streamScheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSchedule_FormatVersion()
	{
		return (EAttribute)streamScheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStreamSchedule_Hosts()
	{
		return (EReference)streamScheduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStreamSchedule_Streams()
	{
		return (EReference)streamScheduleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost()
	{
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Id()
	{
		return (EAttribute)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Name()
	{
		return (EAttribute)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLiveStream()
	{
		return liveStreamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLiveStream_Id()
	{
		return (EAttribute)liveStreamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLiveStream_Title()
	{
		return (EAttribute)liveStreamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLiveStream_Host()
	{
		return (EReference)liveStreamEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLiveStream_Start()
	{
		return (EAttribute)liveStreamEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLiveStream_End()
	{
		return (EAttribute)liveStreamEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLiveStream_Showcases()
	{
		return (EReference)liveStreamEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLiveStream_Offers()
	{
		return (EReference)liveStreamEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShowcase()
	{
		return showcaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShowcase_Product()
	{
		return (EReference)showcaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShowcase_From()
	{
		return (EAttribute)showcaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShowcase_Until()
	{
		return (EAttribute)showcaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOffer()
	{
		return offerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffer_Id()
	{
		return (EAttribute)offerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffer_Kind()
	{
		return (EAttribute)offerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffer_DiscountPercent()
	{
		return (EAttribute)offerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffer_BundlePrice()
	{
		return (EAttribute)offerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffer_ValidFrom()
	{
		return (EAttribute)offerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOffer_ValidUntil()
	{
		return (EAttribute)offerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOffer_Products()
	{
		return (EReference)offerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOfferKind()
	{
		return offerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StreamFactory getStreamFactory()
	{
		return (StreamFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		streamScheduleEClass = createEClass(STREAM_SCHEDULE);
		createEAttribute(streamScheduleEClass, STREAM_SCHEDULE__NAME);
		createEAttribute(streamScheduleEClass, STREAM_SCHEDULE__FORMAT_VERSION);
		createEReference(streamScheduleEClass, STREAM_SCHEDULE__HOSTS);
		createEReference(streamScheduleEClass, STREAM_SCHEDULE__STREAMS);

		hostEClass = createEClass(HOST);
		createEAttribute(hostEClass, HOST__ID);
		createEAttribute(hostEClass, HOST__NAME);

		liveStreamEClass = createEClass(LIVE_STREAM);
		createEAttribute(liveStreamEClass, LIVE_STREAM__ID);
		createEAttribute(liveStreamEClass, LIVE_STREAM__TITLE);
		createEReference(liveStreamEClass, LIVE_STREAM__HOST);
		createEAttribute(liveStreamEClass, LIVE_STREAM__START);
		createEAttribute(liveStreamEClass, LIVE_STREAM__END);
		createEReference(liveStreamEClass, LIVE_STREAM__SHOWCASES);
		createEReference(liveStreamEClass, LIVE_STREAM__OFFERS);

		showcaseEClass = createEClass(SHOWCASE);
		createEReference(showcaseEClass, SHOWCASE__PRODUCT);
		createEAttribute(showcaseEClass, SHOWCASE__FROM);
		createEAttribute(showcaseEClass, SHOWCASE__UNTIL);

		offerEClass = createEClass(OFFER);
		createEAttribute(offerEClass, OFFER__ID);
		createEAttribute(offerEClass, OFFER__KIND);
		createEAttribute(offerEClass, OFFER__DISCOUNT_PERCENT);
		createEAttribute(offerEClass, OFFER__BUNDLE_PRICE);
		createEAttribute(offerEClass, OFFER__VALID_FROM);
		createEAttribute(offerEClass, OFFER__VALID_UNTIL);
		createEReference(offerEClass, OFFER__PRODUCTS);

		// Create enums
		offerKindEEnum = createEEnum(OFFER_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CatalogPackage theCatalogPackage = (CatalogPackage)EPackage.Registry.INSTANCE.getEPackage(CatalogPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(streamScheduleEClass, StreamSchedule.class, "StreamSchedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStreamSchedule_Name(), ecorePackage.getEString(), "name", null, 0, 1, StreamSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSchedule_FormatVersion(), ecorePackage.getEString(), "formatVersion", "1.2", 0, 1, StreamSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStreamSchedule_Hosts(), this.getHost(), null, "hosts", null, 0, -1, StreamSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStreamSchedule_Streams(), this.getLiveStream(), null, "streams", null, 0, -1, StreamSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHost_Id(), ecorePackage.getEString(), "id", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Name(), ecorePackage.getEString(), "name", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(liveStreamEClass, LiveStream.class, "LiveStream", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLiveStream_Id(), ecorePackage.getEString(), "id", null, 0, 1, LiveStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLiveStream_Title(), ecorePackage.getEString(), "title", null, 0, 1, LiveStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLiveStream_Host(), this.getHost(), null, "host", null, 0, 1, LiveStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLiveStream_Start(), ecorePackage.getEDate(), "start", null, 0, 1, LiveStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLiveStream_End(), ecorePackage.getEDate(), "end", null, 0, 1, LiveStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLiveStream_Showcases(), this.getShowcase(), null, "showcases", null, 0, -1, LiveStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLiveStream_Offers(), this.getOffer(), null, "offers", null, 0, -1, LiveStream.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(showcaseEClass, Showcase.class, "Showcase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getShowcase_Product(), theCatalogPackage.getProduct(), null, "product", null, 0, 1, Showcase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShowcase_From(), ecorePackage.getEDate(), "from", null, 0, 1, Showcase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShowcase_Until(), ecorePackage.getEDate(), "until", null, 0, 1, Showcase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(offerEClass, Offer.class, "Offer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOffer_Id(), ecorePackage.getEString(), "id", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffer_Kind(), this.getOfferKind(), "kind", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffer_DiscountPercent(), ecorePackage.getEDouble(), "discountPercent", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffer_BundlePrice(), ecorePackage.getEDouble(), "bundlePrice", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffer_ValidFrom(), ecorePackage.getEDate(), "validFrom", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOffer_ValidUntil(), ecorePackage.getEDate(), "validUntil", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOffer_Products(), theCatalogPackage.getProduct(), null, "products", null, 0, -1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(offerKindEEnum, OfferKind.class, "OfferKind");
		addEEnumLiteral(offerKindEEnum, OfferKind.DISCOUNT);
		addEEnumLiteral(offerKindEEnum, OfferKind.TIME_LIMITED);
		addEEnumLiteral(offerKindEEnum, OfferKind.BUNDLE);

		// Create resource
		createResource(eNS_URI);
	}

} //StreamPackageImpl
