/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.audience.Segment;

import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignGoal;
import io.streamwise.model.campaign.CampaignOffer;
import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.CampaignProduct;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.PurchaseModel;
import io.streamwise.model.campaign.Scenario;
import io.streamwise.model.campaign.TargetMetric;
import io.streamwise.model.campaign.TargetSegment;
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
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getTargetMetric <em>Target Metric</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getFixedCosts <em>Fixed Costs</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getPlannedStreams <em>Planned Streams</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getOffers <em>Offers</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getVariants <em>Variants</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.CampaignImpl#getPurchaseModel <em>Purchase Model</em>}</li>
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
	protected static final String FORMAT_VERSION_EDEFAULT = "1.2";

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
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetMetric() <em>Target Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMetric()
	 * @generated
	 * @ordered
	 */
	protected static final TargetMetric TARGET_METRIC_EDEFAULT = TargetMetric.PROFIT;

	/**
	 * The cached value of the '{@link #getTargetMetric() <em>Target Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMetric()
	 * @generated
	 * @ordered
	 */
	protected TargetMetric targetMetric = TARGET_METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixedCosts() <em>Fixed Costs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedCosts()
	 * @generated
	 * @ordered
	 */
	protected static final double FIXED_COSTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFixedCosts() <em>Fixed Costs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedCosts()
	 * @generated
	 * @ordered
	 */
	protected double fixedCosts = FIXED_COSTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<CampaignProduct> products;

	/**
	 * The cached value of the '{@link #getPlannedStreams() <em>Planned Streams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStreams()
	 * @generated
	 * @ordered
	 */
	protected EList<CampaignStream> plannedStreams;

	/**
	 * The cached value of the '{@link #getOffers() <em>Offers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffers()
	 * @generated
	 * @ordered
	 */
	protected EList<CampaignOffer> offers;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<TargetSegment> segments;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

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
	 * The cached value of the '{@link #getPurchaseModel() <em>Purchase Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurchaseModel()
	 * @generated
	 * @ordered
	 */
	protected PurchaseModel purchaseModel;

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
	public double getTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(double newTarget)
	{
		double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetMetric getTargetMetric()
	{
		return targetMetric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetMetric(TargetMetric newTargetMetric)
	{
		TargetMetric oldTargetMetric = targetMetric;
		targetMetric = newTargetMetric == null ? TARGET_METRIC_EDEFAULT : newTargetMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__TARGET_METRIC, oldTargetMetric, targetMetric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFixedCosts()
	{
		return fixedCosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedCosts(double newFixedCosts)
	{
		double oldFixedCosts = fixedCosts;
		fixedCosts = newFixedCosts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__FIXED_COSTS, oldFixedCosts, fixedCosts));
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
			products = new EObjectContainmentEList<CampaignProduct>(CampaignProduct.class, this, CampaignPackage.CAMPAIGN__PRODUCTS);
		}
		return products;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CampaignStream> getPlannedStreams()
	{
		if (plannedStreams == null)
		{
			plannedStreams = new EObjectContainmentEList<CampaignStream>(CampaignStream.class, this, CampaignPackage.CAMPAIGN__PLANNED_STREAMS);
		}
		return plannedStreams;
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
			offers = new EObjectContainmentEList<CampaignOffer>(CampaignOffer.class, this, CampaignPackage.CAMPAIGN__OFFERS);
		}
		return offers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TargetSegment> getSegments()
	{
		if (segments == null)
		{
			segments = new EObjectContainmentEList<TargetSegment>(TargetSegment.class, this, CampaignPackage.CAMPAIGN__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios()
	{
		if (scenarios == null)
		{
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, CampaignPackage.CAMPAIGN__SCENARIOS);
		}
		return scenarios;
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
	public PurchaseModel getPurchaseModel()
	{
		return purchaseModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPurchaseModel(PurchaseModel newPurchaseModel, NotificationChain msgs)
	{
		PurchaseModel oldPurchaseModel = purchaseModel;
		purchaseModel = newPurchaseModel;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__PURCHASE_MODEL, oldPurchaseModel, newPurchaseModel);
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
	public void setPurchaseModel(PurchaseModel newPurchaseModel)
	{
		if (newPurchaseModel != purchaseModel)
		{
			NotificationChain msgs = null;
			if (purchaseModel != null)
				msgs = ((InternalEObject)purchaseModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CAMPAIGN__PURCHASE_MODEL, null, msgs);
			if (newPurchaseModel != null)
				msgs = ((InternalEObject)newPurchaseModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CampaignPackage.CAMPAIGN__PURCHASE_MODEL, null, msgs);
			msgs = basicSetPurchaseModel(newPurchaseModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.CAMPAIGN__PURCHASE_MODEL, newPurchaseModel, newPurchaseModel));
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
			case CampaignPackage.CAMPAIGN__PRODUCTS:
				return ((InternalEList<?>)getProducts()).basicRemove(otherEnd, msgs);
			case CampaignPackage.CAMPAIGN__PLANNED_STREAMS:
				return ((InternalEList<?>)getPlannedStreams()).basicRemove(otherEnd, msgs);
			case CampaignPackage.CAMPAIGN__OFFERS:
				return ((InternalEList<?>)getOffers()).basicRemove(otherEnd, msgs);
			case CampaignPackage.CAMPAIGN__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case CampaignPackage.CAMPAIGN__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case CampaignPackage.CAMPAIGN__VARIANTS:
				return ((InternalEList<?>)getVariants()).basicRemove(otherEnd, msgs);
			case CampaignPackage.CAMPAIGN__PURCHASE_MODEL:
				return basicSetPurchaseModel(null, msgs);
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
			case CampaignPackage.CAMPAIGN__TARGET:
				return getTarget();
			case CampaignPackage.CAMPAIGN__TARGET_METRIC:
				return getTargetMetric();
			case CampaignPackage.CAMPAIGN__FIXED_COSTS:
				return getFixedCosts();
			case CampaignPackage.CAMPAIGN__PRODUCTS:
				return getProducts();
			case CampaignPackage.CAMPAIGN__PLANNED_STREAMS:
				return getPlannedStreams();
			case CampaignPackage.CAMPAIGN__OFFERS:
				return getOffers();
			case CampaignPackage.CAMPAIGN__SEGMENTS:
				return getSegments();
			case CampaignPackage.CAMPAIGN__SCENARIOS:
				return getScenarios();
			case CampaignPackage.CAMPAIGN__VARIANTS:
				return getVariants();
			case CampaignPackage.CAMPAIGN__PURCHASE_MODEL:
				return getPurchaseModel();
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
			case CampaignPackage.CAMPAIGN__TARGET:
				setTarget((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN__TARGET_METRIC:
				setTargetMetric((TargetMetric)newValue);
				return;
			case CampaignPackage.CAMPAIGN__FIXED_COSTS:
				setFixedCosts((Double)newValue);
				return;
			case CampaignPackage.CAMPAIGN__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends CampaignProduct>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__PLANNED_STREAMS:
				getPlannedStreams().clear();
				getPlannedStreams().addAll((Collection<? extends CampaignStream>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__OFFERS:
				getOffers().clear();
				getOffers().addAll((Collection<? extends CampaignOffer>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends TargetSegment>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends Variant>)newValue);
				return;
			case CampaignPackage.CAMPAIGN__PURCHASE_MODEL:
				setPurchaseModel((PurchaseModel)newValue);
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
			case CampaignPackage.CAMPAIGN__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__TARGET_METRIC:
				setTargetMetric(TARGET_METRIC_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__FIXED_COSTS:
				setFixedCosts(FIXED_COSTS_EDEFAULT);
				return;
			case CampaignPackage.CAMPAIGN__PRODUCTS:
				getProducts().clear();
				return;
			case CampaignPackage.CAMPAIGN__PLANNED_STREAMS:
				getPlannedStreams().clear();
				return;
			case CampaignPackage.CAMPAIGN__OFFERS:
				getOffers().clear();
				return;
			case CampaignPackage.CAMPAIGN__SEGMENTS:
				getSegments().clear();
				return;
			case CampaignPackage.CAMPAIGN__SCENARIOS:
				getScenarios().clear();
				return;
			case CampaignPackage.CAMPAIGN__VARIANTS:
				getVariants().clear();
				return;
			case CampaignPackage.CAMPAIGN__PURCHASE_MODEL:
				setPurchaseModel((PurchaseModel)null);
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
			case CampaignPackage.CAMPAIGN__TARGET:
				return target != TARGET_EDEFAULT;
			case CampaignPackage.CAMPAIGN__TARGET_METRIC:
				return targetMetric != TARGET_METRIC_EDEFAULT;
			case CampaignPackage.CAMPAIGN__FIXED_COSTS:
				return fixedCosts != FIXED_COSTS_EDEFAULT;
			case CampaignPackage.CAMPAIGN__PRODUCTS:
				return products != null && !products.isEmpty();
			case CampaignPackage.CAMPAIGN__PLANNED_STREAMS:
				return plannedStreams != null && !plannedStreams.isEmpty();
			case CampaignPackage.CAMPAIGN__OFFERS:
				return offers != null && !offers.isEmpty();
			case CampaignPackage.CAMPAIGN__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case CampaignPackage.CAMPAIGN__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case CampaignPackage.CAMPAIGN__VARIANTS:
				return variants != null && !variants.isEmpty();
			case CampaignPackage.CAMPAIGN__PURCHASE_MODEL:
				return purchaseModel != null;
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
		result.append(", target: ");
		result.append(target);
		result.append(", targetMetric: ");
		result.append(targetMetric);
		result.append(", fixedCosts: ");
		result.append(fixedCosts);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
