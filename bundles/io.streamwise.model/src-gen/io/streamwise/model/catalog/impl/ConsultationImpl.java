/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.catalog.impl;

import io.streamwise.model.catalog.CatalogPackage;
import io.streamwise.model.catalog.Consultation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consultation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.catalog.impl.ConsultationImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link io.streamwise.model.catalog.impl.ConsultationImpl#isOneToOne <em>One To One</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsultationImpl extends KnowledgeAssetImpl implements Consultation
{
	/**
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isOneToOne() <em>One To One</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOneToOne()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONE_TO_ONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOneToOne() <em>One To One</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOneToOne()
	 * @generated
	 * @ordered
	 */
	protected boolean oneToOne = ONE_TO_ONE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsultationImpl()
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
		return CatalogPackage.Literals.CONSULTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes()
	{
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes)
	{
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CONSULTATION__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOneToOne()
	{
		return oneToOne;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOneToOne(boolean newOneToOne)
	{
		boolean oldOneToOne = oneToOne;
		oneToOne = newOneToOne;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.CONSULTATION__ONE_TO_ONE, oldOneToOne, oneToOne));
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
			case CatalogPackage.CONSULTATION__DURATION_MINUTES:
				return getDurationMinutes();
			case CatalogPackage.CONSULTATION__ONE_TO_ONE:
				return isOneToOne();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case CatalogPackage.CONSULTATION__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case CatalogPackage.CONSULTATION__ONE_TO_ONE:
				setOneToOne((Boolean)newValue);
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
			case CatalogPackage.CONSULTATION__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case CatalogPackage.CONSULTATION__ONE_TO_ONE:
				setOneToOne(ONE_TO_ONE_EDEFAULT);
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
			case CatalogPackage.CONSULTATION__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case CatalogPackage.CONSULTATION__ONE_TO_ONE:
				return oneToOne != ONE_TO_ONE_EDEFAULT;
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
		result.append(" (durationMinutes: ");
		result.append(durationMinutes);
		result.append(", oneToOne: ");
		result.append(oneToOne);
		result.append(')');
		return result.toString();
	}

} //ConsultationImpl
