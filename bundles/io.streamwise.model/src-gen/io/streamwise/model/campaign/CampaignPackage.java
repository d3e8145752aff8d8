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
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__VARIANTS = 8;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.campaign.impl.VariantImpl <em>Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.impl.VariantImpl
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getVariant()
	 * @generated
	 */
	int VARIANT = 1;

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
	 * The meta object id for the '{@link io.streamwise.model.campaign.CampaignGoal <em>Goal</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.campaign.CampaignGoal
	 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignGoal()
	 * @generated
	 */
	int CAMPAIGN_GOAL = 2;


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
	 * Returns the meta object for enum '{@link io.streamwise.model.campaign.CampaignGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Goal</em>'.
	 * @see io.streamwise.model.campaign.CampaignGoal
	 * @generated
	 */
	EEnum getCampaignGoal();

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
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__VARIANTS = eINSTANCE.getCampaign_Variants();

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
		 * The meta object literal for the '{@link io.streamwise.model.campaign.CampaignGoal <em>Goal</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.campaign.CampaignGoal
		 * @see io.streamwise.model.campaign.impl.CampaignPackageImpl#getCampaignGoal()
		 * @generated
		 */
		EEnum CAMPAIGN_GOAL = eINSTANCE.getCampaignGoal();

	}

} //CampaignPackage
