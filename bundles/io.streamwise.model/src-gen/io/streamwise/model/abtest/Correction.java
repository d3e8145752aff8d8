/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Correction</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Multiple-comparison corrections.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.abtest.ABTestPackage#getCorrection()
 * @model
 * @generated
 */
public enum Correction implements Enumerator
{
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No correction.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>BONFERRONI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bonferroni (family-wise).
	 * <!-- end-model-doc -->
	 * @see #BONFERRONI_VALUE
	 * @generated
	 * @ordered
	 */
	BONFERRONI(1, "BONFERRONI", "BONFERRONI"),

	/**
	 * The '<em><b>HOLM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Holm step-down (family-wise).
	 * <!-- end-model-doc -->
	 * @see #HOLM_VALUE
	 * @generated
	 * @ordered
	 */
	HOLM(2, "HOLM", "HOLM"),

	/**
	 * The '<em><b>BENJAMINI HOCHBERG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Benjamini-Hochberg (false-discovery rate).
	 * <!-- end-model-doc -->
	 * @see #BENJAMINI_HOCHBERG_VALUE
	 * @generated
	 * @ordered
	 */
	BENJAMINI_HOCHBERG(3, "BENJAMINI_HOCHBERG", "BENJAMINI_HOCHBERG");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No correction.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>BONFERRONI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bonferroni (family-wise).
	 * <!-- end-model-doc -->
	 * @see #BONFERRONI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BONFERRONI_VALUE = 1;

	/**
	 * The '<em><b>HOLM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Holm step-down (family-wise).
	 * <!-- end-model-doc -->
	 * @see #HOLM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOLM_VALUE = 2;

	/**
	 * The '<em><b>BENJAMINI HOCHBERG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Benjamini-Hochberg (false-discovery rate).
	 * <!-- end-model-doc -->
	 * @see #BENJAMINI_HOCHBERG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BENJAMINI_HOCHBERG_VALUE = 3;

	/**
	 * An array of all the '<em><b>Correction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Correction[] VALUES_ARRAY =
		new Correction[]
		{
			NONE,
			BONFERRONI,
			HOLM,
			BENJAMINI_HOCHBERG,
		};

	/**
	 * A public read-only list of all the '<em><b>Correction</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Correction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Correction</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Correction get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Correction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Correction</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Correction getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Correction result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Correction</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Correction get(int value)
	{
		switch (value)
		{
			case NONE_VALUE: return NONE;
			case BONFERRONI_VALUE: return BONFERRONI;
			case HOLM_VALUE: return HOLM;
			case BENJAMINI_HOCHBERG_VALUE: return BENJAMINI_HOCHBERG;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Correction(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //Correction
