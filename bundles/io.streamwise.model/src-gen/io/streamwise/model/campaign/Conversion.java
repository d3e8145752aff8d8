/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conversion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The product stages of a funnel for one product (or every product without one of its own).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.Conversion#getProduct <em>Product</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Conversion#getClick <em>Click</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Conversion#getCart <em>Cart</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Conversion#getPurchase <em>Purchase</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Conversion#getRefund <em>Refund</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getConversion()
 * @model
 * @generated
 */
public interface Conversion extends EObject
{
	/**
	 * Returns the value of the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product; not set for every product without a conversion of its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' reference.
	 * @see #setProduct(CampaignProduct)
	 * @see io.streamwise.model.campaign.CampaignPackage#getConversion_Product()
	 * @model
	 * @generated
	 */
	CampaignProduct getProduct();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Conversion#getProduct <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' reference.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(CampaignProduct value);

	/**
	 * Returns the value of the '<em><b>Click</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the engaged who click the product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Click</em>' containment reference.
	 * @see #setClick(Rate)
	 * @see io.streamwise.model.campaign.CampaignPackage#getConversion_Click()
	 * @model containment="true"
	 * @generated
	 */
	Rate getClick();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Conversion#getClick <em>Click</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Click</em>' containment reference.
	 * @see #getClick()
	 * @generated
	 */
	void setClick(Rate value);

	/**
	 * Returns the value of the '<em><b>Cart</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of those who clicked who put it in the cart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cart</em>' containment reference.
	 * @see #setCart(Rate)
	 * @see io.streamwise.model.campaign.CampaignPackage#getConversion_Cart()
	 * @model containment="true"
	 * @generated
	 */
	Rate getCart();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Conversion#getCart <em>Cart</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cart</em>' containment reference.
	 * @see #getCart()
	 * @generated
	 */
	void setCart(Rate value);

	/**
	 * Returns the value of the '<em><b>Purchase</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of those with it in the cart who buy it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purchase</em>' containment reference.
	 * @see #setPurchase(Rate)
	 * @see io.streamwise.model.campaign.CampaignPackage#getConversion_Purchase()
	 * @model containment="true"
	 * @generated
	 */
	Rate getPurchase();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Conversion#getPurchase <em>Purchase</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purchase</em>' containment reference.
	 * @see #getPurchase()
	 * @generated
	 */
	void setPurchase(Rate value);

	/**
	 * Returns the value of the '<em><b>Refund</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of purchases refunded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refund</em>' containment reference.
	 * @see #setRefund(Rate)
	 * @see io.streamwise.model.campaign.CampaignPackage#getConversion_Refund()
	 * @model containment="true"
	 * @generated
	 */
	Rate getRefund();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Conversion#getRefund <em>Refund</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refund</em>' containment reference.
	 * @see #getRefund()
	 * @generated
	 */
	void setRefund(Rate value);

} // Conversion
