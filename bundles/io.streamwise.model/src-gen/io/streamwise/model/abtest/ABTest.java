/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>AB Test</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .abtest file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getVariants <em>Variants</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getPrimaryMetric <em>Primary Metric</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getGuardrailMetrics <em>Guardrail Metrics</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getPower <em>Power</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getMinimumDetectableEffect <em>Minimum Detectable Effect</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getEffectScale <em>Effect Scale</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getCorrection <em>Correction</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getAnalysisMethod <em>Analysis Method</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getCovariate <em>Covariate</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getCovariateCorrelation <em>Covariate Correlation</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getClusterSize <em>Cluster Size</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getIntraclassCorrelation <em>Intraclass Correlation</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getDailyTraffic <em>Daily Traffic</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getPriorAlpha <em>Prior Alpha</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getPriorBeta <em>Prior Beta</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getMinimumUnitsPerArm <em>Minimum Units Per Arm</em>}</li>
 *   <li>{@link io.streamwise.model.abtest.ABTest#getMonitoring <em>Monitoring</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.abtest.ABTestPackage#getABTest()
 * @model
 * @generated
 */
public interface ABTest extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the test.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format this document was written in; older versions are migrated on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_FormatVersion()
	 * @model default="1.2"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the test is to show, in words: the change and the effect expected on the primary metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hypothesis</em>' attribute.
	 * @see #setHypothesis(String)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Hypothesis()
	 * @model
	 * @generated
	 */
	String getHypothesis();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getHypothesis <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypothesis</em>' attribute.
	 * @see #getHypothesis()
	 * @generated
	 */
	void setHypothesis(String value);

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.abtest.Variant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The arms; exactly one is the control. Traffic shares sum to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variants</em>' containment reference list.
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Variants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variant> getVariants();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.abtest.RandomisationUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is assigned to a variant: a viewer, or a whole stream (a cluster of viewers).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see io.streamwise.model.abtest.RandomisationUnit
	 * @see #setUnit(RandomisationUnit)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Unit()
	 * @model
	 * @generated
	 */
	RandomisationUnit getUnit();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see io.streamwise.model.abtest.RandomisationUnit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(RandomisationUnit value);

	/**
	 * Returns the value of the '<em><b>Primary Metric</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metric the decision is made on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary Metric</em>' containment reference.
	 * @see #setPrimaryMetric(Metric)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_PrimaryMetric()
	 * @model containment="true"
	 * @generated
	 */
	Metric getPrimaryMetric();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getPrimaryMetric <em>Primary Metric</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Metric</em>' containment reference.
	 * @see #getPrimaryMetric()
	 * @generated
	 */
	void setPrimaryMetric(Metric value);

	/**
	 * Returns the value of the '<em><b>Guardrail Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.abtest.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metrics that must not get worse; tested with the same correction across arms and metrics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guardrail Metrics</em>' containment reference list.
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_GuardrailMetrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getGuardrailMetrics();

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Significance level (two-sided), family-wise or false-discovery rate by the correction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Alpha()
	 * @model default="0.05"
	 * @generated
	 */
	double getAlpha();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Power</b></em>' attribute.
	 * The default value is <code>"0.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability of detecting the minimum detectable effect at the planned sample size.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Power</em>' attribute.
	 * @see #setPower(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Power()
	 * @model default="0.8"
	 * @generated
	 */
	double getPower();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getPower <em>Power</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Power</em>' attribute.
	 * @see #getPower()
	 * @generated
	 */
	void setPower(double value);

	/**
	 * Returns the value of the '<em><b>Minimum Detectable Effect</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smallest effect worth detecting, on the scale of effectScale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Detectable Effect</em>' attribute.
	 * @see #setMinimumDetectableEffect(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_MinimumDetectableEffect()
	 * @model default="0.1"
	 * @generated
	 */
	double getMinimumDetectableEffect();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getMinimumDetectableEffect <em>Minimum Detectable Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Detectable Effect</em>' attribute.
	 * @see #getMinimumDetectableEffect()
	 * @generated
	 */
	void setMinimumDetectableEffect(double value);

	/**
	 * Returns the value of the '<em><b>Effect Scale</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.abtest.EffectScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the minimum detectable effect is a relative lift (0.1 = +10 %) or an absolute difference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effect Scale</em>' attribute.
	 * @see io.streamwise.model.abtest.EffectScale
	 * @see #setEffectScale(EffectScale)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_EffectScale()
	 * @model
	 * @generated
	 */
	EffectScale getEffectScale();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getEffectScale <em>Effect Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect Scale</em>' attribute.
	 * @see io.streamwise.model.abtest.EffectScale
	 * @see #getEffectScale()
	 * @generated
	 */
	void setEffectScale(EffectScale value);

	/**
	 * Returns the value of the '<em><b>Correction</b></em>' attribute.
	 * The default value is <code>"HOLM"</code>.
	 * The literals are from the enumeration {@link io.streamwise.model.abtest.Correction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiple-comparison correction across arms and metrics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correction</em>' attribute.
	 * @see io.streamwise.model.abtest.Correction
	 * @see #setCorrection(Correction)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Correction()
	 * @model default="HOLM"
	 * @generated
	 */
	Correction getCorrection();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getCorrection <em>Correction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correction</em>' attribute.
	 * @see io.streamwise.model.abtest.Correction
	 * @see #getCorrection()
	 * @generated
	 */
	void setCorrection(Correction value);

	/**
	 * Returns the value of the '<em><b>Analysis Method</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.abtest.AnalysisMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Test used for the primary metric.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysis Method</em>' attribute.
	 * @see io.streamwise.model.abtest.AnalysisMethod
	 * @see #setAnalysisMethod(AnalysisMethod)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_AnalysisMethod()
	 * @model
	 * @generated
	 */
	AnalysisMethod getAnalysisMethod();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getAnalysisMethod <em>Analysis Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis Method</em>' attribute.
	 * @see io.streamwise.model.abtest.AnalysisMethod
	 * @see #getAnalysisMethod()
	 * @generated
	 */
	void setAnalysisMethod(AnalysisMethod value);

	/**
	 * Returns the value of the '<em><b>Covariate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Column of the pre-period covariate for CUPED (for example the viewer's purchases before the test); empty for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Covariate</em>' attribute.
	 * @see #setCovariate(String)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Covariate()
	 * @model
	 * @generated
	 */
	String getCovariate();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getCovariate <em>Covariate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covariate</em>' attribute.
	 * @see #getCovariate()
	 * @generated
	 */
	void setCovariate(String value);

	/**
	 * Returns the value of the '<em><b>Covariate Correlation</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Correlation between the covariate and the metric, when known beforehand; design uses variance x (1 - rho^2). 0 for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Covariate Correlation</em>' attribute.
	 * @see #setCovariateCorrelation(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_CovariateCorrelation()
	 * @model default="0"
	 * @generated
	 */
	double getCovariateCorrelation();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getCovariateCorrelation <em>Covariate Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Covariate Correlation</em>' attribute.
	 * @see #getCovariateCorrelation()
	 * @generated
	 */
	void setCovariateCorrelation(double value);

	/**
	 * Returns the value of the '<em><b>Cluster Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean number of viewers per stream (m) when the unit is a stream.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cluster Size</em>' attribute.
	 * @see #setClusterSize(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_ClusterSize()
	 * @model default="1"
	 * @generated
	 */
	double getClusterSize();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getClusterSize <em>Cluster Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster Size</em>' attribute.
	 * @see #getClusterSize()
	 * @generated
	 */
	void setClusterSize(double value);

	/**
	 * Returns the value of the '<em><b>Intraclass Correlation</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intra-class correlation of the metric within a stream (ICC); design effect 1 + (m - 1) ICC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intraclass Correlation</em>' attribute.
	 * @see #setIntraclassCorrelation(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_IntraclassCorrelation()
	 * @model default="0"
	 * @generated
	 */
	double getIntraclassCorrelation();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getIntraclassCorrelation <em>Intraclass Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intraclass Correlation</em>' attribute.
	 * @see #getIntraclassCorrelation()
	 * @generated
	 */
	void setIntraclassCorrelation(double value);

	/**
	 * Returns the value of the '<em><b>Daily Traffic</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Units (viewers or streams) entering the test per day, over all arms; gives the expected duration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Daily Traffic</em>' attribute.
	 * @see #setDailyTraffic(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_DailyTraffic()
	 * @model default="0"
	 * @generated
	 */
	double getDailyTraffic();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getDailyTraffic <em>Daily Traffic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Daily Traffic</em>' attribute.
	 * @see #getDailyTraffic()
	 * @generated
	 */
	void setDailyTraffic(double value);

	/**
	 * Returns the value of the '<em><b>Prior Alpha</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beta prior of each arm's conversion rate for the Bayesian analysis: alpha.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prior Alpha</em>' attribute.
	 * @see #setPriorAlpha(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_PriorAlpha()
	 * @model default="1"
	 * @generated
	 */
	double getPriorAlpha();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getPriorAlpha <em>Prior Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prior Alpha</em>' attribute.
	 * @see #getPriorAlpha()
	 * @generated
	 */
	void setPriorAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Prior Beta</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beta prior of each arm's conversion rate for the Bayesian analysis: beta.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prior Beta</em>' attribute.
	 * @see #setPriorBeta(double)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_PriorBeta()
	 * @model default="1"
	 * @generated
	 */
	double getPriorBeta();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getPriorBeta <em>Prior Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prior Beta</em>' attribute.
	 * @see #getPriorBeta()
	 * @generated
	 */
	void setPriorBeta(double value);

	/**
	 * Returns the value of the '<em><b>Minimum Units Per Arm</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No verdict is given before every arm has this many units (and, for conversion, this many conversions).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Units Per Arm</em>' attribute.
	 * @see #setMinimumUnitsPerArm(int)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_MinimumUnitsPerArm()
	 * @model default="100"
	 * @generated
	 */
	int getMinimumUnitsPerArm();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getMinimumUnitsPerArm <em>Minimum Units Per Arm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Units Per Arm</em>' attribute.
	 * @see #getMinimumUnitsPerArm()
	 * @generated
	 */
	void setMinimumUnitsPerArm(int value);

	/**
	 * Returns the value of the '<em><b>Monitoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the test is looked at and how looks are accounted for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Monitoring</em>' containment reference.
	 * @see #setMonitoring(MonitoringPlan)
	 * @see io.streamwise.model.abtest.ABTestPackage#getABTest_Monitoring()
	 * @model containment="true"
	 * @generated
	 */
	MonitoringPlan getMonitoring();

	/**
	 * Sets the value of the '{@link io.streamwise.model.abtest.ABTest#getMonitoring <em>Monitoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monitoring</em>' containment reference.
	 * @see #getMonitoring()
	 * @generated
	 */
	void setMonitoring(MonitoringPlan value);

} // ABTest
