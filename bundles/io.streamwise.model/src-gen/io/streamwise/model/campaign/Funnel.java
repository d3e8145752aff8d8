/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Funnel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Stage rates of a segment in one stream (or in every stream): reach, join, watch at least watchMinutes, engage, and per product click, cart, purchase and refund. Each rate is the share of the previous stage that goes on to this one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.Funnel#getStream <em>Stream</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Funnel#getWatchMinutes <em>Watch Minutes</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Funnel#getReach <em>Reach</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Funnel#getJoin <em>Join</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Funnel#getWatch <em>Watch</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Funnel#getEngage <em>Engage</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Funnel#getConversions <em>Conversions</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getFunnel()
 * @model
 * @generated
 */
public interface Funnel extends EObject
{
	/**
	 * Returns the value of the '<em><b>Stream</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stream; not set for every stream without a funnel of its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stream</em>' reference.
	 * @see #setStream(CampaignStream)
	 * @see io.streamwise.model.campaign.CampaignPackage#getFunnel_Stream()
	 * @model
	 * @generated
	 */
	CampaignStream getStream();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Funnel#getStream <em>Stream</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stream</em>' reference.
	 * @see #getStream()
	 * @generated
	 */
	void setStream(CampaignStream value);

	/**
	 * Returns the value of the '<em><b>Watch Minutes</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The N of the stage 'watch at least N minutes'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Watch Minutes</em>' attribute.
	 * @see #setWatchMinutes(int)
	 * @see io.streamwise.model.campaign.CampaignPackage#getFunnel_WatchMinutes()
	 * @model default="10"
	 * @generated
	 */
	int getWatchMinutes();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Funnel#getWatchMinutes <em>Watch Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Watch Minutes</em>' attribute.
	 * @see #getWatchMinutes()
	 * @generated
	 */
	void setWatchMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Reach</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the segment the stream reaches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reach</em>' containment reference.
	 * @see #setReach(Rate)
	 * @see io.streamwise.model.campaign.CampaignPackage#getFunnel_Reach()
	 * @model containment="true"
	 * @generated
	 */
	Rate getReach();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Funnel#getReach <em>Reach</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reach</em>' containment reference.
	 * @see #getReach()
	 * @generated
	 */
	void setReach(Rate value);

	/**
	 * Returns the value of the '<em><b>Join</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of those reached who join the stream.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Join</em>' containment reference.
	 * @see #setJoin(Rate)
	 * @see io.streamwise.model.campaign.CampaignPackage#getFunnel_Join()
	 * @model containment="true"
	 * @generated
	 */
	Rate getJoin();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Funnel#getJoin <em>Join</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Join</em>' containment reference.
	 * @see #getJoin()
	 * @generated
	 */
	void setJoin(Rate value);

	/**
	 * Returns the value of the '<em><b>Watch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of those who joined who watch at least watchMinutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Watch</em>' containment reference.
	 * @see #setWatch(Rate)
	 * @see io.streamwise.model.campaign.CampaignPackage#getFunnel_Watch()
	 * @model containment="true"
	 * @generated
	 */
	Rate getWatch();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Funnel#getWatch <em>Watch</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Watch</em>' containment reference.
	 * @see #getWatch()
	 * @generated
	 */
	void setWatch(Rate value);

	/**
	 * Returns the value of the '<em><b>Engage</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of those watching who engage (like, comment).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engage</em>' containment reference.
	 * @see #setEngage(Rate)
	 * @see io.streamwise.model.campaign.CampaignPackage#getFunnel_Engage()
	 * @model containment="true"
	 * @generated
	 */
	Rate getEngage();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Funnel#getEngage <em>Engage</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engage</em>' containment reference.
	 * @see #getEngage()
	 * @generated
	 */
	void setEngage(Rate value);

	/**
	 * Returns the value of the '<em><b>Conversions</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.Conversion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Click, cart, purchase and refund rates per product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conversions</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getFunnel_Conversions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Conversion> getConversions();

} // Funnel
