/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.audience.impl;

import io.streamwise.model.audience.AgeBand;
import io.streamwise.model.audience.Attribute;
import io.streamwise.model.audience.AudiencePackage;
import io.streamwise.model.audience.Segment;
import io.streamwise.model.audience.Viewer;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Viewer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.audience.impl.ViewerImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.audience.impl.ViewerImpl#getAgeBand <em>Age Band</em>}</li>
 *   <li>{@link io.streamwise.model.audience.impl.ViewerImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link io.streamwise.model.audience.impl.ViewerImpl#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link io.streamwise.model.audience.impl.ViewerImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link io.streamwise.model.audience.impl.ViewerImpl#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ViewerImpl extends MinimalEObjectImpl.Container implements Viewer
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
	 * The default value of the '{@link #getAgeBand() <em>Age Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeBand()
	 * @generated
	 * @ordered
	 */
	protected static final AgeBand AGE_BAND_EDEFAULT = AgeBand.UNKNOWN;

	/**
	 * The cached value of the '{@link #getAgeBand() <em>Age Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeBand()
	 * @generated
	 * @ordered
	 */
	protected AgeBand ageBand = AGE_BAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCUPATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected String occupation = OCCUPATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<Attribute> attributes;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ViewerImpl()
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
		return AudiencePackage.Literals.VIEWER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AudiencePackage.VIEWER__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgeBand getAgeBand()
	{
		return ageBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeBand(AgeBand newAgeBand)
	{
		AgeBand oldAgeBand = ageBand;
		ageBand = newAgeBand == null ? AGE_BAND_EDEFAULT : newAgeBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AudiencePackage.VIEWER__AGE_BAND, oldAgeBand, ageBand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion()
	{
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion)
	{
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AudiencePackage.VIEWER__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccupation()
	{
		return occupation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupation(String newOccupation)
	{
		String oldOccupation = occupation;
		occupation = newOccupation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AudiencePackage.VIEWER__OCCUPATION, oldOccupation, occupation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attribute> getAttributes()
	{
		if (attributes == null)
		{
			attributes = new EObjectContainmentEList<Attribute>(Attribute.class, this, AudiencePackage.VIEWER__ATTRIBUTES);
		}
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments()
	{
		if (segments == null)
		{
			segments = new EObjectResolvingEList<Segment>(Segment.class, this, AudiencePackage.VIEWER__SEGMENTS);
		}
		return segments;
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
			case AudiencePackage.VIEWER__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
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
			case AudiencePackage.VIEWER__ID:
				return getId();
			case AudiencePackage.VIEWER__AGE_BAND:
				return getAgeBand();
			case AudiencePackage.VIEWER__REGION:
				return getRegion();
			case AudiencePackage.VIEWER__OCCUPATION:
				return getOccupation();
			case AudiencePackage.VIEWER__ATTRIBUTES:
				return getAttributes();
			case AudiencePackage.VIEWER__SEGMENTS:
				return getSegments();
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
			case AudiencePackage.VIEWER__ID:
				setId((String)newValue);
				return;
			case AudiencePackage.VIEWER__AGE_BAND:
				setAgeBand((AgeBand)newValue);
				return;
			case AudiencePackage.VIEWER__REGION:
				setRegion((String)newValue);
				return;
			case AudiencePackage.VIEWER__OCCUPATION:
				setOccupation((String)newValue);
				return;
			case AudiencePackage.VIEWER__ATTRIBUTES:
				getAttributes().clear();
				getAttributes().addAll((Collection<? extends Attribute>)newValue);
				return;
			case AudiencePackage.VIEWER__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
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
			case AudiencePackage.VIEWER__ID:
				setId(ID_EDEFAULT);
				return;
			case AudiencePackage.VIEWER__AGE_BAND:
				setAgeBand(AGE_BAND_EDEFAULT);
				return;
			case AudiencePackage.VIEWER__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case AudiencePackage.VIEWER__OCCUPATION:
				setOccupation(OCCUPATION_EDEFAULT);
				return;
			case AudiencePackage.VIEWER__ATTRIBUTES:
				getAttributes().clear();
				return;
			case AudiencePackage.VIEWER__SEGMENTS:
				getSegments().clear();
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
			case AudiencePackage.VIEWER__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AudiencePackage.VIEWER__AGE_BAND:
				return ageBand != AGE_BAND_EDEFAULT;
			case AudiencePackage.VIEWER__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case AudiencePackage.VIEWER__OCCUPATION:
				return OCCUPATION_EDEFAULT == null ? occupation != null : !OCCUPATION_EDEFAULT.equals(occupation);
			case AudiencePackage.VIEWER__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
			case AudiencePackage.VIEWER__SEGMENTS:
				return segments != null && !segments.isEmpty();
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
		result.append(", ageBand: ");
		result.append(ageBand);
		result.append(", region: ");
		result.append(region);
		result.append(", occupation: ");
		result.append(occupation);
		result.append(')');
		return result.toString();
	}

} //ViewerImpl
