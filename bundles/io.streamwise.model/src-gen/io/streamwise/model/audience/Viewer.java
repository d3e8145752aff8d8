/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.audience;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Viewer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.audience.Viewer#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.audience.Viewer#getAgeBand <em>Age Band</em>}</li>
 *   <li>{@link io.streamwise.model.audience.Viewer#getRegion <em>Region</em>}</li>
 *   <li>{@link io.streamwise.model.audience.Viewer#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link io.streamwise.model.audience.Viewer#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link io.streamwise.model.audience.Viewer#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.audience.AudiencePackage#getViewer()
 * @model
 * @generated
 */
public interface Viewer extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.audience.AudiencePackage#getViewer_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.audience.Viewer#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Age Band</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.audience.AgeBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Age Band</em>' attribute.
	 * @see io.streamwise.model.audience.AgeBand
	 * @see #setAgeBand(AgeBand)
	 * @see io.streamwise.model.audience.AudiencePackage#getViewer_AgeBand()
	 * @model
	 * @generated
	 */
	AgeBand getAgeBand();

	/**
	 * Sets the value of the '{@link io.streamwise.model.audience.Viewer#getAgeBand <em>Age Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age Band</em>' attribute.
	 * @see io.streamwise.model.audience.AgeBand
	 * @see #getAgeBand()
	 * @generated
	 */
	void setAgeBand(AgeBand value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see io.streamwise.model.audience.AudiencePackage#getViewer_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link io.streamwise.model.audience.Viewer#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occupation</em>' attribute.
	 * @see #setOccupation(String)
	 * @see io.streamwise.model.audience.AudiencePackage#getViewer_Occupation()
	 * @model
	 * @generated
	 */
	String getOccupation();

	/**
	 * Sets the value of the '{@link io.streamwise.model.audience.Viewer#getOccupation <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupation</em>' attribute.
	 * @see #getOccupation()
	 * @generated
	 */
	void setOccupation(String value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.audience.Attribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further free-form attributes (interests, device, membership status...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see io.streamwise.model.audience.AudiencePackage#getViewer_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attribute> getAttributes();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link io.streamwise.model.audience.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see io.streamwise.model.audience.AudiencePackage#getViewer_Segments()
	 * @model
	 * @generated
	 */
	EList<Segment> getSegments();

} // Viewer
