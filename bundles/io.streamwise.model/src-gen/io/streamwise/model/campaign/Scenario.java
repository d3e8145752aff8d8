/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named set of overrides of the base plan (a discount, an extra stream, double promotion spend) forecast beside it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.Scenario#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Scenario#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Scenario#getOverrides <em>Overrides</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Scenario#getAddedStreams <em>Added Streams</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getScenario_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Scenario#getId <em>Id</em>}' attribute.
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
	 * @see io.streamwise.model.campaign.CampaignPackage#getScenario_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Scenario#getName <em>Name</em>}' attribute.
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
	 * @see io.streamwise.model.campaign.CampaignPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.ScenarioOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inputs set to other values in this scenario.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getScenario_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScenarioOverride> getOverrides();

	/**
	 * Returns the value of the '<em><b>Added Streams</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.CampaignStream}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Streams run in this scenario besides the plan's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Added Streams</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getScenario_AddedStreams()
	 * @model containment="true"
	 * @generated
	 */
	EList<CampaignStream> getAddedStreams();

} // Scenario
