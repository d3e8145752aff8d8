/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.campaign.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CampaignFactoryImpl extends EFactoryImpl implements CampaignFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CampaignFactory init()
	{
		try
		{
			CampaignFactory theCampaignFactory = (CampaignFactory)EPackage.Registry.INSTANCE.getEFactory(CampaignPackage.eNS_URI);
			if (theCampaignFactory != null)
			{
				return theCampaignFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CampaignFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case CampaignPackage.CAMPAIGN: return createCampaign();
			case CampaignPackage.PURCHASE_MODEL: return createPurchaseModel();
			case CampaignPackage.MODEL_SETTING: return createModelSetting();
			case CampaignPackage.VARIANT: return createVariant();
			case CampaignPackage.CAMPAIGN_PRODUCT: return createCampaignProduct();
			case CampaignPackage.CAMPAIGN_STREAM: return createCampaignStream();
			case CampaignPackage.CAMPAIGN_OFFER: return createCampaignOffer();
			case CampaignPackage.TARGET_SEGMENT: return createTargetSegment();
			case CampaignPackage.FUNNEL: return createFunnel();
			case CampaignPackage.CONVERSION: return createConversion();
			case CampaignPackage.RATE: return createRate();
			case CampaignPackage.SCENARIO: return createScenario();
			case CampaignPackage.SCENARIO_OVERRIDE: return createScenarioOverride();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case CampaignPackage.CAMPAIGN_GOAL:
				return createCampaignGoalFromString(eDataType, initialValue);
			case CampaignPackage.TARGET_METRIC:
				return createTargetMetricFromString(eDataType, initialValue);
			case CampaignPackage.CAMPAIGN_OFFER_KIND:
				return createCampaignOfferKindFromString(eDataType, initialValue);
			case CampaignPackage.RATE_SOURCE:
				return createRateSourceFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case CampaignPackage.CAMPAIGN_GOAL:
				return convertCampaignGoalToString(eDataType, instanceValue);
			case CampaignPackage.TARGET_METRIC:
				return convertTargetMetricToString(eDataType, instanceValue);
			case CampaignPackage.CAMPAIGN_OFFER_KIND:
				return convertCampaignOfferKindToString(eDataType, instanceValue);
			case CampaignPackage.RATE_SOURCE:
				return convertRateSourceToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign createCampaign()
	{
		CampaignImpl campaign = new CampaignImpl();
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PurchaseModel createPurchaseModel()
	{
		PurchaseModelImpl purchaseModel = new PurchaseModelImpl();
		return purchaseModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelSetting createModelSetting()
	{
		ModelSettingImpl modelSetting = new ModelSettingImpl();
		return modelSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variant createVariant()
	{
		VariantImpl variant = new VariantImpl();
		return variant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignProduct createCampaignProduct()
	{
		CampaignProductImpl campaignProduct = new CampaignProductImpl();
		return campaignProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignStream createCampaignStream()
	{
		CampaignStreamImpl campaignStream = new CampaignStreamImpl();
		return campaignStream;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignOffer createCampaignOffer()
	{
		CampaignOfferImpl campaignOffer = new CampaignOfferImpl();
		return campaignOffer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetSegment createTargetSegment()
	{
		TargetSegmentImpl targetSegment = new TargetSegmentImpl();
		return targetSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Funnel createFunnel()
	{
		FunnelImpl funnel = new FunnelImpl();
		return funnel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conversion createConversion()
	{
		ConversionImpl conversion = new ConversionImpl();
		return conversion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rate createRate()
	{
		RateImpl rate = new RateImpl();
		return rate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario()
	{
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioOverride createScenarioOverride()
	{
		ScenarioOverrideImpl scenarioOverride = new ScenarioOverrideImpl();
		return scenarioOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignGoal createCampaignGoalFromString(EDataType eDataType, String initialValue)
	{
		CampaignGoal result = CampaignGoal.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCampaignGoalToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetMetric createTargetMetricFromString(EDataType eDataType, String initialValue)
	{
		TargetMetric result = TargetMetric.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetMetricToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignOfferKind createCampaignOfferKindFromString(EDataType eDataType, String initialValue)
	{
		CampaignOfferKind result = CampaignOfferKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCampaignOfferKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RateSource createRateSourceFromString(EDataType eDataType, String initialValue)
	{
		RateSource result = RateSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRateSourceToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignPackage getCampaignPackage()
	{
		return (CampaignPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CampaignPackage getPackage()
	{
		return CampaignPackage.eINSTANCE;
	}

} //CampaignFactoryImpl
