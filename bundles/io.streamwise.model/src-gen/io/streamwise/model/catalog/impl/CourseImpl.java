/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.catalog.impl;

import io.streamwise.model.catalog.CatalogPackage;
import io.streamwise.model.catalog.Course;
import io.streamwise.model.catalog.Level;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.catalog.impl.CourseImpl#getLessons <em>Lessons</em>}</li>
 *   <li>{@link io.streamwise.model.catalog.impl.CourseImpl#getDurationHours <em>Duration Hours</em>}</li>
 *   <li>{@link io.streamwise.model.catalog.impl.CourseImpl#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CourseImpl extends KnowledgeAssetImpl implements Course
{
	/**
	 * The default value of the '{@link #getLessons() <em>Lessons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLessons()
	 * @generated
	 * @ordered
	 */
	protected static final int LESSONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLessons() <em>Lessons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLessons()
	 * @generated
	 * @ordered
	 */
	protected int lessons = LESSONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationHours() <em>Duration Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationHours()
	 * @generated
	 * @ordered
	 */
	protected static final double DURATION_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDurationHours() <em>Duration Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationHours()
	 * @generated
	 * @ordered
	 */
	protected double durationHours = DURATION_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Level LEVEL_EDEFAULT = Level.BEGINNER;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected Level level = LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CourseImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return CatalogPackage.Literals.COURSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLessons()
	{
		return lessons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLessons(int newLessons)
	{
		int oldLessons = lessons;
		lessons = newLessons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE__LESSONS, oldLessons, lessons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDurationHours()
	{
		return durationHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationHours(double newDurationHours)
	{
		double oldDurationHours = durationHours;
		durationHours = newDurationHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE__DURATION_HOURS, oldDurationHours, durationHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Level getLevel()
	{
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(Level newLevel)
	{
		Level oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case CatalogPackage.COURSE__LESSONS:
				return getLessons();
			case CatalogPackage.COURSE__DURATION_HOURS:
				return getDurationHours();
			case CatalogPackage.COURSE__LEVEL:
				return getLevel();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case CatalogPackage.COURSE__LESSONS:
				setLessons((Integer)newValue);
				return;
			case CatalogPackage.COURSE__DURATION_HOURS:
				setDurationHours((Double)newValue);
				return;
			case CatalogPackage.COURSE__LEVEL:
				setLevel((Level)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case CatalogPackage.COURSE__LESSONS:
				setLessons(LESSONS_EDEFAULT);
				return;
			case CatalogPackage.COURSE__DURATION_HOURS:
				setDurationHours(DURATION_HOURS_EDEFAULT);
				return;
			case CatalogPackage.COURSE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case CatalogPackage.COURSE__LESSONS:
				return lessons != LESSONS_EDEFAULT;
			case CatalogPackage.COURSE__DURATION_HOURS:
				return durationHours != DURATION_HOURS_EDEFAULT;
			case CatalogPackage.COURSE__LEVEL:
				return level != LEVEL_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (lessons: ");
		result.append(lessons);
		result.append(", durationHours: ");
		result.append(durationHours);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //CourseImpl
