/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.experiment.DatasetRef#getKind <em>Kind</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.DatasetRef#getLocation <em>Location</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.DatasetRef#getTestLocation <em>Test Location</em>}</li>
 *   <li>{@link io.streamwise.model.experiment.DatasetRef#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.experiment.ExperimentPackage#getDatasetRef()
 * @model
 * @generated
 */
public interface DatasetRef extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.experiment.DatasetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.experiment.DatasetKind
	 * @see #setKind(DatasetKind)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getDatasetRef_Kind()
	 * @model
	 * @generated
	 */
	DatasetKind getKind();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.DatasetRef#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.streamwise.model.experiment.DatasetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DatasetKind value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the data, relative to the experiment file (the training data for TRAIN_TEST).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getDatasetRef_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.DatasetRef#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Test Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the test data for TRAIN_TEST datasets, relative to the experiment file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Test Location</em>' attribute.
	 * @see #setTestLocation(String)
	 * @see io.streamwise.model.experiment.ExperimentPackage#getDatasetRef_TestLocation()
	 * @model
	 * @generated
	 */
	String getTestLocation();

	/**
	 * Sets the value of the '{@link io.streamwise.model.experiment.DatasetRef#getTestLocation <em>Test Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Location</em>' attribute.
	 * @see #getTestLocation()
	 * @generated
	 */
	void setTestLocation(String value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.experiment.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see io.streamwise.model.experiment.ExperimentPackage#getDatasetRef_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getOptions();

} // DatasetRef
