/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment.impl;

import io.streamwise.model.experiment.DriftDetectorKind;
import io.streamwise.model.experiment.EvaluationWindowKind;
import io.streamwise.model.experiment.ExperimentPackage;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.StreamSourceKind;

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
 * An implementation of the model object '<em><b>Stream Setup</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getSource <em>Source</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getGenerator <em>Generator</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getGeneratorOptions <em>Generator Options</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getClassAttribute <em>Class Attribute</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getInstances <em>Instances</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getTimeColumn <em>Time Column</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getDelay <em>Delay</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getPositiveClass <em>Positive Class</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getWindow <em>Window</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getWindowSize <em>Window Size</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getFadingFactor <em>Fading Factor</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getCurveEvery <em>Curve Every</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.StreamSetupImpl#getDriftDetector <em>Drift Detector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StreamSetupImpl extends MinimalEObjectImpl.Container implements StreamSetup
{
	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final StreamSourceKind SOURCE_EDEFAULT = StreamSourceKind.FILE;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected StreamSourceKind source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGenerator() <em>Generator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenerator()
	 * @generated
	 * @ordered
	 */
	protected static final String GENERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGenerator() <em>Generator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenerator()
	 * @generated
	 * @ordered
	 */
	protected String generator = GENERATOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGeneratorOptions() <em>Generator Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneratorOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> generatorOptions;

	/**
	 * The default value of the '{@link #getClassAttribute() <em>Class Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASS_ATTRIBUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassAttribute() <em>Class Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassAttribute()
	 * @generated
	 * @ordered
	 */
	protected String classAttribute = CLASS_ATTRIBUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstances() <em>Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstances()
	 * @generated
	 * @ordered
	 */
	protected static final long INSTANCES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInstances() <em>Instances</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstances()
	 * @generated
	 * @ordered
	 */
	protected long instances = INSTANCES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeColumn() <em>Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeColumn() <em>Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeColumn()
	 * @generated
	 * @ordered
	 */
	protected String timeColumn = TIME_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelay() <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelay()
	 * @generated
	 * @ordered
	 */
	protected static final String DELAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDelay() <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelay()
	 * @generated
	 * @ordered
	 */
	protected String delay = DELAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPositiveClass() <em>Positive Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositiveClass()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITIVE_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPositiveClass() <em>Positive Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositiveClass()
	 * @generated
	 * @ordered
	 */
	protected String positiveClass = POSITIVE_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindow() <em>Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindow()
	 * @generated
	 * @ordered
	 */
	protected static final EvaluationWindowKind WINDOW_EDEFAULT = EvaluationWindowKind.BASIC;

	/**
	 * The cached value of the '{@link #getWindow() <em>Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindow()
	 * @generated
	 * @ordered
	 */
	protected EvaluationWindowKind window = WINDOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowSize() <em>Window Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowSize()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_SIZE_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getWindowSize() <em>Window Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowSize()
	 * @generated
	 * @ordered
	 */
	protected int windowSize = WINDOW_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFadingFactor() <em>Fading Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFadingFactor()
	 * @generated
	 * @ordered
	 */
	protected static final double FADING_FACTOR_EDEFAULT = 0.999;

	/**
	 * The cached value of the '{@link #getFadingFactor() <em>Fading Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFadingFactor()
	 * @generated
	 * @ordered
	 */
	protected double fadingFactor = FADING_FACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurveEvery() <em>Curve Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurveEvery()
	 * @generated
	 * @ordered
	 */
	protected static final long CURVE_EVERY_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getCurveEvery() <em>Curve Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurveEvery()
	 * @generated
	 * @ordered
	 */
	protected long curveEvery = CURVE_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriftDetector() <em>Drift Detector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftDetector()
	 * @generated
	 * @ordered
	 */
	protected static final DriftDetectorKind DRIFT_DETECTOR_EDEFAULT = DriftDetectorKind.NONE;

	/**
	 * The cached value of the '{@link #getDriftDetector() <em>Drift Detector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftDetector()
	 * @generated
	 * @ordered
	 */
	protected DriftDetectorKind driftDetector = DRIFT_DETECTOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StreamSetupImpl()
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
		return ExperimentPackage.Literals.STREAM_SETUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StreamSourceKind getSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(StreamSourceKind newSource)
	{
		StreamSourceKind oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation()
	{
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation)
	{
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGenerator()
	{
		return generator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGenerator(String newGenerator)
	{
		String oldGenerator = generator;
		generator = newGenerator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__GENERATOR, oldGenerator, generator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getGeneratorOptions()
	{
		if (generatorOptions == null)
		{
			generatorOptions = new EObjectContainmentEList<Parameter>(Parameter.class, this, ExperimentPackage.STREAM_SETUP__GENERATOR_OPTIONS);
		}
		return generatorOptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassAttribute()
	{
		return classAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassAttribute(String newClassAttribute)
	{
		String oldClassAttribute = classAttribute;
		classAttribute = newClassAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__CLASS_ATTRIBUTE, oldClassAttribute, classAttribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInstances()
	{
		return instances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstances(long newInstances)
	{
		long oldInstances = instances;
		instances = newInstances;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__INSTANCES, oldInstances, instances));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeColumn()
	{
		return timeColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeColumn(String newTimeColumn)
	{
		String oldTimeColumn = timeColumn;
		timeColumn = newTimeColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__TIME_COLUMN, oldTimeColumn, timeColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDelay()
	{
		return delay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelay(String newDelay)
	{
		String oldDelay = delay;
		delay = newDelay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__DELAY, oldDelay, delay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPositiveClass()
	{
		return positiveClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositiveClass(String newPositiveClass)
	{
		String oldPositiveClass = positiveClass;
		positiveClass = newPositiveClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__POSITIVE_CLASS, oldPositiveClass, positiveClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationWindowKind getWindow()
	{
		return window;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindow(EvaluationWindowKind newWindow)
	{
		EvaluationWindowKind oldWindow = window;
		window = newWindow == null ? WINDOW_EDEFAULT : newWindow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__WINDOW, oldWindow, window));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowSize()
	{
		return windowSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowSize(int newWindowSize)
	{
		int oldWindowSize = windowSize;
		windowSize = newWindowSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__WINDOW_SIZE, oldWindowSize, windowSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFadingFactor()
	{
		return fadingFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFadingFactor(double newFadingFactor)
	{
		double oldFadingFactor = fadingFactor;
		fadingFactor = newFadingFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__FADING_FACTOR, oldFadingFactor, fadingFactor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCurveEvery()
	{
		return curveEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurveEvery(long newCurveEvery)
	{
		long oldCurveEvery = curveEvery;
		curveEvery = newCurveEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__CURVE_EVERY, oldCurveEvery, curveEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriftDetectorKind getDriftDetector()
	{
		return driftDetector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriftDetector(DriftDetectorKind newDriftDetector)
	{
		DriftDetectorKind oldDriftDetector = driftDetector;
		driftDetector = newDriftDetector == null ? DRIFT_DETECTOR_EDEFAULT : newDriftDetector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.STREAM_SETUP__DRIFT_DETECTOR, oldDriftDetector, driftDetector));
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
			case ExperimentPackage.STREAM_SETUP__GENERATOR_OPTIONS:
				return ((InternalEList<?>)getGeneratorOptions()).basicRemove(otherEnd, msgs);
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
			case ExperimentPackage.STREAM_SETUP__SOURCE:
				return getSource();
			case ExperimentPackage.STREAM_SETUP__LOCATION:
				return getLocation();
			case ExperimentPackage.STREAM_SETUP__GENERATOR:
				return getGenerator();
			case ExperimentPackage.STREAM_SETUP__GENERATOR_OPTIONS:
				return getGeneratorOptions();
			case ExperimentPackage.STREAM_SETUP__CLASS_ATTRIBUTE:
				return getClassAttribute();
			case ExperimentPackage.STREAM_SETUP__INSTANCES:
				return getInstances();
			case ExperimentPackage.STREAM_SETUP__TIME_COLUMN:
				return getTimeColumn();
			case ExperimentPackage.STREAM_SETUP__DELAY:
				return getDelay();
			case ExperimentPackage.STREAM_SETUP__POSITIVE_CLASS:
				return getPositiveClass();
			case ExperimentPackage.STREAM_SETUP__WINDOW:
				return getWindow();
			case ExperimentPackage.STREAM_SETUP__WINDOW_SIZE:
				return getWindowSize();
			case ExperimentPackage.STREAM_SETUP__FADING_FACTOR:
				return getFadingFactor();
			case ExperimentPackage.STREAM_SETUP__CURVE_EVERY:
				return getCurveEvery();
			case ExperimentPackage.STREAM_SETUP__DRIFT_DETECTOR:
				return getDriftDetector();
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
			case ExperimentPackage.STREAM_SETUP__SOURCE:
				setSource((StreamSourceKind)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__LOCATION:
				setLocation((String)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__GENERATOR:
				setGenerator((String)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__GENERATOR_OPTIONS:
				getGeneratorOptions().clear();
				getGeneratorOptions().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__CLASS_ATTRIBUTE:
				setClassAttribute((String)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__INSTANCES:
				setInstances((Long)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__TIME_COLUMN:
				setTimeColumn((String)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__DELAY:
				setDelay((String)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__POSITIVE_CLASS:
				setPositiveClass((String)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__WINDOW:
				setWindow((EvaluationWindowKind)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__WINDOW_SIZE:
				setWindowSize((Integer)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__FADING_FACTOR:
				setFadingFactor((Double)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__CURVE_EVERY:
				setCurveEvery((Long)newValue);
				return;
			case ExperimentPackage.STREAM_SETUP__DRIFT_DETECTOR:
				setDriftDetector((DriftDetectorKind)newValue);
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
			case ExperimentPackage.STREAM_SETUP__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__GENERATOR:
				setGenerator(GENERATOR_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__GENERATOR_OPTIONS:
				getGeneratorOptions().clear();
				return;
			case ExperimentPackage.STREAM_SETUP__CLASS_ATTRIBUTE:
				setClassAttribute(CLASS_ATTRIBUTE_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__INSTANCES:
				setInstances(INSTANCES_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__TIME_COLUMN:
				setTimeColumn(TIME_COLUMN_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__DELAY:
				setDelay(DELAY_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__POSITIVE_CLASS:
				setPositiveClass(POSITIVE_CLASS_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__WINDOW:
				setWindow(WINDOW_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__WINDOW_SIZE:
				setWindowSize(WINDOW_SIZE_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__FADING_FACTOR:
				setFadingFactor(FADING_FACTOR_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__CURVE_EVERY:
				setCurveEvery(CURVE_EVERY_EDEFAULT);
				return;
			case ExperimentPackage.STREAM_SETUP__DRIFT_DETECTOR:
				setDriftDetector(DRIFT_DETECTOR_EDEFAULT);
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
			case ExperimentPackage.STREAM_SETUP__SOURCE:
				return source != SOURCE_EDEFAULT;
			case ExperimentPackage.STREAM_SETUP__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ExperimentPackage.STREAM_SETUP__GENERATOR:
				return GENERATOR_EDEFAULT == null ? generator != null : !GENERATOR_EDEFAULT.equals(generator);
			case ExperimentPackage.STREAM_SETUP__GENERATOR_OPTIONS:
				return generatorOptions != null && !generatorOptions.isEmpty();
			case ExperimentPackage.STREAM_SETUP__CLASS_ATTRIBUTE:
				return CLASS_ATTRIBUTE_EDEFAULT == null ? classAttribute != null : !CLASS_ATTRIBUTE_EDEFAULT.equals(classAttribute);
			case ExperimentPackage.STREAM_SETUP__INSTANCES:
				return instances != INSTANCES_EDEFAULT;
			case ExperimentPackage.STREAM_SETUP__TIME_COLUMN:
				return TIME_COLUMN_EDEFAULT == null ? timeColumn != null : !TIME_COLUMN_EDEFAULT.equals(timeColumn);
			case ExperimentPackage.STREAM_SETUP__DELAY:
				return DELAY_EDEFAULT == null ? delay != null : !DELAY_EDEFAULT.equals(delay);
			case ExperimentPackage.STREAM_SETUP__POSITIVE_CLASS:
				return POSITIVE_CLASS_EDEFAULT == null ? positiveClass != null : !POSITIVE_CLASS_EDEFAULT.equals(positiveClass);
			case ExperimentPackage.STREAM_SETUP__WINDOW:
				return window != WINDOW_EDEFAULT;
			case ExperimentPackage.STREAM_SETUP__WINDOW_SIZE:
				return windowSize != WINDOW_SIZE_EDEFAULT;
			case ExperimentPackage.STREAM_SETUP__FADING_FACTOR:
				return fadingFactor != FADING_FACTOR_EDEFAULT;
			case ExperimentPackage.STREAM_SETUP__CURVE_EVERY:
				return curveEvery != CURVE_EVERY_EDEFAULT;
			case ExperimentPackage.STREAM_SETUP__DRIFT_DETECTOR:
				return driftDetector != DRIFT_DETECTOR_EDEFAULT;
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
		result.append(" (source: ");
		result.append(source);
		result.append(", location: ");
		result.append(location);
		result.append(", generator: ");
		result.append(generator);
		result.append(", classAttribute: ");
		result.append(classAttribute);
		result.append(", instances: ");
		result.append(instances);
		result.append(", timeColumn: ");
		result.append(timeColumn);
		result.append(", delay: ");
		result.append(delay);
		result.append(", positiveClass: ");
		result.append(positiveClass);
		result.append(", window: ");
		result.append(window);
		result.append(", windowSize: ");
		result.append(windowSize);
		result.append(", fadingFactor: ");
		result.append(fadingFactor);
		result.append(", curveEvery: ");
		result.append(curveEvery);
		result.append(", driftDetector: ");
		result.append(driftDetector);
		result.append(')');
		return result.toString();
	}

} //StreamSetupImpl
