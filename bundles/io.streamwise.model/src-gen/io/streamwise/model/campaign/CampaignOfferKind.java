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
 * A representation of the literals of the enumeration '<em><b>Offer Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an offer lowers the price.
 * <!-- end-model-doc -->
 * @see io.streamwise.model.campaign.CampaignPackage#getCampaignOfferKind()
 * @model
 * @generated
 */
public enum CampaignOfferKind implements Enumerator
{
	/**
	 * The '<em><b>DISCOUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCOUNT_VALUE
	 * @generated
	 * @ordered
	 */
	DISCOUNT(0, "DISCOUNT", "DISCOUNT"),

	/**
	 * The '<em><b>TIME LIMITED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME_LIMITED_VALUE
	 * @generated
	 * @ordered
	 */
	TIME_LIMITED(1, "TIME_LIMITED", "TIME_LIMITED"),

	/**
	 * The '<em><b>BUNDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUNDLE_VALUE
	 * @generated
	 * @ordered
	 */
	BUNDLE(2, "BUNDLE", "BUNDLE"),

	/**
	 * The '<em><b>COUPON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUPON_VALUE
	 * @generated
	 * @ordered
	 */
	COUPON(3, "COUPON", "COUPON");

	/**
	 * The '<em><b>DISCOUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCOUNT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISCOUNT_VALUE = 0;

	/**
	 * The '<em><b>TIME LIMITED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME_LIMITED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIME_LIMITED_VALUE = 1;

	/**
	 * The '<em><b>BUNDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUNDLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUNDLE_VALUE = 2;

	/**
	 * The '<em><b>COUPON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUPON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUPON_VALUE = 3;

	/**
	 * An array of all the '<em><b>Offer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CampaignOfferKind[] VALUES_ARRAY =
		new CampaignOfferKind[]
		{
			DISCOUNT,
			TIME_LIMITED,
			BUNDLE,
			COUPON,
		};

	/**
	 * A public read-only list of all the '<em><b>Offer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CampaignOfferKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Offer Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CampaignOfferKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CampaignOfferKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Offer Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CampaignOfferKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CampaignOfferKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Offer Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CampaignOfferKind get(int value)
	{
		switch (value)
		{
			case DISCOUNT_VALUE: return DISCOUNT;
			case TIME_LIMITED_VALUE: return TIME_LIMITED;
			case BUNDLE_VALUE: return BUNDLE;
			case COUPON_VALUE: return COUPON;
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
	private CampaignOfferKind(int value, String name, String literal)
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
	
} //CampaignOfferKind
