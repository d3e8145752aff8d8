/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Purchase Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A conversion model plugin (any ConversionModel: MOA, Weka, third party) and its settings, used by campaign learn for the purchase rates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.PurchaseModel#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.PurchaseModel#getObservationMinutes <em>Observation Minutes</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.PurchaseModel#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getPurchaseModel()
 * @model
 * @generated
 */
public interface PurchaseModel extends EObject
{
	/**
	 * Returns the value of the '<em><b>Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the conversion model in the algorithm registry (streamwise algorithms lists them).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Algorithm</em>' attribute.
	 * @see #setAlgorithm(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getPurchaseModel_Algorithm()
	 * @model
	 * @generated
	 */
	String getAlgorithm();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.PurchaseModel#getAlgorithm <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Algorithm</em>' attribute.
	 * @see #getAlgorithm()
	 * @generated
	 */
	void setAlgorithm(String value);

	/**
	 * Returns the value of the '<em><b>Observation Minutes</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes from a session's first event to the point its features are taken at (as in conversion experiments).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Observation Minutes</em>' attribute.
	 * @see #setObservationMinutes(int)
	 * @see io.streamwise.model.campaign.CampaignPackage#getPurchaseModel_ObservationMinutes()
	 * @model default="10"
	 * @generated
	 */
	int getObservationMinutes();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.PurchaseModel#getObservationMinutes <em>Observation Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observation Minutes</em>' attribute.
	 * @see #getObservationMinutes()
	 * @generated
	 */
	void setObservationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.ModelSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Settings of the model; those not given take their defaults.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getPurchaseModel_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelSetting> getSettings();

} // PurchaseModel
