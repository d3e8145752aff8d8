/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of an .experiment file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getDescription <em>Description</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getTask <em>Task</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getSeed <em>Seed</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getDataset <em>Dataset</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getAlgorithms <em>Algorithms</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getResultsLocation <em>Results Location</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getEngine <em>Engine</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getParallelism <em>Parallelism</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Experiment#getStream <em>Stream</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getId <em>Id</em>}' attribute.
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
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

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
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_FormatVersion()
	 * @model default="1.2"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Task</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.experiment.TaskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' attribute.
	 * @see io.streamwise.model.experiment.TaskKind
	 * @see #setTask(TaskKind)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Task()
	 * @model
	 * @generated
	 */
	TaskKind getTask();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getTask <em>Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' attribute.
	 * @see io.streamwise.model.experiment.TaskKind
	 * @see #getTask()
	 * @generated
	 */
	void setTask(TaskKind value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed for every random choice of the run (splits, initialisation, simulation), so that a run can be repeated exactly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' containment reference.
	 * @see #setDataset(DatasetRef)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Dataset()
	 * @model containment="true"
	 * @generated
	 */
	DatasetRef getDataset();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getDataset <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' containment reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(DatasetRef value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' containment reference.
	 * @see #setProtocol(Protocol)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Protocol()
	 * @model containment="true"
	 * @generated
	 */
	Protocol getProtocol();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getProtocol <em>Protocol</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' containment reference.
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(Protocol value);

	/**
	 * Returns the value of the '<em><b>Algorithms</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.experiment.AlgorithmConfig}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Algorithms</em>' containment reference list.
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Algorithms()
	 * @model containment="true"
	 * @generated
	 */
	EList<AlgorithmConfig> getAlgorithms();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metric names with an optional cut-off, for example "ndcg@10", "recall@20" or "auc".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' attribute list.
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Metrics()
	 * @model
	 * @generated
	 */
	EList<String> getMetrics();

	/**
	 * Returns the value of the '<em><b>Results Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folder for the results, relative to the experiment file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Results Location</em>' attribute.
	 * @see #setResultsLocation(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_ResultsLocation()
	 * @model
	 * @generated
	 */
	String getResultsLocation();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getResultsLocation <em>Results Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Results Location</em>' attribute.
	 * @see #getResultsLocation()
	 * @generated
	 */
	void setResultsLocation(String value);

	/**
	 * Returns the value of the '<em><b>Engine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the experiment runs unless the command line says otherwise: embedded (this process), flink-local (a Flink mini-cluster in a child process) or flink://HOST:PORT (a Flink session cluster's REST address); empty: embedded, or the workbench's Execution preference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engine</em>' attribute.
	 * @see #setEngine(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Engine()
	 * @model
	 * @generated
	 */
	String getEngine();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getEngine <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine</em>' attribute.
	 * @see #getEngine()
	 * @generated
	 */
	void setEngine(String value);

	/**
	 * Returns the value of the '<em><b>Parallelism</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many tasks run at once on a Flink engine (its task slots); 0: not set (1, or the workbench's Execution preference). Ignored by the embedded engine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parallelism</em>' attribute.
	 * @see #setParallelism(int)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Parallelism()
	 * @model default="0"
	 * @generated
	 */
	int getParallelism();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getParallelism <em>Parallelism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parallelism</em>' attribute.
	 * @see #getParallelism()
	 * @generated
	 */
	void setParallelism(int value);

	/**
	 * Returns the value of the '<em><b>Stream</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Present in stream experiments only: the stream, its class and how learners are evaluated on it, test-then-train. The learners are the algorithms (id moa, setting learner = the MOA classifier, other settings = its options by name); protocol and dataset are then unused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stream</em>' containment reference.
	 * @see #setStream(StreamSetup)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getExperiment_Stream()
	 * @model containment="true"
	 * @generated
	 */
	StreamSetup getStream();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Experiment#getStream <em>Stream</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stream</em>' containment reference.
	 * @see #getStream()
	 * @generated
	 */
	void setStream(StreamSetup value);

} // Experiment
