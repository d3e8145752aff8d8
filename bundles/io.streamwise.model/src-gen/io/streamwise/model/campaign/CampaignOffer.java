/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A discount, time-limited offer, bundle or coupon on some products.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.CampaignOffer#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignOffer#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignOffer#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignOffer#getDiscount <em>Discount</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignOffer#getBundlePrice <em>Bundle Price</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignOffer#getUptake <em>Uptake</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignOffer#getPriceElasticity <em>Price Elasticity</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignOffer#getProducts <em>Products</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOffer()
 * @model
 * @generated
 */
public interface CampaignOffer extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOffer_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignOffer#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOffer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignOffer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.campaign.CampaignOfferKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.campaign.CampaignOfferKind
	 * @see #setKind(CampaignOfferKind)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOffer_Kind()
	 * @model
	 * @generated
	 */
	CampaignOfferKind getKind();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignOffer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.campaign.CampaignOfferKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CampaignOfferKind value);

	/**
	 * Returns the value of the '<em><b>Discount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the price taken off (0 to 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discount</em>' attribute.
	 * @see #setDiscount(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOffer_Discount()
	 * @model
	 * @generated
	 */
	double getDiscount();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignOffer#getDiscount <em>Discount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discount</em>' attribute.
	 * @see #getDiscount()
	 * @generated
	 */
	void setDiscount(double value);

	/**
	 * Returns the value of the '<em><b>Bundle Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For BUNDLE offers: the price of one of each product together; the discount is then the share of their summed prices it saves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bundle Price</em>' attribute.
	 * @see #setBundlePrice(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOffer_BundlePrice()
	 * @model
	 * @generated
	 */
	Double getBundlePrice();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignOffer#getBundlePrice <em>Bundle Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bundle Price</em>' attribute.
	 * @see #getBundlePrice()
	 * @generated
	 */
	void setBundlePrice(Double value);

	/**
	 * Returns the value of the '<em><b>Uptake</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the buyers (0 to 1) who use the offer, as for coupons; 1 by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uptake</em>' attribute.
	 * @see #setUptake(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOffer_Uptake()
	 * @model default="1.0"
	 * @generated
	 */
	double getUptake();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignOffer#getUptake <em>Uptake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uptake</em>' attribute.
	 * @see #getUptake()
	 * @generated
	 */
	void setUptake(double value);

	/**
	 * Returns the value of the '<em><b>Price Elasticity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How purchases respond to the price: the purchase rate is multiplied by (paid price / list price) to the power of minus this; 0 by default (no response).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Price Elasticity</em>' attribute.
	 * @see #setPriceElasticity(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOffer_PriceElasticity()
	 * @model
	 * @generated
	 */
	double getPriceElasticity();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignOffer#getPriceElasticity <em>Price Elasticity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price Elasticity</em>' attribute.
	 * @see #getPriceElasticity()
	 * @generated
	 */
	void setPriceElasticity(double value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.CampaignProduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Products the offer applies to; empty for every product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Products</em>' reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOffer_Products()
	 * @model
	 * @generated
	 */
	EList<CampaignProduct> getProducts();

} // CampaignOffer
