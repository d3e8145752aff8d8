/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import io.streamwise.model.catalog.Product;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Product</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A product on offer in the campaign: its price and what each sale costs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.CampaignProduct#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignProduct#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignProduct#getProduct <em>Product</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignProduct#getPrice <em>Price</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignProduct#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignProduct#getMargin <em>Margin</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignProduct#getCommission <em>Commission</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignProduct#getCapacity <em>Capacity</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignProduct()
 * @model
 * @generated
 */
public interface CampaignProduct extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignProduct_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignProduct#getId <em>Id</em>}' attribute.
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
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignProduct_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignProduct#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product in a catalog, usually in another file; its price is used when price is not set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' reference.
	 * @see #setProduct(Product)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignProduct_Product()
	 * @model
	 * @generated
	 */
	Product getProduct();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignProduct#getProduct <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' reference.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(Product value);

	/**
	 * Returns the value of the '<em><b>Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Price per unit before offers; when not set, the catalog product's price.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Price</em>' attribute.
	 * @see #setPrice(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignProduct_Price()
	 * @model
	 * @generated
	 */
	Double getPrice();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignProduct#getPrice <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price</em>' attribute.
	 * @see #getPrice()
	 * @generated
	 */
	void setPrice(Double value);

	/**
	 * Returns the value of the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost of delivering one unit (materials, the expert's time), in the campaign's currency; ignored when margin is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Cost</em>' attribute.
	 * @see #setUnitCost(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignProduct_UnitCost()
	 * @model
	 * @generated
	 */
	double getUnitCost();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignProduct#getUnitCost <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Cost</em>' attribute.
	 * @see #getUnitCost()
	 * @generated
	 */
	void setUnitCost(double value);

	/**
	 * Returns the value of the '<em><b>Margin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the price (0 to 1) left after the unit cost; an alternative to unitCost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Margin</em>' attribute.
	 * @see #setMargin(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignProduct_Margin()
	 * @model
	 * @generated
	 */
	Double getMargin();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignProduct#getMargin <em>Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Margin</em>' attribute.
	 * @see #getMargin()
	 * @generated
	 */
	void setMargin(Double value);

	/**
	 * Returns the value of the '<em><b>Commission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the price paid (0 to 1) the platform keeps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commission</em>' attribute.
	 * @see #setCommission(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignProduct_Commission()
	 * @model
	 * @generated
	 */
	double getCommission();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignProduct#getCommission <em>Commission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commission</em>' attribute.
	 * @see #getCommission()
	 * @generated
	 */
	void setCommission(double value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most units that can be sold over the whole campaign (consultation slots, seats); not set for no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(Integer)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignProduct_Capacity()
	 * @model
	 * @generated
	 */
	Integer getCapacity();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignProduct#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(Integer value);

} // CampaignProduct
