/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A metric of the test and what is known of it beforehand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.abtest.Metric#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.Metric#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.Metric#getColumn <em>Column</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.Metric#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.Metric#getStandardDeviation <em>Standard Deviation</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.Metric#getNonInferiorityMargin <em>Non Inferiority Margin</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.abtest.ABTestPackage#getMetric()
 * @model
 * @generated
 */
public interface Metric extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name, as in reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.streamwise.model.abtest.ABTestPackage#getMetric_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Metric#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.abtest.MetricKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conversion rate (a proportion), revenue per viewer or GMV per stream (means).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.abtest.MetricKind
	 * @see #setKind(MetricKind)
	 * @see io.streamwise.model.abtest.ABTestPackage#getMetric_Kind()
	 * @model
	 * @generated
	 */
	MetricKind getKind();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Metric#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.abtest.MetricKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MetricKind value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Column of the log that holds the metric per unit (empty: derived from purchase events).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see io.streamwise.model.abtest.ABTestPackage#getMetric_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Metric#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected control value: a rate for conversion, a mean otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getMetric_Baseline()
	 * @model default="0"
	 * @generated
	 */
	double getBaseline();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Metric#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(double value);

	/**
	 * Returns the value of the '<em><b>Standard Deviation</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected standard deviation per unit for means; ignored for conversion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard Deviation</em>' attribute.
	 * @see #setStandardDeviation(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getMetric_StandardDeviation()
	 * @model default="0"
	 * @generated
	 */
	double getStandardDeviation();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Metric#getStandardDeviation <em>Standard Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard Deviation</em>' attribute.
	 * @see #getStandardDeviation()
	 * @generated
	 */
	void setStandardDeviation(double value);

	/**
	 * Returns the value of the '<em><b>Non Inferiority Margin</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a guardrail: the largest decrease tolerated, in the metric's units (a rate for conversion, money per unit for revenue). Above 0 the guardrail holds only when a one-sided test at alpha shows the arm is not worse than the control by more than this (the lower bound of the one-sided interval above -margin). 0: no margin; the guardrail is breached only by a significant decrease. Ignored for the primary metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Non Inferiority Margin</em>' attribute.
	 * @see #setNonInferiorityMargin(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getMetric_NonInferiorityMargin()
	 * @model default="0"
	 * @generated
	 */
	double getNonInferiorityMargin();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Metric#getNonInferiorityMargin <em>Non Inferiority Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Non Inferiority Margin</em>' attribute.
	 * @see #getNonInferiorityMargin()
	 * @generated
	 */
	void setNonInferiorityMargin(double value);

} // Metric
