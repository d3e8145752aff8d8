/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consultation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.catalog.Consultation#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link io.streamwise.model.catalog.Consultation#isOneToOne <em>One To One</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.catalog.CatalogPackage#getConsultation()
 * @model
 * @generated
 */
public interface Consultation extends KnowledgeAsset
{
	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see io.streamwise.model.catalog.CatalogPackage#getConsultation_DurationMinutes()
	 * @model
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link io.streamwise.model.catalog.Consultation#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>One To One</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>One To One</em>' attribute.
	 * @see #setOneToOne(boolean)
	 * @see io.streamwise.model.catalog.CatalogPackage#getConsultation_OneToOne()
	 * @model
	 * @generated
	 */
	boolean isOneToOne();

	/**
	 * Sets the value of the '{@link io.streamwise.model.catalog.Consultation#isOneToOne <em>One To One</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>One To One</em>' attribute.
	 * @see #isOneToOne()
	 * @generated
	 */
	void setOneToOne(boolean value);

} // Consultation
