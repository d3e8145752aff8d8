/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import io.streamwise.model.audience.Segment;

import io.streamwise.model.stream.LiveStream;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .campaign file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getGoal <em>Goal</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getBudget <em>Budget</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getCurrency <em>Currency</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getStreams <em>Streams</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getTargetSegments <em>Target Segments</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getVariants <em>Variants</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getId <em>Id</em>}' attribute.
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
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format this document was written in; older versions are migrated on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_FormatVersion()
	 * @model default="1.1"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.campaign.CampaignGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' attribute.
	 * @see io.streamwise.model.campaign.CampaignGoal
	 * @see #setGoal(CampaignGoal)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Goal()
	 * @model
	 * @generated
	 */
	CampaignGoal getGoal();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getGoal <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' attribute.
	 * @see io.streamwise.model.campaign.CampaignGoal
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(CampaignGoal value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Budget()
	 * @model
	 * @generated
	 */
	double getBudget();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(double value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Streams</b></em>' reference list.
	 * The list contents are of type {@link io.streamwise.model.stream.LiveStream}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Streams</em>' reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Streams()
	 * @model
	 * @generated
	 */
	EList<LiveStream> getStreams();

	/**
	 * Returns the value of the '<em><b>Target Segments</b></em>' reference list.
	 * The list contents are of type {@link io.streamwise.model.audience.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Segments</em>' reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_TargetSegments()
	 * @model
	 * @generated
	 */
	EList<Segment> getTargetSegments();

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.Variant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variants</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Variants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variant> getVariants();

} // Campaign
