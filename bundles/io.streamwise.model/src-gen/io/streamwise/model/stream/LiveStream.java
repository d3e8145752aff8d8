/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.stream;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Live Stream</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.stream.LiveStream#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.stream.LiveStream#getTitle <em>Title</em>}</li>
 *   <li>{@link io.streamwise.model.stream.LiveStream#getHost <em>Host</em>}</li>
 *   <li>{@link io.streamwise.model.stream.LiveStream#getStart <em>Start</em>}</li>
 *   <li>{@link io.streamwise.model.stream.LiveStream#getEnd <em>End</em>}</li>
 *   <li>{@link io.streamwise.model.stream.LiveStream#getShowcases <em>Showcases</em>}</li>
 *   <li>{@link io.streamwise.model.stream.LiveStream#getOffers <em>Offers</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.stream.StreamPackage#getLiveStream()
 * @model
 * @generated
 */
public interface LiveStream extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.stream.StreamPackage#getLiveStream_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.LiveStream#getId <em>Id</em>}' attribute.
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
	 * @see io.streamwise.model.stream.StreamPackage#getLiveStream_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.LiveStream#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Host)
	 * @see io.streamwise.model.stream.StreamPackage#getLiveStream_Host()
	 * @model
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.LiveStream#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see io.streamwise.model.stream.StreamPackage#getLiveStream_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.LiveStream#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Date)
	 * @see io.streamwise.model.stream.StreamPackage#getLiveStream_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link io.streamwise.model.stream.LiveStream#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Showcases</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.stream.Showcase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Showcases</em>' containment reference list.
	 * @see io.streamwise.model.stream.StreamPackage#getLiveStream_Showcases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Showcase> getShowcases();

	/**
	 * Returns the value of the '<em><b>Offers</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.stream.Offer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offers</em>' containment reference list.
	 * @see io.streamwise.model.stream.StreamPackage#getLiveStream_Offers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Offer> getOffers();

} // LiveStream
