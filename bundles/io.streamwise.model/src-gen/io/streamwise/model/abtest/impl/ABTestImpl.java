/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest.impl;

import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.ABTestPackage;
import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;
import io.streamwise.model.abtest.EffectScale;
import io.streamwise.model.abtest.Metric;
import io.streamwise.model.abtest.MonitoringPlan;
import io.streamwise.model.abtest.RandomisationUnit;
import io.streamwise.model.abtest.Variant;

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
 * An implementation of the model object '<em><b>AB Test</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getVariants <em>Variants</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getPrimaryMetric <em>Primary Metric</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getGuardrailMetrics <em>Guardrail Metrics</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getPower <em>Power</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getMinimumDetectableEffect <em>Minimum Detectable Effect</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getEffectScale <em>Effect Scale</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getCorrection <em>Correction</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getAnalysisMethod <em>Analysis Method</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getCovariate <em>Covariate</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getCovariateCorrelation <em>Covariate Correlation</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getClusterSize <em>Cluster Size</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getIntraclassCorrelation <em>Intraclass Correlation</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getDailyTraffic <em>Daily Traffic</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getPriorAlpha <em>Prior Alpha</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getPriorBeta <em>Prior Beta</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getMinimumUnitsPerArm <em>Minimum Units Per Arm</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.impl.ABTestImpl#getMonitoring <em>Monitoring</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ABTestImpl extends MinimalEObjectImpl.Container implements ABTest
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
	 * The default value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected static final String HYPOTHESIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected String hypothesis = HYPOTHESIS_EDEFAULT;

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
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final RandomisationUnit UNIT_EDEFAULT = RandomisationUnit.VIEWER;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected RandomisationUnit unit = UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrimaryMetric() <em>Primary Metric</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryMetric()
	 * @generated
	 * @ordered
	 */
	protected Metric primaryMetric;

	/**
	 * The cached value of the '{@link #getGuardrailMetrics() <em>Guardrail Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuardrailMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> guardrailMetrics;

	/**
	 * The default value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double ALPHA_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected double alpha = ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getPower() <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPower()
	 * @generated
	 * @ordered
	 */
	protected static final double POWER_EDEFAULT = 0.8;

	/**
	 * The cached value of the '{@link #getPower() <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPower()
	 * @generated
	 * @ordered
	 */
	protected double power = POWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumDetectableEffect() <em>Minimum Detectable Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumDetectableEffect()
	 * @generated
	 * @ordered
	 */
	protected static final double MINIMUM_DETECTABLE_EFFECT_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getMinimumDetectableEffect() <em>Minimum Detectable Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumDetectableEffect()
	 * @generated
	 * @ordered
	 */
	protected double minimumDetectableEffect = MINIMUM_DETECTABLE_EFFECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectScale() <em>Effect Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectScale()
	 * @generated
	 * @ordered
	 */
	protected static final EffectScale EFFECT_SCALE_EDEFAULT = EffectScale.RELATIVE;

	/**
	 * The cached value of the '{@link #getEffectScale() <em>Effect Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectScale()
	 * @generated
	 * @ordered
	 */
	protected EffectScale effectScale = EFFECT_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCorrection() <em>Correction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrection()
	 * @generated
	 * @ordered
	 */
	protected static final Correction CORRECTION_EDEFAULT = Correction.HOLM;

	/**
	 * The cached value of the '{@link #getCorrection() <em>Correction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrection()
	 * @generated
	 * @ordered
	 */
	protected Correction correction = CORRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnalysisMethod() <em>Analysis Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisMethod()
	 * @generated
	 * @ordered
	 */
	protected static final AnalysisMethod ANALYSIS_METHOD_EDEFAULT = AnalysisMethod.ZPOOLED;

	/**
	 * The cached value of the '{@link #getAnalysisMethod() <em>Analysis Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisMethod()
	 * @generated
	 * @ordered
	 */
	protected AnalysisMethod analysisMethod = ANALYSIS_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCovariate() <em>Covariate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovariate()
	 * @generated
	 * @ordered
	 */
	protected static final String COVARIATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCovariate() <em>Covariate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovariate()
	 * @generated
	 * @ordered
	 */
	protected String covariate = COVARIATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCovariateCorrelation() <em>Covariate Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovariateCorrelation()
	 * @generated
	 * @ordered
	 */
	protected static final double COVARIATE_CORRELATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCovariateCorrelation() <em>Covariate Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCovariateCorrelation()
	 * @generated
	 * @ordered
	 */
	protected double covariateCorrelation = COVARIATE_CORRELATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getClusterSize() <em>Cluster Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterSize()
	 * @generated
	 * @ordered
	 */
	protected static final double CLUSTER_SIZE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getClusterSize() <em>Cluster Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterSize()
	 * @generated
	 * @ordered
	 */
	protected double clusterSize = CLUSTER_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntraclassCorrelation() <em>Intraclass Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntraclassCorrelation()
	 * @generated
	 * @ordered
	 */
	protected static final double INTRACLASS_CORRELATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getIntraclassCorrelation() <em>Intraclass Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntraclassCorrelation()
	 * @generated
	 * @ordered
	 */
	protected double intraclassCorrelation = INTRACLASS_CORRELATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDailyTraffic() <em>Daily Traffic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyTraffic()
	 * @generated
	 * @ordered
	 */
	protected static final double DAILY_TRAFFIC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDailyTraffic() <em>Daily Traffic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyTraffic()
	 * @generated
	 * @ordered
	 */
	protected double dailyTraffic = DAILY_TRAFFIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriorAlpha() <em>Prior Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double PRIOR_ALPHA_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getPriorAlpha() <em>Prior Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorAlpha()
	 * @generated
	 * @ordered
	 */
	protected double priorAlpha = PRIOR_ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriorBeta() <em>Prior Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorBeta()
	 * @generated
	 * @ordered
	 */
	protected static final double PRIOR_BETA_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getPriorBeta() <em>Prior Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorBeta()
	 * @generated
	 * @ordered
	 */
	protected double priorBeta = PRIOR_BETA_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumUnitsPerArm() <em>Minimum Units Per Arm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumUnitsPerArm()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_UNITS_PER_ARM_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getMinimumUnitsPerArm() <em>Minimum Units Per Arm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumUnitsPerArm()
	 * @generated
	 * @ordered
	 */
	protected int minimumUnitsPerArm = MINIMUM_UNITS_PER_ARM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMonitoring() <em>Monitoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonitoring()
	 * @generated
	 * @ordered
	 */
	protected MonitoringPlan monitoring;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ABTestImpl()
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
		return ABTestPackage.Literals.AB_TEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHypothesis()
	{
		return hypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypothesis(String newHypothesis)
	{
		String oldHypothesis = hypothesis;
		hypothesis = newHypothesis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__HYPOTHESIS, oldHypothesis, hypothesis));
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
			variants = new EObjectContainmentEList<Variant>(Variant.class, this, ABTestPackage.AB_TEST__VARIANTS);
		}
		return variants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RandomisationUnit getUnit()
	{
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(RandomisationUnit newUnit)
	{
		RandomisationUnit oldUnit = unit;
		unit = newUnit == null ? UNIT_EDEFAULT : newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric getPrimaryMetric()
	{
		return primaryMetric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPrimaryMetric(Metric newPrimaryMetric, NotificationChain msgs)
	{
		Metric oldPrimaryMetric = primaryMetric;
		primaryMetric = newPrimaryMetric;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__PRIMARY_METRIC, oldPrimaryMetric, newPrimaryMetric);
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
	public void setPrimaryMetric(Metric newPrimaryMetric)
	{
		if (newPrimaryMetric != primaryMetric)
		{
			NotificationChain msgs = null;
			if (primaryMetric != null)
				msgs = ((InternalEObject)primaryMetric).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ABTestPackage.AB_TEST__PRIMARY_METRIC, null, msgs);
			if (newPrimaryMetric != null)
				msgs = ((InternalEObject)newPrimaryMetric).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ABTestPackage.AB_TEST__PRIMARY_METRIC, null, msgs);
			msgs = basicSetPrimaryMetric(newPrimaryMetric, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__PRIMARY_METRIC, newPrimaryMetric, newPrimaryMetric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getGuardrailMetrics()
	{
		if (guardrailMetrics == null)
		{
			guardrailMetrics = new EObjectContainmentEList<Metric>(Metric.class, this, ABTestPackage.AB_TEST__GUARDRAIL_METRICS);
		}
		return guardrailMetrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAlpha()
	{
		return alpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlpha(double newAlpha)
	{
		double oldAlpha = alpha;
		alpha = newAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__ALPHA, oldAlpha, alpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPower()
	{
		return power;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPower(double newPower)
	{
		double oldPower = power;
		power = newPower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__POWER, oldPower, power));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinimumDetectableEffect()
	{
		return minimumDetectableEffect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumDetectableEffect(double newMinimumDetectableEffect)
	{
		double oldMinimumDetectableEffect = minimumDetectableEffect;
		minimumDetectableEffect = newMinimumDetectableEffect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__MINIMUM_DETECTABLE_EFFECT, oldMinimumDetectableEffect, minimumDetectableEffect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EffectScale getEffectScale()
	{
		return effectScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectScale(EffectScale newEffectScale)
	{
		EffectScale oldEffectScale = effectScale;
		effectScale = newEffectScale == null ? EFFECT_SCALE_EDEFAULT : newEffectScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__EFFECT_SCALE, oldEffectScale, effectScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Correction getCorrection()
	{
		return correction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCorrection(Correction newCorrection)
	{
		Correction oldCorrection = correction;
		correction = newCorrection == null ? CORRECTION_EDEFAULT : newCorrection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__CORRECTION, oldCorrection, correction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnalysisMethod getAnalysisMethod()
	{
		return analysisMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysisMethod(AnalysisMethod newAnalysisMethod)
	{
		AnalysisMethod oldAnalysisMethod = analysisMethod;
		analysisMethod = newAnalysisMethod == null ? ANALYSIS_METHOD_EDEFAULT : newAnalysisMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__ANALYSIS_METHOD, oldAnalysisMethod, analysisMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCovariate()
	{
		return covariate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCovariate(String newCovariate)
	{
		String oldCovariate = covariate;
		covariate = newCovariate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__COVARIATE, oldCovariate, covariate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCovariateCorrelation()
	{
		return covariateCorrelation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCovariateCorrelation(double newCovariateCorrelation)
	{
		double oldCovariateCorrelation = covariateCorrelation;
		covariateCorrelation = newCovariateCorrelation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__COVARIATE_CORRELATION, oldCovariateCorrelation, covariateCorrelation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getClusterSize()
	{
		return clusterSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClusterSize(double newClusterSize)
	{
		double oldClusterSize = clusterSize;
		clusterSize = newClusterSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__CLUSTER_SIZE, oldClusterSize, clusterSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIntraclassCorrelation()
	{
		return intraclassCorrelation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntraclassCorrelation(double newIntraclassCorrelation)
	{
		double oldIntraclassCorrelation = intraclassCorrelation;
		intraclassCorrelation = newIntraclassCorrelation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__INTRACLASS_CORRELATION, oldIntraclassCorrelation, intraclassCorrelation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDailyTraffic()
	{
		return dailyTraffic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDailyTraffic(double newDailyTraffic)
	{
		double oldDailyTraffic = dailyTraffic;
		dailyTraffic = newDailyTraffic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__DAILY_TRAFFIC, oldDailyTraffic, dailyTraffic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPriorAlpha()
	{
		return priorAlpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorAlpha(double newPriorAlpha)
	{
		double oldPriorAlpha = priorAlpha;
		priorAlpha = newPriorAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__PRIOR_ALPHA, oldPriorAlpha, priorAlpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPriorBeta()
	{
		return priorBeta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorBeta(double newPriorBeta)
	{
		double oldPriorBeta = priorBeta;
		priorBeta = newPriorBeta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__PRIOR_BETA, oldPriorBeta, priorBeta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumUnitsPerArm()
	{
		return minimumUnitsPerArm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumUnitsPerArm(int newMinimumUnitsPerArm)
	{
		int oldMinimumUnitsPerArm = minimumUnitsPerArm;
		minimumUnitsPerArm = newMinimumUnitsPerArm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__MINIMUM_UNITS_PER_ARM, oldMinimumUnitsPerArm, minimumUnitsPerArm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringPlan getMonitoring()
	{
		return monitoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMonitoring(MonitoringPlan newMonitoring, NotificationChain msgs)
	{
		MonitoringPlan oldMonitoring = monitoring;
		monitoring = newMonitoring;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__MONITORING, oldMonitoring, newMonitoring);
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
	public void setMonitoring(MonitoringPlan newMonitoring)
	{
		if (newMonitoring != monitoring)
		{
			NotificationChain msgs = null;
			if (monitoring != null)
				msgs = ((InternalEObject)monitoring).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ABTestPackage.AB_TEST__MONITORING, null, msgs);
			if (newMonitoring != null)
				msgs = ((InternalEObject)newMonitoring).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ABTestPackage.AB_TEST__MONITORING, null, msgs);
			msgs = basicSetMonitoring(newMonitoring, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ABTestPackage.AB_TEST__MONITORING, newMonitoring, newMonitoring));
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
			case ABTestPackage.AB_TEST__VARIANTS:
				return ((InternalEList<?>)getVariants()).basicRemove(otherEnd, msgs);
			case ABTestPackage.AB_TEST__PRIMARY_METRIC:
				return basicSetPrimaryMetric(null, msgs);
			case ABTestPackage.AB_TEST__GUARDRAIL_METRICS:
				return ((InternalEList<?>)getGuardrailMetrics()).basicRemove(otherEnd, msgs);
			case ABTestPackage.AB_TEST__MONITORING:
				return basicSetMonitoring(null, msgs);
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
			case ABTestPackage.AB_TEST__ID:
				return getId();
			case ABTestPackage.AB_TEST__NAME:
				return getName();
			case ABTestPackage.AB_TEST__FORMAT_VERSION:
				return getFormatVersion();
			case ABTestPackage.AB_TEST__HYPOTHESIS:
				return getHypothesis();
			case ABTestPackage.AB_TEST__VARIANTS:
				return getVariants();
			case ABTestPackage.AB_TEST__UNIT:
				return getUnit();
			case ABTestPackage.AB_TEST__PRIMARY_METRIC:
				return getPrimaryMetric();
			case ABTestPackage.AB_TEST__GUARDRAIL_METRICS:
				return getGuardrailMetrics();
			case ABTestPackage.AB_TEST__ALPHA:
				return getAlpha();
			case ABTestPackage.AB_TEST__POWER:
				return getPower();
			case ABTestPackage.AB_TEST__MINIMUM_DETECTABLE_EFFECT:
				return getMinimumDetectableEffect();
			case ABTestPackage.AB_TEST__EFFECT_SCALE:
				return getEffectScale();
			case ABTestPackage.AB_TEST__CORRECTION:
				return getCorrection();
			case ABTestPackage.AB_TEST__ANALYSIS_METHOD:
				return getAnalysisMethod();
			case ABTestPackage.AB_TEST__COVARIATE:
				return getCovariate();
			case ABTestPackage.AB_TEST__COVARIATE_CORRELATION:
				return getCovariateCorrelation();
			case ABTestPackage.AB_TEST__CLUSTER_SIZE:
				return getClusterSize();
			case ABTestPackage.AB_TEST__INTRACLASS_CORRELATION:
				return getIntraclassCorrelation();
			case ABTestPackage.AB_TEST__DAILY_TRAFFIC:
				return getDailyTraffic();
			case ABTestPackage.AB_TEST__PRIOR_ALPHA:
				return getPriorAlpha();
			case ABTestPackage.AB_TEST__PRIOR_BETA:
				return getPriorBeta();
			case ABTestPackage.AB_TEST__MINIMUM_UNITS_PER_ARM:
				return getMinimumUnitsPerArm();
			case ABTestPackage.AB_TEST__MONITORING:
				return getMonitoring();
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
			case ABTestPackage.AB_TEST__ID:
				setId((String)newValue);
				return;
			case ABTestPackage.AB_TEST__NAME:
				setName((String)newValue);
				return;
			case ABTestPackage.AB_TEST__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case ABTestPackage.AB_TEST__HYPOTHESIS:
				setHypothesis((String)newValue);
				return;
			case ABTestPackage.AB_TEST__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends Variant>)newValue);
				return;
			case ABTestPackage.AB_TEST__UNIT:
				setUnit((RandomisationUnit)newValue);
				return;
			case ABTestPackage.AB_TEST__PRIMARY_METRIC:
				setPrimaryMetric((Metric)newValue);
				return;
			case ABTestPackage.AB_TEST__GUARDRAIL_METRICS:
				getGuardrailMetrics().clear();
				getGuardrailMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case ABTestPackage.AB_TEST__ALPHA:
				setAlpha((Double)newValue);
				return;
			case ABTestPackage.AB_TEST__POWER:
				setPower((Double)newValue);
				return;
			case ABTestPackage.AB_TEST__MINIMUM_DETECTABLE_EFFECT:
				setMinimumDetectableEffect((Double)newValue);
				return;
			case ABTestPackage.AB_TEST__EFFECT_SCALE:
				setEffectScale((EffectScale)newValue);
				return;
			case ABTestPackage.AB_TEST__CORRECTION:
				setCorrection((Correction)newValue);
				return;
			case ABTestPackage.AB_TEST__ANALYSIS_METHOD:
				setAnalysisMethod((AnalysisMethod)newValue);
				return;
			case ABTestPackage.AB_TEST__COVARIATE:
				setCovariate((String)newValue);
				return;
			case ABTestPackage.AB_TEST__COVARIATE_CORRELATION:
				setCovariateCorrelation((Double)newValue);
				return;
			case ABTestPackage.AB_TEST__CLUSTER_SIZE:
				setClusterSize((Double)newValue);
				return;
			case ABTestPackage.AB_TEST__INTRACLASS_CORRELATION:
				setIntraclassCorrelation((Double)newValue);
				return;
			case ABTestPackage.AB_TEST__DAILY_TRAFFIC:
				setDailyTraffic((Double)newValue);
				return;
			case ABTestPackage.AB_TEST__PRIOR_ALPHA:
				setPriorAlpha((Double)newValue);
				return;
			case ABTestPackage.AB_TEST__PRIOR_BETA:
				setPriorBeta((Double)newValue);
				return;
			case ABTestPackage.AB_TEST__MINIMUM_UNITS_PER_ARM:
				setMinimumUnitsPerArm((Integer)newValue);
				return;
			case ABTestPackage.AB_TEST__MONITORING:
				setMonitoring((MonitoringPlan)newValue);
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
			case ABTestPackage.AB_TEST__ID:
				setId(ID_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__HYPOTHESIS:
				setHypothesis(HYPOTHESIS_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__VARIANTS:
				getVariants().clear();
				return;
			case ABTestPackage.AB_TEST__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__PRIMARY_METRIC:
				setPrimaryMetric((Metric)null);
				return;
			case ABTestPackage.AB_TEST__GUARDRAIL_METRICS:
				getGuardrailMetrics().clear();
				return;
			case ABTestPackage.AB_TEST__ALPHA:
				setAlpha(ALPHA_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__POWER:
				setPower(POWER_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__MINIMUM_DETECTABLE_EFFECT:
				setMinimumDetectableEffect(MINIMUM_DETECTABLE_EFFECT_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__EFFECT_SCALE:
				setEffectScale(EFFECT_SCALE_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__CORRECTION:
				setCorrection(CORRECTION_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__ANALYSIS_METHOD:
				setAnalysisMethod(ANALYSIS_METHOD_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__COVARIATE:
				setCovariate(COVARIATE_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__COVARIATE_CORRELATION:
				setCovariateCorrelation(COVARIATE_CORRELATION_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__CLUSTER_SIZE:
				setClusterSize(CLUSTER_SIZE_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__INTRACLASS_CORRELATION:
				setIntraclassCorrelation(INTRACLASS_CORRELATION_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__DAILY_TRAFFIC:
				setDailyTraffic(DAILY_TRAFFIC_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__PRIOR_ALPHA:
				setPriorAlpha(PRIOR_ALPHA_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__PRIOR_BETA:
				setPriorBeta(PRIOR_BETA_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__MINIMUM_UNITS_PER_ARM:
				setMinimumUnitsPerArm(MINIMUM_UNITS_PER_ARM_EDEFAULT);
				return;
			case ABTestPackage.AB_TEST__MONITORING:
				setMonitoring((MonitoringPlan)null);
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
			case ABTestPackage.AB_TEST__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ABTestPackage.AB_TEST__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ABTestPackage.AB_TEST__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case ABTestPackage.AB_TEST__HYPOTHESIS:
				return HYPOTHESIS_EDEFAULT == null ? hypothesis != null : !HYPOTHESIS_EDEFAULT.equals(hypothesis);
			case ABTestPackage.AB_TEST__VARIANTS:
				return variants != null && !variants.isEmpty();
			case ABTestPackage.AB_TEST__UNIT:
				return unit != UNIT_EDEFAULT;
			case ABTestPackage.AB_TEST__PRIMARY_METRIC:
				return primaryMetric != null;
			case ABTestPackage.AB_TEST__GUARDRAIL_METRICS:
				return guardrailMetrics != null && !guardrailMetrics.isEmpty();
			case ABTestPackage.AB_TEST__ALPHA:
				return alpha != ALPHA_EDEFAULT;
			case ABTestPackage.AB_TEST__POWER:
				return power != POWER_EDEFAULT;
			case ABTestPackage.AB_TEST__MINIMUM_DETECTABLE_EFFECT:
				return minimumDetectableEffect != MINIMUM_DETECTABLE_EFFECT_EDEFAULT;
			case ABTestPackage.AB_TEST__EFFECT_SCALE:
				return effectScale != EFFECT_SCALE_EDEFAULT;
			case ABTestPackage.AB_TEST__CORRECTION:
				return correction != CORRECTION_EDEFAULT;
			case ABTestPackage.AB_TEST__ANALYSIS_METHOD:
				return analysisMethod != ANALYSIS_METHOD_EDEFAULT;
			case ABTestPackage.AB_TEST__COVARIATE:
				return COVARIATE_EDEFAULT == null ? covariate != null : !COVARIATE_EDEFAULT.equals(covariate);
			case ABTestPackage.AB_TEST__COVARIATE_CORRELATION:
				return covariateCorrelation != COVARIATE_CORRELATION_EDEFAULT;
			case ABTestPackage.AB_TEST__CLUSTER_SIZE:
				return clusterSize != CLUSTER_SIZE_EDEFAULT;
			case ABTestPackage.AB_TEST__INTRACLASS_CORRELATION:
				return intraclassCorrelation != INTRACLASS_CORRELATION_EDEFAULT;
			case ABTestPackage.AB_TEST__DAILY_TRAFFIC:
				return dailyTraffic != DAILY_TRAFFIC_EDEFAULT;
			case ABTestPackage.AB_TEST__PRIOR_ALPHA:
				return priorAlpha != PRIOR_ALPHA_EDEFAULT;
			case ABTestPackage.AB_TEST__PRIOR_BETA:
				return priorBeta != PRIOR_BETA_EDEFAULT;
			case ABTestPackage.AB_TEST__MINIMUM_UNITS_PER_ARM:
				return minimumUnitsPerArm != MINIMUM_UNITS_PER_ARM_EDEFAULT;
			case ABTestPackage.AB_TEST__MONITORING:
				return monitoring != null;
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
		result.append(", hypothesis: ");
		result.append(hypothesis);
		result.append(", unit: ");
		result.append(unit);
		result.append(", alpha: ");
		result.append(alpha);
		result.append(", power: ");
		result.append(power);
		result.append(", minimumDetectableEffect: ");
		result.append(minimumDetectableEffect);
		result.append(", effectScale: ");
		result.append(effectScale);
		result.append(", correction: ");
		result.append(correction);
		result.append(", analysisMethod: ");
		result.append(analysisMethod);
		result.append(", covariate: ");
		result.append(covariate);
		result.append(", covariateCorrelation: ");
		result.append(covariateCorrelation);
		result.append(", clusterSize: ");
		result.append(clusterSize);
		result.append(", intraclassCorrelation: ");
		result.append(intraclassCorrelation);
		result.append(", dailyTraffic: ");
		result.append(dailyTraffic);
		result.append(", priorAlpha: ");
		result.append(priorAlpha);
		result.append(", priorBeta: ");
		result.append(priorBeta);
		result.append(", minimumUnitsPerArm: ");
		result.append(minimumUnitsPerArm);
		result.append(')');
		return result.toString();
	}

} //ABTestImpl
