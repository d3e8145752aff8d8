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
 * A representation of the literals of the enumeration '<em><b>Sequential Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Always-valid methods.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.abtest.ABTestPackage#getSequentialMethod()
 * @model
 * @generated
 */
public enum SequentialMethod implements Enumerator
{
	/**
	 * The '<em><b>MSPRT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mixture sequential probability ratio test (Johari et al. 2017).
	 * <!-- end-model-doc -->
	 * @see #MSPRT_VALUE
	 * @generated
	 * @ordered
	 */
	MSPRT(0, "MSPRT", "MSPRT"),

	/**
	 * The '<em><b>CONFIDENCE SEQUENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Asymptotic confidence sequence (Waudby-Smith et al.).
	 * <!-- end-model-doc -->
	 * @see #CONFIDENCE_SEQUENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIDENCE_SEQUENCE(1, "CONFIDENCE_SEQUENCE", "CONFIDENCE_SEQUENCE");

	/**
	 * The '<em><b>MSPRT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mixture sequential probability ratio test (Johari et al. 2017).
	 * <!-- end-model-doc -->
	 * @see #MSPRT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MSPRT_VALUE = 0;

	/**
	 * The '<em><b>CONFIDENCE SEQUENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Asymptotic confidence sequence (Waudby-Smith et al.).
	 * <!-- end-model-doc -->
	 * @see #CONFIDENCE_SEQUENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFIDENCE_SEQUENCE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Sequential Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SequentialMethod[] VALUES_ARRAY =
		new SequentialMethod[]
		{
			MSPRT,
			CONFIDENCE_SEQUENCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Sequential Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SequentialMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sequential Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SequentialMethod get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SequentialMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sequential Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SequentialMethod getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SequentialMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sequential Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SequentialMethod get(int value)
	{
		switch (value)
		{
			case MSPRT_VALUE: return MSPRT;
			case CONFIDENCE_SEQUENCE_VALUE: return CONFIDENCE_SEQUENCE;
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
	private SequentialMethod(int value, String name, String literal)
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
	
} //SequentialMethod
