/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment.impl;

import io.streamwise.model.abtest.ABTestPackage;

import io.streamwise.model.abtest.impl.ABTestPackageImpl;

import io.streamwise.model.audience.AudiencePackage;

import io.streamwise.model.audience.impl.AudiencePackageImpl;

import io.streamwise.model.campaign.CampaignPackage;

import io.streamwise.model.campaign.impl.CampaignPackageImpl;

import io.streamwise.model.catalog.CatalogPackage;

import io.streamwise.model.catalog.impl.CatalogPackageImpl;

import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DatasetKind;
import io.streamwise.model.experiment.DatasetRef;
import io.streamwise.model.experiment.DriftDetectorKind;
import io.streamwise.model.experiment.EvaluationWindowKind;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.ExperimentPackage;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.Protocol;
import io.streamwise.model.experiment.ProtocolKind;
import io.streamwise.model.experiment.StreamSetup;
import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.model.experiment.TaskKind;

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
public class ExperimentPackageImpl extends EPackageImpl implements ExperimentPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetRefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass protocolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass algorithmConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass streamSetupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum streamSourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationWindowKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum driftDetectorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taskKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum datasetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum protocolKindEEnum = null;

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
	 * @see io.streamwise.model.experiment.ExperimentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ExperimentPackageImpl()
	{
		super(eNS_URI, ExperimentFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ExperimentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ExperimentPackage init()
	{
		if (isInited) return (ExperimentPackage)EPackage.Registry.INSTANCE.getEPackage(ExperimentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredExperimentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ExperimentPackageImpl theExperimentPackage = registeredExperimentPackage instanceof ExperimentPackageImpl ? (ExperimentPackageImpl)registeredExperimentPackage : new ExperimentPackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ABTestPackage.eNS_URI);
		ABTestPackageImpl theABTestPackage = (ABTestPackageImpl)(registeredPackage instanceof ABTestPackageImpl ? registeredPackage : ABTestPackage.eINSTANCE);

		// Create package meta-data objects
		theExperimentPackage.createPackageContents();
		theCatalogPackage.createPackageContents();
		theAudiencePackage.createPackageContents();
		theStreamPackage.createPackageContents();
		theCampaignPackage.createPackageContents();
		theABTestPackage.createPackageContents();

		// Initialize created meta-data
		theExperimentPackage.initializePackageContents();
		theCatalogPackage.initializePackageContents();
		theAudiencePackage.initializePackageContents();
		theStreamPackage.initializePackageContents();
		theCampaignPackage.initializePackageContents();
		theABTestPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theExperimentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ExperimentPackage.eNS_URI, theExperimentPackage);
		return theExperimentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment()
	{
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Id()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Name()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Description()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_FormatVersion()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Task()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Seed()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Dataset()
	{
		return (EReference)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Protocol()
	{
		return (EReference)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Algorithms()
	{
		return (EReference)experimentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Metrics()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_ResultsLocation()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Engine()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Parallelism()
	{
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Stream()
	{
		return (EReference)experimentEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatasetRef()
	{
		return datasetRefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetRef_Kind()
	{
		return (EAttribute)datasetRefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetRef_Location()
	{
		return (EAttribute)datasetRefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetRef_TestLocation()
	{
		return (EAttribute)datasetRefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatasetRef_Options()
	{
		return (EReference)datasetRefEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProtocol()
	{
		return protocolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_Kind()
	{
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_TrainRatio()
	{
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProtocol_Folds()
	{
		return (EAttribute)protocolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProtocol_Options()
	{
		return (EReference)protocolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlgorithmConfig()
	{
		return algorithmConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlgorithmConfig_AlgorithmId()
	{
		return (EAttribute)algorithmConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlgorithmConfig_Label()
	{
		return (EAttribute)algorithmConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlgorithmConfig_Settings()
	{
		return (EReference)algorithmConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter()
	{
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Key()
	{
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value()
	{
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStreamSetup()
	{
		return streamSetupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_Source()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_Location()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_Generator()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStreamSetup_GeneratorOptions()
	{
		return (EReference)streamSetupEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_ClassAttribute()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_Instances()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_TimeColumn()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_Delay()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_PositiveClass()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_Window()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_WindowSize()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_FadingFactor()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_CurveEvery()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStreamSetup_DriftDetector()
	{
		return (EAttribute)streamSetupEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStreamSourceKind()
	{
		return streamSourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationWindowKind()
	{
		return evaluationWindowKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDriftDetectorKind()
	{
		return driftDetectorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaskKind()
	{
		return taskKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatasetKind()
	{
		return datasetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProtocolKind()
	{
		return protocolKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExperimentFactory getExperimentFactory()
	{
		return (ExperimentFactory)getEFactoryInstance();
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
		experimentEClass = createEClass(EXPERIMENT);
		createEAttribute(experimentEClass, EXPERIMENT__ID);
		createEAttribute(experimentEClass, EXPERIMENT__NAME);
		createEAttribute(experimentEClass, EXPERIMENT__DESCRIPTION);
		createEAttribute(experimentEClass, EXPERIMENT__FORMAT_VERSION);
		createEAttribute(experimentEClass, EXPERIMENT__TASK);
		createEAttribute(experimentEClass, EXPERIMENT__SEED);
		createEReference(experimentEClass, EXPERIMENT__DATASET);
		createEReference(experimentEClass, EXPERIMENT__PROTOCOL);
		createEReference(experimentEClass, EXPERIMENT__ALGORITHMS);
		createEAttribute(experimentEClass, EXPERIMENT__METRICS);
		createEAttribute(experimentEClass, EXPERIMENT__RESULTS_LOCATION);
		createEAttribute(experimentEClass, EXPERIMENT__ENGINE);
		createEAttribute(experimentEClass, EXPERIMENT__PARALLELISM);
		createEReference(experimentEClass, EXPERIMENT__STREAM);

		datasetRefEClass = createEClass(DATASET_REF);
		createEAttribute(datasetRefEClass, DATASET_REF__KIND);
		createEAttribute(datasetRefEClass, DATASET_REF__LOCATION);
		createEAttribute(datasetRefEClass, DATASET_REF__TEST_LOCATION);
		createEReference(datasetRefEClass, DATASET_REF__OPTIONS);

		protocolEClass = createEClass(PROTOCOL);
		createEAttribute(protocolEClass, PROTOCOL__KIND);
		createEAttribute(protocolEClass, PROTOCOL__TRAIN_RATIO);
		createEAttribute(protocolEClass, PROTOCOL__FOLDS);
		createEReference(protocolEClass, PROTOCOL__OPTIONS);

		algorithmConfigEClass = createEClass(ALGORITHM_CONFIG);
		createEAttribute(algorithmConfigEClass, ALGORITHM_CONFIG__ALGORITHM_ID);
		createEAttribute(algorithmConfigEClass, ALGORITHM_CONFIG__LABEL);
		createEReference(algorithmConfigEClass, ALGORITHM_CONFIG__SETTINGS);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__KEY);
		createEAttribute(parameterEClass, PARAMETER__VALUE);

		streamSetupEClass = createEClass(STREAM_SETUP);
		createEAttribute(streamSetupEClass, STREAM_SETUP__SOURCE);
		createEAttribute(streamSetupEClass, STREAM_SETUP__LOCATION);
		createEAttribute(streamSetupEClass, STREAM_SETUP__GENERATOR);
		createEReference(streamSetupEClass, STREAM_SETUP__GENERATOR_OPTIONS);
		createEAttribute(streamSetupEClass, STREAM_SETUP__CLASS_ATTRIBUTE);
		createEAttribute(streamSetupEClass, STREAM_SETUP__INSTANCES);
		createEAttribute(streamSetupEClass, STREAM_SETUP__TIME_COLUMN);
		createEAttribute(streamSetupEClass, STREAM_SETUP__DELAY);
		createEAttribute(streamSetupEClass, STREAM_SETUP__POSITIVE_CLASS);
		createEAttribute(streamSetupEClass, STREAM_SETUP__WINDOW);
		createEAttribute(streamSetupEClass, STREAM_SETUP__WINDOW_SIZE);
		createEAttribute(streamSetupEClass, STREAM_SETUP__FADING_FACTOR);
		createEAttribute(streamSetupEClass, STREAM_SETUP__CURVE_EVERY);
		createEAttribute(streamSetupEClass, STREAM_SETUP__DRIFT_DETECTOR);

		// Create enums
		streamSourceKindEEnum = createEEnum(STREAM_SOURCE_KIND);
		evaluationWindowKindEEnum = createEEnum(EVALUATION_WINDOW_KIND);
		driftDetectorKindEEnum = createEEnum(DRIFT_DETECTOR_KIND);
		taskKindEEnum = createEEnum(TASK_KIND);
		datasetKindEEnum = createEEnum(DATASET_KIND);
		protocolKindEEnum = createEEnum(PROTOCOL_KIND);
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
		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExperiment_Id(), ecorePackage.getEString(), "id", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_FormatVersion(), ecorePackage.getEString(), "formatVersion", "1.2", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Task(), this.getTaskKind(), "task", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Dataset(), this.getDatasetRef(), null, "dataset", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Protocol(), this.getProtocol(), null, "protocol", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Algorithms(), this.getAlgorithmConfig(), null, "algorithms", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Metrics(), ecorePackage.getEString(), "metrics", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_ResultsLocation(), ecorePackage.getEString(), "resultsLocation", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Engine(), ecorePackage.getEString(), "engine", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Parallelism(), ecorePackage.getEInt(), "parallelism", "0", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Stream(), this.getStreamSetup(), null, "stream", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetRefEClass, DatasetRef.class, "DatasetRef", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatasetRef_Kind(), this.getDatasetKind(), "kind", null, 0, 1, DatasetRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetRef_Location(), ecorePackage.getEString(), "location", null, 0, 1, DatasetRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetRef_TestLocation(), ecorePackage.getEString(), "testLocation", null, 0, 1, DatasetRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatasetRef_Options(), this.getParameter(), null, "options", null, 0, -1, DatasetRef.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(protocolEClass, Protocol.class, "Protocol", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProtocol_Kind(), this.getProtocolKind(), "kind", null, 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocol_TrainRatio(), ecorePackage.getEDouble(), "trainRatio", "0.8", 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProtocol_Folds(), ecorePackage.getEInt(), "folds", "1", 0, 1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProtocol_Options(), this.getParameter(), null, "options", null, 0, -1, Protocol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(algorithmConfigEClass, AlgorithmConfig.class, "AlgorithmConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAlgorithmConfig_AlgorithmId(), ecorePackage.getEString(), "algorithmId", null, 0, 1, AlgorithmConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlgorithmConfig_Label(), ecorePackage.getEString(), "label", null, 0, 1, AlgorithmConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAlgorithmConfig_Settings(), this.getParameter(), null, "settings", null, 0, -1, AlgorithmConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Key(), ecorePackage.getEString(), "key", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(streamSetupEClass, StreamSetup.class, "StreamSetup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStreamSetup_Source(), this.getStreamSourceKind(), "source", null, 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_Location(), ecorePackage.getEString(), "location", null, 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_Generator(), ecorePackage.getEString(), "generator", null, 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStreamSetup_GeneratorOptions(), this.getParameter(), null, "generatorOptions", null, 0, -1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_ClassAttribute(), ecorePackage.getEString(), "classAttribute", null, 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_Instances(), ecorePackage.getELong(), "instances", "0", 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_TimeColumn(), ecorePackage.getEString(), "timeColumn", null, 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_Delay(), ecorePackage.getEString(), "delay", null, 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_PositiveClass(), ecorePackage.getEString(), "positiveClass", null, 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_Window(), this.getEvaluationWindowKind(), "window", null, 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_WindowSize(), ecorePackage.getEInt(), "windowSize", "1000", 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_FadingFactor(), ecorePackage.getEDouble(), "fadingFactor", "0.999", 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_CurveEvery(), ecorePackage.getELong(), "curveEvery", "1000", 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStreamSetup_DriftDetector(), this.getDriftDetectorKind(), "driftDetector", null, 0, 1, StreamSetup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(streamSourceKindEEnum, StreamSourceKind.class, "StreamSourceKind");
		addEEnumLiteral(streamSourceKindEEnum, StreamSourceKind.FILE);
		addEEnumLiteral(streamSourceKindEEnum, StreamSourceKind.GENERATOR);
		addEEnumLiteral(streamSourceKindEEnum, StreamSourceKind.SIMULATOR);

		initEEnum(evaluationWindowKindEEnum, EvaluationWindowKind.class, "EvaluationWindowKind");
		addEEnumLiteral(evaluationWindowKindEEnum, EvaluationWindowKind.BASIC);
		addEEnumLiteral(evaluationWindowKindEEnum, EvaluationWindowKind.SLIDING);
		addEEnumLiteral(evaluationWindowKindEEnum, EvaluationWindowKind.FADING);

		initEEnum(driftDetectorKindEEnum, DriftDetectorKind.class, "DriftDetectorKind");
		addEEnumLiteral(driftDetectorKindEEnum, DriftDetectorKind.NONE);
		addEEnumLiteral(driftDetectorKindEEnum, DriftDetectorKind.ADWIN);
		addEEnumLiteral(driftDetectorKindEEnum, DriftDetectorKind.DDM);
		addEEnumLiteral(driftDetectorKindEEnum, DriftDetectorKind.PH);

		initEEnum(taskKindEEnum, TaskKind.class, "TaskKind");
		addEEnumLiteral(taskKindEEnum, TaskKind.RECOMMENDATION);
		addEEnumLiteral(taskKindEEnum, TaskKind.CONVERSION);

		initEEnum(datasetKindEEnum, DatasetKind.class, "DatasetKind");
		addEEnumLiteral(datasetKindEEnum, DatasetKind.SIMULATOR);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.CSV);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.RECBOLE);
		addEEnumLiteral(datasetKindEEnum, DatasetKind.TRAIN_TEST);

		initEEnum(protocolKindEEnum, ProtocolKind.class, "ProtocolKind");
		addEEnumLiteral(protocolKindEEnum, ProtocolKind.RANDOM);
		addEEnumLiteral(protocolKindEEnum, ProtocolKind.TEMPORAL);
		addEEnumLiteral(protocolKindEEnum, ProtocolKind.LEAVE_LAST_OUT);
		addEEnumLiteral(protocolKindEEnum, ProtocolKind.KFOLD);
		addEEnumLiteral(protocolKindEEnum, ProtocolKind.GIVEN);
		addEEnumLiteral(protocolKindEEnum, ProtocolKind.STREAM_SESSION);
		addEEnumLiteral(protocolKindEEnum, ProtocolKind.RANDOM_PER_VIEWER);
		addEEnumLiteral(protocolKindEEnum, ProtocolKind.ONLINE);
		addEEnumLiteral(protocolKindEEnum, ProtocolKind.OFF_POLICY);

		// Create resource
		createResource(eNS_URI);
	}

} //ExperimentPackageImpl
