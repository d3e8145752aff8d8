/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment.impl;

import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DatasetRef;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentPackage;
import io.streamwise.model.experiment.Protocol;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.TaskKind;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getTask <em>Task</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getAlgorithms <em>Algorithms</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getResultsLocation <em>Results Location</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getEngine <em>Engine</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getParallelism <em>Parallelism</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.impl.ExperimentImpl#getStream <em>Stream</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends MinimalEObjectImpl.Container implements Experiment
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

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
	 * The default value of the '{@link #getTask() <em>Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTask()
	 * @generated
	 * @ordered
	 */
	protected static final TaskKind TASK_EDEFAULT = TaskKind.RECOMMENDATION;

	/**
	 * The cached value of the '{@link #getTask() <em>Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTask()
	 * @generated
	 * @ordered
	 */
	protected TaskKind task = TASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected DatasetRef dataset;

	/**
	 * The cached value of the '{@link #getProtocol() <em>Protocol</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocol()
	 * @generated
	 * @ordered
	 */
	protected Protocol protocol;

	/**
	 * The cached value of the '{@link #getAlgorithms() <em>Algorithms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithms()
	 * @generated
	 * @ordered
	 */
	protected EList<AlgorithmConfig> algorithms;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> metrics;

	/**
	 * The default value of the '{@link #getResultsLocation() <em>Results Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResultsLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String RESULTS_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResultsLocation() <em>Results Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResultsLocation()
	 * @generated
	 * @ordered
	 */
	protected String resultsLocation = RESULTS_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngine() <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngine()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngine() <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngine()
	 * @generated
	 * @ordered
	 */
	protected String engine = ENGINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getParallelism() <em>Parallelism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelism()
	 * @generated
	 * @ordered
	 */
	protected static final int PARALLELISM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getParallelism() <em>Parallelism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParallelism()
	 * @generated
	 * @ordered
	 */
	protected int parallelism = PARALLELISM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStream() <em>Stream</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStream()
	 * @generated
	 * @ordered
	 */
	protected StreamSetup stream;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl()
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
		return ExperimentPackage.Literals.EXPERIMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskKind getTask()
	{
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTask(TaskKind newTask)
	{
		TaskKind oldTask = task;
		task = newTask == null ? TASK_EDEFAULT : newTask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__TASK, oldTask, task));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed()
	{
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed)
	{
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetRef getDataset()
	{
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataset(DatasetRef newDataset, NotificationChain msgs)
	{
		DatasetRef oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__DATASET, oldDataset, newDataset);
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
	public void setDataset(DatasetRef newDataset)
	{
		if (newDataset != dataset)
		{
			NotificationChain msgs = null;
			if (dataset != null)
				msgs = ((InternalEObject)dataset).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__DATASET, null, msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__DATASET, null, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__DATASET, newDataset, newDataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protocol getProtocol()
	{
		return protocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProtocol(Protocol newProtocol, NotificationChain msgs)
	{
		Protocol oldProtocol = protocol;
		protocol = newProtocol;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__PROTOCOL, oldProtocol, newProtocol);
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
	public void setProtocol(Protocol newProtocol)
	{
		if (newProtocol != protocol)
		{
			NotificationChain msgs = null;
			if (protocol != null)
				msgs = ((InternalEObject)protocol).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__PROTOCOL, null, msgs);
			if (newProtocol != null)
				msgs = ((InternalEObject)newProtocol).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__PROTOCOL, null, msgs);
			msgs = basicSetProtocol(newProtocol, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__PROTOCOL, newProtocol, newProtocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AlgorithmConfig> getAlgorithms()
	{
		if (algorithms == null)
		{
			algorithms = new EObjectContainmentEList<AlgorithmConfig>(AlgorithmConfig.class, this, ExperimentPackage.EXPERIMENT__ALGORITHMS);
		}
		return algorithms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMetrics()
	{
		if (metrics == null)
		{
			metrics = new EDataTypeUniqueEList<String>(String.class, this, ExperimentPackage.EXPERIMENT__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResultsLocation()
	{
		return resultsLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResultsLocation(String newResultsLocation)
	{
		String oldResultsLocation = resultsLocation;
		resultsLocation = newResultsLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__RESULTS_LOCATION, oldResultsLocation, resultsLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngine()
	{
		return engine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngine(String newEngine)
	{
		String oldEngine = engine;
		engine = newEngine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__ENGINE, oldEngine, engine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getParallelism()
	{
		return parallelism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParallelism(int newParallelism)
	{
		int oldParallelism = parallelism;
		parallelism = newParallelism;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__PARALLELISM, oldParallelism, parallelism));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StreamSetup getStream()
	{
		return stream;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStream(StreamSetup newStream, NotificationChain msgs)
	{
		StreamSetup oldStream = stream;
		stream = newStream;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__STREAM, oldStream, newStream);
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
	public void setStream(StreamSetup newStream)
	{
		if (newStream != stream)
		{
			NotificationChain msgs = null;
			if (stream != null)
				msgs = ((InternalEObject)stream).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__STREAM, null, msgs);
			if (newStream != null)
				msgs = ((InternalEObject)newStream).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__STREAM, null, msgs);
			msgs = basicSetStream(newStream, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__STREAM, newStream, newStream));
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
			case ExperimentPackage.EXPERIMENT__DATASET:
				return basicSetDataset(null, msgs);
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				return basicSetProtocol(null, msgs);
			case ExperimentPackage.EXPERIMENT__ALGORITHMS:
				return ((InternalEList<?>)getAlgorithms()).basicRemove(otherEnd, msgs);
			case ExperimentPackage.EXPERIMENT__STREAM:
				return basicSetStream(null, msgs);
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
			case ExperimentPackage.EXPERIMENT__ID:
				return getId();
			case ExperimentPackage.EXPERIMENT__NAME:
				return getName();
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				return getDescription();
			case ExperimentPackage.EXPERIMENT__FORMAT_VERSION:
				return getFormatVersion();
			case ExperimentPackage.EXPERIMENT__TASK:
				return getTask();
			case ExperimentPackage.EXPERIMENT__SEED:
				return getSeed();
			case ExperimentPackage.EXPERIMENT__DATASET:
				return getDataset();
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				return getProtocol();
			case ExperimentPackage.EXPERIMENT__ALGORITHMS:
				return getAlgorithms();
			case ExperimentPackage.EXPERIMENT__METRICS:
				return getMetrics();
			case ExperimentPackage.EXPERIMENT__RESULTS_LOCATION:
				return getResultsLocation();
			case ExperimentPackage.EXPERIMENT__ENGINE:
				return getEngine();
			case ExperimentPackage.EXPERIMENT__PARALLELISM:
				return getParallelism();
			case ExperimentPackage.EXPERIMENT__STREAM:
				return getStream();
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
			case ExperimentPackage.EXPERIMENT__ID:
				setId((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__NAME:
				setName((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__TASK:
				setTask((TaskKind)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__SEED:
				setSeed((Long)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__DATASET:
				setDataset((DatasetRef)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				setProtocol((Protocol)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__ALGORITHMS:
				getAlgorithms().clear();
				getAlgorithms().addAll((Collection<? extends AlgorithmConfig>)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends String>)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__RESULTS_LOCATION:
				setResultsLocation((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__ENGINE:
				setEngine((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__PARALLELISM:
				setParallelism((Integer)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__STREAM:
				setStream((StreamSetup)newValue);
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
			case ExperimentPackage.EXPERIMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__TASK:
				setTask(TASK_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__DATASET:
				setDataset((DatasetRef)null);
				return;
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				setProtocol((Protocol)null);
				return;
			case ExperimentPackage.EXPERIMENT__ALGORITHMS:
				getAlgorithms().clear();
				return;
			case ExperimentPackage.EXPERIMENT__METRICS:
				getMetrics().clear();
				return;
			case ExperimentPackage.EXPERIMENT__RESULTS_LOCATION:
				setResultsLocation(RESULTS_LOCATION_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__ENGINE:
				setEngine(ENGINE_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__PARALLELISM:
				setParallelism(PARALLELISM_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__STREAM:
				setStream((StreamSetup)null);
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
			case ExperimentPackage.EXPERIMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ExperimentPackage.EXPERIMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ExperimentPackage.EXPERIMENT__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case ExperimentPackage.EXPERIMENT__TASK:
				return task != TASK_EDEFAULT;
			case ExperimentPackage.EXPERIMENT__SEED:
				return seed != SEED_EDEFAULT;
			case ExperimentPackage.EXPERIMENT__DATASET:
				return dataset != null;
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
				return protocol != null;
			case ExperimentPackage.EXPERIMENT__ALGORITHMS:
				return algorithms != null && !algorithms.isEmpty();
			case ExperimentPackage.EXPERIMENT__METRICS:
				return metrics != null && !metrics.isEmpty();
			case ExperimentPackage.EXPERIMENT__RESULTS_LOCATION:
				return RESULTS_LOCATION_EDEFAULT == null ? resultsLocation != null : !RESULTS_LOCATION_EDEFAULT.equals(resultsLocation);
			case ExperimentPackage.EXPERIMENT__ENGINE:
				return ENGINE_EDEFAULT == null ? engine != null : !ENGINE_EDEFAULT.equals(engine);
			case ExperimentPackage.EXPERIMENT__PARALLELISM:
				return parallelism != PARALLELISM_EDEFAULT;
			case ExperimentPackage.EXPERIMENT__STREAM:
				return stream != null;
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
		result.append(", description: ");
		result.append(description);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(", task: ");
		result.append(task);
		result.append(", seed: ");
		result.append(seed);
		result.append(", metrics: ");
		result.append(metrics);
		result.append(", resultsLocation: ");
		result.append(resultsLocation);
		result.append(", engine: ");
		result.append(engine);
		result.append(", parallelism: ");
		result.append(parallelism);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
