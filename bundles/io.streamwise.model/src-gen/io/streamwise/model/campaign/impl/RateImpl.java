/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign.impl;

import io.streamwise.model.campaign.CampaignPackage;
import io.streamwise.model.campaign.Rate;
import io.streamwise.model.campaign.RateSource;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.impl.RateImpl#getSource <em>Source</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.RateImpl#getMean <em>Mean</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.RateImpl#getConcentration <em>Concentration</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.RateImpl#getP10 <em>P10</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.RateImpl#getP90 <em>P90</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.RateImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.RateImpl#getBeta <em>Beta</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.RateImpl#getStreamConcentration <em>Stream Concentration</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.impl.RateImpl#getLearnedFrom <em>Learned From</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RateImpl extends MinimalEObjectImpl.Container implements Rate
{
	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final RateSource SOURCE_EDEFAULT = RateSource.ASSUMED;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected RateSource source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMean() <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMean()
	 * @generated
	 * @ordered
	 */
	protected static final Double MEAN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMean() <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMean()
	 * @generated
	 * @ordered
	 */
	protected Double mean = MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getConcentration() <em>Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcentration()
	 * @generated
	 * @ordered
	 */
	protected static final Double CONCENTRATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConcentration() <em>Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcentration()
	 * @generated
	 * @ordered
	 */
	protected Double concentration = CONCENTRATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getP10() <em>P10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP10()
	 * @generated
	 * @ordered
	 */
	protected static final Double P10_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getP10() <em>P10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP10()
	 * @generated
	 * @ordered
	 */
	protected Double p10 = P10_EDEFAULT;

	/**
	 * The default value of the '{@link #getP90() <em>P90</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP90()
	 * @generated
	 * @ordered
	 */
	protected static final Double P90_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getP90() <em>P90</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP90()
	 * @generated
	 * @ordered
	 */
	protected Double p90 = P90_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final Double ALPHA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected Double alpha = ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected static final Double BETA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected Double beta = BETA_EDEFAULT;

	/**
	 * The default value of the '{@link #getStreamConcentration() <em>Stream Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamConcentration()
	 * @generated
	 * @ordered
	 */
	protected static final Double STREAM_CONCENTRATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStreamConcentration() <em>Stream Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStreamConcentration()
	 * @generated
	 * @ordered
	 */
	protected Double streamConcentration = STREAM_CONCENTRATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearnedFrom() <em>Learned From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearnedFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String LEARNED_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLearnedFrom() <em>Learned From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearnedFrom()
	 * @generated
	 * @ordered
	 */
	protected String learnedFrom = LEARNED_FROM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RateImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return CampaignPackage.Literals.RATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RateSource getSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(RateSource newSource)
	{
		RateSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.RATE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMean()
	{
		return mean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMean(Double newMean)
	{
		Double oldMean = mean;
		mean = newMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.RATE__MEAN, oldMean, mean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getConcentration()
	{
		return concentration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcentration(Double newConcentration)
	{
		Double oldConcentration = concentration;
		concentration = newConcentration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.RATE__CONCENTRATION, oldConcentration, concentration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getP10()
	{
		return p10;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP10(Double newP10)
	{
		Double oldP10 = p10;
		p10 = newP10;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.RATE__P10, oldP10, p10));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getP90()
	{
		return p90;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP90(Double newP90)
	{
		Double oldP90 = p90;
		p90 = newP90;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.RATE__P90, oldP90, p90));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAlpha()
	{
		return alpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlpha(Double newAlpha)
	{
		Double oldAlpha = alpha;
		alpha = newAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.RATE__ALPHA, oldAlpha, alpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBeta()
	{
		return beta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta(Double newBeta)
	{
		Double oldBeta = beta;
		beta = newBeta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.RATE__BETA, oldBeta, beta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getStreamConcentration()
	{
		return streamConcentration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStreamConcentration(Double newStreamConcentration)
	{
		Double oldStreamConcentration = streamConcentration;
		streamConcentration = newStreamConcentration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.RATE__STREAM_CONCENTRATION, oldStreamConcentration, streamConcentration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLearnedFrom()
	{
		return learnedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearnedFrom(String newLearnedFrom)
	{
		String oldLearnedFrom = learnedFrom;
		learnedFrom = newLearnedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignPackage.RATE__LEARNED_FROM, oldLearnedFrom, learnedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case CampaignPackage.RATE__SOURCE:
				return getSource();
			case CampaignPackage.RATE__MEAN:
				return getMean();
			case CampaignPackage.RATE__CONCENTRATION:
				return getConcentration();
			case CampaignPackage.RATE__P10:
				return getP10();
			case CampaignPackage.RATE__P90:
				return getP90();
			case CampaignPackage.RATE__ALPHA:
				return getAlpha();
			case CampaignPackage.RATE__BETA:
				return getBeta();
			case CampaignPackage.RATE__STREAM_CONCENTRATION:
				return getStreamConcentration();
			case CampaignPackage.RATE__LEARNED_FROM:
				return getLearnedFrom();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case CampaignPackage.RATE__SOURCE:
				setSource((RateSource)newValue);
				return;
			case CampaignPackage.RATE__MEAN:
				setMean((Double)newValue);
				return;
			case CampaignPackage.RATE__CONCENTRATION:
				setConcentration((Double)newValue);
				return;
			case CampaignPackage.RATE__P10:
				setP10((Double)newValue);
				return;
			case CampaignPackage.RATE__P90:
				setP90((Double)newValue);
				return;
			case CampaignPackage.RATE__ALPHA:
				setAlpha((Double)newValue);
				return;
			case CampaignPackage.RATE__BETA:
				setBeta((Double)newValue);
				return;
			case CampaignPackage.RATE__STREAM_CONCENTRATION:
				setStreamConcentration((Double)newValue);
				return;
			case CampaignPackage.RATE__LEARNED_FROM:
				setLearnedFrom((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case CampaignPackage.RATE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case CampaignPackage.RATE__MEAN:
				setMean(MEAN_EDEFAULT);
				return;
			case CampaignPackage.RATE__CONCENTRATION:
				setConcentration(CONCENTRATION_EDEFAULT);
				return;
			case CampaignPackage.RATE__P10:
				setP10(P10_EDEFAULT);
				return;
			case CampaignPackage.RATE__P90:
				setP90(P90_EDEFAULT);
				return;
			case CampaignPackage.RATE__ALPHA:
				setAlpha(ALPHA_EDEFAULT);
				return;
			case CampaignPackage.RATE__BETA:
				setBeta(BETA_EDEFAULT);
				return;
			case CampaignPackage.RATE__STREAM_CONCENTRATION:
				setStreamConcentration(STREAM_CONCENTRATION_EDEFAULT);
				return;
			case CampaignPackage.RATE__LEARNED_FROM:
				setLearnedFrom(LEARNED_FROM_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case CampaignPackage.RATE__SOURCE:
				return source != SOURCE_EDEFAULT;
			case CampaignPackage.RATE__MEAN:
				return MEAN_EDEFAULT == null ? mean != null : !MEAN_EDEFAULT.equals(mean);
			case CampaignPackage.RATE__CONCENTRATION:
				return CONCENTRATION_EDEFAULT == null ? concentration != null : !CONCENTRATION_EDEFAULT.equals(concentration);
			case CampaignPackage.RATE__P10:
				return P10_EDEFAULT == null ? p10 != null : !P10_EDEFAULT.equals(p10);
			case CampaignPackage.RATE__P90:
				return P90_EDEFAULT == null ? p90 != null : !P90_EDEFAULT.equals(p90);
			case CampaignPackage.RATE__ALPHA:
				return ALPHA_EDEFAULT == null ? alpha != null : !ALPHA_EDEFAULT.equals(alpha);
			case CampaignPackage.RATE__BETA:
				return BETA_EDEFAULT == null ? beta != null : !BETA_EDEFAULT.equals(beta);
			case CampaignPackage.RATE__STREAM_CONCENTRATION:
				return STREAM_CONCENTRATION_EDEFAULT == null ? streamConcentration != null : !STREAM_CONCENTRATION_EDEFAULT.equals(streamConcentration);
			case CampaignPackage.RATE__LEARNED_FROM:
				return LEARNED_FROM_EDEFAULT == null ? learnedFrom != null : !LEARNED_FROM_EDEFAULT.equals(learnedFrom);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (source: ");
		result.append(source);
		result.append(", mean: ");
		result.append(mean);
		result.append(", concentration: ");
		result.append(concentration);
		result.append(", p10: ");
		result.append(p10);
		result.append(", p90: ");
		result.append(p90);
		result.append(", alpha: ");
		result.append(alpha);
		result.append(", beta: ");
		result.append(beta);
		result.append(", streamConcentration: ");
		result.append(streamConcentration);
		result.append(", learnedFrom: ");
		result.append(learnedFrom);
		result.append(')');
		return result.toString();
	}

} //RateImpl
