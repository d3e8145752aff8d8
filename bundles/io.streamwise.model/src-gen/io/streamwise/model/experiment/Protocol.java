/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the data is split into training and test data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.experiment.Protocol#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Protocol#getTrainRatio <em>Train Ratio</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Protocol#getFolds <em>Folds</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.Protocol#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.experiment.ExperimentPackage#getProtocol()
 * @model
 * @generated
 */
public interface Protocol extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.experiment.ProtocolKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.experiment.ProtocolKind
	 * @see #setKind(ProtocolKind)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getProtocol_Kind()
	 * @model
	 * @generated
	 */
	ProtocolKind getKind();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Protocol#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.experiment.ProtocolKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProtocolKind value);

	/**
	 * Returns the value of the '<em><b>Train Ratio</b></em>' attribute.
	 * The default value is <code>"0.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Ratio</em>' attribute.
	 * @see #setTrainRatio(double)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getProtocol_TrainRatio()
	 * @model default="0.8"
	 * @generated
	 */
	double getTrainRatio();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Protocol#getTrainRatio <em>Train Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Ratio</em>' attribute.
	 * @see #getTrainRatio()
	 * @generated
	 */
	void setTrainRatio(double value);

	/**
	 * Returns the value of the '<em><b>Folds</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folds</em>' attribute.
	 * @see #setFolds(int)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getProtocol_Folds()
	 * @model default="1"
	 * @generated
	 */
	int getFolds();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.Protocol#getFolds <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folds</em>' attribute.
	 * @see #getFolds()
	 * @generated
	 */
	void setFolds(int value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.experiment.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see io.streamwise.model.experiment.ExperimentPackage#getProtocol_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getOptions();

} // Protocol
