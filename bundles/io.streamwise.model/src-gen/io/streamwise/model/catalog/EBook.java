/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>EBook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.catalog.EBook#getPages <em>Pages</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.catalog.CatalogPackage#getEBook()
 * @model
 * @generated
 */
public interface EBook extends KnowledgeAsset
{
	/**
	 * Returns the value of the '<em><b>Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pages</em>' attribute.
	 * @see #setPages(int)
	 * @see io.streamwise.model.catalog.CatalogPackage#getEBook_Pages()
	 * @model
	 * @generated
	 */
	int getPages();

	/**
	 * Sets the value of the '{@link io.streamwise.model.catalog.EBook#getPages <em>Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pages</em>' attribute.
	 * @see #getPages()
	 * @generated
	 */
	void setPages(int value);

} // EBook
