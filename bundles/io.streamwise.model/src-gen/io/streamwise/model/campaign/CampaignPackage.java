/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

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
 * A marketing campaign over live streams, aimed at audience segments, with variants to compare.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.campaign.CampaignFactory
 * @model kind="package"
 * @generated
 */
public interface CampaignPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "campaign";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://streamwise.io/model/campaign/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "campaign";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CampaignPackage eINSTANCE = io.streamwise.model.campaign.impl.CampaignPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.CampaignImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__FORMAT_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__GOAL = 3;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__BUDGET = 4;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CURRENCY = 5;

	/**
	 * The feature id for the '<em><b>Streams</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__STREAMS = 6;

	/**
	 * The feature id for the '<em><b>Target Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__TARGET_SEGMENTS = 7;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__TARGET = 8;

	/**
	 * The feature id for the '<em><b>Target Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__TARGET_METRIC = 9;

	/**
	 * The feature id for the '<em><b>Fixed Costs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__FIXED_COSTS = 10;

	/**
	 * The feature id for the '<em><b>Products</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PRODUCTS = 11;

	/**
	 * The feature id for the '<em><b>Planned Streams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PLANNED_STREAMS = 12;

	/**
	 * The feature id for the '<em><b>Offers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__OFFERS = 13;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SEGMENTS = 14;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SCENARIOS = 15;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__VARIANTS = 16;

	/**
	 * The feature id for the '<em><b>Purchase Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PURCHASE_MODEL = 17;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.PurchaseModelImpl <em>Purchase Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.PurchaseModelImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getPurchaseModel()
	 * @generated
	 */
	int PURCHASE_MODEL = 1;

	/**
	 * The feature id for the '<em><b>Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_MODEL__ALGORITHM = 0;

	/**
	 * The feature id for the '<em><b>Observation Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_MODEL__OBSERVATION_MINUTES = 1;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_MODEL__SETTINGS = 2;

	/**
	 * The number of structural features of the '<em>Purchase Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_MODEL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Purchase Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PURCHASE_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.ModelSettingImpl <em>Model Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.ModelSettingImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getModelSetting()
	 * @generated
	 */
	int MODEL_SETTING = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SETTING__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SETTING__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Model Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SETTING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Model Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SETTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.VariantImpl <em>Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.VariantImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getVariant()
	 * @generated
	 */
	int VARIANT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Traffic Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__TRAFFIC_SHARE = 3;

	/**
	 * The feature id for the '<em><b>Offer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__OFFER = 4;

	/**
	 * The number of structural features of the '<em>Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.CampaignProductImpl <em>Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.CampaignProductImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignProduct()
	 * @generated
	 */
	int CAMPAIGN_PRODUCT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT__PRODUCT = 2;

	/**
	 * The feature id for the '<em><b>Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT__PRICE = 3;

	/**
	 * The feature id for the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT__UNIT_COST = 4;

	/**
	 * The feature id for the '<em><b>Margin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT__MARGIN = 5;

	/**
	 * The feature id for the '<em><b>Commission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT__COMMISSION = 6;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT__CAPACITY = 7;

	/**
	 * The number of structural features of the '<em>Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_PRODUCT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.CampaignStreamImpl <em>Stream</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.CampaignStreamImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignStream()
	 * @generated
	 */
	int CAMPAIGN_STREAM = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Scheduled</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__SCHEDULED = 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__START = 3;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__DURATION_MINUTES = 4;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__HOST = 5;

	/**
	 * The feature id for the '<em><b>Expected Reach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__EXPECTED_REACH = 6;

	/**
	 * The feature id for the '<em><b>Host Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__HOST_FEE = 7;

	/**
	 * The feature id for the '<em><b>Promotion Spend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__PROMOTION_SPEND = 8;

	/**
	 * The feature id for the '<em><b>Products</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__PRODUCTS = 9;

	/**
	 * The feature id for the '<em><b>Offers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM__OFFERS = 10;

	/**
	 * The number of structural features of the '<em>Stream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Stream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_STREAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.CampaignOfferImpl <em>Offer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.CampaignOfferImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignOffer()
	 * @generated
	 */
	int CAMPAIGN_OFFER = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER__KIND = 2;

	/**
	 * The feature id for the '<em><b>Discount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER__DISCOUNT = 3;

	/**
	 * The feature id for the '<em><b>Bundle Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER__BUNDLE_PRICE = 4;

	/**
	 * The feature id for the '<em><b>Uptake</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER__UPTAKE = 5;

	/**
	 * The feature id for the '<em><b>Price Elasticity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER__PRICE_ELASTICITY = 6;

	/**
	 * The feature id for the '<em><b>Products</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER__PRODUCTS = 7;

	/**
	 * The number of structural features of the '<em>Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Offer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OFFER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.TargetSegmentImpl <em>Target Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.TargetSegmentImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getTargetSegment()
	 * @generated
	 */
	int TARGET_SEGMENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_SEGMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_SEGMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_SEGMENT__SEGMENT = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_SEGMENT__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Funnels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_SEGMENT__FUNNELS = 4;

	/**
	 * The number of structural features of the '<em>Target Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_SEGMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Target Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_SEGMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.FunnelImpl <em>Funnel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.FunnelImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getFunnel()
	 * @generated
	 */
	int FUNNEL = 8;

	/**
	 * The feature id for the '<em><b>Stream</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNNEL__STREAM = 0;

	/**
	 * The feature id for the '<em><b>Watch Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNNEL__WATCH_MINUTES = 1;

	/**
	 * The feature id for the '<em><b>Reach</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNNEL__REACH = 2;

	/**
	 * The feature id for the '<em><b>Join</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNNEL__JOIN = 3;

	/**
	 * The feature id for the '<em><b>Watch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNNEL__WATCH = 4;

	/**
	 * The feature id for the '<em><b>Engage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNNEL__ENGAGE = 5;

	/**
	 * The feature id for the '<em><b>Conversions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNNEL__CONVERSIONS = 6;

	/**
	 * The number of structural features of the '<em>Funnel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNNEL_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Funnel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNNEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.ConversionImpl <em>Conversion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.ConversionImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getConversion()
	 * @generated
	 */
	int CONVERSION = 9;

	/**
	 * The feature id for the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION__PRODUCT = 0;

	/**
	 * The feature id for the '<em><b>Click</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION__CLICK = 1;

	/**
	 * The feature id for the '<em><b>Cart</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION__CART = 2;

	/**
	 * The feature id for the '<em><b>Purchase</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION__PURCHASE = 3;

	/**
	 * The feature id for the '<em><b>Refund</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION__REFUND = 4;

	/**
	 * The number of structural features of the '<em>Conversion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Conversion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.RateImpl <em>Rate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.RateImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getRate()
	 * @generated
	 */
	int RATE = 10;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE__MEAN = 1;

	/**
	 * The feature id for the '<em><b>Concentration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE__CONCENTRATION = 2;

	/**
	 * The feature id for the '<em><b>P10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE__P10 = 3;

	/**
	 * The feature id for the '<em><b>P90</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE__P90 = 4;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE__ALPHA = 5;

	/**
	 * The feature id for the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE__BETA = 6;

	/**
	 * The feature id for the '<em><b>Stream Concentration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE__STREAM_CONCENTRATION = 7;

	/**
	 * The feature id for the '<em><b>Learned From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE__LEARNED_FROM = 8;

	/**
	 * The number of structural features of the '<em>Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Rate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.ScenarioImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__OVERRIDES = 3;

	/**
	 * The feature id for the '<em><b>Added Streams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ADDED_STREAMS = 4;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.ScenarioOverrideImpl <em>Scenario Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.ScenarioOverrideImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getScenarioOverride()
	 * @generated
	 */
	int SCENARIO_OVERRIDE = 12;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Scenario Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Scenario Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OVERRIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.CampaignGoal <em>Goal</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.CampaignGoal
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignGoal()
	 * @generated
	 */
	int CAMPAIGN_GOAL = 13;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.TargetMetric <em>Target Metric</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.TargetMetric
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getTargetMetric()
	 * @generated
	 */
	int TARGET_METRIC = 14;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.CampaignOfferKind <em>Offer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.CampaignOfferKind
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignOfferKind()
	 * @generated
	 */
	int CAMPAIGN_OFFER_KIND = 15;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.RateSource <em>Rate Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.RateSource
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getRateSource()
	 * @generated
	 */
	int RATE_SOURCE = 16;


	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see io.streamwise.model.campaign.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Campaign#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getId()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Campaign#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getName()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Campaign#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getFormatVersion()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Campaign#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goal</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getGoal()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Goal();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Campaign#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getBudget()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Budget();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Campaign#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getCurrency()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Currency();

	/**
	 * Returns the meta object for the reference list '{@link io.streamwise.model.campaign.Campaign#getStreams <em>Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Streams</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getStreams()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Streams();

	/**
	 * Returns the meta object for the reference list '{@link io.streamwise.model.campaign.Campaign#getTargetSegments <em>Target Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Segments</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getTargetSegments()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_TargetSegments();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Campaign#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getTarget()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Target();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Campaign#getTargetMetric <em>Target Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Metric</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getTargetMetric()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_TargetMetric();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Campaign#getFixedCosts <em>Fixed Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed Costs</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getFixedCosts()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_FixedCosts();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.Campaign#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Products</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getProducts()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Products();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.Campaign#getPlannedStreams <em>Planned Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Planned Streams</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getPlannedStreams()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_PlannedStreams();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.Campaign#getOffers <em>Offers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Offers</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getOffers()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Offers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.Campaign#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getSegments()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.Campaign#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getScenarios()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Scenarios();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.Campaign#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variants</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getVariants()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Variants();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.campaign.Campaign#getPurchaseModel <em>Purchase Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Purchase Model</em>'.
	 * @see io.streamwise.model.campaign.Campaign#getPurchaseModel()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_PurchaseModel();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.PurchaseModel <em>Purchase Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Purchase Model</em>'.
	 * @see io.streamwise.model.campaign.PurchaseModel
	 * @generated
	 */
	EClass getPurchaseModel();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.PurchaseModel#getAlgorithm <em>Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm</em>'.
	 * @see io.streamwise.model.campaign.PurchaseModel#getAlgorithm()
	 * @see #getPurchaseModel()
	 * @generated
	 */
	EAttribute getPurchaseModel_Algorithm();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.PurchaseModel#getObservationMinutes <em>Observation Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observation Minutes</em>'.
	 * @see io.streamwise.model.campaign.PurchaseModel#getObservationMinutes()
	 * @see #getPurchaseModel()
	 * @generated
	 */
	EAttribute getPurchaseModel_ObservationMinutes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.PurchaseModel#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see io.streamwise.model.campaign.PurchaseModel#getSettings()
	 * @see #getPurchaseModel()
	 * @generated
	 */
	EReference getPurchaseModel_Settings();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.ModelSetting <em>Model Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Setting</em>'.
	 * @see io.streamwise.model.campaign.ModelSetting
	 * @generated
	 */
	EClass getModelSetting();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.ModelSetting#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.streamwise.model.campaign.ModelSetting#getKey()
	 * @see #getModelSetting()
	 * @generated
	 */
	EAttribute getModelSetting_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.ModelSetting#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.streamwise.model.campaign.ModelSetting#getValue()
	 * @see #getModelSetting()
	 * @generated
	 */
	EAttribute getModelSetting_Value();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.Variant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variant</em>'.
	 * @see io.streamwise.model.campaign.Variant
	 * @generated
	 */
	EClass getVariant();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Variant#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.campaign.Variant#getId()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Variant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.campaign.Variant#getName()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Variant#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.streamwise.model.campaign.Variant#getDescription()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Variant#getTrafficShare <em>Traffic Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Traffic Share</em>'.
	 * @see io.streamwise.model.campaign.Variant#getTrafficShare()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_TrafficShare();

	/**
	 * Returns the meta object for the reference '{@link io.streamwise.model.campaign.Variant#getOffer <em>Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Offer</em>'.
	 * @see io.streamwise.model.campaign.Variant#getOffer()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Offer();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.CampaignProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Product</em>'.
	 * @see io.streamwise.model.campaign.CampaignProduct
	 * @generated
	 */
	EClass getCampaignProduct();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignProduct#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.campaign.CampaignProduct#getId()
	 * @see #getCampaignProduct()
	 * @generated
	 */
	EAttribute getCampaignProduct_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignProduct#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.campaign.CampaignProduct#getName()
	 * @see #getCampaignProduct()
	 * @generated
	 */
	EAttribute getCampaignProduct_Name();

	/**
	 * Returns the meta object for the reference '{@link io.streamwise.model.campaign.CampaignProduct#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Product</em>'.
	 * @see io.streamwise.model.campaign.CampaignProduct#getProduct()
	 * @see #getCampaignProduct()
	 * @generated
	 */
	EReference getCampaignProduct_Product();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignProduct#getPrice <em>Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price</em>'.
	 * @see io.streamwise.model.campaign.CampaignProduct#getPrice()
	 * @see #getCampaignProduct()
	 * @generated
	 */
	EAttribute getCampaignProduct_Price();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignProduct#getUnitCost <em>Unit Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Cost</em>'.
	 * @see io.streamwise.model.campaign.CampaignProduct#getUnitCost()
	 * @see #getCampaignProduct()
	 * @generated
	 */
	EAttribute getCampaignProduct_UnitCost();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignProduct#getMargin <em>Margin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Margin</em>'.
	 * @see io.streamwise.model.campaign.CampaignProduct#getMargin()
	 * @see #getCampaignProduct()
	 * @generated
	 */
	EAttribute getCampaignProduct_Margin();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignProduct#getCommission <em>Commission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commission</em>'.
	 * @see io.streamwise.model.campaign.CampaignProduct#getCommission()
	 * @see #getCampaignProduct()
	 * @generated
	 */
	EAttribute getCampaignProduct_Commission();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignProduct#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see io.streamwise.model.campaign.CampaignProduct#getCapacity()
	 * @see #getCampaignProduct()
	 * @generated
	 */
	EAttribute getCampaignProduct_Capacity();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.CampaignStream <em>Stream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stream</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream
	 * @generated
	 */
	EClass getCampaignStream();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignStream#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getId()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EAttribute getCampaignStream_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignStream#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getTitle()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EAttribute getCampaignStream_Title();

	/**
	 * Returns the meta object for the reference '{@link io.streamwise.model.campaign.CampaignStream#getScheduled <em>Scheduled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scheduled</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getScheduled()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EReference getCampaignStream_Scheduled();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignStream#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getStart()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EAttribute getCampaignStream_Start();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignStream#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getDurationMinutes()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EAttribute getCampaignStream_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignStream#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getHost()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EAttribute getCampaignStream_Host();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignStream#getExpectedReach <em>Expected Reach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Reach</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getExpectedReach()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EAttribute getCampaignStream_ExpectedReach();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignStream#getHostFee <em>Host Fee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Fee</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getHostFee()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EAttribute getCampaignStream_HostFee();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignStream#getPromotionSpend <em>Promotion Spend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promotion Spend</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getPromotionSpend()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EAttribute getCampaignStream_PromotionSpend();

	/**
	 * Returns the meta object for the reference list '{@link io.streamwise.model.campaign.CampaignStream#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Products</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getProducts()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EReference getCampaignStream_Products();

	/**
	 * Returns the meta object for the reference list '{@link io.streamwise.model.campaign.CampaignStream#getOffers <em>Offers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Offers</em>'.
	 * @see io.streamwise.model.campaign.CampaignStream#getOffers()
	 * @see #getCampaignStream()
	 * @generated
	 */
	EReference getCampaignStream_Offers();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.CampaignOffer <em>Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Offer</em>'.
	 * @see io.streamwise.model.campaign.CampaignOffer
	 * @generated
	 */
	EClass getCampaignOffer();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignOffer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.campaign.CampaignOffer#getId()
	 * @see #getCampaignOffer()
	 * @generated
	 */
	EAttribute getCampaignOffer_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignOffer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.campaign.CampaignOffer#getName()
	 * @see #getCampaignOffer()
	 * @generated
	 */
	EAttribute getCampaignOffer_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignOffer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.streamwise.model.campaign.CampaignOffer#getKind()
	 * @see #getCampaignOffer()
	 * @generated
	 */
	EAttribute getCampaignOffer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignOffer#getDiscount <em>Discount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discount</em>'.
	 * @see io.streamwise.model.campaign.CampaignOffer#getDiscount()
	 * @see #getCampaignOffer()
	 * @generated
	 */
	EAttribute getCampaignOffer_Discount();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignOffer#getBundlePrice <em>Bundle Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bundle Price</em>'.
	 * @see io.streamwise.model.campaign.CampaignOffer#getBundlePrice()
	 * @see #getCampaignOffer()
	 * @generated
	 */
	EAttribute getCampaignOffer_BundlePrice();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignOffer#getUptake <em>Uptake</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uptake</em>'.
	 * @see io.streamwise.model.campaign.CampaignOffer#getUptake()
	 * @see #getCampaignOffer()
	 * @generated
	 */
	EAttribute getCampaignOffer_Uptake();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.CampaignOffer#getPriceElasticity <em>Price Elasticity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price Elasticity</em>'.
	 * @see io.streamwise.model.campaign.CampaignOffer#getPriceElasticity()
	 * @see #getCampaignOffer()
	 * @generated
	 */
	EAttribute getCampaignOffer_PriceElasticity();

	/**
	 * Returns the meta object for the reference list '{@link io.streamwise.model.campaign.CampaignOffer#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Products</em>'.
	 * @see io.streamwise.model.campaign.CampaignOffer#getProducts()
	 * @see #getCampaignOffer()
	 * @generated
	 */
	EReference getCampaignOffer_Products();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.TargetSegment <em>Target Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Segment</em>'.
	 * @see io.streamwise.model.campaign.TargetSegment
	 * @generated
	 */
	EClass getTargetSegment();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.TargetSegment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.campaign.TargetSegment#getId()
	 * @see #getTargetSegment()
	 * @generated
	 */
	EAttribute getTargetSegment_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.TargetSegment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.campaign.TargetSegment#getName()
	 * @see #getTargetSegment()
	 * @generated
	 */
	EAttribute getTargetSegment_Name();

	/**
	 * Returns the meta object for the reference '{@link io.streamwise.model.campaign.TargetSegment#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see io.streamwise.model.campaign.TargetSegment#getSegment()
	 * @see #getTargetSegment()
	 * @generated
	 */
	EReference getTargetSegment_Segment();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.TargetSegment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see io.streamwise.model.campaign.TargetSegment#getSize()
	 * @see #getTargetSegment()
	 * @generated
	 */
	EAttribute getTargetSegment_Size();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.TargetSegment#getFunnels <em>Funnels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Funnels</em>'.
	 * @see io.streamwise.model.campaign.TargetSegment#getFunnels()
	 * @see #getTargetSegment()
	 * @generated
	 */
	EReference getTargetSegment_Funnels();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.Funnel <em>Funnel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Funnel</em>'.
	 * @see io.streamwise.model.campaign.Funnel
	 * @generated
	 */
	EClass getFunnel();

	/**
	 * Returns the meta object for the reference '{@link io.streamwise.model.campaign.Funnel#getStream <em>Stream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stream</em>'.
	 * @see io.streamwise.model.campaign.Funnel#getStream()
	 * @see #getFunnel()
	 * @generated
	 */
	EReference getFunnel_Stream();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Funnel#getWatchMinutes <em>Watch Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Watch Minutes</em>'.
	 * @see io.streamwise.model.campaign.Funnel#getWatchMinutes()
	 * @see #getFunnel()
	 * @generated
	 */
	EAttribute getFunnel_WatchMinutes();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.campaign.Funnel#getReach <em>Reach</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reach</em>'.
	 * @see io.streamwise.model.campaign.Funnel#getReach()
	 * @see #getFunnel()
	 * @generated
	 */
	EReference getFunnel_Reach();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.campaign.Funnel#getJoin <em>Join</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Join</em>'.
	 * @see io.streamwise.model.campaign.Funnel#getJoin()
	 * @see #getFunnel()
	 * @generated
	 */
	EReference getFunnel_Join();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.campaign.Funnel#getWatch <em>Watch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Watch</em>'.
	 * @see io.streamwise.model.campaign.Funnel#getWatch()
	 * @see #getFunnel()
	 * @generated
	 */
	EReference getFunnel_Watch();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.campaign.Funnel#getEngage <em>Engage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Engage</em>'.
	 * @see io.streamwise.model.campaign.Funnel#getEngage()
	 * @see #getFunnel()
	 * @generated
	 */
	EReference getFunnel_Engage();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.Funnel#getConversions <em>Conversions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conversions</em>'.
	 * @see io.streamwise.model.campaign.Funnel#getConversions()
	 * @see #getFunnel()
	 * @generated
	 */
	EReference getFunnel_Conversions();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.Conversion <em>Conversion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conversion</em>'.
	 * @see io.streamwise.model.campaign.Conversion
	 * @generated
	 */
	EClass getConversion();

	/**
	 * Returns the meta object for the reference '{@link io.streamwise.model.campaign.Conversion#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Product</em>'.
	 * @see io.streamwise.model.campaign.Conversion#getProduct()
	 * @see #getConversion()
	 * @generated
	 */
	EReference getConversion_Product();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.campaign.Conversion#getClick <em>Click</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Click</em>'.
	 * @see io.streamwise.model.campaign.Conversion#getClick()
	 * @see #getConversion()
	 * @generated
	 */
	EReference getConversion_Click();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.campaign.Conversion#getCart <em>Cart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cart</em>'.
	 * @see io.streamwise.model.campaign.Conversion#getCart()
	 * @see #getConversion()
	 * @generated
	 */
	EReference getConversion_Cart();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.campaign.Conversion#getPurchase <em>Purchase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Purchase</em>'.
	 * @see io.streamwise.model.campaign.Conversion#getPurchase()
	 * @see #getConversion()
	 * @generated
	 */
	EReference getConversion_Purchase();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.campaign.Conversion#getRefund <em>Refund</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Refund</em>'.
	 * @see io.streamwise.model.campaign.Conversion#getRefund()
	 * @see #getConversion()
	 * @generated
	 */
	EReference getConversion_Refund();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.Rate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rate</em>'.
	 * @see io.streamwise.model.campaign.Rate
	 * @generated
	 */
	EClass getRate();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Rate#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.streamwise.model.campaign.Rate#getSource()
	 * @see #getRate()
	 * @generated
	 */
	EAttribute getRate_Source();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Rate#getMean <em>Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean</em>'.
	 * @see io.streamwise.model.campaign.Rate#getMean()
	 * @see #getRate()
	 * @generated
	 */
	EAttribute getRate_Mean();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Rate#getConcentration <em>Concentration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concentration</em>'.
	 * @see io.streamwise.model.campaign.Rate#getConcentration()
	 * @see #getRate()
	 * @generated
	 */
	EAttribute getRate_Concentration();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Rate#getP10 <em>P10</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P10</em>'.
	 * @see io.streamwise.model.campaign.Rate#getP10()
	 * @see #getRate()
	 * @generated
	 */
	EAttribute getRate_P10();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Rate#getP90 <em>P90</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P90</em>'.
	 * @see io.streamwise.model.campaign.Rate#getP90()
	 * @see #getRate()
	 * @generated
	 */
	EAttribute getRate_P90();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Rate#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see io.streamwise.model.campaign.Rate#getAlpha()
	 * @see #getRate()
	 * @generated
	 */
	EAttribute getRate_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Rate#getBeta <em>Beta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta</em>'.
	 * @see io.streamwise.model.campaign.Rate#getBeta()
	 * @see #getRate()
	 * @generated
	 */
	EAttribute getRate_Beta();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Rate#getStreamConcentration <em>Stream Concentration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stream Concentration</em>'.
	 * @see io.streamwise.model.campaign.Rate#getStreamConcentration()
	 * @see #getRate()
	 * @generated
	 */
	EAttribute getRate_StreamConcentration();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Rate#getLearnedFrom <em>Learned From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learned From</em>'.
	 * @see io.streamwise.model.campaign.Rate#getLearnedFrom()
	 * @see #getRate()
	 * @generated
	 */
	EAttribute getRate_LearnedFrom();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see io.streamwise.model.campaign.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Scenario#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.campaign.Scenario#getId()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.campaign.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.streamwise.model.campaign.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.Scenario#getOverrides <em>Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overrides</em>'.
	 * @see io.streamwise.model.campaign.Scenario#getOverrides()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Overrides();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.campaign.Scenario#getAddedStreams <em>Added Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Added Streams</em>'.
	 * @see io.streamwise.model.campaign.Scenario#getAddedStreams()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_AddedStreams();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.campaign.ScenarioOverride <em>Scenario Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario Override</em>'.
	 * @see io.streamwise.model.campaign.ScenarioOverride
	 * @generated
	 */
	EClass getScenarioOverride();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.ScenarioOverride#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.streamwise.model.campaign.ScenarioOverride#getPath()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EAttribute getScenarioOverride_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.campaign.ScenarioOverride#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.streamwise.model.campaign.ScenarioOverride#getValue()
	 * @see #getScenarioOverride()
	 * @generated
	 */
	EAttribute getScenarioOverride_Value();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.campaign.CampaignGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Goal</em>'.
	 * @see io.streamwise.model.campaign.CampaignGoal
	 * @generated
	 */
	EEnum getCampaignGoal();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.campaign.TargetMetric <em>Target Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Metric</em>'.
	 * @see io.streamwise.model.campaign.TargetMetric
	 * @generated
	 */
	EEnum getTargetMetric();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.campaign.CampaignOfferKind <em>Offer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Offer Kind</em>'.
	 * @see io.streamwise.model.campaign.CampaignOfferKind
	 * @generated
	 */
	EEnum getCampaignOfferKind();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.campaign.RateSource <em>Rate Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rate Source</em>'.
	 * @see io.streamwise.model.campaign.RateSource
	 * @generated
	 */
	EEnum getRateSource();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CampaignFactory getCampaignFactory();

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
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.CampaignImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__ID = eINSTANCE.getCampaign_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME = eINSTANCE.getCampaign_Name();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__FORMAT_VERSION = eINSTANCE.getCampaign_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__GOAL = eINSTANCE.getCampaign_Goal();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__BUDGET = eINSTANCE.getCampaign_Budget();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__CURRENCY = eINSTANCE.getCampaign_Currency();

		/**
		 * The meta object literal for the '<em><b>Streams</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__STREAMS = eINSTANCE.getCampaign_Streams();

		/**
		 * The meta object literal for the '<em><b>Target Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__TARGET_SEGMENTS = eINSTANCE.getCampaign_TargetSegments();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__TARGET = eINSTANCE.getCampaign_Target();

		/**
		 * The meta object literal for the '<em><b>Target Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__TARGET_METRIC = eINSTANCE.getCampaign_TargetMetric();

		/**
		 * The meta object literal for the '<em><b>Fixed Costs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__FIXED_COSTS = eINSTANCE.getCampaign_FixedCosts();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__PRODUCTS = eINSTANCE.getCampaign_Products();

		/**
		 * The meta object literal for the '<em><b>Planned Streams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__PLANNED_STREAMS = eINSTANCE.getCampaign_PlannedStreams();

		/**
		 * The meta object literal for the '<em><b>Offers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__OFFERS = eINSTANCE.getCampaign_Offers();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__SEGMENTS = eINSTANCE.getCampaign_Segments();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__SCENARIOS = eINSTANCE.getCampaign_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__VARIANTS = eINSTANCE.getCampaign_Variants();

		/**
		 * The meta object literal for the '<em><b>Purchase Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__PURCHASE_MODEL = eINSTANCE.getCampaign_PurchaseModel();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.PurchaseModelImpl <em>Purchase Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.PurchaseModelImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getPurchaseModel()
		 * @generated
		 */
		EClass PURCHASE_MODEL = eINSTANCE.getPurchaseModel();

		/**
		 * The meta object literal for the '<em><b>Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE_MODEL__ALGORITHM = eINSTANCE.getPurchaseModel_Algorithm();

		/**
		 * The meta object literal for the '<em><b>Observation Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PURCHASE_MODEL__OBSERVATION_MINUTES = eINSTANCE.getPurchaseModel_ObservationMinutes();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PURCHASE_MODEL__SETTINGS = eINSTANCE.getPurchaseModel_Settings();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.ModelSettingImpl <em>Model Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.ModelSettingImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getModelSetting()
		 * @generated
		 */
		EClass MODEL_SETTING = eINSTANCE.getModelSetting();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SETTING__KEY = eINSTANCE.getModelSetting_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SETTING__VALUE = eINSTANCE.getModelSetting_Value();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.VariantImpl <em>Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.VariantImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getVariant()
		 * @generated
		 */
		EClass VARIANT = eINSTANCE.getVariant();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__ID = eINSTANCE.getVariant_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__NAME = eINSTANCE.getVariant_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__DESCRIPTION = eINSTANCE.getVariant_Description();

		/**
		 * The meta object literal for the '<em><b>Traffic Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__TRAFFIC_SHARE = eINSTANCE.getVariant_TrafficShare();

		/**
		 * The meta object literal for the '<em><b>Offer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__OFFER = eINSTANCE.getVariant_Offer();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.CampaignProductImpl <em>Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.CampaignProductImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignProduct()
		 * @generated
		 */
		EClass CAMPAIGN_PRODUCT = eINSTANCE.getCampaignProduct();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PRODUCT__ID = eINSTANCE.getCampaignProduct_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PRODUCT__NAME = eINSTANCE.getCampaignProduct_Name();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN_PRODUCT__PRODUCT = eINSTANCE.getCampaignProduct_Product();

		/**
		 * The meta object literal for the '<em><b>Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PRODUCT__PRICE = eINSTANCE.getCampaignProduct_Price();

		/**
		 * The meta object literal for the '<em><b>Unit Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PRODUCT__UNIT_COST = eINSTANCE.getCampaignProduct_UnitCost();

		/**
		 * The meta object literal for the '<em><b>Margin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PRODUCT__MARGIN = eINSTANCE.getCampaignProduct_Margin();

		/**
		 * The meta object literal for the '<em><b>Commission</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PRODUCT__COMMISSION = eINSTANCE.getCampaignProduct_Commission();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_PRODUCT__CAPACITY = eINSTANCE.getCampaignProduct_Capacity();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.CampaignStreamImpl <em>Stream</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.CampaignStreamImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignStream()
		 * @generated
		 */
		EClass CAMPAIGN_STREAM = eINSTANCE.getCampaignStream();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_STREAM__ID = eINSTANCE.getCampaignStream_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_STREAM__TITLE = eINSTANCE.getCampaignStream_Title();

		/**
		 * The meta object literal for the '<em><b>Scheduled</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN_STREAM__SCHEDULED = eINSTANCE.getCampaignStream_Scheduled();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_STREAM__START = eINSTANCE.getCampaignStream_Start();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_STREAM__DURATION_MINUTES = eINSTANCE.getCampaignStream_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_STREAM__HOST = eINSTANCE.getCampaignStream_Host();

		/**
		 * The meta object literal for the '<em><b>Expected Reach</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_STREAM__EXPECTED_REACH = eINSTANCE.getCampaignStream_ExpectedReach();

		/**
		 * The meta object literal for the '<em><b>Host Fee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_STREAM__HOST_FEE = eINSTANCE.getCampaignStream_HostFee();

		/**
		 * The meta object literal for the '<em><b>Promotion Spend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_STREAM__PROMOTION_SPEND = eINSTANCE.getCampaignStream_PromotionSpend();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN_STREAM__PRODUCTS = eINSTANCE.getCampaignStream_Products();

		/**
		 * The meta object literal for the '<em><b>Offers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN_STREAM__OFFERS = eINSTANCE.getCampaignStream_Offers();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.CampaignOfferImpl <em>Offer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.CampaignOfferImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignOffer()
		 * @generated
		 */
		EClass CAMPAIGN_OFFER = eINSTANCE.getCampaignOffer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_OFFER__ID = eINSTANCE.getCampaignOffer_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_OFFER__NAME = eINSTANCE.getCampaignOffer_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_OFFER__KIND = eINSTANCE.getCampaignOffer_Kind();

		/**
		 * The meta object literal for the '<em><b>Discount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_OFFER__DISCOUNT = eINSTANCE.getCampaignOffer_Discount();

		/**
		 * The meta object literal for the '<em><b>Bundle Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_OFFER__BUNDLE_PRICE = eINSTANCE.getCampaignOffer_BundlePrice();

		/**
		 * The meta object literal for the '<em><b>Uptake</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_OFFER__UPTAKE = eINSTANCE.getCampaignOffer_Uptake();

		/**
		 * The meta object literal for the '<em><b>Price Elasticity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_OFFER__PRICE_ELASTICITY = eINSTANCE.getCampaignOffer_PriceElasticity();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN_OFFER__PRODUCTS = eINSTANCE.getCampaignOffer_Products();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.TargetSegmentImpl <em>Target Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.TargetSegmentImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getTargetSegment()
		 * @generated
		 */
		EClass TARGET_SEGMENT = eINSTANCE.getTargetSegment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_SEGMENT__ID = eINSTANCE.getTargetSegment_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_SEGMENT__NAME = eINSTANCE.getTargetSegment_Name();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET_SEGMENT__SEGMENT = eINSTANCE.getTargetSegment_Segment();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_SEGMENT__SIZE = eINSTANCE.getTargetSegment_Size();

		/**
		 * The meta object literal for the '<em><b>Funnels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET_SEGMENT__FUNNELS = eINSTANCE.getTargetSegment_Funnels();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.FunnelImpl <em>Funnel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.FunnelImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getFunnel()
		 * @generated
		 */
		EClass FUNNEL = eINSTANCE.getFunnel();

		/**
		 * The meta object literal for the '<em><b>Stream</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNNEL__STREAM = eINSTANCE.getFunnel_Stream();

		/**
		 * The meta object literal for the '<em><b>Watch Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNNEL__WATCH_MINUTES = eINSTANCE.getFunnel_WatchMinutes();

		/**
		 * The meta object literal for the '<em><b>Reach</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNNEL__REACH = eINSTANCE.getFunnel_Reach();

		/**
		 * The meta object literal for the '<em><b>Join</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNNEL__JOIN = eINSTANCE.getFunnel_Join();

		/**
		 * The meta object literal for the '<em><b>Watch</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNNEL__WATCH = eINSTANCE.getFunnel_Watch();

		/**
		 * The meta object literal for the '<em><b>Engage</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNNEL__ENGAGE = eINSTANCE.getFunnel_Engage();

		/**
		 * The meta object literal for the '<em><b>Conversions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNNEL__CONVERSIONS = eINSTANCE.getFunnel_Conversions();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.ConversionImpl <em>Conversion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.ConversionImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getConversion()
		 * @generated
		 */
		EClass CONVERSION = eINSTANCE.getConversion();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSION__PRODUCT = eINSTANCE.getConversion_Product();

		/**
		 * The meta object literal for the '<em><b>Click</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSION__CLICK = eINSTANCE.getConversion_Click();

		/**
		 * The meta object literal for the '<em><b>Cart</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSION__CART = eINSTANCE.getConversion_Cart();

		/**
		 * The meta object literal for the '<em><b>Purchase</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSION__PURCHASE = eINSTANCE.getConversion_Purchase();

		/**
		 * The meta object literal for the '<em><b>Refund</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSION__REFUND = eINSTANCE.getConversion_Refund();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.RateImpl <em>Rate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.RateImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getRate()
		 * @generated
		 */
		EClass RATE = eINSTANCE.getRate();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE__SOURCE = eINSTANCE.getRate_Source();

		/**
		 * The meta object literal for the '<em><b>Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE__MEAN = eINSTANCE.getRate_Mean();

		/**
		 * The meta object literal for the '<em><b>Concentration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE__CONCENTRATION = eINSTANCE.getRate_Concentration();

		/**
		 * The meta object literal for the '<em><b>P10</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE__P10 = eINSTANCE.getRate_P10();

		/**
		 * The meta object literal for the '<em><b>P90</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE__P90 = eINSTANCE.getRate_P90();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE__ALPHA = eINSTANCE.getRate_Alpha();

		/**
		 * The meta object literal for the '<em><b>Beta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE__BETA = eINSTANCE.getRate_Beta();

		/**
		 * The meta object literal for the '<em><b>Stream Concentration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE__STREAM_CONCENTRATION = eINSTANCE.getRate_StreamConcentration();

		/**
		 * The meta object literal for the '<em><b>Learned From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RATE__LEARNED_FROM = eINSTANCE.getRate_LearnedFrom();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.ScenarioImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__ID = eINSTANCE.getScenario_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__OVERRIDES = eINSTANCE.getScenario_Overrides();

		/**
		 * The meta object literal for the '<em><b>Added Streams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__ADDED_STREAMS = eINSTANCE.getScenario_AddedStreams();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.impl.ScenarioOverrideImpl <em>Scenario Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.impl.ScenarioOverrideImpl
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getScenarioOverride()
		 * @generated
		 */
		EClass SCENARIO_OVERRIDE = eINSTANCE.getScenarioOverride();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_OVERRIDE__PATH = eINSTANCE.getScenarioOverride_Path();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO_OVERRIDE__VALUE = eINSTANCE.getScenarioOverride_Value();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.CampaignGoal <em>Goal</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.CampaignGoal
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignGoal()
		 * @generated
		 */
		EEnum CAMPAIGN_GOAL = eINSTANCE.getCampaignGoal();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.TargetMetric <em>Target Metric</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.TargetMetric
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getTargetMetric()
		 * @generated
		 */
		EEnum TARGET_METRIC = eINSTANCE.getTargetMetric();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.CampaignOfferKind <em>Offer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.CampaignOfferKind
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignOfferKind()
		 * @generated
		 */
		EEnum CAMPAIGN_OFFER_KIND = eINSTANCE.getCampaignOfferKind();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.campaign.RateSource <em>Rate Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.RateSource
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getRateSource()
		 * @generated
		 */
		EEnum RATE_SOURCE = eINSTANCE.getRateSource();

	}

} //CampaignPackage
