/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import io.streamwise.model.stream.Offer;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One arm of the campaign's A/B test.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.Variant#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Variant#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Variant#getDescription <em>Description</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Variant#getTrafficShare <em>Traffic Share</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Variant#getOffer <em>Offer</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getVariant()
 * @model
 * @generated
 */
public interface Variant extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getVariant_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Variant#getId <em>Id</em>}' attribute.
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
	 * @see io.streamwise.model.campaign.CampaignPackage#getVariant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Variant#getName <em>Name</em>}' attribute.
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
	 * @see io.streamwise.model.campaign.CampaignPackage#getVariant_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Variant#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Traffic Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction of the campaign's traffic (0 to 1) that sees this variant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Traffic Share</em>' attribute.
	 * @see #setTrafficShare(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getVariant_TrafficShare()
	 * @model
	 * @generated
	 */
	double getTrafficShare();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Variant#getTrafficShare <em>Traffic Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Traffic Share</em>' attribute.
	 * @see #getTrafficShare()
	 * @generated
	 */
	void setTrafficShare(double value);

	/**
	 * Returns the value of the '<em><b>Offer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offer</em>' reference.
	 * @see #setOffer(Offer)
	 * @see io.streamwise.model.campaign.CampaignPackage#getVariant_Offer()
	 * @model
	 * @generated
	 */
	Offer getOffer();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Variant#getOffer <em>Offer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offer</em>' reference.
	 * @see #getOffer()
	 * @generated
	 */
	void setOffer(Offer value);

} // Variant
