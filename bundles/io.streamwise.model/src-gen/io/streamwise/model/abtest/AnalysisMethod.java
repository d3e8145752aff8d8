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
 * A representation of the literals of the enumeration '<em><b>Analysis Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Tests of the primary metric.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.abtest.ABTestPackage#getAnalysisMethod()
 * @model
 * @generated
 */
public enum AnalysisMethod implements Enumerator
{
	/**
	 * The '<em><b>ZPOOLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two-proportion z test, pooled variance.
	 * <!-- end-model-doc -->
	 * @see #ZPOOLED_VALUE
	 * @generated
	 * @ordered
	 */
	ZPOOLED(0, "Z_POOLED", "Z_POOLED"),

	/**
	 * The '<em><b>ZUNPOOLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two-proportion z test, unpooled variance.
	 * <!-- end-model-doc -->
	 * @see #ZUNPOOLED_VALUE
	 * @generated
	 * @ordered
	 */
	ZUNPOOLED(1, "Z_UNPOOLED", "Z_UNPOOLED"),

	/**
	 * The '<em><b>FISHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fisher exact test.
	 * <!-- end-model-doc -->
	 * @see #FISHER_VALUE
	 * @generated
	 * @ordered
	 */
	FISHER(2, "FISHER", "FISHER"),

	/**
	 * The '<em><b>BOSCHLOO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boschloo exact unconditional test.
	 * <!-- end-model-doc -->
	 * @see #BOSCHLOO_VALUE
	 * @generated
	 * @ordered
	 */
	BOSCHLOO(3, "BOSCHLOO", "BOSCHLOO"),

	/**
	 * The '<em><b>WELCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Welch t test of the absolute difference.
	 * <!-- end-model-doc -->
	 * @see #WELCH_VALUE
	 * @generated
	 * @ordered
	 */
	WELCH(4, "WELCH", "WELCH"),

	/**
	 * The '<em><b>WELCH RELATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Welch test of the relative lift (delta method).
	 * <!-- end-model-doc -->
	 * @see #WELCH_RELATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	WELCH_RELATIVE(5, "WELCH_RELATIVE", "WELCH_RELATIVE"),

	/**
	 * The '<em><b>BAYESIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beta-binomial posterior with the test's prior.
	 * <!-- end-model-doc -->
	 * @see #BAYESIAN_VALUE
	 * @generated
	 * @ordered
	 */
	BAYESIAN(6, "BAYESIAN", "BAYESIAN");

	/**
	 * The '<em><b>ZPOOLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two-proportion z test, pooled variance.
	 * <!-- end-model-doc -->
	 * @see #ZPOOLED
	 * @model name="Z_POOLED"
	 * @generated
	 * @ordered
	 */
	public static final int ZPOOLED_VALUE = 0;

	/**
	 * The '<em><b>ZUNPOOLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two-proportion z test, unpooled variance.
	 * <!-- end-model-doc -->
	 * @see #ZUNPOOLED
	 * @model name="Z_UNPOOLED"
	 * @generated
	 * @ordered
	 */
	public static final int ZUNPOOLED_VALUE = 1;

	/**
	 * The '<em><b>FISHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fisher exact test.
	 * <!-- end-model-doc -->
	 * @see #FISHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FISHER_VALUE = 2;

	/**
	 * The '<em><b>BOSCHLOO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boschloo exact unconditional test.
	 * <!-- end-model-doc -->
	 * @see #BOSCHLOO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOSCHLOO_VALUE = 3;

	/**
	 * The '<em><b>WELCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Welch t test of the absolute difference.
	 * <!-- end-model-doc -->
	 * @see #WELCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WELCH_VALUE = 4;

	/**
	 * The '<em><b>WELCH RELATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Welch test of the relative lift (delta method).
	 * <!-- end-model-doc -->
	 * @see #WELCH_RELATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WELCH_RELATIVE_VALUE = 5;

	/**
	 * The '<em><b>BAYESIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beta-binomial posterior with the test's prior.
	 * <!-- end-model-doc -->
	 * @see #BAYESIAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BAYESIAN_VALUE = 6;

	/**
	 * An array of all the '<em><b>Analysis Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AnalysisMethod[] VALUES_ARRAY =
		new AnalysisMethod[]
		{
			ZPOOLED,
			ZUNPOOLED,
			FISHER,
			BOSCHLOO,
			WELCH,
			WELCH_RELATIVE,
			BAYESIAN,
		};

	/**
	 * A public read-only list of all the '<em><b>Analysis Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AnalysisMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Analysis Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnalysisMethod get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AnalysisMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Analysis Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnalysisMethod getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AnalysisMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Analysis Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AnalysisMethod get(int value)
	{
		switch (value)
		{
			case ZPOOLED_VALUE: return ZPOOLED;
			case ZUNPOOLED_VALUE: return ZUNPOOLED;
			case FISHER_VALUE: return FISHER;
			case BOSCHLOO_VALUE: return BOSCHLOO;
			case WELCH_VALUE: return WELCH;
			case WELCH_RELATIVE_VALUE: return WELCH_RELATIVE;
			case BAYESIAN_VALUE: return BAYESIAN;
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
	private AnalysisMethod(int value, String name, String literal)
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
	
} //AnalysisMethod
