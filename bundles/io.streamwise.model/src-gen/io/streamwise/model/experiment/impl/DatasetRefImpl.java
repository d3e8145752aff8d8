/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment.impl;

import io.streamwise.model.experiment.DatasetKind;
import io.streamwise.model.experiment.DatasetRef;
import io.streamwise.model.experiment.ExperimentPackage;
import io.streamwise.model.experiment.Parameter;

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
 * An implementation of the model object '<em><b>Dataset Ref</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.experiment.impl.DatasetRefImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.DatasetRefImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.DatasetRefImpl#getTestLocation <em>Test Location</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.DatasetRefImpl#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetRefImpl extends MinimalEObjectImpl.Container implements DatasetRef
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DatasetKind KIND_EDEFAULT = DatasetKind.SIMULATOR;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DatasetKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestLocation() <em>Test Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String TEST_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTestLocation() <em>Test Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestLocation()
	 * @generated
	 * @ordered
	 */
	protected String testLocation = TEST_LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> options;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetRefImpl()
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
		return ExperimentPackage.Literals.DATASET_REF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DatasetKind newKind)
	{
		DatasetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DATASET_REF__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation()
	{
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation)
	{
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DATASET_REF__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTestLocation()
	{
		return testLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestLocation(String newTestLocation)
	{
		String oldTestLocation = testLocation;
		testLocation = newTestLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DATASET_REF__TEST_LOCATION, oldTestLocation, testLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getOptions()
	{
		if (options == null)
		{
			options = new EObjectContainmentEList<Parameter>(Parameter.class, this, ExperimentPackage.DATASET_REF__OPTIONS);
		}
		return options;
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
			case ExperimentPackage.DATASET_REF__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
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
			case ExperimentPackage.DATASET_REF__KIND:
				return getKind();
			case ExperimentPackage.DATASET_REF__LOCATION:
				return getLocation();
			case ExperimentPackage.DATASET_REF__TEST_LOCATION:
				return getTestLocation();
			case ExperimentPackage.DATASET_REF__OPTIONS:
				return getOptions();
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
			case ExperimentPackage.DATASET_REF__KIND:
				setKind((DatasetKind)newValue);
				return;
			case ExperimentPackage.DATASET_REF__LOCATION:
				setLocation((String)newValue);
				return;
			case ExperimentPackage.DATASET_REF__TEST_LOCATION:
				setTestLocation((String)newValue);
				return;
			case ExperimentPackage.DATASET_REF__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends Parameter>)newValue);
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
			case ExperimentPackage.DATASET_REF__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ExperimentPackage.DATASET_REF__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ExperimentPackage.DATASET_REF__TEST_LOCATION:
				setTestLocation(TEST_LOCATION_EDEFAULT);
				return;
			case ExperimentPackage.DATASET_REF__OPTIONS:
				getOptions().clear();
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
			case ExperimentPackage.DATASET_REF__KIND:
				return kind != KIND_EDEFAULT;
			case ExperimentPackage.DATASET_REF__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ExperimentPackage.DATASET_REF__TEST_LOCATION:
				return TEST_LOCATION_EDEFAULT == null ? testLocation != null : !TEST_LOCATION_EDEFAULT.equals(testLocation);
			case ExperimentPackage.DATASET_REF__OPTIONS:
				return options != null && !options.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", location: ");
		result.append(location);
		result.append(", testLocation: ");
		result.append(testLocation);
		result.append(')');
		return result.toString();
	}

} //DatasetRefImpl
