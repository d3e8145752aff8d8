/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.audience.Segment;

import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignGoal;
import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.Variant;

import io.streamwise.model.stream.LiveStream;

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
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getStreams <em>Streams</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getTargetSegments <em>Target Segments</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getVariants <em>Variants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends MinimalEObjectImpl.Container implements Campaign
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
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = "1.1";

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected static final CampaignGoal GOAL_EDEFAULT = CampaignGoal.REVENUE;

	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected CampaignGoal goal = GOAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final double BUDGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected double budget = BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStreams() <em>Streams</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreams()
	 * @generated
	 * @ordered
	 */
	protected EList<LiveStream> streams;

	/**
	 * The cached value of the '{@link #getTargetSegments() <em>Target Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> targetSegments;

	/**
	 * The cached value of the '{@link #getVariants() <em>Variants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected EList<Variant> variants;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl()
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
		return CampaignPackage.Literals.CAMPAIGN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion()
	{
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion)
	{
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignGoal getGoal()
	{
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(CampaignGoal newGoal)
	{
		CampaignGoal oldGoal = goal;
		goal = newGoal == null ? GOAL_EDEFAULT : newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__GOAL, oldGoal, goal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBudget()
	{
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(double newBudget)
	{
		double oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__BUDGET, oldBudget, budget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency()
	{
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency)
	{
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LiveStream> getStreams()
	{
		if (streams == null)
		{
			streams = new EObjectResolvingEList<LiveStream>(LiveStream.class, this, CampaignPackage.CAMPAIGN__STREAMS);
		}
		return streams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getTargetSegments()
	{
		if (targetSegments == null)
		{
			targetSegments = new EObjectResolvingEList<Segment>(Segment.class, this, CampaignPackage.CAMPAIGN__TARGET_SEGMENTS);
		}
		return targetSegments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variant> getVariants()
	{
		if (variants == null)
		{
			variants = new EObjectContainmentEList<Variant>(Variant.class, this, CampaignPackage.CAMPAIGN__VARIANTS);
		}
		return variants;
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
			case CampaignPackage.CAMPAIGN__VARIANTS:
				return ((InternalEList<?>)getVariants()).basicRemove(otherEnd, msgs);
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
			case CampaignPackage.CAMPAIGN__ID:
				return getId();
			case CampaignPackage.CAMPAIGN__NAME:
				return getName();
			case CampaignPackage.CAMPAIGN__FORMAT_VERSION:
				return getFormatVersion();
			case CampaignPackage.CAMPAIGN__GOAL:
				return getGoal();
			case CampaignPackage.CAMPAIGN__BUDGET:
				return getBudget();
			case CampaignPackage.CAMPAIGN__CURRENCY:
				return getCurrency();
			case CampaignPackage.CAMPAIGN__STREAMS:
				return getStreams();
			case CampaignPackage.CAMPAIGN__TARGET_SEGMENTS:
				return getTargetSegments();
			case CampaignPackage.CAMPAIGN__VARIANTS:
				return getVariants();
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
			case CampaignPackage.CAMPAIGN__ID:
				setId((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN__NAME:
				setName((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN__GOAL:
				setGoal((CampaignGoal)newValue);
				return;
			case CampaignPackage.CAMPAIGN__BUDGET:
				setBudget((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN__CURRENCY:
				setCurrency((String)newValue);
				return;
			case CampaignPackage.CAMPAIGN__STREAMS:
				getStreams().clear();
				getStreams().addAll((Collection<? extends LiveStream>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__TARGET_SEGMENTS:
				getTargetSegments().clear();
				getTargetSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends Variant>)newValue);
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
			case CampaignPackage.CAMPAIGN__ID:
				setId(ID_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__GOAL:
				setGoal(GOAL_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__STREAMS:
				getStreams().clear();
				return;
			case CampaignPackage.CAMPAIGN__TARGET_SEGMENTS:
				getTargetSegments().clear();
				return;
			case CampaignPackage.CAMPAIGN__VARIANTS:
				getVariants().clear();
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
			case CampaignPackage.CAMPAIGN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CampaignPackage.CAMPAIGN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CampaignPackage.CAMPAIGN__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case CampaignPackage.CAMPAIGN__GOAL:
				return goal != GOAL_EDEFAULT;
			case CampaignPackage.CAMPAIGN__BUDGET:
				return budget != BUDGET_EDEFAULT;
			case CampaignPackage.CAMPAIGN__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case CampaignPackage.CAMPAIGN__STREAMS:
				return streams != null && !streams.isEmpty();
			case CampaignPackage.CAMPAIGN__TARGET_SEGMENTS:
				return targetSegments != null && !targetSegments.isEmpty();
			case CampaignPackage.CAMPAIGN__VARIANTS:
				return variants != null && !variants.isEmpty();
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
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", goal: ");
		result.append(goal);
		result.append(", budget: ");
		result.append(budget);
		result.append(", currency: ");
		result.append(currency);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
