/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Goal</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignGoal()
 * @model
 * @generated
 */
public enum CampaignGoal implements Enumerator
{
	/**
	 * The '<em><b>REVENUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE(0, "REVENUE", "REVENUE"),

	/**
	 * The '<em><b>CONVERSIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSIONS_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSIONS(1, "CONVERSIONS", "CONVERSIONS"),

	/**
	 * The '<em><b>SIGNUPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNUPS_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNUPS(2, "SIGNUPS", "SIGNUPS"),

	/**
	 * The '<em><b>REACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REACH_VALUE
	 * @generated
	 * @ordered
	 */
	REACH(3, "REACH", "REACH");

	/**
	 * The '<em><b>REVENUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_VALUE = 0;

	/**
	 * The '<em><b>CONVERSIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSIONS_VALUE = 1;

	/**
	 * The '<em><b>SIGNUPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNUPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNUPS_VALUE = 2;

	/**
	 * The '<em><b>REACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REACH_VALUE = 3;

	/**
	 * An array of all the '<em><b>Goal</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CampaignGoal[] VALUES_ARRAY =
		new CampaignGoal[]
		{
			REVENUE,
			CONVERSIONS,
			SIGNUPS,
			REACH,
		};

	/**
	 * A public read-only list of all the '<em><b>Goal</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CampaignGoal> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Goal</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CampaignGoal get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CampaignGoal result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Goal</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CampaignGoal getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CampaignGoal result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Goal</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CampaignGoal get(int value)
	{
		switch (value)
		{
			case REVENUE_VALUE: return REVENUE;
			case CONVERSIONS_VALUE: return CONVERSIONS;
			case SIGNUPS_VALUE: return SIGNUPS;
			case REACH_VALUE: return REACH;
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
	private CampaignGoal(int value, String name, String literal)
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
	
} //CampaignGoal
