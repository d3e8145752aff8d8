/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.catalog.impl;

import io.streamwise.model.catalog.CatalogPackage;
import io.streamwise.model.catalog.Membership;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.catalog.impl.MembershipImpl#getPeriodDays <em>Period Days</em>}</li>
 *   <li>{@link io.streamwise.model.catalog.impl.MembershipImpl#isRecurring <em>Recurring</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MembershipImpl extends KnowledgeAssetImpl implements Membership
{
	/**
	 * The default value of the '{@link #getPeriodDays() <em>Period Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodDays()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPeriodDays() <em>Period Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodDays()
	 * @generated
	 * @ordered
	 */
	protected int periodDays = PERIOD_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRecurring() <em>Recurring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecurring()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECURRING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRecurring() <em>Recurring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRecurring()
	 * @generated
	 * @ordered
	 */
	protected boolean recurring = RECURRING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MembershipImpl()
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
		return CatalogPackage.Literals.MEMBERSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodDays()
	{
		return periodDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodDays(int newPeriodDays)
	{
		int oldPeriodDays = periodDays;
		periodDays = newPeriodDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.MEMBERSHIP__PERIOD_DAYS, oldPeriodDays, periodDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRecurring()
	{
		return recurring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurring(boolean newRecurring)
	{
		boolean oldRecurring = recurring;
		recurring = newRecurring;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.MEMBERSHIP__RECURRING, oldRecurring, recurring));
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
			case CatalogPackage.MEMBERSHIP__PERIOD_DAYS:
				return getPeriodDays();
			case CatalogPackage.MEMBERSHIP__RECURRING:
				return isRecurring();
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
			case CatalogPackage.MEMBERSHIP__PERIOD_DAYS:
				setPeriodDays((Integer)newValue);
				return;
			case CatalogPackage.MEMBERSHIP__RECURRING:
				setRecurring((Boolean)newValue);
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
			case CatalogPackage.MEMBERSHIP__PERIOD_DAYS:
				setPeriodDays(PERIOD_DAYS_EDEFAULT);
				return;
			case CatalogPackage.MEMBERSHIP__RECURRING:
				setRecurring(RECURRING_EDEFAULT);
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
			case CatalogPackage.MEMBERSHIP__PERIOD_DAYS:
				return periodDays != PERIOD_DAYS_EDEFAULT;
			case CatalogPackage.MEMBERSHIP__RECURRING:
				return recurring != RECURRING_EDEFAULT;
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
		result.append(" (periodDays: ");
		result.append(periodDays);
		result.append(", recurring: ");
		result.append(recurring);
		result.append(')');
		return result.toString();
	}

} //MembershipImpl
