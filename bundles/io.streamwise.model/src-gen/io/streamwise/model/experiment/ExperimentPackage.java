/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment;

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
 * A reproducible offline experiment: which data, which split protocol, which algorithms with which settings, which metrics.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.experiment.ExperimentFactory
 * @model kind="package"
 * @generated
 */
public interface ExperimentPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "experiment";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://streamwise.io/model/experiment/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "experiment";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ExperimentPackage eINSTANCE = io.streamwise.model.experiment.impl.ExperimentPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.impl.ExperimentImpl
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__FORMAT_VERSION = 3;

	/**
	 * The feature id for the '<em><b>Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TASK = 4;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = 5;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DATASET = 6;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__PROTOCOL = 7;

	/**
	 * The feature id for the '<em><b>Algorithms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ALGORITHMS = 8;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__METRICS = 9;

	/**
	 * The feature id for the '<em><b>Results Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__RESULTS_LOCATION = 10;

	/**
	 * The feature id for the '<em><b>Engine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ENGINE = 11;

	/**
	 * The feature id for the '<em><b>Parallelism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__PARALLELISM = 12;

	/**
	 * The feature id for the '<em><b>Stream</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__STREAM = 13;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.impl.DatasetRefImpl <em>Dataset Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.impl.DatasetRefImpl
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getDatasetRef()
	 * @generated
	 */
	int DATASET_REF = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__KIND = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Test Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__TEST_LOCATION = 2;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__OPTIONS = 3;

	/**
	 * The number of structural features of the '<em>Dataset Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Dataset Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.impl.ProtocolImpl <em>Protocol</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.impl.ProtocolImpl
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__KIND = 0;

	/**
	 * The feature id for the '<em><b>Train Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__TRAIN_RATIO = 1;

	/**
	 * The feature id for the '<em><b>Folds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__FOLDS = 2;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL__OPTIONS = 3;

	/**
	 * The number of structural features of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Protocol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.impl.AlgorithmConfigImpl <em>Algorithm Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.impl.AlgorithmConfigImpl
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getAlgorithmConfig()
	 * @generated
	 */
	int ALGORITHM_CONFIG = 3;

	/**
	 * The feature id for the '<em><b>Algorithm Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALGORITHM_CONFIG__ALGORITHM_ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALGORITHM_CONFIG__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALGORITHM_CONFIG__SETTINGS = 2;

	/**
	 * The number of structural features of the '<em>Algorithm Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALGORITHM_CONFIG_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Algorithm Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALGORITHM_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.impl.ParameterImpl
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.impl.StreamSetupImpl <em>Stream Setup</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.impl.StreamSetupImpl
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getStreamSetup()
	 * @generated
	 */
	int STREAM_SETUP = 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Generator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__GENERATOR = 2;

	/**
	 * The feature id for the '<em><b>Generator Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__GENERATOR_OPTIONS = 3;

	/**
	 * The feature id for the '<em><b>Class Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__CLASS_ATTRIBUTE = 4;

	/**
	 * The feature id for the '<em><b>Instances</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__INSTANCES = 5;

	/**
	 * The feature id for the '<em><b>Time Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__TIME_COLUMN = 6;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__DELAY = 7;

	/**
	 * The feature id for the '<em><b>Positive Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__POSITIVE_CLASS = 8;

	/**
	 * The feature id for the '<em><b>Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__WINDOW = 9;

	/**
	 * The feature id for the '<em><b>Window Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__WINDOW_SIZE = 10;

	/**
	 * The feature id for the '<em><b>Fading Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__FADING_FACTOR = 11;

	/**
	 * The feature id for the '<em><b>Curve Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__CURVE_EVERY = 12;

	/**
	 * The feature id for the '<em><b>Drift Detector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP__DRIFT_DETECTOR = 13;

	/**
	 * The number of structural features of the '<em>Stream Setup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Stream Setup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STREAM_SETUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.StreamSourceKind <em>Stream Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.StreamSourceKind
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getStreamSourceKind()
	 * @generated
	 */
	int STREAM_SOURCE_KIND = 6;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.EvaluationWindowKind <em>Evaluation Window Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.EvaluationWindowKind
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getEvaluationWindowKind()
	 * @generated
	 */
	int EVALUATION_WINDOW_KIND = 7;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.DriftDetectorKind <em>Drift Detector Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.DriftDetectorKind
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getDriftDetectorKind()
	 * @generated
	 */
	int DRIFT_DETECTOR_KIND = 8;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.TaskKind <em>Task Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.TaskKind
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getTaskKind()
	 * @generated
	 */
	int TASK_KIND = 9;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.DatasetKind <em>Dataset Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.DatasetKind
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getDatasetKind()
	 * @generated
	 */
	int DATASET_KIND = 10;

	/**
	 * The meta object id for the '{@link io.streamwise.model.experiment.ProtocolKind <em>Protocol Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.experiment.ProtocolKind
	 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getProtocolKind()
	 * @generated
	 */
	int PROTOCOL_KIND = 11;


	/**
	 * Returns the meta object for class '{@link io.streamwise.model.experiment.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see io.streamwise.model.experiment.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Experiment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getId()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Experiment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getDescription()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Experiment#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getFormatVersion()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Experiment#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Task</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getTask()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Task();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.experiment.Experiment#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dataset</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getDataset()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Dataset();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.experiment.Experiment#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Protocol</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getProtocol()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Protocol();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.experiment.Experiment#getAlgorithms <em>Algorithms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Algorithms</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getAlgorithms()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Algorithms();

	/**
	 * Returns the meta object for the attribute list '{@link io.streamwise.model.experiment.Experiment#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Metrics</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getMetrics()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Metrics();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Experiment#getResultsLocation <em>Results Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Results Location</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getResultsLocation()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_ResultsLocation();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Experiment#getEngine <em>Engine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getEngine()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Engine();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Experiment#getParallelism <em>Parallelism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parallelism</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getParallelism()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Parallelism();

	/**
	 * Returns the meta object for the containment reference '{@link io.streamwise.model.experiment.Experiment#getStream <em>Stream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Stream</em>'.
	 * @see io.streamwise.model.experiment.Experiment#getStream()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Stream();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.experiment.DatasetRef <em>Dataset Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset Ref</em>'.
	 * @see io.streamwise.model.experiment.DatasetRef
	 * @generated
	 */
	EClass getDatasetRef();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.DatasetRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.streamwise.model.experiment.DatasetRef#getKind()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.DatasetRef#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see io.streamwise.model.experiment.DatasetRef#getLocation()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_Location();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.DatasetRef#getTestLocation <em>Test Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Location</em>'.
	 * @see io.streamwise.model.experiment.DatasetRef#getTestLocation()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_TestLocation();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.experiment.DatasetRef#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see io.streamwise.model.experiment.DatasetRef#getOptions()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EReference getDatasetRef_Options();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.experiment.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol</em>'.
	 * @see io.streamwise.model.experiment.Protocol
	 * @generated
	 */
	EClass getProtocol();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Protocol#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.streamwise.model.experiment.Protocol#getKind()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Protocol#getTrainRatio <em>Train Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Ratio</em>'.
	 * @see io.streamwise.model.experiment.Protocol#getTrainRatio()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_TrainRatio();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Protocol#getFolds <em>Folds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folds</em>'.
	 * @see io.streamwise.model.experiment.Protocol#getFolds()
	 * @see #getProtocol()
	 * @generated
	 */
	EAttribute getProtocol_Folds();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.experiment.Protocol#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see io.streamwise.model.experiment.Protocol#getOptions()
	 * @see #getProtocol()
	 * @generated
	 */
	EReference getProtocol_Options();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.experiment.AlgorithmConfig <em>Algorithm Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Algorithm Config</em>'.
	 * @see io.streamwise.model.experiment.AlgorithmConfig
	 * @generated
	 */
	EClass getAlgorithmConfig();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.AlgorithmConfig#getAlgorithmId <em>Algorithm Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm Id</em>'.
	 * @see io.streamwise.model.experiment.AlgorithmConfig#getAlgorithmId()
	 * @see #getAlgorithmConfig()
	 * @generated
	 */
	EAttribute getAlgorithmConfig_AlgorithmId();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.AlgorithmConfig#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.streamwise.model.experiment.AlgorithmConfig#getLabel()
	 * @see #getAlgorithmConfig()
	 * @generated
	 */
	EAttribute getAlgorithmConfig_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.experiment.AlgorithmConfig#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see io.streamwise.model.experiment.AlgorithmConfig#getSettings()
	 * @see #getAlgorithmConfig()
	 * @generated
	 */
	EReference getAlgorithmConfig_Settings();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.experiment.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see io.streamwise.model.experiment.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Parameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.streamwise.model.experiment.Parameter#getKey()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.streamwise.model.experiment.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.experiment.StreamSetup <em>Stream Setup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stream Setup</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup
	 * @generated
	 */
	EClass getStreamSetup();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getSource()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_Source();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getLocation()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_Location();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getGenerator <em>Generator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generator</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getGenerator()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_Generator();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.experiment.StreamSetup#getGeneratorOptions <em>Generator Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Generator Options</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getGeneratorOptions()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EReference getStreamSetup_GeneratorOptions();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getClassAttribute <em>Class Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class Attribute</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getClassAttribute()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_ClassAttribute();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getInstances <em>Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instances</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getInstances()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_Instances();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getTimeColumn <em>Time Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Column</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getTimeColumn()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_TimeColumn();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getDelay <em>Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getDelay()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_Delay();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getPositiveClass <em>Positive Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positive Class</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getPositiveClass()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_PositiveClass();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getWindow <em>Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getWindow()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_Window();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getWindowSize <em>Window Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Size</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getWindowSize()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_WindowSize();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getFadingFactor <em>Fading Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fading Factor</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getFadingFactor()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_FadingFactor();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getCurveEvery <em>Curve Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Curve Every</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getCurveEvery()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_CurveEvery();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.experiment.StreamSetup#getDriftDetector <em>Drift Detector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drift Detector</em>'.
	 * @see io.streamwise.model.experiment.StreamSetup#getDriftDetector()
	 * @see #getStreamSetup()
	 * @generated
	 */
	EAttribute getStreamSetup_DriftDetector();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.experiment.StreamSourceKind <em>Stream Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stream Source Kind</em>'.
	 * @see io.streamwise.model.experiment.StreamSourceKind
	 * @generated
	 */
	EEnum getStreamSourceKind();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.experiment.EvaluationWindowKind <em>Evaluation Window Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evaluation Window Kind</em>'.
	 * @see io.streamwise.model.experiment.EvaluationWindowKind
	 * @generated
	 */
	EEnum getEvaluationWindowKind();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.experiment.DriftDetectorKind <em>Drift Detector Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Drift Detector Kind</em>'.
	 * @see io.streamwise.model.experiment.DriftDetectorKind
	 * @generated
	 */
	EEnum getDriftDetectorKind();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.experiment.TaskKind <em>Task Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Kind</em>'.
	 * @see io.streamwise.model.experiment.TaskKind
	 * @generated
	 */
	EEnum getTaskKind();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.experiment.DatasetKind <em>Dataset Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dataset Kind</em>'.
	 * @see io.streamwise.model.experiment.DatasetKind
	 * @generated
	 */
	EEnum getDatasetKind();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.experiment.ProtocolKind <em>Protocol Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol Kind</em>'.
	 * @see io.streamwise.model.experiment.ProtocolKind
	 * @generated
	 */
	EEnum getProtocolKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ExperimentFactory getExperimentFactory();

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
		 * The meta object literal for the '{@link io.streamwise.model.experiment.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.impl.ExperimentImpl
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__ID = eINSTANCE.getExperiment_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DESCRIPTION = eINSTANCE.getExperiment_Description();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__FORMAT_VERSION = eINSTANCE.getExperiment_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__TASK = eINSTANCE.getExperiment_Task();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__DATASET = eINSTANCE.getExperiment_Dataset();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__PROTOCOL = eINSTANCE.getExperiment_Protocol();

		/**
		 * The meta object literal for the '<em><b>Algorithms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__ALGORITHMS = eINSTANCE.getExperiment_Algorithms();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__METRICS = eINSTANCE.getExperiment_Metrics();

		/**
		 * The meta object literal for the '<em><b>Results Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__RESULTS_LOCATION = eINSTANCE.getExperiment_ResultsLocation();

		/**
		 * The meta object literal for the '<em><b>Engine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__ENGINE = eINSTANCE.getExperiment_Engine();

		/**
		 * The meta object literal for the '<em><b>Parallelism</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__PARALLELISM = eINSTANCE.getExperiment_Parallelism();

		/**
		 * The meta object literal for the '<em><b>Stream</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__STREAM = eINSTANCE.getExperiment_Stream();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.impl.DatasetRefImpl <em>Dataset Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.impl.DatasetRefImpl
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getDatasetRef()
		 * @generated
		 */
		EClass DATASET_REF = eINSTANCE.getDatasetRef();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__KIND = eINSTANCE.getDatasetRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__LOCATION = eINSTANCE.getDatasetRef_Location();

		/**
		 * The meta object literal for the '<em><b>Test Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__TEST_LOCATION = eINSTANCE.getDatasetRef_TestLocation();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET_REF__OPTIONS = eINSTANCE.getDatasetRef_Options();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.impl.ProtocolImpl <em>Protocol</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.impl.ProtocolImpl
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getProtocol()
		 * @generated
		 */
		EClass PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__KIND = eINSTANCE.getProtocol_Kind();

		/**
		 * The meta object literal for the '<em><b>Train Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__TRAIN_RATIO = eINSTANCE.getProtocol_TrainRatio();

		/**
		 * The meta object literal for the '<em><b>Folds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL__FOLDS = eINSTANCE.getProtocol_Folds();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL__OPTIONS = eINSTANCE.getProtocol_Options();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.impl.AlgorithmConfigImpl <em>Algorithm Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.impl.AlgorithmConfigImpl
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getAlgorithmConfig()
		 * @generated
		 */
		EClass ALGORITHM_CONFIG = eINSTANCE.getAlgorithmConfig();

		/**
		 * The meta object literal for the '<em><b>Algorithm Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALGORITHM_CONFIG__ALGORITHM_ID = eINSTANCE.getAlgorithmConfig_AlgorithmId();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALGORITHM_CONFIG__LABEL = eINSTANCE.getAlgorithmConfig_Label();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALGORITHM_CONFIG__SETTINGS = eINSTANCE.getAlgorithmConfig_Settings();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.impl.ParameterImpl
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.impl.StreamSetupImpl <em>Stream Setup</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.impl.StreamSetupImpl
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getStreamSetup()
		 * @generated
		 */
		EClass STREAM_SETUP = eINSTANCE.getStreamSetup();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__SOURCE = eINSTANCE.getStreamSetup_Source();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__LOCATION = eINSTANCE.getStreamSetup_Location();

		/**
		 * The meta object literal for the '<em><b>Generator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__GENERATOR = eINSTANCE.getStreamSetup_Generator();

		/**
		 * The meta object literal for the '<em><b>Generator Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STREAM_SETUP__GENERATOR_OPTIONS = eINSTANCE.getStreamSetup_GeneratorOptions();

		/**
		 * The meta object literal for the '<em><b>Class Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__CLASS_ATTRIBUTE = eINSTANCE.getStreamSetup_ClassAttribute();

		/**
		 * The meta object literal for the '<em><b>Instances</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__INSTANCES = eINSTANCE.getStreamSetup_Instances();

		/**
		 * The meta object literal for the '<em><b>Time Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__TIME_COLUMN = eINSTANCE.getStreamSetup_TimeColumn();

		/**
		 * The meta object literal for the '<em><b>Delay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__DELAY = eINSTANCE.getStreamSetup_Delay();

		/**
		 * The meta object literal for the '<em><b>Positive Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__POSITIVE_CLASS = eINSTANCE.getStreamSetup_PositiveClass();

		/**
		 * The meta object literal for the '<em><b>Window</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__WINDOW = eINSTANCE.getStreamSetup_Window();

		/**
		 * The meta object literal for the '<em><b>Window Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__WINDOW_SIZE = eINSTANCE.getStreamSetup_WindowSize();

		/**
		 * The meta object literal for the '<em><b>Fading Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__FADING_FACTOR = eINSTANCE.getStreamSetup_FadingFactor();

		/**
		 * The meta object literal for the '<em><b>Curve Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__CURVE_EVERY = eINSTANCE.getStreamSetup_CurveEvery();

		/**
		 * The meta object literal for the '<em><b>Drift Detector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STREAM_SETUP__DRIFT_DETECTOR = eINSTANCE.getStreamSetup_DriftDetector();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.StreamSourceKind <em>Stream Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.StreamSourceKind
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getStreamSourceKind()
		 * @generated
		 */
		EEnum STREAM_SOURCE_KIND = eINSTANCE.getStreamSourceKind();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.EvaluationWindowKind <em>Evaluation Window Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.EvaluationWindowKind
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getEvaluationWindowKind()
		 * @generated
		 */
		EEnum EVALUATION_WINDOW_KIND = eINSTANCE.getEvaluationWindowKind();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.DriftDetectorKind <em>Drift Detector Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.DriftDetectorKind
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getDriftDetectorKind()
		 * @generated
		 */
		EEnum DRIFT_DETECTOR_KIND = eINSTANCE.getDriftDetectorKind();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.TaskKind <em>Task Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.TaskKind
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getTaskKind()
		 * @generated
		 */
		EEnum TASK_KIND = eINSTANCE.getTaskKind();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.DatasetKind <em>Dataset Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.DatasetKind
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getDatasetKind()
		 * @generated
		 */
		EEnum DATASET_KIND = eINSTANCE.getDatasetKind();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.experiment.ProtocolKind <em>Protocol Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.experiment.ProtocolKind
		 * @see io.streamwise.model.experiment.impl.ExperimentPackageImpl#getProtocolKind()
		 * @generated
		 */
		EEnum PROTOCOL_KIND = eINSTANCE.getProtocolKind();

	}

} //ExperimentPackage
