/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.CampaignProduct;

import io.streamwise.model.catalog.Product;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Product</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignProductImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignProductImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignProductImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignProductImpl#getPrice <em>Price</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignProductImpl#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignProductImpl#getMargin <em>Margin</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignProductImpl#getCommission <em>Commission</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignProductImpl#getCapacity <em>Capacity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignProductImpl extends MinimalEObjectImpl.Container implements CampaignProduct
{
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected Product product;

	/**
	 * The default value of the '{@link #getPrice() <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrice()
	 * @generated
	 * @ordered
	 */
	protected static final Double PRICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrice() <em>Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrice()
	 * @generated
	 * @ordered
	 */
	protected Double price = PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitCost() <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCost()
	 * @generated
	 * @ordered
	 */
	protected static final double UNIT_COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUnitCost() <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCost()
	 * @generated
	 * @ordered
	 */
	protected double unitCost = UNIT_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getMargin() <em>Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMargin()
	 * @generated
	 * @ordered
	 */
	protected static final Double MARGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMargin() <em>Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMargin()
	 * @generated
	 * @ordered
	 */
	protected Double margin = MARGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommission() <em>Commission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommission()
	 * @generated
	 * @ordered
	 */
	protected static final double COMMISSION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCommission() <em>Commission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommission()
	 * @generated
	 * @ordered
	 */
	protected double commission = COMMISSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CAPACITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected Integer capacity = CAPACITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignProductImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return CampaignPackage.Literals.CAMPAIGN_PRODUCT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId()
	{
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId)
	{
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_PRODUCT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_PRODUCT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Product getProduct()
	{
		if (product != null && product.eIsProxy())
		{
			InternalEObject oldProduct = (InternalEObject)product;
			product = (Product)eResolveProxy(oldProduct);
			if (product != oldProduct)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CampaignPackage.CAMPAIGN_PRODUCT__PRODUCT, oldProduct, product));
			}
		}
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Product basicGetProduct()
	{
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(Product newProduct)
	{
		Product oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_PRODUCT__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPrice()
	{
		return price;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrice(Double newPrice)
	{
		Double oldPrice = price;
		price = newPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_PRODUCT__PRICE, oldPrice, price));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUnitCost()
	{
		return unitCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitCost(double newUnitCost)
	{
		double oldUnitCost = unitCost;
		unitCost = newUnitCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_PRODUCT__UNIT_COST, oldUnitCost, unitCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMargin()
	{
		return margin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMargin(Double newMargin)
	{
		Double oldMargin = margin;
		margin = newMargin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_PRODUCT__MARGIN, oldMargin, margin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCommission()
	{
		return commission;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommission(double newCommission)
	{
		double oldCommission = commission;
		commission = newCommission;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_PRODUCT__COMMISSION, oldCommission, commission));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCapacity()
	{
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(Integer newCapacity)
	{
		Integer oldCapacity = capacity;
		capacity = newCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_PRODUCT__CAPACITY, oldCapacity, capacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case CampaignPackage.CAMPAIGN_PRODUCT__ID:
				return getId();
			case CampaignPackage.CAMPAIGN_PRODUCT__NAME:
				return getName();
			case CampaignPackage.CAMPAIGN_PRODUCT__PRODUCT:
				if (resolve) return getProduct();
				return basicGetProduct();
			case CampaignPackage.CAMPAIGN_PRODUCT__PRICE:
				return getPrice();
			case CampaignPackage.CAMPAIGN_PRODUCT__UNIT_COST:
				return getUnitCost();
			case CampaignPackage.CAMPAIGN_PRODUCT__MARGIN:
				return getMargin();
			case CampaignPackage.CAMPAIGN_PRODUCT__COMMISSION:
				return getCommission();
			case CampaignPackage.CAMPAIGN_PRODUCT__CAPACITY:
				return getCapacity();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case CampaignPackage.CAMPAIGN_PRODUCT__ID:
				setId((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__NAME:
				setName((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__PRODUCT:
				setProduct((Product)newValue);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__PRICE:
				setPrice((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__UNIT_COST:
				setUnitCost((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__MARGIN:
				setMargin((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__COMMISSION:
				setCommission((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__CAPACITY:
				setCapacity((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case CampaignPackage.CAMPAIGN_PRODUCT__ID:
				setId(ID_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__PRODUCT:
				setProduct((Product)null);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__PRICE:
				setPrice(PRICE_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__UNIT_COST:
				setUnitCost(UNIT_COST_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__MARGIN:
				setMargin(MARGIN_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__COMMISSION:
				setCommission(COMMISSION_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_PRODUCT__CAPACITY:
				setCapacity(CAPACITY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case CampaignPackage.CAMPAIGN_PRODUCT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CampaignPackage.CAMPAIGN_PRODUCT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CampaignPackage.CAMPAIGN_PRODUCT__PRODUCT:
				return product != null;
			case CampaignPackage.CAMPAIGN_PRODUCT__PRICE:
				return PRICE_EDEFAULT == null ? price != null : !PRICE_EDEFAULT.equals(price);
			case CampaignPackage.CAMPAIGN_PRODUCT__UNIT_COST:
				return unitCost != UNIT_COST_EDEFAULT;
			case CampaignPackage.CAMPAIGN_PRODUCT__MARGIN:
				return MARGIN_EDEFAULT == null ? margin != null : !MARGIN_EDEFAULT.equals(margin);
			case CampaignPackage.CAMPAIGN_PRODUCT__COMMISSION:
				return commission != COMMISSION_EDEFAULT;
			case CampaignPackage.CAMPAIGN_PRODUCT__CAPACITY:
				return CAPACITY_EDEFAULT == null ? capacity != null : !CAPACITY_EDEFAULT.equals(capacity);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", price: ");
		result.append(price);
		result.append(", unitCost: ");
		result.append(unitCost);
		result.append(", margin: ");
		result.append(margin);
		result.append(", commission: ");
		result.append(commission);
		result.append(", capacity: ");
		result.append(capacity);
		result.append(')');
		return result.toString();
	}

} //CampaignProductImpl
