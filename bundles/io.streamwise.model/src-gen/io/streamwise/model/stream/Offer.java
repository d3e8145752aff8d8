/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.stream;

import io.streamwise.model.catalog.Product;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.stream.Offer#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.stream.Offer#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.stream.Offer#getDiscountPercent <em>Discount Percent</em>}</li>
 *   <li>{@link io.streamwise.model.stream.Offer#getBundlePrice <em>Bundle Price</em>}</li>
 *   <li>{@link io.streamwise.model.stream.Offer#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link io.streamwise.model.stream.Offer#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link io.streamwise.model.stream.Offer#getProducts <em>Products</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.stream.StreamPackage#getOffer()
 * @model
 * @generated
 */
public interface Offer extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.stream.StreamPackage#getOffer_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.Offer#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.stream.OfferKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.stream.OfferKind
	 * @see #setKind(OfferKind)
	 * @see io.streamwise.model.stream.StreamPackage#getOffer_Kind()
	 * @model
	 * @generated
	 */
	OfferKind getKind();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.Offer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.stream.OfferKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OfferKind value);

	/**
	 * Returns the value of the '<em><b>Discount Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discount in percent of the list price (0 to 100), for DISCOUNT and TIME_LIMITED offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discount Percent</em>' attribute.
	 * @see #setDiscountPercent(double)
	 * @see io.streamwise.model.stream.StreamPackage#getOffer_DiscountPercent()
	 * @model
	 * @generated
	 */
	double getDiscountPercent();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.Offer#getDiscountPercent <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discount Percent</em>' attribute.
	 * @see #getDiscountPercent()
	 * @generated
	 */
	void setDiscountPercent(double value);

	/**
	 * Returns the value of the '<em><b>Bundle Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Price of all products together, for BUNDLE offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bundle Price</em>' attribute.
	 * @see #setBundlePrice(double)
	 * @see io.streamwise.model.stream.StreamPackage#getOffer_BundlePrice()
	 * @model
	 * @generated
	 */
	double getBundlePrice();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.Offer#getBundlePrice <em>Bundle Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bundle Price</em>' attribute.
	 * @see #getBundlePrice()
	 * @generated
	 */
	void setBundlePrice(double value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Date)
	 * @see io.streamwise.model.stream.StreamPackage#getOffer_ValidFrom()
	 * @model
	 * @generated
	 */
	Date getValidFrom();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.Offer#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(Date value);

	/**
	 * Returns the value of the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(Date)
	 * @see io.streamwise.model.stream.StreamPackage#getOffer_ValidUntil()
	 * @model
	 * @generated
	 */
	Date getValidUntil();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.Offer#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(Date value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' reference list.
	 * The list contents are of type {@link io.streamwise.model.catalog.Product}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Products</em>' reference list.
	 * @see io.streamwise.model.stream.StreamPackage#getOffer_Products()
	 * @model
	 * @generated
	 */
	EList<Product> getProducts();

} // Offer
