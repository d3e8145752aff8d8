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
 * A representation of the literals of the enumeration '<em><b>Metric Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of metric.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.abtest.ABTestPackage#getMetricKind()
 * @model
 * @generated
 */
public enum MetricKind implements Enumerator
{
	/**
	 * The '<em><b>CONVERSION RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of units that bought.
	 * <!-- end-model-doc -->
	 * @see #CONVERSION_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSION_RATE(0, "CONVERSION_RATE", "CONVERSION_RATE"),

	/**
	 * The '<em><b>REVENUE PER VIEWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean revenue per viewer.
	 * <!-- end-model-doc -->
	 * @see #REVENUE_PER_VIEWER_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE_PER_VIEWER(1, "REVENUE_PER_VIEWER", "REVENUE_PER_VIEWER"),

	/**
	 * The '<em><b>GMV PER STREAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gross merchandise value per stream.
	 * <!-- end-model-doc -->
	 * @see #GMV_PER_STREAM_VALUE
	 * @generated
	 * @ordered
	 */
	GMV_PER_STREAM(2, "GMV_PER_STREAM", "GMV_PER_STREAM");

	/**
	 * The '<em><b>CONVERSION RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of units that bought.
	 * <!-- end-model-doc -->
	 * @see #CONVERSION_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSION_RATE_VALUE = 0;

	/**
	 * The '<em><b>REVENUE PER VIEWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean revenue per viewer.
	 * <!-- end-model-doc -->
	 * @see #REVENUE_PER_VIEWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_PER_VIEWER_VALUE = 1;

	/**
	 * The '<em><b>GMV PER STREAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gross merchandise value per stream.
	 * <!-- end-model-doc -->
	 * @see #GMV_PER_STREAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GMV_PER_STREAM_VALUE = 2;

	/**
	 * An array of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MetricKind[] VALUES_ARRAY =
		new MetricKind[]
		{
			CONVERSION_RATE,
			REVENUE_PER_VIEWER,
			GMV_PER_STREAM,
		};

	/**
	 * A public read-only list of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MetricKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			MetricKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			MetricKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(int value)
	{
		switch (value)
		{
			case CONVERSION_RATE_VALUE: return CONVERSION_RATE;
			case REVENUE_PER_VIEWER_VALUE: return REVENUE_PER_VIEWER;
			case GMV_PER_STREAM_VALUE: return GMV_PER_STREAM;
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
	private MetricKind(int value, String name, String literal)
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
	
} //MetricKind
