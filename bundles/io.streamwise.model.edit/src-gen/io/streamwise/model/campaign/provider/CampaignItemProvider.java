/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.provider;


import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignPackage;

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
 * This is the item provider adapter for a {@link io.streamwise.model.campaign.Campaign} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CampaignItemProvider 
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
	public CampaignItemProvider(AdapterFactory adapterFactory)
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
			addGoalPropertyDescriptor(object);
			addBudgetPropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
			addStreamsPropertyDescriptor(object);
			addTargetSegmentsPropertyDescriptor(object);
			addTargetPropertyDescriptor(object);
			addTargetMetricPropertyDescriptor(object);
			addFixedCostsPropertyDescriptor(object);
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
				 getString("_UI_Campaign_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_id_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__ID,
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
				 getString("_UI_Campaign_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_name_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__NAME,
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
				 getString("_UI_Campaign_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_formatVersion_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Goal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGoalPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Campaign_goal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_goal_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__GOAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Budget feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBudgetPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Campaign_budget_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_budget_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__BUDGET,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Campaign_currency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_currency_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Streams feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStreamsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Campaign_streams_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_streams_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__STREAMS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Segments feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetSegmentsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Campaign_targetSegments_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_targetSegments_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__TARGET_SEGMENTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Campaign_target_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_target_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__TARGET,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Metric feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetMetricPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Campaign_targetMetric_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_targetMetric_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__TARGET_METRIC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fixed Costs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFixedCostsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Campaign_fixedCosts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Campaign_fixedCosts_feature", "_UI_Campaign_type"),
				 CampaignPackage.Literals.CAMPAIGN__FIXED_COSTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
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
			childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__PRODUCTS);
			childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__PLANNED_STREAMS);
			childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__OFFERS);
			childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__SEGMENTS);
			childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__SCENARIOS);
			childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__VARIANTS);
			childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__PURCHASE_MODEL);
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
	 * This returns Campaign.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Campaign"));
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
		String label = ((Campaign)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Campaign_type") :
			getString("_UI_Campaign_type") + " " + label;
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

		switch (notification.getFeatureID(Campaign.class))
		{
			case CampaignPackage.CAMPAIGN__ID:
			case CampaignPackage.CAMPAIGN__NAME:
			case CampaignPackage.CAMPAIGN__FORMAT_VERSION:
			case CampaignPackage.CAMPAIGN__GOAL:
			case CampaignPackage.CAMPAIGN__BUDGET:
			case CampaignPackage.CAMPAIGN__CURRENCY:
			case CampaignPackage.CAMPAIGN__TARGET:
			case CampaignPackage.CAMPAIGN__TARGET_METRIC:
			case CampaignPackage.CAMPAIGN__FIXED_COSTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CampaignPackage.CAMPAIGN__PRODUCTS:
			case CampaignPackage.CAMPAIGN__PLANNED_STREAMS:
			case CampaignPackage.CAMPAIGN__OFFERS:
			case CampaignPackage.CAMPAIGN__SEGMENTS:
			case CampaignPackage.CAMPAIGN__SCENARIOS:
			case CampaignPackage.CAMPAIGN__VARIANTS:
			case CampaignPackage.CAMPAIGN__PURCHASE_MODEL:
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
				(CampaignPackage.Literals.CAMPAIGN__PRODUCTS,
				 CampaignFactory.eINSTANCE.createCampaignProduct()));

		newChildDescriptors.add
			(createChildParameter
				(CampaignPackage.Literals.CAMPAIGN__PLANNED_STREAMS,
				 CampaignFactory.eINSTANCE.createCampaignStream()));

		newChildDescriptors.add
			(createChildParameter
				(CampaignPackage.Literals.CAMPAIGN__OFFERS,
				 CampaignFactory.eINSTANCE.createCampaignOffer()));

		newChildDescriptors.add
			(createChildParameter
				(CampaignPackage.Literals.CAMPAIGN__SEGMENTS,
				 CampaignFactory.eINSTANCE.createTargetSegment()));

		newChildDescriptors.add
			(createChildParameter
				(CampaignPackage.Literals.CAMPAIGN__SCENARIOS,
				 CampaignFactory.eINSTANCE.createScenario()));

		newChildDescriptors.add
			(createChildParameter
				(CampaignPackage.Literals.CAMPAIGN__VARIANTS,
				 CampaignFactory.eINSTANCE.createVariant()));

		newChildDescriptors.add
			(createChildParameter
				(CampaignPackage.Literals.CAMPAIGN__PURCHASE_MODEL,
				 CampaignFactory.eINSTANCE.createPurchaseModel()));
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
