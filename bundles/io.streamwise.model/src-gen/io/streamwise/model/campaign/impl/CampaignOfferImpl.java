/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.campaign.CampaignOffer;
import io.streamwise.model.campaign.CampaignOfferKind;
import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.CampaignProduct;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignOfferImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignOfferImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignOfferImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignOfferImpl#getDiscount <em>Discount</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignOfferImpl#getBundlePrice <em>Bundle Price</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignOfferImpl#getUptake <em>Uptake</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignOfferImpl#getPriceElasticity <em>Price Elasticity</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignOfferImpl#getProducts <em>Products</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignOfferImpl extends MinimalEObjectImpl.Container implements CampaignOffer
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CampaignOfferKind KIND_EDEFAULT = CampaignOfferKind.DISCOUNT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CampaignOfferKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscount() <em>Discount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscount()
	 * @generated
	 * @ordered
	 */
	protected static final double DISCOUNT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiscount() <em>Discount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscount()
	 * @generated
	 * @ordered
	 */
	protected double discount = DISCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBundlePrice() <em>Bundle Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundlePrice()
	 * @generated
	 * @ordered
	 */
	protected static final Double BUNDLE_PRICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBundlePrice() <em>Bundle Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundlePrice()
	 * @generated
	 * @ordered
	 */
	protected Double bundlePrice = BUNDLE_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUptake() <em>Uptake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptake()
	 * @generated
	 * @ordered
	 */
	protected static final double UPTAKE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getUptake() <em>Uptake</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUptake()
	 * @generated
	 * @ordered
	 */
	protected double uptake = UPTAKE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriceElasticity() <em>Price Elasticity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceElasticity()
	 * @generated
	 * @ordered
	 */
	protected static final double PRICE_ELASTICITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPriceElasticity() <em>Price Elasticity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceElasticity()
	 * @generated
	 * @ordered
	 */
	protected double priceElasticity = PRICE_ELASTICITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<CampaignProduct> products;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignOfferImpl()
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
		return CampaignPackage.Literals.CAMPAIGN_OFFER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_OFFER__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_OFFER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignOfferKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CampaignOfferKind newKind)
	{
		CampaignOfferKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_OFFER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiscount()
	{
		return discount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscount(double newDiscount)
	{
		double oldDiscount = discount;
		discount = newDiscount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_OFFER__DISCOUNT, oldDiscount, discount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBundlePrice()
	{
		return bundlePrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBundlePrice(Double newBundlePrice)
	{
		Double oldBundlePrice = bundlePrice;
		bundlePrice = newBundlePrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_OFFER__BUNDLE_PRICE, oldBundlePrice, bundlePrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUptake()
	{
		return uptake;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUptake(double newUptake)
	{
		double oldUptake = uptake;
		uptake = newUptake;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_OFFER__UPTAKE, oldUptake, uptake));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPriceElasticity()
	{
		return priceElasticity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriceElasticity(double newPriceElasticity)
	{
		double oldPriceElasticity = priceElasticity;
		priceElasticity = newPriceElasticity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_OFFER__PRICE_ELASTICITY, oldPriceElasticity, priceElasticity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CampaignProduct> getProducts()
	{
		if (products == null)
		{
			products = new EObjectResolvingEList<CampaignProduct>(CampaignProduct.class, this, CampaignPackage.CAMPAIGN_OFFER__PRODUCTS);
		}
		return products;
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
			case CampaignPackage.CAMPAIGN_OFFER__ID:
				return getId();
			case CampaignPackage.CAMPAIGN_OFFER__NAME:
				return getName();
			case CampaignPackage.CAMPAIGN_OFFER__KIND:
				return getKind();
			case CampaignPackage.CAMPAIGN_OFFER__DISCOUNT:
				return getDiscount();
			case CampaignPackage.CAMPAIGN_OFFER__BUNDLE_PRICE:
				return getBundlePrice();
			case CampaignPackage.CAMPAIGN_OFFER__UPTAKE:
				return getUptake();
			case CampaignPackage.CAMPAIGN_OFFER__PRICE_ELASTICITY:
				return getPriceElasticity();
			case CampaignPackage.CAMPAIGN_OFFER__PRODUCTS:
				return getProducts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case CampaignPackage.CAMPAIGN_OFFER__ID:
				setId((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__NAME:
				setName((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__KIND:
				setKind((CampaignOfferKind)newValue);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__DISCOUNT:
				setDiscount((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__BUNDLE_PRICE:
				setBundlePrice((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__UPTAKE:
				setUptake((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__PRICE_ELASTICITY:
				setPriceElasticity((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends CampaignProduct>)newValue);
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
			case CampaignPackage.CAMPAIGN_OFFER__ID:
				setId(ID_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__DISCOUNT:
				setDiscount(DISCOUNT_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__BUNDLE_PRICE:
				setBundlePrice(BUNDLE_PRICE_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__UPTAKE:
				setUptake(UPTAKE_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__PRICE_ELASTICITY:
				setPriceElasticity(PRICE_ELASTICITY_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_OFFER__PRODUCTS:
				getProducts().clear();
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
			case CampaignPackage.CAMPAIGN_OFFER__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CampaignPackage.CAMPAIGN_OFFER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CampaignPackage.CAMPAIGN_OFFER__KIND:
				return kind != KIND_EDEFAULT;
			case CampaignPackage.CAMPAIGN_OFFER__DISCOUNT:
				return discount != DISCOUNT_EDEFAULT;
			case CampaignPackage.CAMPAIGN_OFFER__BUNDLE_PRICE:
				return BUNDLE_PRICE_EDEFAULT == null ? bundlePrice != null : !BUNDLE_PRICE_EDEFAULT.equals(bundlePrice);
			case CampaignPackage.CAMPAIGN_OFFER__UPTAKE:
				return uptake != UPTAKE_EDEFAULT;
			case CampaignPackage.CAMPAIGN_OFFER__PRICE_ELASTICITY:
				return priceElasticity != PRICE_ELASTICITY_EDEFAULT;
			case CampaignPackage.CAMPAIGN_OFFER__PRODUCTS:
				return products != null && !products.isEmpty();
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", discount: ");
		result.append(discount);
		result.append(", bundlePrice: ");
		result.append(bundlePrice);
		result.append(", uptake: ");
		result.append(uptake);
		result.append(", priceElasticity: ");
		result.append(priceElasticity);
		result.append(')');
		return result.toString();
	}

} //CampaignOfferImpl
