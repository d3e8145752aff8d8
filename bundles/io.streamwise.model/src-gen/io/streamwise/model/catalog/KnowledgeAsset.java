/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knowledge Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A product whose value is knowledge or access rather than a physical good.
 * <!-- end-model-doc -->
 *
 *
 * @see io.streamwise.model.catalog.CatalogPackage#getKnowledgeAsset()
 * @model abstract="true"
 * @generated
 */
public interface KnowledgeAsset extends Product
{
} // KnowledgeAsset
