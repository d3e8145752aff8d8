/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Protocol Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.streamwise.model.experiment.ExperimentPackage#getProtocolKind()
 * @model
 * @generated
 */
public enum ProtocolKind implements Enumerator
{
	/**
	 * The '<em><b>RANDOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOM(0, "RANDOM", "RANDOM"),

	/**
	 * The '<em><b>TEMPORAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEMPORAL_VALUE
	 * @generated
	 * @ordered
	 */
	TEMPORAL(1, "TEMPORAL", "TEMPORAL"),

	/**
	 * The '<em><b>LEAVE LAST OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAVE_LAST_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	LEAVE_LAST_OUT(2, "LEAVE_LAST_OUT", "LEAVE_LAST_OUT"),

	/**
	 * The '<em><b>KFOLD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KFOLD_VALUE
	 * @generated
	 * @ordered
	 */
	KFOLD(3, "KFOLD", "KFOLD"),

	/**
	 * The '<em><b>GIVEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIVEN_VALUE
	 * @generated
	 * @ordered
	 */
	GIVEN(4, "GIVEN", "GIVEN"),

	/**
	 * The '<em><b>STREAM SESSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STREAM_SESSION_VALUE
	 * @generated
	 * @ordered
	 */
	STREAM_SESSION(5, "STREAM_SESSION", "STREAM_SESSION"),

	/**
	 * The '<em><b>RANDOM PER VIEWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM_PER_VIEWER_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOM_PER_VIEWER(7, "RANDOM_PER_VIEWER", "RANDOM_PER_VIEWER"),

	/**
	 * The '<em><b>ONLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy experiments: the algorithms are bandit policies acting in the simulator (dataset SIMULATOR, option preset) for the options rounds and seeds, as streamwise policy simulate runs them.
	 * <!-- end-model-doc -->
	 * @see #ONLINE_VALUE
	 * @generated
	 * @ordered
	 */
	ONLINE(8, "ONLINE", "ONLINE"),

	/**
	 * The '<em><b>OFF POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy experiments: the algorithms are bandit policies judged on a log of another policy's decisions (dataset CSV, its location) by off-policy estimators (options estimators, clip, tau, bootstrap, trainShare, rewardModel), as streamwise policy evaluate runs them.
	 * <!-- end-model-doc -->
	 * @see #OFF_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	OFF_POLICY(9, "OFF_POLICY", "OFF_POLICY");

	/**
	 * The '<em><b>RANDOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RANDOM_VALUE = 0;

	/**
	 * The '<em><b>TEMPORAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEMPORAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEMPORAL_VALUE = 1;

	/**
	 * The '<em><b>LEAVE LAST OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAVE_LAST_OUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEAVE_LAST_OUT_VALUE = 2;

	/**
	 * The '<em><b>KFOLD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KFOLD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KFOLD_VALUE = 3;

	/**
	 * The '<em><b>GIVEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIVEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GIVEN_VALUE = 4;

	/**
	 * The '<em><b>STREAM SESSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STREAM_SESSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STREAM_SESSION_VALUE = 5;

	/**
	 * The '<em><b>RANDOM PER VIEWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOM_PER_VIEWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RANDOM_PER_VIEWER_VALUE = 7;

	/**
	 * The '<em><b>ONLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy experiments: the algorithms are bandit policies acting in the simulator (dataset SIMULATOR, option preset) for the options rounds and seeds, as streamwise policy simulate runs them.
	 * <!-- end-model-doc -->
	 * @see #ONLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONLINE_VALUE = 8;

	/**
	 * The '<em><b>OFF POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy experiments: the algorithms are bandit policies judged on a log of another policy's decisions (dataset CSV, its location) by off-policy estimators (options estimators, clip, tau, bootstrap, trainShare, rewardModel), as streamwise policy evaluate runs them.
	 * <!-- end-model-doc -->
	 * @see #OFF_POLICY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFF_POLICY_VALUE = 9;

	/**
	 * An array of all the '<em><b>Protocol Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProtocolKind[] VALUES_ARRAY =
		new ProtocolKind[]
		{
			RANDOM,
			TEMPORAL,
			LEAVE_LAST_OUT,
			KFOLD,
			GIVEN,
			STREAM_SESSION,
			RANDOM_PER_VIEWER,
			ONLINE,
			OFF_POLICY,
		};

	/**
	 * A public read-only list of all the '<em><b>Protocol Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProtocolKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Protocol Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProtocolKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ProtocolKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Protocol Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProtocolKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ProtocolKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Protocol Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProtocolKind get(int value)
	{
		switch (value)
		{
			case RANDOM_VALUE: return RANDOM;
			case TEMPORAL_VALUE: return TEMPORAL;
			case LEAVE_LAST_OUT_VALUE: return LEAVE_LAST_OUT;
			case KFOLD_VALUE: return KFOLD;
			case GIVEN_VALUE: return GIVEN;
			case STREAM_SESSION_VALUE: return STREAM_SESSION;
			case RANDOM_PER_VIEWER_VALUE: return RANDOM_PER_VIEWER;
			case ONLINE_VALUE: return ONLINE;
			case OFF_POLICY_VALUE: return OFF_POLICY;
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
	private ProtocolKind(int value, String name, String literal)
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
	
} //ProtocolKind
