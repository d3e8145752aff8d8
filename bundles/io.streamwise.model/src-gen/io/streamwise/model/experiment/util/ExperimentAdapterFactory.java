/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.experiment.util;

import io.streamwise.model.experiment.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.streamwise.model.experiment.ExperimentPackage
 * @generated
 */
public class ExperimentAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ExperimentPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExperimentAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = ExperimentPackage.eINSTANCE;
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
	protected ExperimentSwitch<Adapter> modelSwitch =
		new ExperimentSwitch<Adapter>()
		{
			@Override
			public Adapter caseExperiment(Experiment object)
			{
				return createExperimentAdapter();
			}
			@Override
			public Adapter caseDatasetRef(DatasetRef object)
			{
				return createDatasetRefAdapter();
			}
			@Override
			public Adapter caseProtocol(Protocol object)
			{
				return createProtocolAdapter();
			}
			@Override
			public Adapter caseAlgorithmConfig(AlgorithmConfig object)
			{
				return createAlgorithmConfigAdapter();
			}
			@Override
			public Adapter caseParameter(Parameter object)
			{
				return createParameterAdapter();
			}
			@Override
			public Adapter caseStreamSetup(StreamSetup object)
			{
				return createStreamSetupAdapter();
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
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.experiment.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.experiment.Experiment
	 * @generated
	 */
	public Adapter createExperimentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.experiment.DatasetRef <em>Dataset Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.experiment.DatasetRef
	 * @generated
	 */
	public Adapter createDatasetRefAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.experiment.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.experiment.Protocol
	 * @generated
	 */
	public Adapter createProtocolAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.experiment.AlgorithmConfig <em>Algorithm Config</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.experiment.AlgorithmConfig
	 * @generated
	 */
	public Adapter createAlgorithmConfigAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.experiment.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.experiment.Parameter
	 * @generated
	 */
	public Adapter createParameterAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.streamwise.model.experiment.StreamSetup <em>Stream Setup</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.streamwise.model.experiment.StreamSetup
	 * @generated
	 */
	public Adapter createStreamSetupAdapter()
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

} //ExperimentAdapterFactory
