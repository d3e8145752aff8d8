/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.campaign.CampaignOffer;
import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.CampaignStream;

import io.streamwise.model.stream.LiveStream;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stream</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getScheduled <em>Scheduled</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getStart <em>Start</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getHost <em>Host</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getExpectedReach <em>Expected Reach</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getHostFee <em>Host Fee</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getPromotionSpend <em>Promotion Spend</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignStreamImpl#getOffers <em>Offers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignStreamImpl extends MinimalEObjectImpl.Container implements CampaignStream
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScheduled() <em>Scheduled</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduled()
	 * @generated
	 * @ordered
	 */
	protected LiveStream scheduled;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Date start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedReach() <em>Expected Reach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedReach()
	 * @generated
	 * @ordered
	 */
	protected static final Double EXPECTED_REACH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedReach() <em>Expected Reach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedReach()
	 * @generated
	 * @ordered
	 */
	protected Double expectedReach = EXPECTED_REACH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostFee() <em>Host Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostFee()
	 * @generated
	 * @ordered
	 */
	protected static final double HOST_FEE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHostFee() <em>Host Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostFee()
	 * @generated
	 * @ordered
	 */
	protected double hostFee = HOST_FEE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPromotionSpend() <em>Promotion Spend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromotionSpend()
	 * @generated
	 * @ordered
	 */
	protected static final double PROMOTION_SPEND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPromotionSpend() <em>Promotion Spend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromotionSpend()
	 * @generated
	 * @ordered
	 */
	protected double promotionSpend = PROMOTION_SPEND_EDEFAULT;

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
	 * The cached value of the '{@link #getOffers() <em>Offers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffers()
	 * @generated
	 * @ordered
	 */
	protected EList<CampaignOffer> offers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignStreamImpl()
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
		return CampaignPackage.Literals.CAMPAIGN_STREAM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_STREAM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_STREAM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LiveStream getScheduled()
	{
		if (scheduled != null && scheduled.eIsProxy())
		{
			InternalEObject oldScheduled = (InternalEObject)scheduled;
			scheduled = (LiveStream)eResolveProxy(oldScheduled);
			if (scheduled != oldScheduled)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CampaignPackage.CAMPAIGN_STREAM__SCHEDULED, oldScheduled, scheduled));
			}
		}
		return scheduled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LiveStream basicGetScheduled()
	{
		return scheduled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduled(LiveStream newScheduled)
	{
		LiveStream oldScheduled = scheduled;
		scheduled = newScheduled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_STREAM__SCHEDULED, oldScheduled, scheduled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStart()
	{
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Date newStart)
	{
		Date oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_STREAM__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes()
	{
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes)
	{
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_STREAM__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost()
	{
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost)
	{
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_STREAM__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getExpectedReach()
	{
		return expectedReach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedReach(Double newExpectedReach)
	{
		Double oldExpectedReach = expectedReach;
		expectedReach = newExpectedReach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_STREAM__EXPECTED_REACH, oldExpectedReach, expectedReach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHostFee()
	{
		return hostFee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostFee(double newHostFee)
	{
		double oldHostFee = hostFee;
		hostFee = newHostFee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_STREAM__HOST_FEE, oldHostFee, hostFee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPromotionSpend()
	{
		return promotionSpend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromotionSpend(double newPromotionSpend)
	{
		double oldPromotionSpend = promotionSpend;
		promotionSpend = newPromotionSpend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN_STREAM__PROMOTION_SPEND, oldPromotionSpend, promotionSpend));
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
			products = new EObjectResolvingEList<CampaignProduct>(CampaignProduct.class, this, CampaignPackage.CAMPAIGN_STREAM__PRODUCTS);
		}
		return products;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CampaignOffer> getOffers()
	{
		if (offers == null)
		{
			offers = new EObjectResolvingEList<CampaignOffer>(CampaignOffer.class, this, CampaignPackage.CAMPAIGN_STREAM__OFFERS);
		}
		return offers;
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
			case CampaignPackage.CAMPAIGN_STREAM__ID:
				return getId();
			case CampaignPackage.CAMPAIGN_STREAM__TITLE:
				return getTitle();
			case CampaignPackage.CAMPAIGN_STREAM__SCHEDULED:
				if (resolve) return getScheduled();
				return basicGetScheduled();
			case CampaignPackage.CAMPAIGN_STREAM__START:
				return getStart();
			case CampaignPackage.CAMPAIGN_STREAM__DURATION_MINUTES:
				return getDurationMinutes();
			case CampaignPackage.CAMPAIGN_STREAM__HOST:
				return getHost();
			case CampaignPackage.CAMPAIGN_STREAM__EXPECTED_REACH:
				return getExpectedReach();
			case CampaignPackage.CAMPAIGN_STREAM__HOST_FEE:
				return getHostFee();
			case CampaignPackage.CAMPAIGN_STREAM__PROMOTION_SPEND:
				return getPromotionSpend();
			case CampaignPackage.CAMPAIGN_STREAM__PRODUCTS:
				return getProducts();
			case CampaignPackage.CAMPAIGN_STREAM__OFFERS:
				return getOffers();
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
			case CampaignPackage.CAMPAIGN_STREAM__ID:
				setId((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__TITLE:
				setTitle((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__SCHEDULED:
				setScheduled((LiveStream)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__START:
				setStart((Date)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__HOST:
				setHost((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__EXPECTED_REACH:
				setExpectedReach((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__HOST_FEE:
				setHostFee((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__PROMOTION_SPEND:
				setPromotionSpend((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends CampaignProduct>)newValue);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__OFFERS:
				getOffers().clear();
				getOffers().addAll((Collection<? extends CampaignOffer>)newValue);
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
			case CampaignPackage.CAMPAIGN_STREAM__ID:
				setId(ID_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__SCHEDULED:
				setScheduled((LiveStream)null);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__START:
				setStart(START_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__EXPECTED_REACH:
				setExpectedReach(EXPECTED_REACH_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__HOST_FEE:
				setHostFee(HOST_FEE_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__PROMOTION_SPEND:
				setPromotionSpend(PROMOTION_SPEND_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN_STREAM__PRODUCTS:
				getProducts().clear();
				return;
			case CampaignPackage.CAMPAIGN_STREAM__OFFERS:
				getOffers().clear();
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
			case CampaignPackage.CAMPAIGN_STREAM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CampaignPackage.CAMPAIGN_STREAM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CampaignPackage.CAMPAIGN_STREAM__SCHEDULED:
				return scheduled != null;
			case CampaignPackage.CAMPAIGN_STREAM__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case CampaignPackage.CAMPAIGN_STREAM__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case CampaignPackage.CAMPAIGN_STREAM__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case CampaignPackage.CAMPAIGN_STREAM__EXPECTED_REACH:
				return EXPECTED_REACH_EDEFAULT == null ? expectedReach != null : !EXPECTED_REACH_EDEFAULT.equals(expectedReach);
			case CampaignPackage.CAMPAIGN_STREAM__HOST_FEE:
				return hostFee != HOST_FEE_EDEFAULT;
			case CampaignPackage.CAMPAIGN_STREAM__PROMOTION_SPEND:
				return promotionSpend != PROMOTION_SPEND_EDEFAULT;
			case CampaignPackage.CAMPAIGN_STREAM__PRODUCTS:
				return products != null && !products.isEmpty();
			case CampaignPackage.CAMPAIGN_STREAM__OFFERS:
				return offers != null && !offers.isEmpty();
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
		result.append(", title: ");
		result.append(title);
		result.append(", start: ");
		result.append(start);
		result.append(", durationMinutes: ");
		result.append(durationMinutes);
		result.append(", host: ");
		result.append(host);
		result.append(", expectedReach: ");
		result.append(expectedReach);
		result.append(", hostFee: ");
		result.append(hostFee);
		result.append(", promotionSpend: ");
		result.append(promotionSpend);
		result.append(')');
		return result.toString();
	}

} //CampaignStreamImpl
