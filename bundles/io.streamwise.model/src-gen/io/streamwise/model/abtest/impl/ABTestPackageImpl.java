/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest.impl;

import io.streamwise.model.abtest.ABTest;
import io.streamwise.model.abtest.ABTestFactory;
import io.streamwise.model.abtest.ABTestPackage;
import io.streamwise.model.abtest.AnalysisMethod;
import io.streamwise.model.abtest.Correction;
import io.streamwise.model.abtest.EffectScale;
import io.streamwise.model.abtest.Metric;
import io.streamwise.model.abtest.MetricKind;
import io.streamwise.model.abtest.MonitoringKind;
import io.streamwise.model.abtest.MonitoringPlan;
import io.streamwise.model.abtest.RandomisationUnit;
import io.streamwise.model.abtest.SequentialMethod;
import io.streamwise.model.abtest.Variant;

import io.streamwise.model.audience.AudiencePackage;

import io.streamwise.model.audience.impl.AudiencePackageImpl;

import io.streamwise.model.campaign.CampaignPackage;

import io.streamwise.model.campaign.impl.CampaignPackageImpl;

import io.streamwise.model.catalog.CatalogPackage;

import io.streamwise.model.catalog.impl.CatalogPackageImpl;

import io.streamwise.model.experiment.ExperimentPackage;

import io.streamwise.model.experiment.impl.ExperimentPackageImpl;

import io.streamwise.model.stream.StreamPackage;

