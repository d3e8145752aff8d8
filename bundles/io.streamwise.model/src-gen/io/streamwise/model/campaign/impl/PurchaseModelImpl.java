/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.ModelSetting;
import io.streamwise.model.campaign.PurchaseModel;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Purchase Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.impl.PurchaseModelImpl#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.PurchaseModelImpl#getObservationMinutes <em>Observation Minutes</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.PurchaseModelImpl#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PurchaseModelImpl extends MinimalEObjectImpl.Container implements PurchaseModel
{
	/**
	 * The default value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final String ALGORITHM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected String algorithm = ALGORITHM_EDEFAULT;

	/**
	 * The default value of the '{@link #getObservationMinutes() <em>Observation Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int OBSERVATION_MINUTES_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getObservationMinutes() <em>Observation Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int observationMinutes = OBSERVATION_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<ModelSetting> settings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PurchaseModelImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return CampaignPackage.Literals.PURCHASE_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlgorithm()
	{
		return algorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlgorithm(String newAlgorithm)
	{
		String oldAlgorithm = algorithm;
		algorithm = newAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.PURCHASE_MODEL__ALGORITHM, oldAlgorithm, algorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getObservationMinutes()
	{
		return observationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservationMinutes(int newObservationMinutes)
	{
		int oldObservationMinutes = observationMinutes;
		observationMinutes = newObservationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.PURCHASE_MODEL__OBSERVATION_MINUTES, oldObservationMinutes, observationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelSetting> getSettings()
	{
		if (settings == null)
		{
			settings = new EObjectContainmentEList<ModelSetting>(ModelSetting.class, this, CampaignPackage.PURCHASE_MODEL__SETTINGS);
		}
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case CampaignPackage.PURCHASE_MODEL__SETTINGS:
				return ((InternalEList<?>)getSettings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case CampaignPackage.PURCHASE_MODEL__ALGORITHM:
				return getAlgorithm();
			case CampaignPackage.PURCHASE_MODEL__OBSERVATION_MINUTES:
				return getObservationMinutes();
			case CampaignPackage.PURCHASE_MODEL__SETTINGS:
				return getSettings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case CampaignPackage.PURCHASE_MODEL__ALGORITHM:
				setAlgorithm((String)newValue);
				return;
			case CampaignPackage.PURCHASE_MODEL__OBSERVATION_MINUTES:
				setObservationMinutes((Integer)newValue);
				return;
			case CampaignPackage.PURCHASE_MODEL__SETTINGS:
				getSettings().clear();
				getSettings().addAll((Collection<? extends ModelSetting>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case CampaignPackage.PURCHASE_MODEL__ALGORITHM:
				setAlgorithm(ALGORITHM_EDEFAULT);
				return;
			case CampaignPackage.PURCHASE_MODEL__OBSERVATION_MINUTES:
				setObservationMinutes(OBSERVATION_MINUTES_EDEFAULT);
				return;
			case CampaignPackage.PURCHASE_MODEL__SETTINGS:
				getSettings().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case CampaignPackage.PURCHASE_MODEL__ALGORITHM:
				return ALGORITHM_EDEFAULT == null ? algorithm != null : !ALGORITHM_EDEFAULT.equals(algorithm);
			case CampaignPackage.PURCHASE_MODEL__OBSERVATION_MINUTES:
				return observationMinutes != OBSERVATION_MINUTES_EDEFAULT;
			case CampaignPackage.PURCHASE_MODEL__SETTINGS:
				return settings != null && !settings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (algorithm: ");
		result.append(algorithm);
		result.append(", observationMinutes: ");
		result.append(observationMinutes);
		result.append(')');
		return result.toString();
	}

} //PurchaseModelImpl
