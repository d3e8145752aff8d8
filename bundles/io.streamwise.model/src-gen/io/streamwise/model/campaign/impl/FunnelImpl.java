/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.Conversion;
import io.streamwise.model.campaign.Funnel;
import io.streamwise.model.campaign.Rate;

import java.util.Collection;

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
 * An implementation of the model object '<em><b>Funnel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.impl.FunnelImpl#getStream <em>Stream</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.FunnelImpl#getWatchMinutes <em>Watch Minutes</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.FunnelImpl#getReach <em>Reach</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.FunnelImpl#getJoin <em>Join</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.FunnelImpl#getWatch <em>Watch</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.FunnelImpl#getEngage <em>Engage</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.FunnelImpl#getConversions <em>Conversions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FunnelImpl extends MinimalEObjectImpl.Container implements Funnel
{
	/**
	 * The cached value of the '{@link #getStream() <em>Stream</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStream()
	 * @generated
	 * @ordered
	 */
	protected CampaignStream stream;

	/**
	 * The default value of the '{@link #getWatchMinutes() <em>Watch Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWatchMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int WATCH_MINUTES_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getWatchMinutes() <em>Watch Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWatchMinutes()
	 * @generated
	 * @ordered
	 */
	protected int watchMinutes = WATCH_MINUTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReach() <em>Reach</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReach()
	 * @generated
	 * @ordered
	 */
	protected Rate reach;

	/**
	 * The cached value of the '{@link #getJoin() <em>Join</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoin()
	 * @generated
	 * @ordered
	 */
	protected Rate join;

	/**
	 * The cached value of the '{@link #getWatch() <em>Watch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWatch()
	 * @generated
	 * @ordered
	 */
	protected Rate watch;

	/**
	 * The cached value of the '{@link #getEngage() <em>Engage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngage()
	 * @generated
	 * @ordered
	 */
	protected Rate engage;

	/**
	 * The cached value of the '{@link #getConversions() <em>Conversions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConversions()
	 * @generated
	 * @ordered
	 */
	protected EList<Conversion> conversions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FunnelImpl()
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
		return CampaignPackage.Literals.FUNNEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignStream getStream()
	{
		if (stream != null && stream.eIsProxy())
		{
			InternalEObject oldStream = (InternalEObject)stream;
			stream = (CampaignStream)eResolveProxy(oldStream);
			if (stream != oldStream)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CampaignPackage.FUNNEL__STREAM, oldStream, stream));
			}
		}
		return stream;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CampaignStream basicGetStream()
	{
		return stream;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStream(CampaignStream newStream)
	{
		CampaignStream oldStream = stream;
		stream = newStream;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__STREAM, oldStream, stream));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWatchMinutes()
	{
		return watchMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWatchMinutes(int newWatchMinutes)
	{
		int oldWatchMinutes = watchMinutes;
		watchMinutes = newWatchMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__WATCH_MINUTES, oldWatchMinutes, watchMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rate getReach()
	{
		return reach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReach(Rate newReach, NotificationChain msgs)
	{
		Rate oldReach = reach;
		reach = newReach;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__REACH, oldReach, newReach);
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
	public void setReach(Rate newReach)
	{
		if (newReach != reach)
		{
			NotificationChain msgs = null;
			if (reach != null)
				msgs = ((InternalEObject)reach).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.FUNNEL__REACH, null, msgs);
			if (newReach != null)
				msgs = ((InternalEObject)newReach).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.FUNNEL__REACH, null, msgs);
			msgs = basicSetReach(newReach, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__REACH, newReach, newReach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rate getJoin()
	{
		return join;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetJoin(Rate newJoin, NotificationChain msgs)
	{
		Rate oldJoin = join;
		join = newJoin;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__JOIN, oldJoin, newJoin);
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
	public void setJoin(Rate newJoin)
	{
		if (newJoin != join)
		{
			NotificationChain msgs = null;
			if (join != null)
				msgs = ((InternalEObject)join).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.FUNNEL__JOIN, null, msgs);
			if (newJoin != null)
				msgs = ((InternalEObject)newJoin).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.FUNNEL__JOIN, null, msgs);
			msgs = basicSetJoin(newJoin, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__JOIN, newJoin, newJoin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rate getWatch()
	{
		return watch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWatch(Rate newWatch, NotificationChain msgs)
	{
		Rate oldWatch = watch;
		watch = newWatch;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__WATCH, oldWatch, newWatch);
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
	public void setWatch(Rate newWatch)
	{
		if (newWatch != watch)
		{
			NotificationChain msgs = null;
			if (watch != null)
				msgs = ((InternalEObject)watch).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.FUNNEL__WATCH, null, msgs);
			if (newWatch != null)
				msgs = ((InternalEObject)newWatch).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.FUNNEL__WATCH, null, msgs);
			msgs = basicSetWatch(newWatch, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__WATCH, newWatch, newWatch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rate getEngage()
	{
		return engage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEngage(Rate newEngage, NotificationChain msgs)
	{
		Rate oldEngage = engage;
		engage = newEngage;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__ENGAGE, oldEngage, newEngage);
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
	public void setEngage(Rate newEngage)
	{
		if (newEngage != engage)
		{
			NotificationChain msgs = null;
			if (engage != null)
				msgs = ((InternalEObject)engage).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.FUNNEL__ENGAGE, null, msgs);
			if (newEngage != null)
				msgs = ((InternalEObject)newEngage).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.FUNNEL__ENGAGE, null, msgs);
			msgs = basicSetEngage(newEngage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.FUNNEL__ENGAGE, newEngage, newEngage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Conversion> getConversions()
	{
		if (conversions == null)
		{
			conversions = new EObjectContainmentEList<Conversion>(Conversion.class, this, CampaignPackage.FUNNEL__CONVERSIONS);
		}
		return conversions;
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
			case CampaignPackage.FUNNEL__REACH:
				return basicSetReach(null, msgs);
			case CampaignPackage.FUNNEL__JOIN:
				return basicSetJoin(null, msgs);
			case CampaignPackage.FUNNEL__WATCH:
				return basicSetWatch(null, msgs);
			case CampaignPackage.FUNNEL__ENGAGE:
				return basicSetEngage(null, msgs);
			case CampaignPackage.FUNNEL__CONVERSIONS:
				return ((InternalEList<?>)getConversions()).basicRemove(otherEnd, msgs);
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
			case CampaignPackage.FUNNEL__STREAM:
				if (resolve) return getStream();
				return basicGetStream();
			case CampaignPackage.FUNNEL__WATCH_MINUTES:
				return getWatchMinutes();
			case CampaignPackage.FUNNEL__REACH:
				return getReach();
			case CampaignPackage.FUNNEL__JOIN:
				return getJoin();
			case CampaignPackage.FUNNEL__WATCH:
				return getWatch();
			case CampaignPackage.FUNNEL__ENGAGE:
				return getEngage();
			case CampaignPackage.FUNNEL__CONVERSIONS:
				return getConversions();
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
			case CampaignPackage.FUNNEL__STREAM:
				setStream((CampaignStream)newValue);
				return;
			case CampaignPackage.FUNNEL__WATCH_MINUTES:
				setWatchMinutes((Integer)newValue);
				return;
			case CampaignPackage.FUNNEL__REACH:
				setReach((Rate)newValue);
				return;
			case CampaignPackage.FUNNEL__JOIN:
				setJoin((Rate)newValue);
				return;
			case CampaignPackage.FUNNEL__WATCH:
				setWatch((Rate)newValue);
				return;
			case CampaignPackage.FUNNEL__ENGAGE:
				setEngage((Rate)newValue);
				return;
			case CampaignPackage.FUNNEL__CONVERSIONS:
				getConversions().clear();
				getConversions().addAll((Collection<? extends Conversion>)newValue);
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
			case CampaignPackage.FUNNEL__STREAM:
				setStream((CampaignStream)null);
				return;
			case CampaignPackage.FUNNEL__WATCH_MINUTES:
				setWatchMinutes(WATCH_MINUTES_EDEFAULT);
				return;
			case CampaignPackage.FUNNEL__REACH:
				setReach((Rate)null);
				return;
			case CampaignPackage.FUNNEL__JOIN:
				setJoin((Rate)null);
				return;
			case CampaignPackage.FUNNEL__WATCH:
				setWatch((Rate)null);
				return;
			case CampaignPackage.FUNNEL__ENGAGE:
				setEngage((Rate)null);
				return;
			case CampaignPackage.FUNNEL__CONVERSIONS:
				getConversions().clear();
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
			case CampaignPackage.FUNNEL__STREAM:
				return stream != null;
			case CampaignPackage.FUNNEL__WATCH_MINUTES:
				return watchMinutes != WATCH_MINUTES_EDEFAULT;
			case CampaignPackage.FUNNEL__REACH:
				return reach != null;
			case CampaignPackage.FUNNEL__JOIN:
				return join != null;
			case CampaignPackage.FUNNEL__WATCH:
				return watch != null;
			case CampaignPackage.FUNNEL__ENGAGE:
				return engage != null;
			case CampaignPackage.FUNNEL__CONVERSIONS:
				return conversions != null && !conversions.isEmpty();
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
		result.append(" (watchMinutes: ");
		result.append(watchMinutes);
		result.append(')');
		return result.toString();
	}

} //FunnelImpl
