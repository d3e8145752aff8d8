/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment.impl;

import io.streamwise.model.experiment.ExperimentPackage;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.Protocol;
import io.streamwise.model.experiment.ProtocolKind;

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
 * An implementation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.experiment.impl.ProtocolImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ProtocolImpl#getTrainRatio <em>Train Ratio</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ProtocolImpl#getFolds <em>Folds</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ProtocolImpl#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolImpl extends MinimalEObjectImpl.Container implements Protocol
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProtocolKind KIND_EDEFAULT = ProtocolKind.RANDOM;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProtocolKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainRatio() <em>Train Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainRatio()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAIN_RATIO_EDEFAULT = 0.8;

	/**
	 * The cached value of the '{@link #getTrainRatio() <em>Train Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainRatio()
	 * @generated
	 * @ordered
	 */
	protected double trainRatio = TRAIN_RATIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getFolds() <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolds()
	 * @generated
	 * @ordered
	 */
	protected static final int FOLDS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFolds() <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolds()
	 * @generated
	 * @ordered
	 */
	protected int folds = FOLDS_EDEFAULT;

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
	protected ProtocolImpl()
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
		return ExperimentPackage.Literals.PROTOCOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProtocolKind newKind)
	{
		ProtocolKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROTOCOL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrainRatio()
	{
		return trainRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainRatio(double newTrainRatio)
	{
		double oldTrainRatio = trainRatio;
		trainRatio = newTrainRatio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROTOCOL__TRAIN_RATIO, oldTrainRatio, trainRatio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFolds()
	{
		return folds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolds(int newFolds)
	{
		int oldFolds = folds;
		folds = newFolds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.PROTOCOL__FOLDS, oldFolds, folds));
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
			options = new EObjectContainmentEList<Parameter>(Parameter.class, this, ExperimentPackage.PROTOCOL__OPTIONS);
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
			case ExperimentPackage.PROTOCOL__OPTIONS:
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
			case ExperimentPackage.PROTOCOL__KIND:
				return getKind();
			case ExperimentPackage.PROTOCOL__TRAIN_RATIO:
				return getTrainRatio();
			case ExperimentPackage.PROTOCOL__FOLDS:
				return getFolds();
			case ExperimentPackage.PROTOCOL__OPTIONS:
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
			case ExperimentPackage.PROTOCOL__KIND:
				setKind((ProtocolKind)newValue);
				return;
			case ExperimentPackage.PROTOCOL__TRAIN_RATIO:
				setTrainRatio((Double)newValue);
				return;
			case ExperimentPackage.PROTOCOL__FOLDS:
				setFolds((Integer)newValue);
				return;
			case ExperimentPackage.PROTOCOL__OPTIONS:
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
			case ExperimentPackage.PROTOCOL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ExperimentPackage.PROTOCOL__TRAIN_RATIO:
				setTrainRatio(TRAIN_RATIO_EDEFAULT);
				return;
			case ExperimentPackage.PROTOCOL__FOLDS:
				setFolds(FOLDS_EDEFAULT);
				return;
			case ExperimentPackage.PROTOCOL__OPTIONS:
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
			case ExperimentPackage.PROTOCOL__KIND:
				return kind != KIND_EDEFAULT;
			case ExperimentPackage.PROTOCOL__TRAIN_RATIO:
				return trainRatio != TRAIN_RATIO_EDEFAULT;
			case ExperimentPackage.PROTOCOL__FOLDS:
				return folds != FOLDS_EDEFAULT;
			case ExperimentPackage.PROTOCOL__OPTIONS:
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
		result.append(", trainRatio: ");
		result.append(trainRatio);
		result.append(", folds: ");
		result.append(folds);
		result.append(')');
		return result.toString();
	}

} //ProtocolImpl
