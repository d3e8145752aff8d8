/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import io.streamwise.model.audience.Segment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of people the campaign aims at, with its size and funnel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.TargetSegment#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.TargetSegment#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.TargetSegment#getSegment <em>Segment</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.TargetSegment#getSize <em>Size</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.TargetSegment#getFunnels <em>Funnels</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getTargetSegment()
 * @model
 * @generated
 */
public interface TargetSegment extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getTargetSegment_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.TargetSegment#getId <em>Id</em>}' attribute.
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
	 * @see io.streamwise.model.campaign.CampaignPackage#getTargetSegment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.TargetSegment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The audience segment this is, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see io.streamwise.model.campaign.CampaignPackage#getTargetSegment_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.TargetSegment#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of people in the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see io.streamwise.model.campaign.CampaignPackage#getTargetSegment_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.TargetSegment#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Funnels</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.Funnel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stage rates per stream; a funnel without a stream applies to every stream that has no funnel of its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Funnels</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getTargetSegment_Funnels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Funnel> getFunnels();

} // TargetSegment
