/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.stream.util;

import io.streamwise.model.stream.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.streamwise.model.stream.StreamPackage
 * @generated
 */
public class StreamAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static StreamPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StreamAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = StreamPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StreamSwitch<Adapter> modelSwitch =
		new StreamSwitch<Adapter>()
		{
			@Override
			public Adapter caseStreamSchedule(StreamSchedule object)
			{
				return createStreamScheduleAdapter();
			}
			@Override
			public Adapter caseHost(Host object)
			{
				return createHostAdapter();
			}
			@Override
			public Adapter caseLiveStream(LiveStream object)
			{
				return createLiveStreamAdapter();
			}
			@Override
			public Adapter caseShowcase(Showcase object)
			{
				return createShowcaseAdapter();
			}
			@Override
			public Adapter caseOffer(Offer object)
			{
				return createOfferAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.stream.StreamSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.stream.StreamSchedule
	 * @generated
	 */
	public Adapter createStreamScheduleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.stream.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.stream.Host
	 * @generated
	 */
	public Adapter createHostAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.stream.LiveStream <em>Live Stream</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.stream.LiveStream
	 * @generated
	 */
	public Adapter createLiveStreamAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.stream.Showcase <em>Showcase</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.stream.Showcase
	 * @generated
	 */
	public Adapter createShowcaseAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.stream.Offer <em>Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.stream.Offer
	 * @generated
	 */
	public Adapter createOfferAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //StreamAdapterFactory
