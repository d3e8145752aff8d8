/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.Variant;

import io.streamwise.model.stream.Offer;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Variant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.impl.VariantImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.VariantImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.VariantImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.VariantImpl#getTrafficShare <em>Traffic Share</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.VariantImpl#getOffer <em>Offer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VariantImpl extends MinimalEObjectImpl.Container implements Variant
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrafficShare() <em>Traffic Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficShare()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAFFIC_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrafficShare() <em>Traffic Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficShare()
	 * @generated
	 * @ordered
	 */
	protected double trafficShare = TRAFFIC_SHARE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOffer() <em>Offer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffer()
	 * @generated
	 * @ordered
	 */
	protected Offer offer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VariantImpl()
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
		return CampaignPackage.Literals.VARIANT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.VARIANT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.VARIANT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.VARIANT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrafficShare()
	{
		return trafficShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrafficShare(double newTrafficShare)
	{
		double oldTrafficShare = trafficShare;
		trafficShare = newTrafficShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.VARIANT__TRAFFIC_SHARE, oldTrafficShare, trafficShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Offer getOffer()
	{
		if (offer != null && offer.eIsProxy())
		{
			InternalEObject oldOffer = (InternalEObject)offer;
			offer = (Offer)eResolveProxy(oldOffer);
			if (offer != oldOffer)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CampaignPackage.VARIANT__OFFER, oldOffer, offer));
			}
		}
		return offer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Offer basicGetOffer()
	{
		return offer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffer(Offer newOffer)
	{
		Offer oldOffer = offer;
		offer = newOffer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.VARIANT__OFFER, oldOffer, offer));
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
			case CampaignPackage.VARIANT__ID:
				return getId();
			case CampaignPackage.VARIANT__NAME:
				return getName();
			case CampaignPackage.VARIANT__DESCRIPTION:
				return getDescription();
			case CampaignPackage.VARIANT__TRAFFIC_SHARE:
				return getTrafficShare();
			case CampaignPackage.VARIANT__OFFER:
				if (resolve) return getOffer();
				return basicGetOffer();
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
			case CampaignPackage.VARIANT__ID:
				setId((String)newValue);
				return;
			case CampaignPackage.VARIANT__NAME:
				setName((String)newValue);
				return;
			case CampaignPackage.VARIANT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CampaignPackage.VARIANT__TRAFFIC_SHARE:
				setTrafficShare((Double)newValue);
				return;
			case CampaignPackage.VARIANT__OFFER:
				setOffer((Offer)newValue);
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
			case CampaignPackage.VARIANT__ID:
				setId(ID_EDEFAULT);
				return;
			case CampaignPackage.VARIANT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CampaignPackage.VARIANT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CampaignPackage.VARIANT__TRAFFIC_SHARE:
				setTrafficShare(TRAFFIC_SHARE_EDEFAULT);
				return;
			case CampaignPackage.VARIANT__OFFER:
				setOffer((Offer)null);
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
			case CampaignPackage.VARIANT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CampaignPackage.VARIANT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CampaignPackage.VARIANT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CampaignPackage.VARIANT__TRAFFIC_SHARE:
				return trafficShare != TRAFFIC_SHARE_EDEFAULT;
			case CampaignPackage.VARIANT__OFFER:
				return offer != null;
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
		result.append(", description: ");
		result.append(description);
		result.append(", trafficShare: ");
		result.append(trafficShare);
		result.append(')');
		return result.toString();
	}

} //VariantImpl
