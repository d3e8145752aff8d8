/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest.impl;

import io.streamwise.model.abtest.ABTestPackage;
import io.streamwise.model.abtest.MonitoringKind;
import io.streamwise.model.abtest.MonitoringPlan;
import io.streamwise.model.abtest.SequentialMethod;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Monitoring Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.abtest.impl.MonitoringPlanImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.MonitoringPlanImpl#getSequentialMethod <em>Sequential Method</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.MonitoringPlanImpl#getLookTimes <em>Look Times</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.MonitoringPlanImpl#getMixtureVariance <em>Mixture Variance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MonitoringPlanImpl extends MinimalEObjectImpl.Container implements MonitoringPlan
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MonitoringKind KIND_EDEFAULT = MonitoringKind.FIXED_HORIZON;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MonitoringKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSequentialMethod() <em>Sequential Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequentialMethod()
	 * @generated
	 * @ordered
	 */
	protected static final SequentialMethod SEQUENTIAL_METHOD_EDEFAULT = SequentialMethod.MSPRT;

	/**
	 * The cached value of the '{@link #getSequentialMethod() <em>Sequential Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequentialMethod()
	 * @generated
	 * @ordered
	 */
	protected SequentialMethod sequentialMethod = SEQUENTIAL_METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLookTimes() <em>Look Times</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLookTimes()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> lookTimes;

	/**
	 * The default value of the '{@link #getMixtureVariance() <em>Mixture Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMixtureVariance()
	 * @generated
	 * @ordered
	 */
	protected static final double MIXTURE_VARIANCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMixtureVariance() <em>Mixture Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMixtureVariance()
	 * @generated
	 * @ordered
	 */
	protected double mixtureVariance = MIXTURE_VARIANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MonitoringPlanImpl()
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
		return ABTestPackage.Literals.MONITORING_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MonitoringKind newKind)
	{
		MonitoringKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.MONITORING_PLAN__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SequentialMethod getSequentialMethod()
	{
		return sequentialMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequentialMethod(SequentialMethod newSequentialMethod)
	{
		SequentialMethod oldSequentialMethod = sequentialMethod;
		sequentialMethod = newSequentialMethod == null ? SEQUENTIAL_METHOD_EDEFAULT : newSequentialMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.MONITORING_PLAN__SEQUENTIAL_METHOD, oldSequentialMethod, sequentialMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getLookTimes()
	{
		if (lookTimes == null)
		{
			lookTimes = new EDataTypeUniqueEList<Double>(Double.class, this, ABTestPackage.MONITORING_PLAN__LOOK_TIMES);
		}
		return lookTimes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMixtureVariance()
	{
		return mixtureVariance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMixtureVariance(double newMixtureVariance)
	{
		double oldMixtureVariance = mixtureVariance;
		mixtureVariance = newMixtureVariance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.MONITORING_PLAN__MIXTURE_VARIANCE, oldMixtureVariance, mixtureVariance));
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
			case ABTestPackage.MONITORING_PLAN__KIND:
				return getKind();
			case ABTestPackage.MONITORING_PLAN__SEQUENTIAL_METHOD:
				return getSequentialMethod();
			case ABTestPackage.MONITORING_PLAN__LOOK_TIMES:
				return getLookTimes();
			case ABTestPackage.MONITORING_PLAN__MIXTURE_VARIANCE:
				return getMixtureVariance();
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
			case ABTestPackage.MONITORING_PLAN__KIND:
				setKind((MonitoringKind)newValue);
				return;
			case ABTestPackage.MONITORING_PLAN__SEQUENTIAL_METHOD:
				setSequentialMethod((SequentialMethod)newValue);
				return;
			case ABTestPackage.MONITORING_PLAN__LOOK_TIMES:
				getLookTimes().clear();
				getLookTimes().addAll((Collection<? extends Double>)newValue);
				return;
			case ABTestPackage.MONITORING_PLAN__MIXTURE_VARIANCE:
				setMixtureVariance((Double)newValue);
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
			case ABTestPackage.MONITORING_PLAN__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ABTestPackage.MONITORING_PLAN__SEQUENTIAL_METHOD:
				setSequentialMethod(SEQUENTIAL_METHOD_EDEFAULT);
				return;
			case ABTestPackage.MONITORING_PLAN__LOOK_TIMES:
				getLookTimes().clear();
				return;
			case ABTestPackage.MONITORING_PLAN__MIXTURE_VARIANCE:
				setMixtureVariance(MIXTURE_VARIANCE_EDEFAULT);
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
			case ABTestPackage.MONITORING_PLAN__KIND:
				return kind != KIND_EDEFAULT;
			case ABTestPackage.MONITORING_PLAN__SEQUENTIAL_METHOD:
				return sequentialMethod != SEQUENTIAL_METHOD_EDEFAULT;
			case ABTestPackage.MONITORING_PLAN__LOOK_TIMES:
				return lookTimes != null && !lookTimes.isEmpty();
			case ABTestPackage.MONITORING_PLAN__MIXTURE_VARIANCE:
				return mixtureVariance != MIXTURE_VARIANCE_EDEFAULT;
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
		result.append(", sequentialMethod: ");
		result.append(sequentialMethod);
		result.append(", lookTimes: ");
		result.append(lookTimes);
		result.append(", mixtureVariance: ");
		result.append(mixtureVariance);
		result.append(')');
		return result.toString();
	}

} //MonitoringPlanImpl
