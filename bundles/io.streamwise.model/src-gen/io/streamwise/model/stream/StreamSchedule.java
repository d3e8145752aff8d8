/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.stream;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .streams file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.stream.StreamSchedule#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.stream.StreamSchedule#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.streamwise.model.stream.StreamSchedule#getHosts <em>Hosts</em>}</li>
 *   <li>{@link io.streamwise.model.stream.StreamSchedule#getStreams <em>Streams</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.stream.StreamPackage#getStreamSchedule()
 * @model
 * @generated
 */
public interface StreamSchedule extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.streamwise.model.stream.StreamPackage#getStreamSchedule_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.StreamSchedule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format this document was written in; older versions are migrated on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see io.streamwise.model.stream.StreamPackage#getStreamSchedule_FormatVersion()
	 * @model default="1.2"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.StreamSchedule#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.stream.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see io.streamwise.model.stream.StreamPackage#getStreamSchedule_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Streams</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.stream.LiveStream}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Streams</em>' containment reference list.
	 * @see io.streamwise.model.stream.StreamPackage#getStreamSchedule_Streams()
	 * @model containment="true"
	 * @generated
	 */
	EList<LiveStream> getStreams();

} // StreamSchedule
