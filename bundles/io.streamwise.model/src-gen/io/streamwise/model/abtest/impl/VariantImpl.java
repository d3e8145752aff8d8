/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest.impl;

import io.streamwise.model.abtest.ABTestPackage;
import io.streamwise.model.abtest.Variant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Variant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.abtest.impl.VariantImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.VariantImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.VariantImpl#getTrafficShare <em>Traffic Share</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.VariantImpl#isControl <em>Control</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VariantImpl extends MinimalEObjectImpl.Container implements Variant
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrafficShare() <em>Traffic Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficShare()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAFFIC_SHARE_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getTrafficShare() <em>Traffic Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficShare()
	 * @generated
	 * @ordered
	 */
	protected double trafficShare = TRAFFIC_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #isControl() <em>Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isControl()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONTROL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isControl() <em>Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isControl()
	 * @generated
	 * @ordered
	 */
	protected boolean control = CONTROL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VariantImpl()
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
		return ABTestPackage.Literals.VARIANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.VARIANT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.VARIANT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrafficShare()
	{
		return trafficShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrafficShare(double newTrafficShare)
	{
		double oldTrafficShare = trafficShare;
		trafficShare = newTrafficShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.VARIANT__TRAFFIC_SHARE, oldTrafficShare, trafficShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isControl()
	{
		return control;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControl(boolean newControl)
	{
		boolean oldControl = control;
		control = newControl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.VARIANT__CONTROL, oldControl, control));
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
			case ABTestPackage.VARIANT__NAME:
				return getName();
			case ABTestPackage.VARIANT__DESCRIPTION:
				return getDescription();
			case ABTestPackage.VARIANT__TRAFFIC_SHARE:
				return getTrafficShare();
			case ABTestPackage.VARIANT__CONTROL:
				return isControl();
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
			case ABTestPackage.VARIANT__NAME:
				setName((String)newValue);
				return;
			case ABTestPackage.VARIANT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ABTestPackage.VARIANT__TRAFFIC_SHARE:
				setTrafficShare((Double)newValue);
				return;
			case ABTestPackage.VARIANT__CONTROL:
				setControl((Boolean)newValue);
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
			case ABTestPackage.VARIANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ABTestPackage.VARIANT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ABTestPackage.VARIANT__TRAFFIC_SHARE:
				setTrafficShare(TRAFFIC_SHARE_EDEFAULT);
				return;
			case ABTestPackage.VARIANT__CONTROL:
				setControl(CONTROL_EDEFAULT);
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
			case ABTestPackage.VARIANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ABTestPackage.VARIANT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ABTestPackage.VARIANT__TRAFFIC_SHARE:
				return trafficShare != TRAFFIC_SHARE_EDEFAULT;
			case ABTestPackage.VARIANT__CONTROL:
				return control != CONTROL_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", trafficShare: ");
		result.append(trafficShare);
		result.append(", control: ");
		result.append(control);
		result.append(')');
		return result.toString();
	}

} //VariantImpl
