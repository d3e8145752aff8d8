/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import io.streamwise.model.stream.LiveStream;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stream</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One live stream of the campaign: defined here, or referring to a stream of a schedule.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getTitle <em>Title</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getScheduled <em>Scheduled</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getStart <em>Start</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getHost <em>Host</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getExpectedReach <em>Expected Reach</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getHostFee <em>Host Fee</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getPromotionSpend <em>Promotion Spend</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getProducts <em>Products</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.CampaignStream#getOffers <em>Offers</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream()
 * @model
 * @generated
 */
public interface CampaignStream extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignStream#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignStream#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Scheduled</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stream in a stream schedule this one is, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduled</em>' reference.
	 * @see #setScheduled(LiveStream)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_Scheduled()
	 * @model
	 * @generated
	 */
	LiveStream getScheduled();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignStream#getScheduled <em>Scheduled</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled</em>' reference.
	 * @see #getScheduled()
	 * @generated
	 */
	void setScheduled(LiveStream value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignStream#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_DurationMinutes()
	 * @model
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignStream#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignStream#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Expected Reach</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People the stream is expected to reach, split over the segments by size; when not set, each segment's reach rate times its size.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Reach</em>' attribute.
	 * @see #setExpectedReach(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_ExpectedReach()
	 * @model
	 * @generated
	 */
	Double getExpectedReach();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignStream#getExpectedReach <em>Expected Reach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Reach</em>' attribute.
	 * @see #getExpectedReach()
	 * @generated
	 */
	void setExpectedReach(Double value);

	/**
	 * Returns the value of the '<em><b>Host Fee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fee paid to the host for this stream.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Fee</em>' attribute.
	 * @see #setHostFee(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_HostFee()
	 * @model
	 * @generated
	 */
	double getHostFee();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignStream#getHostFee <em>Host Fee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Fee</em>' attribute.
	 * @see #getHostFee()
	 * @generated
	 */
	void setHostFee(double value);

	/**
	 * Returns the value of the '<em><b>Promotion Spend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Promotion spent on this stream (ads, boosts).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Promotion Spend</em>' attribute.
	 * @see #setPromotionSpend(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_PromotionSpend()
	 * @model
	 * @generated
	 */
	double getPromotionSpend();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.CampaignStream#getPromotionSpend <em>Promotion Spend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promotion Spend</em>' attribute.
	 * @see #getPromotionSpend()
	 * @generated
	 */
	void setPromotionSpend(double value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.CampaignProduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Products sold in this stream; empty for every product of the campaign.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Products</em>' reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_Products()
	 * @model
	 * @generated
	 */
	EList<CampaignProduct> getProducts();

	/**
	 * Returns the value of the '<em><b>Offers</b></em>' reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.CampaignOffer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offers made in this stream.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offers</em>' reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignStream_Offers()
	 * @model
	 * @generated
	 */
	EList<CampaignOffer> getOffers();

} // CampaignStream
