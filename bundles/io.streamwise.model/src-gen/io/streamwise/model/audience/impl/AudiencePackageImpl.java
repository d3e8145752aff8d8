/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.audience.impl;

import io.streamwise.model.abtest.ABTestPackage;

import io.streamwise.model.abtest.impl.ABTestPackageImpl;

import io.streamwise.model.audience.AgeBand;
import io.streamwise.model.audience.Attribute;
import io.streamwise.model.audience.Audience;
import io.streamwise.model.audience.AudienceFactory;
import io.streamwise.model.audience.AudiencePackage;
import io.streamwise.model.audience.Segment;
import io.streamwise.model.audience.Viewer;

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
public class AudiencePackageImpl extends EPackageImpl implements AudiencePackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass audienceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass viewerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attributeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ageBandEEnum = null;

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
	 * @see io.streamwise.model.audience.AudiencePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private AudiencePackageImpl()
	{
		super(eNS_URI, AudienceFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link AudiencePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static AudiencePackage init()
	{
		if (isInited) return (AudiencePackage)EPackage.Registry.INSTANCE.getEPackage(AudiencePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredAudiencePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		AudiencePackageImpl theAudiencePackage = registeredAudiencePackage instanceof AudiencePackageImpl ? (AudiencePackageImpl)registeredAudiencePackage : new AudiencePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CatalogPackage.eNS_URI);
		CatalogPackageImpl theCatalogPackage = (CatalogPackageImpl)(registeredPackage instanceof CatalogPackageImpl ? registeredPackage : CatalogPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(StreamPackage.eNS_URI);
		StreamPackageImpl theStreamPackage = (StreamPackageImpl)(registeredPackage instanceof StreamPackageImpl ? registeredPackage : StreamPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(CampaignPackage.eNS_URI);
		CampaignPackageImpl theCampaignPackage = (CampaignPackageImpl)(registeredPackage instanceof CampaignPackageImpl ? registeredPackage : CampaignPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ExperimentPackage.eNS_URI);
		ExperimentPackageImpl theExperimentPackage = (ExperimentPackageImpl)(registeredPackage instanceof ExperimentPackageImpl ? registeredPackage : ExperimentPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ABTestPackage.eNS_URI);
		ABTestPackageImpl theABTestPackage = (ABTestPackageImpl)(registeredPackage instanceof ABTestPackageImpl ? registeredPackage : ABTestPackage.eINSTANCE);

		// Create package meta-data objects
		theAudiencePackage.createPackageContents();
		theCatalogPackage.createPackageContents();
		theStreamPackage.createPackageContents();
		theCampaignPackage.createPackageContents();
		theExperimentPackage.createPackageContents();
		theABTestPackage.createPackageContents();

		// Initialize created meta-data
		theAudiencePackage.initializePackageContents();
		theCatalogPackage.initializePackageContents();
		theStreamPackage.initializePackageContents();
		theCampaignPackage.initializePackageContents();
		theExperimentPackage.initializePackageContents();
		theABTestPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theAudiencePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(AudiencePackage.eNS_URI, theAudiencePackage);
		return theAudiencePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAudience()
	{
		return audienceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAudience_Name()
	{
		return (EAttribute)audienceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAudience_FormatVersion()
	{
		return (EAttribute)audienceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAudience_Viewers()
	{
		return (EReference)audienceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAudience_Segments()
	{
		return (EReference)audienceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getViewer()
	{
		return viewerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getViewer_Id()
	{
		return (EAttribute)viewerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getViewer_AgeBand()
	{
		return (EAttribute)viewerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getViewer_Region()
	{
		return (EAttribute)viewerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getViewer_Occupation()
	{
		return (EAttribute)viewerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getViewer_Attributes()
	{
		return (EReference)viewerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getViewer_Segments()
	{
		return (EReference)viewerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttribute()
	{
		return attributeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttribute_Key()
	{
		return (EAttribute)attributeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttribute_Value()
	{
		return (EAttribute)attributeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegment()
	{
		return segmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Id()
	{
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Name()
	{
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Description()
	{
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Rule()
	{
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAgeBand()
	{
		return ageBandEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AudienceFactory getAudienceFactory()
	{
		return (AudienceFactory)getEFactoryInstance();
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
		audienceEClass = createEClass(AUDIENCE);
		createEAttribute(audienceEClass, AUDIENCE__NAME);
		createEAttribute(audienceEClass, AUDIENCE__FORMAT_VERSION);
		createEReference(audienceEClass, AUDIENCE__VIEWERS);
		createEReference(audienceEClass, AUDIENCE__SEGMENTS);

		viewerEClass = createEClass(VIEWER);
		createEAttribute(viewerEClass, VIEWER__ID);
		createEAttribute(viewerEClass, VIEWER__AGE_BAND);
		createEAttribute(viewerEClass, VIEWER__REGION);
		createEAttribute(viewerEClass, VIEWER__OCCUPATION);
		createEReference(viewerEClass, VIEWER__ATTRIBUTES);
		createEReference(viewerEClass, VIEWER__SEGMENTS);

		attributeEClass = createEClass(ATTRIBUTE);
		createEAttribute(attributeEClass, ATTRIBUTE__KEY);
		createEAttribute(attributeEClass, ATTRIBUTE__VALUE);

		segmentEClass = createEClass(SEGMENT);
		createEAttribute(segmentEClass, SEGMENT__ID);
		createEAttribute(segmentEClass, SEGMENT__NAME);
		createEAttribute(segmentEClass, SEGMENT__DESCRIPTION);
		createEAttribute(segmentEClass, SEGMENT__RULE);

		// Create enums
		ageBandEEnum = createEEnum(AGE_BAND);
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
		initEClass(audienceEClass, Audience.class, "Audience", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAudience_Name(), ecorePackage.getEString(), "name", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAudience_FormatVersion(), ecorePackage.getEString(), "formatVersion", "1.2", 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAudience_Viewers(), this.getViewer(), null, "viewers", null, 0, -1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAudience_Segments(), this.getSegment(), null, "segments", null, 0, -1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(viewerEClass, Viewer.class, "Viewer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getViewer_Id(), ecorePackage.getEString(), "id", null, 0, 1, Viewer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getViewer_AgeBand(), this.getAgeBand(), "ageBand", null, 0, 1, Viewer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getViewer_Region(), ecorePackage.getEString(), "region", null, 0, 1, Viewer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getViewer_Occupation(), ecorePackage.getEString(), "occupation", null, 0, 1, Viewer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getViewer_Attributes(), this.getAttribute(), null, "attributes", null, 0, -1, Viewer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getViewer_Segments(), this.getSegment(), null, "segments", null, 0, -1, Viewer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attributeEClass, Attribute.class, "Attribute", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttribute_Key(), ecorePackage.getEString(), "key", null, 0, 1, Attribute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttribute_Value(), ecorePackage.getEString(), "value", null, 0, 1, Attribute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentEClass, Segment.class, "Segment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegment_Id(), ecorePackage.getEString(), "id", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Rule(), ecorePackage.getEString(), "rule", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(ageBandEEnum, AgeBand.class, "AgeBand");
		addEEnumLiteral(ageBandEEnum, AgeBand.UNKNOWN);
		addEEnumLiteral(ageBandEEnum, AgeBand.UNDER_18);
		addEEnumLiteral(ageBandEEnum, AgeBand.AGE_18_24);
		addEEnumLiteral(ageBandEEnum, AgeBand.AGE_25_34);
		addEEnumLiteral(ageBandEEnum, AgeBand.AGE_35_44);
		addEEnumLiteral(ageBandEEnum, AgeBand.AGE_45_54);
		addEEnumLiteral(ageBandEEnum, AgeBand.AGE_55_PLUS);

		// Create resource
		createResource(eNS_URI);
	}

} //AudiencePackageImpl
