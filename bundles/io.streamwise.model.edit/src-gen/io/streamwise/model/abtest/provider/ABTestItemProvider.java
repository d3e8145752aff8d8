/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest.provider;


import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.ABTestFactory;
import io.streamwise.model.abtest.ABTestPackage;

import io.streamwise.model.edit.StreamwiseEditPlugin;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.streamwise.model.abtest.ABTest} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ABTestItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ABTestItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
			addHypothesisPropertyDescriptor(object);
			addUnitPropertyDescriptor(object);
			addAlphaPropertyDescriptor(object);
			addPowerPropertyDescriptor(object);
			addMinimumDetectableEffectPropertyDescriptor(object);
			addEffectScalePropertyDescriptor(object);
			addCorrectionPropertyDescriptor(object);
			addAnalysisMethodPropertyDescriptor(object);
			addCovariatePropertyDescriptor(object);
			addCovariateCorrelationPropertyDescriptor(object);
			addClusterSizePropertyDescriptor(object);
			addIntraclassCorrelationPropertyDescriptor(object);
			addDailyTrafficPropertyDescriptor(object);
			addPriorAlphaPropertyDescriptor(object);
			addPriorBetaPropertyDescriptor(object);
			addMinimumUnitsPerArmPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_id_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_name_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_formatVersion_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hypothesis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHypothesisPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_hypothesis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_hypothesis_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__HYPOTHESIS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_unit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_unit_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Alpha feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAlphaPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_alpha_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_alpha_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__ALPHA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Power feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPowerPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_power_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_power_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__POWER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Detectable Effect feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumDetectableEffectPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_minimumDetectableEffect_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_minimumDetectableEffect_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__MINIMUM_DETECTABLE_EFFECT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Effect Scale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEffectScalePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_effectScale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_effectScale_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__EFFECT_SCALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Correction feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCorrectionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_correction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_correction_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__CORRECTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Analysis Method feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnalysisMethodPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_analysisMethod_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_analysisMethod_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__ANALYSIS_METHOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Covariate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCovariatePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_covariate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_covariate_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__COVARIATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Covariate Correlation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCovariateCorrelationPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_covariateCorrelation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_covariateCorrelation_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__COVARIATE_CORRELATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cluster Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClusterSizePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_clusterSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_clusterSize_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__CLUSTER_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Intraclass Correlation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIntraclassCorrelationPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_intraclassCorrelation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_intraclassCorrelation_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__INTRACLASS_CORRELATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Daily Traffic feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDailyTrafficPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_dailyTraffic_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_dailyTraffic_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__DAILY_TRAFFIC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Prior Alpha feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPriorAlphaPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_priorAlpha_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_priorAlpha_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__PRIOR_ALPHA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Prior Beta feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPriorBetaPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_priorBeta_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_priorBeta_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__PRIOR_BETA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Units Per Arm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumUnitsPerArmPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ABTest_minimumUnitsPerArm_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ABTest_minimumUnitsPerArm_feature", "_UI_ABTest_type"),
				 ABTestPackage.Literals.AB_TEST__MINIMUM_UNITS_PER_ARM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(ABTestPackage.Literals.AB_TEST__VARIANTS);
			childrenFeatures.add(ABTestPackage.Literals.AB_TEST__PRIMARY_METRIC);
			childrenFeatures.add(ABTestPackage.Literals.AB_TEST__GUARDRAIL_METRICS);
			childrenFeatures.add(ABTestPackage.Literals.AB_TEST__MONITORING);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ABTest.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ABTest"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((ABTest)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ABTest_type") :
			getString("_UI_ABTest_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(ABTest.class))
		{
			case ABTestPackage.AB_TEST__ID:
			case ABTestPackage.AB_TEST__NAME:
			case ABTestPackage.AB_TEST__FORMAT_VERSION:
			case ABTestPackage.AB_TEST__HYPOTHESIS:
			case ABTestPackage.AB_TEST__UNIT:
			case ABTestPackage.AB_TEST__ALPHA:
			case ABTestPackage.AB_TEST__POWER:
			case ABTestPackage.AB_TEST__MINIMUM_DETECTABLE_EFFECT:
			case ABTestPackage.AB_TEST__EFFECT_SCALE:
			case ABTestPackage.AB_TEST__CORRECTION:
			case ABTestPackage.AB_TEST__ANALYSIS_METHOD:
			case ABTestPackage.AB_TEST__COVARIATE:
			case ABTestPackage.AB_TEST__COVARIATE_CORRELATION:
			case ABTestPackage.AB_TEST__CLUSTER_SIZE:
			case ABTestPackage.AB_TEST__INTRACLASS_CORRELATION:
			case ABTestPackage.AB_TEST__DAILY_TRAFFIC:
			case ABTestPackage.AB_TEST__PRIOR_ALPHA:
			case ABTestPackage.AB_TEST__PRIOR_BETA:
			case ABTestPackage.AB_TEST__MINIMUM_UNITS_PER_ARM:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ABTestPackage.AB_TEST__VARIANTS:
			case ABTestPackage.AB_TEST__PRIMARY_METRIC:
			case ABTestPackage.AB_TEST__GUARDRAIL_METRICS:
			case ABTestPackage.AB_TEST__MONITORING:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ABTestPackage.Literals.AB_TEST__VARIANTS,
				 ABTestFactory.eINSTANCE.createVariant()));

		newChildDescriptors.add
			(createChildParameter
				(ABTestPackage.Literals.AB_TEST__PRIMARY_METRIC,
				 ABTestFactory.eINSTANCE.createMetric()));

		newChildDescriptors.add
			(createChildParameter
				(ABTestPackage.Literals.AB_TEST__GUARDRAIL_METRICS,
				 ABTestFactory.eINSTANCE.createMetric()));

		newChildDescriptors.add
			(createChildParameter
				(ABTestPackage.Literals.AB_TEST__MONITORING,
				 ABTestFactory.eINSTANCE.createMonitoringPlan()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection)
	{
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == ABTestPackage.Literals.AB_TEST__PRIMARY_METRIC ||
			childFeature == ABTestPackage.Literals.AB_TEST__GUARDRAIL_METRICS;

		if (qualify)
		{
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		return StreamwiseEditPlugin.INSTANCE;
	}

}
