/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.abtest.impl;

import io.streamwise.model.abtest.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ABTestFactoryImpl extends EFactoryImpl implements ABTestFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ABTestFactory init()
	{
		try
		{
			ABTestFactory theABTestFactory = (ABTestFactory)EPackage.Registry.INSTANCE.getEFactory(ABTestPackage.eNS_URI);
			if (theABTestFactory != null)
			{
				return theABTestFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ABTestFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ABTestFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case ABTestPackage.AB_TEST: return createABTest();
			case ABTestPackage.VARIANT: return createVariant();
			case ABTestPackage.METRIC: return createMetric();
			case ABTestPackage.MONITORING_PLAN: return createMonitoringPlan();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ABTestPackage.RANDOMISATION_UNIT:
				return createRandomisationUnitFromString(eDataType, initialValue);
			case ABTestPackage.METRIC_KIND:
				return createMetricKindFromString(eDataType, initialValue);
			case ABTestPackage.EFFECT_SCALE:
				return createEffectScaleFromString(eDataType, initialValue);
			case ABTestPackage.CORRECTION:
				return createCorrectionFromString(eDataType, initialValue);
			case ABTestPackage.ANALYSIS_METHOD:
				return createAnalysisMethodFromString(eDataType, initialValue);
			case ABTestPackage.MONITORING_KIND:
				return createMonitoringKindFromString(eDataType, initialValue);
			case ABTestPackage.SEQUENTIAL_METHOD:
				return createSequentialMethodFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ABTestPackage.RANDOMISATION_UNIT:
				return convertRandomisationUnitToString(eDataType, instanceValue);
			case ABTestPackage.METRIC_KIND:
				return convertMetricKindToString(eDataType, instanceValue);
			case ABTestPackage.EFFECT_SCALE:
				return convertEffectScaleToString(eDataType, instanceValue);
			case ABTestPackage.CORRECTION:
				return convertCorrectionToString(eDataType, instanceValue);
			case ABTestPackage.ANALYSIS_METHOD:
				return convertAnalysisMethodToString(eDataType, instanceValue);
			case ABTestPackage.MONITORING_KIND:
				return convertMonitoringKindToString(eDataType, instanceValue);
			case ABTestPackage.SEQUENTIAL_METHOD:
				return convertSequentialMethodToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ABTest createABTest()
	{
		ABTestImpl abTest = new ABTestImpl();
		return abTest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variant createVariant()
	{
		VariantImpl variant = new VariantImpl();
		return variant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric()
	{
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonitoringPlan createMonitoringPlan()
	{
		MonitoringPlanImpl monitoringPlan = new MonitoringPlanImpl();
		return monitoringPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RandomisationUnit createRandomisationUnitFromString(EDataType eDataType, String initialValue)
	{
		RandomisationUnit result = RandomisationUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRandomisationUnitToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetricKind createMetricKindFromString(EDataType eDataType, String initialValue)
	{
		MetricKind result = MetricKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMetricKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EffectScale createEffectScaleFromString(EDataType eDataType, String initialValue)
	{
		EffectScale result = EffectScale.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEffectScaleToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Correction createCorrectionFromString(EDataType eDataType, String initialValue)
	{
		Correction result = Correction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCorrectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnalysisMethod createAnalysisMethodFromString(EDataType eDataType, String initialValue)
	{
		AnalysisMethod result = AnalysisMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnalysisMethodToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MonitoringKind createMonitoringKindFromString(EDataType eDataType, String initialValue)
	{
		MonitoringKind result = MonitoringKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMonitoringKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SequentialMethod createSequentialMethodFromString(EDataType eDataType, String initialValue)
	{
		SequentialMethod result = SequentialMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSequentialMethodToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ABTestPackage getABTestPackage()
	{
		return (ABTestPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ABTestPackage getPackage()
	{
		return ABTestPackage.eINSTANCE;
	}

} //ABTestFactoryImpl
