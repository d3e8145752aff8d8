/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.catalog.Course#getLessons <em>Lessons</em>}</li>
 *   <li>{@link io.streamwise.model.catalog.Course#getDurationHours <em>Duration Hours</em>}</li>
 *   <li>{@link io.streamwise.model.catalog.Course#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.catalog.CatalogPackage#getCourse()
 * @model
 * @generated
 */
public interface Course extends KnowledgeAsset
{
	/**
	 * Returns the value of the '<em><b>Lessons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lessons</em>' attribute.
	 * @see #setLessons(int)
	 * @see io.streamwise.model.catalog.CatalogPackage#getCourse_Lessons()
	 * @model
	 * @generated
	 */
	int getLessons();

	/**
	 * Sets the value of the '{@link io.streamwise.model.catalog.Course#getLessons <em>Lessons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lessons</em>' attribute.
	 * @see #getLessons()
	 * @generated
	 */
	void setLessons(int value);

	/**
	 * Returns the value of the '<em><b>Duration Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Hours</em>' attribute.
	 * @see #setDurationHours(double)
	 * @see io.streamwise.model.catalog.CatalogPackage#getCourse_DurationHours()
	 * @model
	 * @generated
	 */
	double getDurationHours();

	/**
	 * Sets the value of the '{@link io.streamwise.model.catalog.Course#getDurationHours <em>Duration Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Hours</em>' attribute.
	 * @see #getDurationHours()
	 * @generated
	 */
	void setDurationHours(double value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.catalog.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see io.streamwise.model.catalog.Level
	 * @see #setLevel(Level)
	 * @see io.streamwise.model.catalog.CatalogPackage#getCourse_Level()
	 * @model
	 * @generated
	 */
	Level getLevel();

	/**
	 * Sets the value of the '{@link io.streamwise.model.catalog.Course#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see io.streamwise.model.catalog.Level
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(Level value);

} // Course
