/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * When and how products are sold live: hosts, live streams, what is showcased when, and the offers made.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.stream.StreamFactory
 * @model kind="package"
 * @generated
 */
public interface StreamPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "stream";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://streamwise.io/model/stream/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "stream";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	StreamPackage eINSTANCE = io.streamwise.model.stream.impl.StreamPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.streamwise.model.stream.impl.StreamScheduleImpl <em>Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.stream.impl.StreamScheduleImpl
	 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getStreamSchedule()
	 * @generated
	 */
	int STREAM_SCHEDULE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SCHEDULE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SCHEDULE__FORMAT_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SCHEDULE__HOSTS = 2;

	/**
	 * The feature id for the '<em><b>Streams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SCHEDULE__STREAMS = 3;

	/**
	 * The number of structural features of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SCHEDULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SCHEDULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.stream.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.stream.impl.HostImpl
	 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = 1;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.stream.impl.LiveStreamImpl <em>Live Stream</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.stream.impl.LiveStreamImpl
	 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getLiveStream()
	 * @generated
	 */
	int LIVE_STREAM = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_STREAM__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_STREAM__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_STREAM__HOST = 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_STREAM__START = 3;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_STREAM__END = 4;

	/**
	 * The feature id for the '<em><b>Showcases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_STREAM__SHOWCASES = 5;

	/**
	 * The feature id for the '<em><b>Offers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_STREAM__OFFERS = 6;

	/**
	 * The number of structural features of the '<em>Live Stream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_STREAM_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Live Stream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIVE_STREAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.stream.impl.ShowcaseImpl <em>Showcase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.stream.impl.ShowcaseImpl
	 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getShowcase()
	 * @generated
	 */
	int SHOWCASE = 3;

	/**
	 * The feature id for the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOWCASE__PRODUCT = 0;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOWCASE__FROM = 1;

	/**
	 * The feature id for the '<em><b>Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOWCASE__UNTIL = 2;

	/**
	 * The number of structural features of the '<em>Showcase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOWCASE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Showcase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHOWCASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.stream.impl.OfferImpl <em>Offer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.stream.impl.OfferImpl
	 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getOffer()
	 * @generated
	 */
	int OFFER = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__ID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Discount Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__DISCOUNT_PERCENT = 2;

	/**
	 * The feature id for the '<em><b>Bundle Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__BUNDLE_PRICE = 3;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__VALID_FROM = 4;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__VALID_UNTIL = 5;

	/**
	 * The feature id for the '<em><b>Products</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER__PRODUCTS = 6;

	/**
	 * The number of structural features of the '<em>Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.stream.OfferKind <em>Offer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.stream.OfferKind
	 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getOfferKind()
	 * @generated
	 */
	int OFFER_KIND = 5;


	/**
	 * Returns the meta object for class '{@link io.streamwise.model.stream.StreamSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule</em>'.
	 * @see io.streamwise.model.stream.StreamSchedule
	 * @generated
	 */
	EClass getStreamSchedule();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.StreamSchedule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.stream.StreamSchedule#getName()
	 * @see #getStreamSchedule()
	 * @generated
	 */
	EAttribute getStreamSchedule_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.StreamSchedule#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.streamwise.model.stream.StreamSchedule#getFormatVersion()
	 * @see #getStreamSchedule()
	 * @generated
	 */
	EAttribute getStreamSchedule_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.stream.StreamSchedule#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see io.streamwise.model.stream.StreamSchedule#getHosts()
	 * @see #getStreamSchedule()
	 * @generated
	 */
	EReference getStreamSchedule_Hosts();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.stream.StreamSchedule#getStreams <em>Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Streams</em>'.
	 * @see io.streamwise.model.stream.StreamSchedule#getStreams()
	 * @see #getStreamSchedule()
	 * @generated
	 */
	EReference getStreamSchedule_Streams();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.stream.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see io.streamwise.model.stream.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Host#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.stream.Host#getId()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Host#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.stream.Host#getName()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_Name();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.stream.LiveStream <em>Live Stream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Live Stream</em>'.
	 * @see io.streamwise.model.stream.LiveStream
	 * @generated
	 */
	EClass getLiveStream();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.LiveStream#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.stream.LiveStream#getId()
	 * @see #getLiveStream()
	 * @generated
	 */
	EAttribute getLiveStream_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.LiveStream#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.streamwise.model.stream.LiveStream#getTitle()
	 * @see #getLiveStream()
	 * @generated
	 */
	EAttribute getLiveStream_Title();

	/**
	 * Returns the meta object for the reference '{@link io.streamwise.model.stream.LiveStream#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see io.streamwise.model.stream.LiveStream#getHost()
	 * @see #getLiveStream()
	 * @generated
	 */
	EReference getLiveStream_Host();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.LiveStream#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see io.streamwise.model.stream.LiveStream#getStart()
	 * @see #getLiveStream()
	 * @generated
	 */
	EAttribute getLiveStream_Start();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.LiveStream#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see io.streamwise.model.stream.LiveStream#getEnd()
	 * @see #getLiveStream()
	 * @generated
	 */
	EAttribute getLiveStream_End();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.stream.LiveStream#getShowcases <em>Showcases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Showcases</em>'.
	 * @see io.streamwise.model.stream.LiveStream#getShowcases()
	 * @see #getLiveStream()
	 * @generated
	 */
	EReference getLiveStream_Showcases();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.stream.LiveStream#getOffers <em>Offers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Offers</em>'.
	 * @see io.streamwise.model.stream.LiveStream#getOffers()
	 * @see #getLiveStream()
	 * @generated
	 */
	EReference getLiveStream_Offers();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.stream.Showcase <em>Showcase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Showcase</em>'.
	 * @see io.streamwise.model.stream.Showcase
	 * @generated
	 */
	EClass getShowcase();

	/**
	 * Returns the meta object for the reference '{@link io.streamwise.model.stream.Showcase#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Product</em>'.
	 * @see io.streamwise.model.stream.Showcase#getProduct()
	 * @see #getShowcase()
	 * @generated
	 */
	EReference getShowcase_Product();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Showcase#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see io.streamwise.model.stream.Showcase#getFrom()
	 * @see #getShowcase()
	 * @generated
	 */
	EAttribute getShowcase_From();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Showcase#getUntil <em>Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Until</em>'.
	 * @see io.streamwise.model.stream.Showcase#getUntil()
	 * @see #getShowcase()
	 * @generated
	 */
	EAttribute getShowcase_Until();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.stream.Offer <em>Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offer</em>'.
	 * @see io.streamwise.model.stream.Offer
	 * @generated
	 */
	EClass getOffer();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Offer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.stream.Offer#getId()
	 * @see #getOffer()
	 * @generated
	 */
	EAttribute getOffer_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Offer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.streamwise.model.stream.Offer#getKind()
	 * @see #getOffer()
	 * @generated
	 */
	EAttribute getOffer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Offer#getDiscountPercent <em>Discount Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discount Percent</em>'.
	 * @see io.streamwise.model.stream.Offer#getDiscountPercent()
	 * @see #getOffer()
	 * @generated
	 */
	EAttribute getOffer_DiscountPercent();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Offer#getBundlePrice <em>Bundle Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bundle Price</em>'.
	 * @see io.streamwise.model.stream.Offer#getBundlePrice()
	 * @see #getOffer()
	 * @generated
	 */
	EAttribute getOffer_BundlePrice();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Offer#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see io.streamwise.model.stream.Offer#getValidFrom()
	 * @see #getOffer()
	 * @generated
	 */
	EAttribute getOffer_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.stream.Offer#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see io.streamwise.model.stream.Offer#getValidUntil()
	 * @see #getOffer()
	 * @generated
	 */
	EAttribute getOffer_ValidUntil();

	/**
	 * Returns the meta object for the reference list '{@link io.streamwise.model.stream.Offer#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Products</em>'.
	 * @see io.streamwise.model.stream.Offer#getProducts()
	 * @see #getOffer()
	 * @generated
	 */
	EReference getOffer_Products();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.stream.OfferKind <em>Offer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Offer Kind</em>'.
	 * @see io.streamwise.model.stream.OfferKind
	 * @generated
	 */
	EEnum getOfferKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	StreamFactory getStreamFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link io.streamwise.model.stream.impl.StreamScheduleImpl <em>Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.stream.impl.StreamScheduleImpl
		 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getStreamSchedule()
		 * @generated
		 */
		EClass STREAM_SCHEDULE = eINSTANCE.getStreamSchedule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SCHEDULE__NAME = eINSTANCE.getStreamSchedule_Name();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SCHEDULE__FORMAT_VERSION = eINSTANCE.getStreamSchedule_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STREAM_SCHEDULE__HOSTS = eINSTANCE.getStreamSchedule_Hosts();

		/**
		 * The meta object literal for the '<em><b>Streams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STREAM_SCHEDULE__STREAMS = eINSTANCE.getStreamSchedule_Streams();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.stream.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.stream.impl.HostImpl
		 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__ID = eINSTANCE.getHost_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__NAME = eINSTANCE.getHost_Name();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.stream.impl.LiveStreamImpl <em>Live Stream</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.stream.impl.LiveStreamImpl
		 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getLiveStream()
		 * @generated
		 */
		EClass LIVE_STREAM = eINSTANCE.getLiveStream();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_STREAM__ID = eINSTANCE.getLiveStream_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_STREAM__TITLE = eINSTANCE.getLiveStream_Title();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIVE_STREAM__HOST = eINSTANCE.getLiveStream_Host();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_STREAM__START = eINSTANCE.getLiveStream_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LIVE_STREAM__END = eINSTANCE.getLiveStream_End();

		/**
		 * The meta object literal for the '<em><b>Showcases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIVE_STREAM__SHOWCASES = eINSTANCE.getLiveStream_Showcases();

		/**
		 * The meta object literal for the '<em><b>Offers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIVE_STREAM__OFFERS = eINSTANCE.getLiveStream_Offers();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.stream.impl.ShowcaseImpl <em>Showcase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.stream.impl.ShowcaseImpl
		 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getShowcase()
		 * @generated
		 */
		EClass SHOWCASE = eINSTANCE.getShowcase();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHOWCASE__PRODUCT = eINSTANCE.getShowcase_Product();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOWCASE__FROM = eINSTANCE.getShowcase_From();

		/**
		 * The meta object literal for the '<em><b>Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHOWCASE__UNTIL = eINSTANCE.getShowcase_Until();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.stream.impl.OfferImpl <em>Offer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.stream.impl.OfferImpl
		 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getOffer()
		 * @generated
		 */
		EClass OFFER = eINSTANCE.getOffer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFER__ID = eINSTANCE.getOffer_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFER__KIND = eINSTANCE.getOffer_Kind();

		/**
		 * The meta object literal for the '<em><b>Discount Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFER__DISCOUNT_PERCENT = eINSTANCE.getOffer_DiscountPercent();

		/**
		 * The meta object literal for the '<em><b>Bundle Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFER__BUNDLE_PRICE = eINSTANCE.getOffer_BundlePrice();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFER__VALID_FROM = eINSTANCE.getOffer_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFER__VALID_UNTIL = eINSTANCE.getOffer_ValidUntil();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFER__PRODUCTS = eINSTANCE.getOffer_Products();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.stream.OfferKind <em>Offer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.stream.OfferKind
		 * @see io.streamwise.model.stream.impl.StreamPackageImpl#getOfferKind()
		 * @generated
		 */
		EEnum OFFER_KIND = eINSTANCE.getOfferKind();

	}

} //StreamPackage
