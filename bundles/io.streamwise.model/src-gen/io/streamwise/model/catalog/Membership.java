/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.catalog.Membership#getPeriodDays <em>Period Days</em>}</li>
 *   <li>{@link io.streamwise.model.catalog.Membership#isRecurring <em>Recurring</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.catalog.CatalogPackage#getMembership()
 * @model
 * @generated
 */
public interface Membership extends KnowledgeAsset
{
	/**
	 * Returns the value of the '<em><b>Period Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Days</em>' attribute.
	 * @see #setPeriodDays(int)
	 * @see io.streamwise.model.catalog.CatalogPackage#getMembership_PeriodDays()
	 * @model
	 * @generated
	 */
	int getPeriodDays();

	/**
	 * Sets the value of the '{@link io.streamwise.model.catalog.Membership#getPeriodDays <em>Period Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Days</em>' attribute.
	 * @see #getPeriodDays()
	 * @generated
	 */
	void setPeriodDays(int value);

	/**
	 * Returns the value of the '<em><b>Recurring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recurring</em>' attribute.
	 * @see #setRecurring(boolean)
	 * @see io.streamwise.model.catalog.CatalogPackage#getMembership_Recurring()
	 * @model
	 * @generated
	 */
	boolean isRecurring();

	/**
	 * Sets the value of the '{@link io.streamwise.model.catalog.Membership#isRecurring <em>Recurring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurring</em>' attribute.
	 * @see #isRecurring()
	 * @generated
	 */
	void setRecurring(boolean value);

} // Membership
