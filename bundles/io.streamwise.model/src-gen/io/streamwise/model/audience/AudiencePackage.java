/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.audience;

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
 * Who watches: viewers with their (coarse, non-identifying) attributes and the segments they fall into.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.audience.AudienceFactory
 * @model kind="package"
 * @generated
 */
public interface AudiencePackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "audience";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://streamwise.io/model/audience/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "audience";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AudiencePackage eINSTANCE = io.streamwise.model.audience.impl.AudiencePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.streamwise.model.audience.impl.AudienceImpl <em>Audience</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.audience.impl.AudienceImpl
	 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getAudience()
	 * @generated
	 */
	int AUDIENCE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__FORMAT_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Viewers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__VIEWERS = 2;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE__SEGMENTS = 3;

	/**
	 * The number of structural features of the '<em>Audience</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Audience</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.audience.impl.ViewerImpl <em>Viewer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.audience.impl.ViewerImpl
	 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getViewer()
	 * @generated
	 */
	int VIEWER = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWER__ID = 0;

	/**
	 * The feature id for the '<em><b>Age Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWER__AGE_BAND = 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWER__REGION = 2;

	/**
	 * The feature id for the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWER__OCCUPATION = 3;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWER__ATTRIBUTES = 4;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWER__SEGMENTS = 5;

	/**
	 * The number of structural features of the '<em>Viewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Viewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.audience.impl.AttributeImpl <em>Attribute</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.audience.impl.AttributeImpl
	 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getAttribute()
	 * @generated
	 */
	int ATTRIBUTE = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Attribute</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Attribute</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.audience.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.audience.impl.SegmentImpl
	 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__RULE = 3;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.streamwise.model.audience.AgeBand <em>Age Band</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.streamwise.model.audience.AgeBand
	 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getAgeBand()
	 * @generated
	 */
	int AGE_BAND = 4;


	/**
	 * Returns the meta object for class '{@link io.streamwise.model.audience.Audience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audience</em>'.
	 * @see io.streamwise.model.audience.Audience
	 * @generated
	 */
	EClass getAudience();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Audience#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.audience.Audience#getName()
	 * @see #getAudience()
	 * @generated
	 */
	EAttribute getAudience_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Audience#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.streamwise.model.audience.Audience#getFormatVersion()
	 * @see #getAudience()
	 * @generated
	 */
	EAttribute getAudience_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.audience.Audience#getViewers <em>Viewers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Viewers</em>'.
	 * @see io.streamwise.model.audience.Audience#getViewers()
	 * @see #getAudience()
	 * @generated
	 */
	EReference getAudience_Viewers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.audience.Audience#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see io.streamwise.model.audience.Audience#getSegments()
	 * @see #getAudience()
	 * @generated
	 */
	EReference getAudience_Segments();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.audience.Viewer <em>Viewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Viewer</em>'.
	 * @see io.streamwise.model.audience.Viewer
	 * @generated
	 */
	EClass getViewer();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Viewer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.audience.Viewer#getId()
	 * @see #getViewer()
	 * @generated
	 */
	EAttribute getViewer_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Viewer#getAgeBand <em>Age Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age Band</em>'.
	 * @see io.streamwise.model.audience.Viewer#getAgeBand()
	 * @see #getViewer()
	 * @generated
	 */
	EAttribute getViewer_AgeBand();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Viewer#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see io.streamwise.model.audience.Viewer#getRegion()
	 * @see #getViewer()
	 * @generated
	 */
	EAttribute getViewer_Region();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Viewer#getOccupation <em>Occupation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupation</em>'.
	 * @see io.streamwise.model.audience.Viewer#getOccupation()
	 * @see #getViewer()
	 * @generated
	 */
	EAttribute getViewer_Occupation();

	/**
	 * Returns the meta object for the containment reference list '{@link io.streamwise.model.audience.Viewer#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attributes</em>'.
	 * @see io.streamwise.model.audience.Viewer#getAttributes()
	 * @see #getViewer()
	 * @generated
	 */
	EReference getViewer_Attributes();

	/**
	 * Returns the meta object for the reference list '{@link io.streamwise.model.audience.Viewer#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see io.streamwise.model.audience.Viewer#getSegments()
	 * @see #getViewer()
	 * @generated
	 */
	EReference getViewer_Segments();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.audience.Attribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute</em>'.
	 * @see io.streamwise.model.audience.Attribute
	 * @generated
	 */
	EClass getAttribute();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Attribute#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.streamwise.model.audience.Attribute#getKey()
	 * @see #getAttribute()
	 * @generated
	 */
	EAttribute getAttribute_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Attribute#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.streamwise.model.audience.Attribute#getValue()
	 * @see #getAttribute()
	 * @generated
	 */
	EAttribute getAttribute_Value();

	/**
	 * Returns the meta object for class '{@link io.streamwise.model.audience.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see io.streamwise.model.audience.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Segment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.streamwise.model.audience.Segment#getId()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Segment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.streamwise.model.audience.Segment#getName()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Segment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.streamwise.model.audience.Segment#getDescription()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.streamwise.model.audience.Segment#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see io.streamwise.model.audience.Segment#getRule()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Rule();

	/**
	 * Returns the meta object for enum '{@link io.streamwise.model.audience.AgeBand <em>Age Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Age Band</em>'.
	 * @see io.streamwise.model.audience.AgeBand
	 * @generated
	 */
	EEnum getAgeBand();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AudienceFactory getAudienceFactory();

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
		 * The meta object literal for the '{@link io.streamwise.model.audience.impl.AudienceImpl <em>Audience</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.audience.impl.AudienceImpl
		 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getAudience()
		 * @generated
		 */
		EClass AUDIENCE = eINSTANCE.getAudience();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIENCE__NAME = eINSTANCE.getAudience_Name();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIENCE__FORMAT_VERSION = eINSTANCE.getAudience_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Viewers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIENCE__VIEWERS = eINSTANCE.getAudience_Viewers();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIENCE__SEGMENTS = eINSTANCE.getAudience_Segments();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.audience.impl.ViewerImpl <em>Viewer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.audience.impl.ViewerImpl
		 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getViewer()
		 * @generated
		 */
		EClass VIEWER = eINSTANCE.getViewer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWER__ID = eINSTANCE.getViewer_Id();

		/**
		 * The meta object literal for the '<em><b>Age Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWER__AGE_BAND = eINSTANCE.getViewer_AgeBand();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWER__REGION = eINSTANCE.getViewer_Region();

		/**
		 * The meta object literal for the '<em><b>Occupation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWER__OCCUPATION = eINSTANCE.getViewer_Occupation();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWER__ATTRIBUTES = eINSTANCE.getViewer_Attributes();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWER__SEGMENTS = eINSTANCE.getViewer_Segments();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.audience.impl.AttributeImpl <em>Attribute</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.audience.impl.AttributeImpl
		 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getAttribute()
		 * @generated
		 */
		EClass ATTRIBUTE = eINSTANCE.getAttribute();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE__KEY = eINSTANCE.getAttribute_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE__VALUE = eINSTANCE.getAttribute_Value();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.audience.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.audience.impl.SegmentImpl
		 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__ID = eINSTANCE.getSegment_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__NAME = eINSTANCE.getSegment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__DESCRIPTION = eINSTANCE.getSegment_Description();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__RULE = eINSTANCE.getSegment_Rule();

		/**
		 * The meta object literal for the '{@link io.streamwise.model.audience.AgeBand <em>Age Band</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.streamwise.model.audience.AgeBand
		 * @see io.streamwise.model.audience.impl.AudiencePackageImpl#getAgeBand()
		 * @generated
		 */
		EEnum AGE_BAND = eINSTANCE.getAgeBand();

	}

} //AudiencePackage
