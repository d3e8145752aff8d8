/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stream Setup</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A labelled stream and its prequential (test-then-train) evaluation, as streamwise prequential runs it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getSource <em>Source</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getLocation <em>Location</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getGenerator <em>Generator</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getGeneratorOptions <em>Generator Options</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getClassAttribute <em>Class Attribute</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getInstances <em>Instances</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getTimeColumn <em>Time Column</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getDelay <em>Delay</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getPositiveClass <em>Positive Class</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getWindow <em>Window</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getWindowSize <em>Window Size</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getFadingFactor <em>Fading Factor</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getCurveEvery <em>Curve Every</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.StreamSetup#getDriftDetector <em>Drift Detector</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup()
 * @model
 * @generated
 */
public interface StreamSetup extends EObject
{
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.experiment.StreamSourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the instances come from: an ARFF or CSV file, a MOA stream generator, or the Streamwise simulator (one instance per stream session, class converted).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see io.streamwise.model.experiment.StreamSourceKind
	 * @see #setSource(StreamSourceKind)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_Source()
	 * @model
	 * @generated
	 */
	StreamSourceKind getSource();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see io.streamwise.model.experiment.StreamSourceKind
	 * @see #getSource()
	 * @generated
	 */
	void setSource(StreamSourceKind value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ARFF or CSV file, relative to the experiment file (source FILE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Generator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MOA stream generator by its class name under moa.streams, such as generators.SEAGenerator (source GENERATOR).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generator</em>' attribute.
	 * @see #setGenerator(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_Generator()
	 * @model
	 * @generated
	 */
	String getGenerator();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getGenerator <em>Generator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generator</em>' attribute.
	 * @see #getGenerator()
	 * @generated
	 */
	void setGenerator(String value);

	/**
	 * Returns the value of the '<em><b>Generator Options</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.experiment.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Options of the generator by MOA option name, such as function = 2; options not given keep MOA's defaults. For the simulator: preset, its settings by key (days, viewers, seed...) and observationMinutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generator Options</em>' containment reference list.
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_GeneratorOptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getGeneratorOptions();

	/**
	 * Returns the value of the '<em><b>Class Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class attribute (column) of a file; a generator's class is its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Class Attribute</em>' attribute.
	 * @see #setClassAttribute(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_ClassAttribute()
	 * @model
	 * @generated
	 */
	String getClassAttribute();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getClassAttribute <em>Class Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class Attribute</em>' attribute.
	 * @see #getClassAttribute()
	 * @generated
	 */
	void setClassAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Instances</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many instances to evaluate: 0 for the whole file; a generator needs a positive number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instances</em>' attribute.
	 * @see #setInstances(long)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_Instances()
	 * @model default="0"
	 * @generated
	 */
	long getInstances();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getInstances <em>Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instances</em>' attribute.
	 * @see #getInstances()
	 * @generated
	 */
	void setInstances(long value);

	/**
	 * Returns the value of the '<em><b>Time Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Column holding arrival times; empty: the row's position.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Column</em>' attribute.
	 * @see #setTimeColumn(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_TimeColumn()
	 * @model
	 * @generated
	 */
	String getTimeColumn();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getTimeColumn <em>Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Column</em>' attribute.
	 * @see #getTimeColumn()
	 * @generated
	 */
	void setTimeColumn(String value);

	/**
	 * Returns the value of the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label delay: a whole number of clock units, or a column holding each row's label time; empty: none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delay</em>' attribute.
	 * @see #setDelay(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_Delay()
	 * @model
	 * @generated
	 */
	String getDelay();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getDelay <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay</em>' attribute.
	 * @see #getDelay()
	 * @generated
	 */
	void setDelay(String value);

	/**
	 * Returns the value of the '<em><b>Positive Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The positive class value for precision, recall, F1, AUC and Brier; empty: the second value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Positive Class</em>' attribute.
	 * @see #setPositiveClass(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_PositiveClass()
	 * @model
	 * @generated
	 */
	String getPositiveClass();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getPositiveClass <em>Positive Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positive Class</em>' attribute.
	 * @see #getPositiveClass()
	 * @generated
	 */
	void setPositiveClass(String value);

	/**
	 * Returns the value of the '<em><b>Window</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.experiment.EvaluationWindowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How metrics are averaged: over the whole stream, a sliding window, or with a fading factor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window</em>' attribute.
	 * @see io.streamwise.model.experiment.EvaluationWindowKind
	 * @see #setWindow(EvaluationWindowKind)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_Window()
	 * @model
	 * @generated
	 */
	EvaluationWindowKind getWindow();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getWindow <em>Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window</em>' attribute.
	 * @see io.streamwise.model.experiment.EvaluationWindowKind
	 * @see #getWindow()
	 * @generated
	 */
	void setWindow(EvaluationWindowKind value);

	/**
	 * Returns the value of the '<em><b>Window Size</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of the sliding window (and of the AUC window).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Size</em>' attribute.
	 * @see #setWindowSize(int)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_WindowSize()
	 * @model default="1000"
	 * @generated
	 */
	int getWindowSize();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getWindowSize <em>Window Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Size</em>' attribute.
	 * @see #getWindowSize()
	 * @generated
	 */
	void setWindowSize(int value);

	/**
	 * Returns the value of the '<em><b>Fading Factor</b></em>' attribute.
	 * The default value is <code>"0.999"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fading factor, between 0 and 1 (exclusive), such as 0.999.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fading Factor</em>' attribute.
	 * @see #setFadingFactor(double)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_FadingFactor()
	 * @model default="0.999"
	 * @generated
	 */
	double getFadingFactor();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getFadingFactor <em>Fading Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fading Factor</em>' attribute.
	 * @see #getFadingFactor()
	 * @generated
	 */
	void setFadingFactor(double value);

	/**
	 * Returns the value of the '<em><b>Curve Every</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A learning-curve point every this many instances.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Curve Every</em>' attribute.
	 * @see #setCurveEvery(long)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_CurveEvery()
	 * @model default="1000"
	 * @generated
	 */
	long getCurveEvery();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getCurveEvery <em>Curve Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Curve Every</em>' attribute.
	 * @see #getCurveEvery()
	 * @generated
	 */
	void setCurveEvery(long value);

	/**
	 * Returns the value of the '<em><b>Drift Detector</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.experiment.DriftDetectorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drift detector on each learner's error stream, at MOA's defaults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drift Detector</em>' attribute.
	 * @see io.streamwise.model.experiment.DriftDetectorKind
	 * @see #setDriftDetector(DriftDetectorKind)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getStreamSetup_DriftDetector()
	 * @model
	 * @generated
	 */
	DriftDetectorKind getDriftDetector();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.StreamSetup#getDriftDetector <em>Drift Detector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drift Detector</em>' attribute.
	 * @see io.streamwise.model.experiment.DriftDetectorKind
	 * @see #getDriftDetector()
	 * @generated
	 */
	void setDriftDetector(DriftDetectorKind value);

} // StreamSetup
