/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.audience;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Age Band</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.streamwise.model.audience.AudiencePackage#getAgeBand()
 * @model
 * @generated
 */
public enum AgeBand implements Enumerator
{
	/**
	 * The '<em><b>UNKNOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN_VALUE
	 * @generated
	 * @ordered
	 */
	UNKNOWN(0, "UNKNOWN", "UNKNOWN"),

	/**
	 * The '<em><b>UNDER 18</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_18_VALUE
	 * @generated
	 * @ordered
	 */
	UNDER_18(1, "UNDER_18", "UNDER_18"),

	/**
	 * The '<em><b>AGE 18 24</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_18_24_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_18_24(2, "AGE_18_24", "AGE_18_24"),

	/**
	 * The '<em><b>AGE 25 34</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_25_34_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_25_34(3, "AGE_25_34", "AGE_25_34"),

	/**
	 * The '<em><b>AGE 35 44</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_35_44_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_35_44(4, "AGE_35_44", "AGE_35_44"),

	/**
	 * The '<em><b>AGE 45 54</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_45_54_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_45_54(5, "AGE_45_54", "AGE_45_54"),

	/**
	 * The '<em><b>AGE 55 PLUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_55_PLUS_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_55_PLUS(6, "AGE_55_PLUS", "AGE_55_PLUS");

	/**
	 * The '<em><b>UNKNOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNKNOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNKNOWN_VALUE = 0;

	/**
	 * The '<em><b>UNDER 18</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNDER_18
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNDER_18_VALUE = 1;

	/**
	 * The '<em><b>AGE 18 24</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_18_24
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_18_24_VALUE = 2;

	/**
	 * The '<em><b>AGE 25 34</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_25_34
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_25_34_VALUE = 3;

	/**
	 * The '<em><b>AGE 35 44</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_35_44
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_35_44_VALUE = 4;

	/**
	 * The '<em><b>AGE 45 54</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_45_54
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_45_54_VALUE = 5;

	/**
	 * The '<em><b>AGE 55 PLUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_55_PLUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_55_PLUS_VALUE = 6;

	/**
	 * An array of all the '<em><b>Age Band</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AgeBand[] VALUES_ARRAY =
		new AgeBand[]
		{
			UNKNOWN,
			UNDER_18,
			AGE_18_24,
			AGE_25_34,
			AGE_35_44,
			AGE_45_54,
			AGE_55_PLUS,
		};

	/**
	 * A public read-only list of all the '<em><b>Age Band</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AgeBand> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Age Band</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgeBand get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AgeBand result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Age Band</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgeBand getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AgeBand result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Age Band</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AgeBand get(int value)
	{
		switch (value)
		{
			case UNKNOWN_VALUE: return UNKNOWN;
			case UNDER_18_VALUE: return UNDER_18;
			case AGE_18_24_VALUE: return AGE_18_24;
			case AGE_25_34_VALUE: return AGE_25_34;
			case AGE_35_44_VALUE: return AGE_35_44;
			case AGE_45_54_VALUE: return AGE_45_54;
			case AGE_55_PLUS_VALUE: return AGE_55_PLUS;
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
	private AgeBand(int value, String name, String literal)
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
	
} //AgeBand
