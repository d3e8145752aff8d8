/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.util;

import io.streamwise.model.campaign.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.streamwise.model.campaign.CampaignPackage
 * @generated
 */
public class CampaignAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CampaignPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = CampaignPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignSwitch<Adapter> modelSwitch =
		new CampaignSwitch<Adapter>()
		{
			@Override
			public Adapter caseCampaign(Campaign object)
			{
				return createCampaignAdapter();
			}
			@Override
			public Adapter casePurchaseModel(PurchaseModel object)
			{
				return createPurchaseModelAdapter();
			}
			@Override
			public Adapter caseModelSetting(ModelSetting object)
			{
				return createModelSettingAdapter();
			}
			@Override
			public Adapter caseVariant(Variant object)
			{
				return createVariantAdapter();
			}
			@Override
			public Adapter caseCampaignProduct(CampaignProduct object)
			{
				return createCampaignProductAdapter();
			}
			@Override
			public Adapter caseCampaignStream(CampaignStream object)
			{
				return createCampaignStreamAdapter();
			}
			@Override
			public Adapter caseCampaignOffer(CampaignOffer object)
			{
				return createCampaignOfferAdapter();
			}
			@Override
			public Adapter caseTargetSegment(TargetSegment object)
			{
				return createTargetSegmentAdapter();
			}
			@Override
			public Adapter caseFunnel(Funnel object)
			{
				return createFunnelAdapter();
			}
			@Override
			public Adapter caseConversion(Conversion object)
			{
				return createConversionAdapter();
			}
			@Override
			public Adapter caseRate(Rate object)
			{
				return createRateAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object)
			{
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseScenarioOverride(ScenarioOverride object)
			{
				return createScenarioOverrideAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.Campaign
	 * @generated
	 */
	public Adapter createCampaignAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.PurchaseModel <em>Purchase Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.PurchaseModel
	 * @generated
	 */
	public Adapter createPurchaseModelAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.ModelSetting <em>Model Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.ModelSetting
	 * @generated
	 */
	public Adapter createModelSettingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.Variant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.Variant
	 * @generated
	 */
	public Adapter createVariantAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.CampaignProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.CampaignProduct
	 * @generated
	 */
	public Adapter createCampaignProductAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.CampaignStream <em>Stream</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.CampaignStream
	 * @generated
	 */
	public Adapter createCampaignStreamAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.CampaignOffer <em>Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.CampaignOffer
	 * @generated
	 */
	public Adapter createCampaignOfferAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.TargetSegment <em>Target Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.TargetSegment
	 * @generated
	 */
	public Adapter createTargetSegmentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.Funnel <em>Funnel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.Funnel
	 * @generated
	 */
	public Adapter createFunnelAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.Conversion <em>Conversion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.Conversion
	 * @generated
	 */
	public Adapter createConversionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.Rate <em>Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.Rate
	 * @generated
	 */
	public Adapter createRateAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.campaign.ScenarioOverride <em>Scenario Override</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.campaign.ScenarioOverride
	 * @generated
	 */
	public Adapter createScenarioOverrideAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //CampaignAdapterFactory
