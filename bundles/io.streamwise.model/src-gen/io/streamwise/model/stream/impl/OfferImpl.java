/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.stream.impl;

import io.streamwise.model.catalog.Product;

import io.streamwise.model.stream.Offer;
import io.streamwise.model.stream.OfferKind;
import io.streamwise.model.stream.StreamPackage;

import java.util.Collection;
import java.util.Date;

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
 *   <li>{@link io.streamwise.model.stream.impl.OfferImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.OfferImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.OfferImpl#getDiscountPercent <em>Discount Percent</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.OfferImpl#getBundlePrice <em>Bundle Price</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.OfferImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.OfferImpl#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.OfferImpl#getProducts <em>Products</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OfferImpl extends MinimalEObjectImpl.Container implements Offer
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OfferKind KIND_EDEFAULT = OfferKind.DISCOUNT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OfferKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscountPercent() <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double DISCOUNT_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiscountPercent() <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountPercent()
	 * @generated
	 * @ordered
	 */
	protected double discountPercent = DISCOUNT_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBundlePrice() <em>Bundle Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundlePrice()
	 * @generated
	 * @ordered
	 */
	protected static final double BUNDLE_PRICE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBundlePrice() <em>Bundle Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundlePrice()
	 * @generated
	 * @ordered
	 */
	protected double bundlePrice = BUNDLE_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected Date validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected Date validUntil = VALID_UNTIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<Product> products;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OfferImpl()
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
		return StreamPackage.Literals.OFFER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.OFFER__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OfferKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OfferKind newKind)
	{
		OfferKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.OFFER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiscountPercent()
	{
		return discountPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscountPercent(double newDiscountPercent)
	{
		double oldDiscountPercent = discountPercent;
		discountPercent = newDiscountPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.OFFER__DISCOUNT_PERCENT, oldDiscountPercent, discountPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBundlePrice()
	{
		return bundlePrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBundlePrice(double newBundlePrice)
	{
		double oldBundlePrice = bundlePrice;
		bundlePrice = newBundlePrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.OFFER__BUNDLE_PRICE, oldBundlePrice, bundlePrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidFrom()
	{
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(Date newValidFrom)
	{
		Date oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.OFFER__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidUntil()
	{
		return validUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidUntil(Date newValidUntil)
	{
		Date oldValidUntil = validUntil;
		validUntil = newValidUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.OFFER__VALID_UNTIL, oldValidUntil, validUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Product> getProducts()
	{
		if (products == null)
		{
			products = new EObjectResolvingEList<Product>(Product.class, this, StreamPackage.OFFER__PRODUCTS);
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
			case StreamPackage.OFFER__ID:
				return getId();
			case StreamPackage.OFFER__KIND:
				return getKind();
			case StreamPackage.OFFER__DISCOUNT_PERCENT:
				return getDiscountPercent();
			case StreamPackage.OFFER__BUNDLE_PRICE:
				return getBundlePrice();
			case StreamPackage.OFFER__VALID_FROM:
				return getValidFrom();
			case StreamPackage.OFFER__VALID_UNTIL:
				return getValidUntil();
			case StreamPackage.OFFER__PRODUCTS:
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
			case StreamPackage.OFFER__ID:
				setId((String)newValue);
				return;
			case StreamPackage.OFFER__KIND:
				setKind((OfferKind)newValue);
				return;
			case StreamPackage.OFFER__DISCOUNT_PERCENT:
				setDiscountPercent((Double)newValue);
				return;
			case StreamPackage.OFFER__BUNDLE_PRICE:
				setBundlePrice((Double)newValue);
				return;
			case StreamPackage.OFFER__VALID_FROM:
				setValidFrom((Date)newValue);
				return;
			case StreamPackage.OFFER__VALID_UNTIL:
				setValidUntil((Date)newValue);
				return;
			case StreamPackage.OFFER__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends Product>)newValue);
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
			case StreamPackage.OFFER__ID:
				setId(ID_EDEFAULT);
				return;
			case StreamPackage.OFFER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case StreamPackage.OFFER__DISCOUNT_PERCENT:
				setDiscountPercent(DISCOUNT_PERCENT_EDEFAULT);
				return;
			case StreamPackage.OFFER__BUNDLE_PRICE:
				setBundlePrice(BUNDLE_PRICE_EDEFAULT);
				return;
			case StreamPackage.OFFER__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case StreamPackage.OFFER__VALID_UNTIL:
				setValidUntil(VALID_UNTIL_EDEFAULT);
				return;
			case StreamPackage.OFFER__PRODUCTS:
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
			case StreamPackage.OFFER__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case StreamPackage.OFFER__KIND:
				return kind != KIND_EDEFAULT;
			case StreamPackage.OFFER__DISCOUNT_PERCENT:
				return discountPercent != DISCOUNT_PERCENT_EDEFAULT;
			case StreamPackage.OFFER__BUNDLE_PRICE:
				return bundlePrice != BUNDLE_PRICE_EDEFAULT;
			case StreamPackage.OFFER__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case StreamPackage.OFFER__VALID_UNTIL:
				return VALID_UNTIL_EDEFAULT == null ? validUntil != null : !VALID_UNTIL_EDEFAULT.equals(validUntil);
			case StreamPackage.OFFER__PRODUCTS:
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", discountPercent: ");
		result.append(discountPercent);
		result.append(", bundlePrice: ");
		result.append(bundlePrice);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validUntil: ");
		result.append(validUntil);
		result.append(')');
		return result.toString();
	}

} //OfferImpl
