/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Algorithm Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.experiment.AlgorithmConfig#getAlgorithmId <em>Algorithm Id</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.AlgorithmConfig#getLabel <em>Label</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.AlgorithmConfig#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.experiment.ExperimentPackage#getAlgorithmConfig()
 * @model
 * @generated
 */
public interface AlgorithmConfig extends EObject
{
	/**
	 * Returns the value of the '<em><b>Algorithm Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the algorithm in the algorithm registry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Algorithm Id</em>' attribute.
	 * @see #setAlgorithmId(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getAlgorithmConfig_AlgorithmId()
	 * @model
	 * @generated
	 */
	String getAlgorithmId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.AlgorithmConfig#getAlgorithmId <em>Algorithm Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Algorithm Id</em>' attribute.
	 * @see #getAlgorithmId()
	 * @generated
	 */
	void setAlgorithmId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of this configuration in results, so one algorithm can run with several settings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getAlgorithmConfig_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.AlgorithmConfig#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.experiment.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see io.streamwise.model.experiment.ExperimentPackage#getAlgorithmConfig_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getSettings();

} // AlgorithmConfig
