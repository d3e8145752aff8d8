/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An A/B test of live-commerce strategies (offers, prices, scripts, pinned products): its design, analysis and monitoring plan.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.abtest.ABTestFactory
 * @model kind="package"
 * @generated
 */
public interface ABTestPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "abtest";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://streamwise.io/model/abtest/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "abtest";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ABTestPackage eINSTANCE = io.streamwise.model.abtest.impl.ABTestPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.impl.ABTestImpl <em>AB Test</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.impl.ABTestImpl
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getABTest()
	 * @generated
	 */
	int AB_TEST = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__NAME = 1;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__FORMAT_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__HYPOTHESIS = 3;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__VARIANTS = 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__UNIT = 5;

	/**
	 * The feature id for the '<em><b>Primary Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__PRIMARY_METRIC = 6;

	/**
	 * The feature id for the '<em><b>Guardrail Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__GUARDRAIL_METRICS = 7;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__ALPHA = 8;

	/**
	 * The feature id for the '<em><b>Power</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__POWER = 9;

	/**
	 * The feature id for the '<em><b>Minimum Detectable Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__MINIMUM_DETECTABLE_EFFECT = 10;

	/**
	 * The feature id for the '<em><b>Effect Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__EFFECT_SCALE = 11;

	/**
	 * The feature id for the '<em><b>Correction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__CORRECTION = 12;

	/**
	 * The feature id for the '<em><b>Analysis Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__ANALYSIS_METHOD = 13;

	/**
	 * The feature id for the '<em><b>Covariate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__COVARIATE = 14;

	/**
	 * The feature id for the '<em><b>Covariate Correlation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__COVARIATE_CORRELATION = 15;

	/**
	 * The feature id for the '<em><b>Cluster Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__CLUSTER_SIZE = 16;

	/**
	 * The feature id for the '<em><b>Intraclass Correlation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__INTRACLASS_CORRELATION = 17;

	/**
	 * The feature id for the '<em><b>Daily Traffic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__DAILY_TRAFFIC = 18;

	/**
	 * The feature id for the '<em><b>Prior Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__PRIOR_ALPHA = 19;

	/**
	 * The feature id for the '<em><b>Prior Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__PRIOR_BETA = 20;

	/**
	 * The feature id for the '<em><b>Minimum Units Per Arm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__MINIMUM_UNITS_PER_ARM = 21;

	/**
	 * The feature id for the '<em><b>Monitoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__MONITORING = 22;

	/**
	 * The number of structural features of the '<em>AB Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST_FEATURE_COUNT = 23;

	/**
	 * The number of operations of the '<em>AB Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.impl.VariantImpl <em>Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.impl.VariantImpl
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getVariant()
	 * @generated
	 */
	int VARIANT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Traffic Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__TRAFFIC_SHARE = 2;

	/**
	 * The feature id for the '<em><b>Control</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__CONTROL = 3;

	/**
	 * The number of structural features of the '<em>Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.impl.MetricImpl
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__KIND = 1;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__COLUMN = 2;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__BASELINE = 3;

	/**
	 * The feature id for the '<em><b>Standard Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__STANDARD_DEVIATION = 4;

	/**
	 * The feature id for the '<em><b>Non Inferiority Margin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NON_INFERIORITY_MARGIN = 5;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.impl.MonitoringPlanImpl <em>Monitoring Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.impl.MonitoringPlanImpl
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getMonitoringPlan()
	 * @generated
	 */
	int MONITORING_PLAN = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__KIND = 0;

	/**
	 * The feature id for the '<em><b>Sequential Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__SEQUENTIAL_METHOD = 1;

	/**
	 * The feature id for the '<em><b>Look Times</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__LOOK_TIMES = 2;

	/**
	 * The feature id for the '<em><b>Mixture Variance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN__MIXTURE_VARIANCE = 3;

	/**
	 * The number of structural features of the '<em>Monitoring Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Monitoring Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONITORING_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.RandomisationUnit <em>Randomisation Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.RandomisationUnit
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getRandomisationUnit()
	 * @generated
	 */
	int RANDOMISATION_UNIT = 4;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.MetricKind <em>Metric Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.MetricKind
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getMetricKind()
	 * @generated
	 */
	int METRIC_KIND = 5;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.EffectScale <em>Effect Scale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.EffectScale
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getEffectScale()
	 * @generated
	 */
	int EFFECT_SCALE = 6;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.Correction <em>Correction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.Correction
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getCorrection()
	 * @generated
	 */
	int CORRECTION = 7;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.AnalysisMethod <em>Analysis Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.AnalysisMethod
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getAnalysisMethod()
	 * @generated
	 */
	int ANALYSIS_METHOD = 8;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.MonitoringKind <em>Monitoring Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.MonitoringKind
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getMonitoringKind()
	 * @generated
	 */
	int MONITORING_KIND = 9;

	/**
	 * The meta object id for the '{@link io.streamwise.model.abtest.SequentialMethod <em>Sequential Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.abtest.SequentialMethod
	 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getSequentialMethod()
	 * @generated
	 */
	int SEQUENTIAL_METHOD = 10;


	/**
	 * Returns the meta object for class '{@link io.streamwise.model.abtest.ABTest <em>AB Test</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>AB Test</em>'.
	 * @see io.streamwise.model.abtest.ABTest
	 * @generated
	 */
	EClass getABTest();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getId()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getName()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getFormatVersion()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getHypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypothesis</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getHypothesis()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_Hypothesis();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.abtest.ABTest#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variants</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getVariants()
	 * @see #getABTest()
	 * @generated
	 */
	EReference getABTest_Variants();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getUnit()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_Unit();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.abtest.ABTest#getPrimaryMetric <em>Primary Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Primary Metric</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getPrimaryMetric()
	 * @see #getABTest()
	 * @generated
	 */
	EReference getABTest_PrimaryMetric();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.abtest.ABTest#getGuardrailMetrics <em>Guardrail Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Guardrail Metrics</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getGuardrailMetrics()
	 * @see #getABTest()
	 * @generated
	 */
	EReference getABTest_GuardrailMetrics();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getAlpha()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getPower <em>Power</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Power</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getPower()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_Power();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getMinimumDetectableEffect <em>Minimum Detectable Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Detectable Effect</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getMinimumDetectableEffect()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_MinimumDetectableEffect();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getEffectScale <em>Effect Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect Scale</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getEffectScale()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_EffectScale();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getCorrection <em>Correction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correction</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getCorrection()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_Correction();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getAnalysisMethod <em>Analysis Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analysis Method</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getAnalysisMethod()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_AnalysisMethod();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getCovariate <em>Covariate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covariate</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getCovariate()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_Covariate();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getCovariateCorrelation <em>Covariate Correlation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Covariate Correlation</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getCovariateCorrelation()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_CovariateCorrelation();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getClusterSize <em>Cluster Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cluster Size</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getClusterSize()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_ClusterSize();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getIntraclassCorrelation <em>Intraclass Correlation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intraclass Correlation</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getIntraclassCorrelation()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_IntraclassCorrelation();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getDailyTraffic <em>Daily Traffic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Daily Traffic</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getDailyTraffic()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_DailyTraffic();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getPriorAlpha <em>Prior Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prior Alpha</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getPriorAlpha()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_PriorAlpha();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getPriorBeta <em>Prior Beta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prior Beta</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getPriorBeta()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_PriorBeta();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.ABTest#getMinimumUnitsPerArm <em>Minimum Units Per Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Units Per Arm</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getMinimumUnitsPerArm()
	 * @see #getABTest()
	 * @generated
	 */
	EAttribute getABTest_MinimumUnitsPerArm();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.abtest.ABTest#getMonitoring <em>Monitoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Monitoring</em>'.
	 * @see io.streamwise.model.abtest.ABTest#getMonitoring()
	 * @see #getABTest()
	 * @generated
	 */
	EReference getABTest_Monitoring();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.abtest.Variant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variant</em>'.
	 * @see io.streamwise.model.abtest.Variant
	 * @generated
	 */
	EClass getVariant();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Variant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.abtest.Variant#getName()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Variant#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.streamwise.model.abtest.Variant#getDescription()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Variant#getTrafficShare <em>Traffic Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Traffic Share</em>'.
	 * @see io.streamwise.model.abtest.Variant#getTrafficShare()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_TrafficShare();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Variant#isControl <em>Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control</em>'.
	 * @see io.streamwise.model.abtest.Variant#isControl()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Control();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.abtest.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see io.streamwise.model.abtest.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.abtest.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Metric#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.streamwise.model.abtest.Metric#getKind()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Metric#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see io.streamwise.model.abtest.Metric#getColumn()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Column();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Metric#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see io.streamwise.model.abtest.Metric#getBaseline()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Metric#getStandardDeviation <em>Standard Deviation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard Deviation</em>'.
	 * @see io.streamwise.model.abtest.Metric#getStandardDeviation()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_StandardDeviation();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.Metric#getNonInferiorityMargin <em>Non Inferiority Margin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Non Inferiority Margin</em>'.
	 * @see io.streamwise.model.abtest.Metric#getNonInferiorityMargin()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_NonInferiorityMargin();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.abtest.MonitoringPlan <em>Monitoring Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monitoring Plan</em>'.
	 * @see io.streamwise.model.abtest.MonitoringPlan
	 * @generated
	 */
	EClass getMonitoringPlan();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.MonitoringPlan#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.streamwise.model.abtest.MonitoringPlan#getKind()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EAttribute getMonitoringPlan_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.MonitoringPlan#getSequentialMethod <em>Sequential Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequential Method</em>'.
	 * @see io.streamwise.model.abtest.MonitoringPlan#getSequentialMethod()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EAttribute getMonitoringPlan_SequentialMethod();

	/**
	 * Returns the meta object for the attribute list '{@link io.streamwise.model.abtest.MonitoringPlan#getLookTimes <em>Look Times</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Look Times</em>'.
	 * @see io.streamwise.model.abtest.MonitoringPlan#getLookTimes()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EAttribute getMonitoringPlan_LookTimes();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.abtest.MonitoringPlan#getMixtureVariance <em>Mixture Variance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mixture Variance</em>'.
	 * @see io.streamwise.model.abtest.MonitoringPlan#getMixtureVariance()
	 * @see #getMonitoringPlan()
	 * @generated
	 */
	EAttribute getMonitoringPlan_MixtureVariance();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.abtest.RandomisationUnit <em>Randomisation Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Randomisation Unit</em>'.
	 * @see io.streamwise.model.abtest.RandomisationUnit
	 * @generated
	 */
	EEnum getRandomisationUnit();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.abtest.MetricKind <em>Metric Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Kind</em>'.
	 * @see io.streamwise.model.abtest.MetricKind
	 * @generated
	 */
	EEnum getMetricKind();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.abtest.EffectScale <em>Effect Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Effect Scale</em>'.
	 * @see io.streamwise.model.abtest.EffectScale
	 * @generated
	 */
	EEnum getEffectScale();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.abtest.Correction <em>Correction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Correction</em>'.
	 * @see io.streamwise.model.abtest.Correction
	 * @generated
	 */
	EEnum getCorrection();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.abtest.AnalysisMethod <em>Analysis Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Analysis Method</em>'.
	 * @see io.streamwise.model.abtest.AnalysisMethod
	 * @generated
	 */
	EEnum getAnalysisMethod();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.abtest.MonitoringKind <em>Monitoring Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Monitoring Kind</em>'.
	 * @see io.streamwise.model.abtest.MonitoringKind
	 * @generated
	 */
	EEnum getMonitoringKind();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.abtest.SequentialMethod <em>Sequential Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sequential Method</em>'.
	 * @see io.streamwise.model.abtest.SequentialMethod
	 * @generated
	 */
	EEnum getSequentialMethod();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ABTestFactory getABTestFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.impl.ABTestImpl <em>AB Test</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.impl.ABTestImpl
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getABTest()
		 * @generated
		 */
		EClass AB_TEST = eINSTANCE.getABTest();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__ID = eINSTANCE.getABTest_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__NAME = eINSTANCE.getABTest_Name();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__FORMAT_VERSION = eINSTANCE.getABTest_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Hypothesis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__HYPOTHESIS = eINSTANCE.getABTest_Hypothesis();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AB_TEST__VARIANTS = eINSTANCE.getABTest_Variants();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__UNIT = eINSTANCE.getABTest_Unit();

		/**
		 * The meta object literal for the '<em><b>Primary Metric</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AB_TEST__PRIMARY_METRIC = eINSTANCE.getABTest_PrimaryMetric();

		/**
		 * The meta object literal for the '<em><b>Guardrail Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AB_TEST__GUARDRAIL_METRICS = eINSTANCE.getABTest_GuardrailMetrics();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__ALPHA = eINSTANCE.getABTest_Alpha();

		/**
		 * The meta object literal for the '<em><b>Power</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__POWER = eINSTANCE.getABTest_Power();

		/**
		 * The meta object literal for the '<em><b>Minimum Detectable Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__MINIMUM_DETECTABLE_EFFECT = eINSTANCE.getABTest_MinimumDetectableEffect();

		/**
		 * The meta object literal for the '<em><b>Effect Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__EFFECT_SCALE = eINSTANCE.getABTest_EffectScale();

		/**
		 * The meta object literal for the '<em><b>Correction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__CORRECTION = eINSTANCE.getABTest_Correction();

		/**
		 * The meta object literal for the '<em><b>Analysis Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__ANALYSIS_METHOD = eINSTANCE.getABTest_AnalysisMethod();

		/**
		 * The meta object literal for the '<em><b>Covariate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__COVARIATE = eINSTANCE.getABTest_Covariate();

		/**
		 * The meta object literal for the '<em><b>Covariate Correlation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__COVARIATE_CORRELATION = eINSTANCE.getABTest_CovariateCorrelation();

		/**
		 * The meta object literal for the '<em><b>Cluster Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__CLUSTER_SIZE = eINSTANCE.getABTest_ClusterSize();

		/**
		 * The meta object literal for the '<em><b>Intraclass Correlation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__INTRACLASS_CORRELATION = eINSTANCE.getABTest_IntraclassCorrelation();

		/**
		 * The meta object literal for the '<em><b>Daily Traffic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__DAILY_TRAFFIC = eINSTANCE.getABTest_DailyTraffic();

		/**
		 * The meta object literal for the '<em><b>Prior Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__PRIOR_ALPHA = eINSTANCE.getABTest_PriorAlpha();

		/**
		 * The meta object literal for the '<em><b>Prior Beta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__PRIOR_BETA = eINSTANCE.getABTest_PriorBeta();

		/**
		 * The meta object literal for the '<em><b>Minimum Units Per Arm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__MINIMUM_UNITS_PER_ARM = eINSTANCE.getABTest_MinimumUnitsPerArm();

		/**
		 * The meta object literal for the '<em><b>Monitoring</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AB_TEST__MONITORING = eINSTANCE.getABTest_Monitoring();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.impl.VariantImpl <em>Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.impl.VariantImpl
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getVariant()
		 * @generated
		 */
		EClass VARIANT = eINSTANCE.getVariant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__NAME = eINSTANCE.getVariant_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__DESCRIPTION = eINSTANCE.getVariant_Description();

		/**
		 * The meta object literal for the '<em><b>Traffic Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__TRAFFIC_SHARE = eINSTANCE.getVariant_TrafficShare();

		/**
		 * The meta object literal for the '<em><b>Control</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__CONTROL = eINSTANCE.getVariant_Control();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.impl.MetricImpl
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__KIND = eINSTANCE.getMetric_Kind();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__COLUMN = eINSTANCE.getMetric_Column();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__BASELINE = eINSTANCE.getMetric_Baseline();

		/**
		 * The meta object literal for the '<em><b>Standard Deviation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__STANDARD_DEVIATION = eINSTANCE.getMetric_StandardDeviation();

		/**
		 * The meta object literal for the '<em><b>Non Inferiority Margin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NON_INFERIORITY_MARGIN = eINSTANCE.getMetric_NonInferiorityMargin();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.impl.MonitoringPlanImpl <em>Monitoring Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.impl.MonitoringPlanImpl
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getMonitoringPlan()
		 * @generated
		 */
		EClass MONITORING_PLAN = eINSTANCE.getMonitoringPlan();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_PLAN__KIND = eINSTANCE.getMonitoringPlan_Kind();

		/**
		 * The meta object literal for the '<em><b>Sequential Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_PLAN__SEQUENTIAL_METHOD = eINSTANCE.getMonitoringPlan_SequentialMethod();

		/**
		 * The meta object literal for the '<em><b>Look Times</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_PLAN__LOOK_TIMES = eINSTANCE.getMonitoringPlan_LookTimes();

		/**
		 * The meta object literal for the '<em><b>Mixture Variance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONITORING_PLAN__MIXTURE_VARIANCE = eINSTANCE.getMonitoringPlan_MixtureVariance();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.RandomisationUnit <em>Randomisation Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.RandomisationUnit
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getRandomisationUnit()
		 * @generated
		 */
		EEnum RANDOMISATION_UNIT = eINSTANCE.getRandomisationUnit();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.MetricKind <em>Metric Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.MetricKind
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getMetricKind()
		 * @generated
		 */
		EEnum METRIC_KIND = eINSTANCE.getMetricKind();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.EffectScale <em>Effect Scale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.EffectScale
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getEffectScale()
		 * @generated
		 */
		EEnum EFFECT_SCALE = eINSTANCE.getEffectScale();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.Correction <em>Correction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.Correction
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getCorrection()
		 * @generated
		 */
		EEnum CORRECTION = eINSTANCE.getCorrection();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.AnalysisMethod <em>Analysis Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.AnalysisMethod
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getAnalysisMethod()
		 * @generated
		 */
		EEnum ANALYSIS_METHOD = eINSTANCE.getAnalysisMethod();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.MonitoringKind <em>Monitoring Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.MonitoringKind
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getMonitoringKind()
		 * @generated
		 */
		EEnum MONITORING_KIND = eINSTANCE.getMonitoringKind();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.abtest.SequentialMethod <em>Sequential Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.abtest.SequentialMethod
		 * @see io.streamwise.model.abtest.impl.ABTestPackageImpl#getSequentialMethod()
		 * @generated
		 */
		EEnum SEQUENTIAL_METHOD = eINSTANCE.getSequentialMethod();

	}

} //ABTestPackage
