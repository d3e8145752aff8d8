/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monitoring Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fixed horizon, or sequential looks with always-valid inference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.abtest.MonitoringPlan#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.MonitoringPlan#getSequentialMethod <em>Sequential Method</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.MonitoringPlan#getLookTimes <em>Look Times</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.MonitoringPlan#getMixtureVariance <em>Mixture Variance</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.abtest.ABTestPackage#getMonitoringPlan()
 * @model
 * @generated
 */
public interface MonitoringPlan extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.abtest.MonitoringKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed horizon (one look at the planned size) or sequential.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.abtest.MonitoringKind
	 * @see #setKind(MonitoringKind)
	 * @see io.streamwise.model.abtest.ABTestPackage#getMonitoringPlan_Kind()
	 * @model
	 * @generated
	 */
	MonitoringKind getKind();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.MonitoringPlan#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.abtest.MonitoringKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MonitoringKind value);

	/**
	 * Returns the value of the '<em><b>Sequential Method</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.abtest.SequentialMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Always-valid method for sequential monitoring.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sequential Method</em>' attribute.
	 * @see io.streamwise.model.abtest.SequentialMethod
	 * @see #setSequentialMethod(SequentialMethod)
	 * @see io.streamwise.model.abtest.ABTestPackage#getMonitoringPlan_SequentialMethod()
	 * @model
	 * @generated
	 */
	SequentialMethod getSequentialMethod();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.MonitoringPlan#getSequentialMethod <em>Sequential Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequential Method</em>' attribute.
	 * @see io.streamwise.model.abtest.SequentialMethod
	 * @see #getSequentialMethod()
	 * @generated
	 */
	void setSequentialMethod(SequentialMethod value);

	/**
	 * Returns the value of the '<em><b>Look Times</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days after the start at which the test is looked at; empty for daily looks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Look Times</em>' attribute list.
	 * @see io.streamwise.model.abtest.ABTestPackage#getMonitoringPlan_LookTimes()
	 * @model
	 * @generated
	 */
	EList<Double> getLookTimes();

	/**
	 * Returns the value of the '<em><b>Mixture Variance</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variance tau^2 of the normal mixture of the mixture SPRT, in units of the effect squared; 0 chooses it from the minimum detectable effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mixture Variance</em>' attribute.
	 * @see #setMixtureVariance(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getMonitoringPlan_MixtureVariance()
	 * @model default="0"
	 * @generated
	 */
	double getMixtureVariance();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.MonitoringPlan#getMixtureVariance <em>Mixture Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mixture Variance</em>' attribute.
	 * @see #getMixtureVariance()
	 * @generated
	 */
	void setMixtureVariance(double value);

} // MonitoringPlan
