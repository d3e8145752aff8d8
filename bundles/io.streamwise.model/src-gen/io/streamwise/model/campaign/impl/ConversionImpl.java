/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Rate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conversion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.impl.ConversionImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.ConversionImpl#getClick <em>Click</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.ConversionImpl#getCart <em>Cart</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.ConversionImpl#getPurchase <em>Purchase</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.ConversionImpl#getRefund <em>Refund</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConversionImpl extends MinimalEObjectImpl.Container implements Conversion
{
	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected CampaignProduct product;

	/**
	 * The cached value of the '{@link #getClick() <em>Click</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClick()
	 * @generated
	 * @ordered
	 */
	protected Rate click;

	/**
	 * The cached value of the '{@link #getCart() <em>Cart</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCart()
	 * @generated
	 * @ordered
	 */
	protected Rate cart;

	/**
	 * The cached value of the '{@link #getPurchase() <em>Purchase</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchase()
	 * @generated
	 * @ordered
	 */
	protected Rate purchase;

	/**
	 * The cached value of the '{@link #getRefund() <em>Refund</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefund()
	 * @generated
	 * @ordered
	 */
	protected Rate refund;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConversionImpl()
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
		return CampaignPackage.Literals.CONVERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignProduct getProduct()
	{
		if (product != null && product.eIsProxy())
		{
			InternalEObject oldProduct = (InternalEObject)product;
			product = (CampaignProduct)eResolveProxy(oldProduct);
			if (product != oldProduct)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CampaignPackage.CONVERSION__PRODUCT, oldProduct, product));
			}
		}
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignProduct basicGetProduct()
	{
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(CampaignProduct newProduct)
	{
		CampaignProduct oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CONVERSION__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rate getClick()
	{
		return click;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetClick(Rate newClick, NotificationChain msgs)
	{
		Rate oldClick = click;
		click = newClick;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.CONVERSION__CLICK, oldClick, newClick);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClick(Rate newClick)
	{
		if (newClick != click)
		{
			NotificationChain msgs = null;
			if (click != null)
				msgs = ((InternalEObject)click).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CONVERSION__CLICK, null, msgs);
			if (newClick != null)
				msgs = ((InternalEObject)newClick).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CONVERSION__CLICK, null, msgs);
			msgs = basicSetClick(newClick, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CONVERSION__CLICK, newClick, newClick));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rate getCart()
	{
		return cart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCart(Rate newCart, NotificationChain msgs)
	{
		Rate oldCart = cart;
		cart = newCart;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.CONVERSION__CART, oldCart, newCart);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCart(Rate newCart)
	{
		if (newCart != cart)
		{
			NotificationChain msgs = null;
			if (cart != null)
				msgs = ((InternalEObject)cart).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CONVERSION__CART, null, msgs);
			if (newCart != null)
				msgs = ((InternalEObject)newCart).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CONVERSION__CART, null, msgs);
			msgs = basicSetCart(newCart, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CONVERSION__CART, newCart, newCart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rate getPurchase()
	{
		return purchase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPurchase(Rate newPurchase, NotificationChain msgs)
	{
		Rate oldPurchase = purchase;
		purchase = newPurchase;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.CONVERSION__PURCHASE, oldPurchase, newPurchase);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurchase(Rate newPurchase)
	{
		if (newPurchase != purchase)
		{
			NotificationChain msgs = null;
			if (purchase != null)
				msgs = ((InternalEObject)purchase).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CONVERSION__PURCHASE, null, msgs);
			if (newPurchase != null)
				msgs = ((InternalEObject)newPurchase).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CONVERSION__PURCHASE, null, msgs);
			msgs = basicSetPurchase(newPurchase, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CONVERSION__PURCHASE, newPurchase, newPurchase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rate getRefund()
	{
		return refund;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRefund(Rate newRefund, NotificationChain msgs)
	{
		Rate oldRefund = refund;
		refund = newRefund;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.CONVERSION__REFUND, oldRefund, newRefund);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefund(Rate newRefund)
	{
		if (newRefund != refund)
		{
			NotificationChain msgs = null;
			if (refund != null)
				msgs = ((InternalEObject)refund).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CONVERSION__REFUND, null, msgs);
			if (newRefund != null)
				msgs = ((InternalEObject)newRefund).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CONVERSION__REFUND, null, msgs);
			msgs = basicSetRefund(newRefund, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CONVERSION__REFUND, newRefund, newRefund));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case CampaignPackage.CONVERSION__CLICK:
				return basicSetClick(null, msgs);
			case CampaignPackage.CONVERSION__CART:
				return basicSetCart(null, msgs);
			case CampaignPackage.CONVERSION__PURCHASE:
				return basicSetPurchase(null, msgs);
			case CampaignPackage.CONVERSION__REFUND:
				return basicSetRefund(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case CampaignPackage.CONVERSION__PRODUCT:
				if (resolve) return getProduct();
				return basicGetProduct();
			case CampaignPackage.CONVERSION__CLICK:
				return getClick();
			case CampaignPackage.CONVERSION__CART:
				return getCart();
			case CampaignPackage.CONVERSION__PURCHASE:
				return getPurchase();
			case CampaignPackage.CONVERSION__REFUND:
				return getRefund();
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
			case CampaignPackage.CONVERSION__PRODUCT:
				setProduct((CampaignProduct)newValue);
				return;
			case CampaignPackage.CONVERSION__CLICK:
				setClick((Rate)newValue);
				return;
			case CampaignPackage.CONVERSION__CART:
				setCart((Rate)newValue);
				return;
			case CampaignPackage.CONVERSION__PURCHASE:
				setPurchase((Rate)newValue);
				return;
			case CampaignPackage.CONVERSION__REFUND:
				setRefund((Rate)newValue);
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
			case CampaignPackage.CONVERSION__PRODUCT:
				setProduct((CampaignProduct)null);
				return;
			case CampaignPackage.CONVERSION__CLICK:
				setClick((Rate)null);
				return;
			case CampaignPackage.CONVERSION__CART:
				setCart((Rate)null);
				return;
			case CampaignPackage.CONVERSION__PURCHASE:
				setPurchase((Rate)null);
				return;
			case CampaignPackage.CONVERSION__REFUND:
				setRefund((Rate)null);
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
			case CampaignPackage.CONVERSION__PRODUCT:
				return product != null;
			case CampaignPackage.CONVERSION__CLICK:
				return click != null;
			case CampaignPackage.CONVERSION__CART:
				return cart != null;
			case CampaignPackage.CONVERSION__PURCHASE:
				return purchase != null;
			case CampaignPackage.CONVERSION__REFUND:
				return refund != null;
		}
		return super.eIsSet(featureID);
	}

} //ConversionImpl