import io.streamwise.model.stream.impl.StreamPackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ABTestPackageImpl extends EPackageImpl implements ABTestPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass abTestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass variantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass monitoringPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum randomisationUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum metricKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum effectScaleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum correctionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum analysisMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum monitoringKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sequentialMethodEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.streamwise.model.abtest.ABTestPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ABTestPackageImpl()
	{
		super(eNS_URI, ABTestFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ABTestPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ABTestPackage init()
	{
		if (isInited) return (ABTestPackage)EPackage.Registry.INSTANCE.getEPackage(ABTestPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredABTestPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ABTestPackageImpl theABTestPackage = registeredABTestPackage instanceof ABTestPackageImpl ? (ABTestPackageImpl)registeredABTestPackage : new ABTestPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CatalogPackage.eNS_URI);
		CatalogPackageImpl theCatalogPackage = (CatalogPackageImpl)(registeredPackage instanceof CatalogPackageImpl ? registeredPackage : CatalogPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(AudiencePackage.eNS_URI);
		AudiencePackageImpl theAudiencePackage = (AudiencePackageImpl)(registeredPackage instanceof AudiencePackageImpl ? registeredPackage : AudiencePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StreamPackage.eNS_URI);
		StreamPackageImpl theStreamPackage = (StreamPackageImpl)(registeredPackage instanceof StreamPackageImpl ? registeredPackage : StreamPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CampaignPackage.eNS_URI);
		CampaignPackageImpl theCampaignPackage = (CampaignPackageImpl)(registeredPackage instanceof CampaignPackageImpl ? registeredPackage : CampaignPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ExperimentPackage.eNS_URI);
		ExperimentPackageImpl theExperimentPackage = (ExperimentPackageImpl)(registeredPackage instanceof ExperimentPackageImpl ? registeredPackage : ExperimentPackage.eINSTANCE);

		// Create package meta-data objects
		theABTestPackage.createPackageContents();
		theCatalogPackage.createPackageContents();
		theAudiencePackage.createPackageContents();
		theStreamPackage.createPackageContents();
		theCampaignPackage.createPackageContents();
		theExperimentPackage.createPackageContents();

		// Initialize created meta-data
		theABTestPackage.initializePackageContents();
		theCatalogPackage.initializePackageContents();
		theAudiencePackage.initializePackageContents();
		theStreamPackage.initializePackageContents();
		theCampaignPackage.initializePackageContents();
		theExperimentPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theABTestPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ABTestPackage.eNS_URI, theABTestPackage);
		return theABTestPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getABTest()
	{
		return abTestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_Id()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_Name()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_FormatVersion()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_Hypothesis()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getABTest_Variants()
	{
		return (EReference)abTestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_Unit()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getABTest_PrimaryMetric()
	{
		return (EReference)abTestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getABTest_GuardrailMetrics()
	{
		return (EReference)abTestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_Alpha()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_Power()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_MinimumDetectableEffect()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_EffectScale()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_Correction()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_AnalysisMethod()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_Covariate()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_CovariateCorrelation()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_ClusterSize()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_IntraclassCorrelation()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_DailyTraffic()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_PriorAlpha()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_PriorBeta()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getABTest_MinimumUnitsPerArm()
	{
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getABTest_Monitoring()
	{
		return (EReference)abTestEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVariant()
	{
		return variantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_Name()
	{
		return (EAttribute)variantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_Description()
	{
		return (EAttribute)variantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_TrafficShare()
	{
		return (EAttribute)variantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_Control()
	{
		return (EAttribute)variantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetric()
	{
		return metricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Name()
	{
		return (EAttribute)metricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Kind()
	{
		return (EAttribute)metricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Column()
	{
		return (EAttribute)metricEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_Baseline()
	{
		return (EAttribute)metricEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_StandardDeviation()
	{
		return (EAttribute)metricEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetric_NonInferiorityMargin()
	{
		return (EAttribute)metricEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMonitoringPlan()
	{
		return monitoringPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoringPlan_Kind()
	{
		return (EAttribute)monitoringPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoringPlan_SequentialMethod()
	{
		return (EAttribute)monitoringPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoringPlan_LookTimes()
	{
		return (EAttribute)monitoringPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonitoringPlan_MixtureVariance()
	{
		return (EAttribute)monitoringPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRandomisationUnit()
	{
		return randomisationUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMetricKind()
	{
		return metricKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEffectScale()
	{
		return effectScaleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCorrection()
	{
		return correctionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAnalysisMethod()
	{
		return analysisMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMonitoringKind()
	{
		return monitoringKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSequentialMethod()
	{
		return sequentialMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ABTestFactory getABTestFactory()
	{
		return (ABTestFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		abTestEClass = createEClass(AB_TEST);
		createEAttribute(abTestEClass, AB_TEST__ID);
		createEAttribute(abTestEClass, AB_TEST__NAME);
		createEAttribute(abTestEClass, AB_TEST__FORMAT_VERSION);
		createEAttribute(abTestEClass, AB_TEST__HYPOTHESIS);
		createEReference(abTestEClass, AB_TEST__VARIANTS);
		createEAttribute(abTestEClass, AB_TEST__UNIT);
		createEReference(abTestEClass, AB_TEST__PRIMARY_METRIC);
		createEReference(abTestEClass, AB_TEST__GUARDRAIL_METRICS);
		createEAttribute(abTestEClass, AB_TEST__ALPHA);
		createEAttribute(abTestEClass, AB_TEST__POWER);
		createEAttribute(abTestEClass, AB_TEST__MINIMUM_DETECTABLE_EFFECT);
		createEAttribute(abTestEClass, AB_TEST__EFFECT_SCALE);
		createEAttribute(abTestEClass, AB_TEST__CORRECTION);
		createEAttribute(abTestEClass, AB_TEST__ANALYSIS_METHOD);
		createEAttribute(abTestEClass, AB_TEST__COVARIATE);
		createEAttribute(abTestEClass, AB_TEST__COVARIATE_CORRELATION);
		createEAttribute(abTestEClass, AB_TEST__CLUSTER_SIZE);
		createEAttribute(abTestEClass, AB_TEST__INTRACLASS_CORRELATION);
		createEAttribute(abTestEClass, AB_TEST__DAILY_TRAFFIC);
		createEAttribute(abTestEClass, AB_TEST__PRIOR_ALPHA);
		createEAttribute(abTestEClass, AB_TEST__PRIOR_BETA);
		createEAttribute(abTestEClass, AB_TEST__MINIMUM_UNITS_PER_ARM);
		createEReference(abTestEClass, AB_TEST__MONITORING);

		variantEClass = createEClass(VARIANT);
		createEAttribute(variantEClass, VARIANT__NAME);
		createEAttribute(variantEClass, VARIANT__DESCRIPTION);
		createEAttribute(variantEClass, VARIANT__TRAFFIC_SHARE);
		createEAttribute(variantEClass, VARIANT__CONTROL);

		metricEClass = createEClass(METRIC);
		createEAttribute(metricEClass, METRIC__NAME);
		createEAttribute(metricEClass, METRIC__KIND);
		createEAttribute(metricEClass, METRIC__COLUMN);
		createEAttribute(metricEClass, METRIC__BASELINE);
		createEAttribute(metricEClass, METRIC__STANDARD_DEVIATION);
		createEAttribute(metricEClass, METRIC__NON_INFERIORITY_MARGIN);

		monitoringPlanEClass = createEClass(MONITORING_PLAN);
		createEAttribute(monitoringPlanEClass, MONITORING_PLAN__KIND);
		createEAttribute(monitoringPlanEClass, MONITORING_PLAN__SEQUENTIAL_METHOD);
		createEAttribute(monitoringPlanEClass, MONITORING_PLAN__LOOK_TIMES);
		createEAttribute(monitoringPlanEClass, MONITORING_PLAN__MIXTURE_VARIANCE);

		// Create enums
		randomisationUnitEEnum = createEEnum(RANDOMISATION_UNIT);
		metricKindEEnum = createEEnum(METRIC_KIND);
		effectScaleEEnum = createEEnum(EFFECT_SCALE);
		correctionEEnum = createEEnum(CORRECTION);
		analysisMethodEEnum = createEEnum(ANALYSIS_METHOD);
		monitoringKindEEnum = createEEnum(MONITORING_KIND);
		sequentialMethodEEnum = createEEnum(SEQUENTIAL_METHOD);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(abTestEClass, ABTest.class, "ABTest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getABTest_Id(), ecorePackage.getEString(), "id", null, 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_Name(), ecorePackage.getEString(), "name", null, 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_FormatVersion(), ecorePackage.getEString(), "formatVersion", "1.2", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_Hypothesis(), ecorePackage.getEString(), "hypothesis", null, 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getABTest_Variants(), this.getVariant(), null, "variants", null, 0, -1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_Unit(), this.getRandomisationUnit(), "unit", null, 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getABTest_PrimaryMetric(), this.getMetric(), null, "primaryMetric", null, 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getABTest_GuardrailMetrics(), this.getMetric(), null, "guardrailMetrics", null, 0, -1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_Alpha(), ecorePackage.getEDouble(), "alpha", "0.05", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_Power(), ecorePackage.getEDouble(), "power", "0.8", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_MinimumDetectableEffect(), ecorePackage.getEDouble(), "minimumDetectableEffect", "0.1", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_EffectScale(), this.getEffectScale(), "effectScale", null, 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_Correction(), this.getCorrection(), "correction", "HOLM", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_AnalysisMethod(), this.getAnalysisMethod(), "analysisMethod", null, 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_Covariate(), ecorePackage.getEString(), "covariate", null, 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_CovariateCorrelation(), ecorePackage.getEDouble(), "covariateCorrelation", "0", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_ClusterSize(), ecorePackage.getEDouble(), "clusterSize", "1", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_IntraclassCorrelation(), ecorePackage.getEDouble(), "intraclassCorrelation", "0", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_DailyTraffic(), ecorePackage.getEDouble(), "dailyTraffic", "0", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_PriorAlpha(), ecorePackage.getEDouble(), "priorAlpha", "1", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_PriorBeta(), ecorePackage.getEDouble(), "priorBeta", "1", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getABTest_MinimumUnitsPerArm(), ecorePackage.getEInt(), "minimumUnitsPerArm", "100", 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getABTest_Monitoring(), this.getMonitoringPlan(), null, "monitoring", null, 0, 1, ABTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(variantEClass, Variant.class, "Variant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVariant_Name(), ecorePackage.getEString(), "name", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariant_Description(), ecorePackage.getEString(), "description", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariant_TrafficShare(), ecorePackage.getEDouble(), "trafficShare", "0.5", 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariant_Control(), ecorePackage.getEBoolean(), "control", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(metricEClass, Metric.class, "Metric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMetric_Name(), ecorePackage.getEString(), "name", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Kind(), this.getMetricKind(), "kind", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Column(), ecorePackage.getEString(), "column", null, 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_Baseline(), ecorePackage.getEDouble(), "baseline", "0", 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_StandardDeviation(), ecorePackage.getEDouble(), "standardDeviation", "0", 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMetric_NonInferiorityMargin(), ecorePackage.getEDouble(), "nonInferiorityMargin", "0", 0, 1, Metric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(monitoringPlanEClass, MonitoringPlan.class, "MonitoringPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMonitoringPlan_Kind(), this.getMonitoringKind(), "kind", null, 0, 1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoringPlan_SequentialMethod(), this.getSequentialMethod(), "sequentialMethod", null, 0, 1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoringPlan_LookTimes(), ecorePackage.getEDouble(), "lookTimes", null, 0, -1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonitoringPlan_MixtureVariance(), ecorePackage.getEDouble(), "mixtureVariance", "0", 0, 1, MonitoringPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(randomisationUnitEEnum, RandomisationUnit.class, "RandomisationUnit");
		addEEnumLiteral(randomisationUnitEEnum, RandomisationUnit.VIEWER);
		addEEnumLiteral(randomisationUnitEEnum, RandomisationUnit.STREAM);

		initEEnum(metricKindEEnum, MetricKind.class, "MetricKind");
		addEEnumLiteral(metricKindEEnum, MetricKind.CONVERSION_RATE);
		addEEnumLiteral(metricKindEEnum, MetricKind.REVENUE_PER_VIEWER);
		addEEnumLiteral(metricKindEEnum, MetricKind.GMV_PER_STREAM);

		initEEnum(effectScaleEEnum, EffectScale.class, "EffectScale");
		addEEnumLiteral(effectScaleEEnum, EffectScale.RELATIVE);
		addEEnumLiteral(effectScaleEEnum, EffectScale.ABSOLUTE);

		initEEnum(correctionEEnum, Correction.class, "Correction");
		addEEnumLiteral(correctionEEnum, Correction.NONE);
		addEEnumLiteral(correctionEEnum, Correction.BONFERRONI);
		addEEnumLiteral(correctionEEnum, Correction.HOLM);
		addEEnumLiteral(correctionEEnum, Correction.BENJAMINI_HOCHBERG);

		initEEnum(analysisMethodEEnum, AnalysisMethod.class, "AnalysisMethod");
		addEEnumLiteral(analysisMethodEEnum, AnalysisMethod.ZPOOLED);
		addEEnumLiteral(analysisMethodEEnum, AnalysisMethod.ZUNPOOLED);
		addEEnumLiteral(analysisMethodEEnum, AnalysisMethod.FISHER);
		addEEnumLiteral(analysisMethodEEnum, AnalysisMethod.BOSCHLOO);
		addEEnumLiteral(analysisMethodEEnum, AnalysisMethod.WELCH);
		addEEnumLiteral(analysisMethodEEnum, AnalysisMethod.WELCH_RELATIVE);
		addEEnumLiteral(analysisMethodEEnum, AnalysisMethod.BAYESIAN);

		initEEnum(monitoringKindEEnum, MonitoringKind.class, "MonitoringKind");
		addEEnumLiteral(monitoringKindEEnum, MonitoringKind.FIXED_HORIZON);
		addEEnumLiteral(monitoringKindEEnum, MonitoringKind.SEQUENTIAL);

		initEEnum(sequentialMethodEEnum, SequentialMethod.class, "SequentialMethod");
		addEEnumLiteral(sequentialMethodEEnum, SequentialMethod.MSPRT);
		addEEnumLiteral(sequentialMethodEEnum, SequentialMethod.CONFIDENCE_SEQUENCE);

		// Create resource
		createResource(eNS_URI);
	}

} //ABTestPackageImpl
