/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.stream.impl;

import io.streamwise.model.stream.Host;
import io.streamwise.model.stream.LiveStream;
import io.streamwise.model.stream.Offer;
import io.streamwise.model.stream.Showcase;
import io.streamwise.model.stream.StreamPackage;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Live Stream</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.stream.impl.LiveStreamImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.LiveStreamImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.LiveStreamImpl#getHost <em>Host</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.LiveStreamImpl#getStart <em>Start</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.LiveStreamImpl#getEnd <em>End</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.LiveStreamImpl#getShowcases <em>Showcases</em>}</li>
 *   <li>{@link io.streamwise.model.stream.impl.LiveStreamImpl#getOffers <em>Offers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LiveStreamImpl extends MinimalEObjectImpl.Container implements LiveStream
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
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Host host;

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
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Date end = END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getShowcases() <em>Showcases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShowcases()
	 * @generated
	 * @ordered
	 */
	protected EList<Showcase> showcases;

	/**
	 * The cached value of the '{@link #getOffers() <em>Offers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffers()
	 * @generated
	 * @ordered
	 */
	protected EList<Offer> offers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LiveStreamImpl()
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
		return StreamPackage.Literals.LIVE_STREAM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.LIVE_STREAM__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.LIVE_STREAM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost()
	{
		if (host != null && host.eIsProxy())
		{
			InternalEObject oldHost = (InternalEObject)host;
			host = (Host)eResolveProxy(oldHost);
			if (host != oldHost)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, StreamPackage.LIVE_STREAM__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Host basicGetHost()
	{
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost)
	{
		Host oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.LIVE_STREAM__HOST, oldHost, host));
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
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.LIVE_STREAM__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnd()
	{
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Date newEnd)
	{
		Date oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, StreamPackage.LIVE_STREAM__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Showcase> getShowcases()
	{
		if (showcases == null)
		{
			showcases = new EObjectContainmentEList<Showcase>(Showcase.class, this, StreamPackage.LIVE_STREAM__SHOWCASES);
		}
		return showcases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Offer> getOffers()
	{
		if (offers == null)
		{
			offers = new EObjectContainmentEList<Offer>(Offer.class, this, StreamPackage.LIVE_STREAM__OFFERS);
		}
		return offers;
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
			case StreamPackage.LIVE_STREAM__SHOWCASES:
				return ((InternalEList<?>)getShowcases()).basicRemove(otherEnd, msgs);
			case StreamPackage.LIVE_STREAM__OFFERS:
				return ((InternalEList<?>)getOffers()).basicRemove(otherEnd, msgs);
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
			case StreamPackage.LIVE_STREAM__ID:
				return getId();
			case StreamPackage.LIVE_STREAM__TITLE:
				return getTitle();
			case StreamPackage.LIVE_STREAM__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case StreamPackage.LIVE_STREAM__START:
				return getStart();
			case StreamPackage.LIVE_STREAM__END:
				return getEnd();
			case StreamPackage.LIVE_STREAM__SHOWCASES:
				return getShowcases();
			case StreamPackage.LIVE_STREAM__OFFERS:
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
			case StreamPackage.LIVE_STREAM__ID:
				setId((String)newValue);
				return;
			case StreamPackage.LIVE_STREAM__TITLE:
				setTitle((String)newValue);
				return;
			case StreamPackage.LIVE_STREAM__HOST:
				setHost((Host)newValue);
				return;
			case StreamPackage.LIVE_STREAM__START:
				setStart((Date)newValue);
				return;
			case StreamPackage.LIVE_STREAM__END:
				setEnd((Date)newValue);
				return;
			case StreamPackage.LIVE_STREAM__SHOWCASES:
				getShowcases().clear();
				getShowcases().addAll((Collection<? extends Showcase>)newValue);
				return;
			case StreamPackage.LIVE_STREAM__OFFERS:
				getOffers().clear();
				getOffers().addAll((Collection<? extends Offer>)newValue);
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
			case StreamPackage.LIVE_STREAM__ID:
				setId(ID_EDEFAULT);
				return;
			case StreamPackage.LIVE_STREAM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case StreamPackage.LIVE_STREAM__HOST:
				setHost((Host)null);
				return;
			case StreamPackage.LIVE_STREAM__START:
				setStart(START_EDEFAULT);
				return;
			case StreamPackage.LIVE_STREAM__END:
				setEnd(END_EDEFAULT);
				return;
			case StreamPackage.LIVE_STREAM__SHOWCASES:
				getShowcases().clear();
				return;
			case StreamPackage.LIVE_STREAM__OFFERS:
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
			case StreamPackage.LIVE_STREAM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case StreamPackage.LIVE_STREAM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case StreamPackage.LIVE_STREAM__HOST:
				return host != null;
			case StreamPackage.LIVE_STREAM__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case StreamPackage.LIVE_STREAM__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case StreamPackage.LIVE_STREAM__SHOWCASES:
				return showcases != null && !showcases.isEmpty();
			case StreamPackage.LIVE_STREAM__OFFERS:
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
		result.append(", end: ");
		result.append(end);
		result.append(')');
		return result.toString();
	}

} //LiveStreamImpl
