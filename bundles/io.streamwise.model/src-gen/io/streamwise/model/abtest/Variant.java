/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An arm of the test.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.abtest.Variant#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.Variant#getDescription <em>Description</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.Variant#getTrafficShare <em>Traffic Share</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.Variant#isControl <em>Control</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.abtest.ABTestPackage#getVariant()
 * @model
 * @generated
 */
public interface Variant extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name as it appears in the assignment column of the log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.streamwise.model.abtest.ABTestPackage#getVariant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Variant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What this arm changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.streamwise.model.abtest.ABTestPackage#getVariant_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Variant#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Traffic Share</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of units assigned to this arm; the shares of all arms sum to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Traffic Share</em>' attribute.
	 * @see #setTrafficShare(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getVariant_TrafficShare()
	 * @model default="0.5"
	 * @generated
	 */
	double getTrafficShare();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Variant#getTrafficShare <em>Traffic Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Traffic Share</em>' attribute.
	 * @see #getTrafficShare()
	 * @generated
	 */
	void setTrafficShare(double value);

	/**
	 * Returns the value of the '<em><b>Control</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the control arm the others are compared with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control</em>' attribute.
	 * @see #setControl(boolean)
	 * @see io.streamwise.model.abtest.ABTestPackage#getVariant_Control()
	 * @model
	 * @generated
	 */
	boolean isControl();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.Variant#isControl <em>Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control</em>' attribute.
	 * @see #isControl()
	 * @generated
	 */
	void setControl(boolean value);

} // Variant
