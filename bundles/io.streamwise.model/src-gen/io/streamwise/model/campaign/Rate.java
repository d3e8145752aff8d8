/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rate between 0 and 1 and how uncertain it is: a fixed value (mean alone), a Beta distribution by mean and concentration, a Beta distribution by its 10th and 90th percentiles, or learned from an event log (alpha and beta of a Beta posterior).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.Rate#getSource <em>Source</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Rate#getMean <em>Mean</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Rate#getConcentration <em>Concentration</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Rate#getP10 <em>P10</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Rate#getP90 <em>P90</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Rate#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Rate#getBeta <em>Beta</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Rate#getStreamConcentration <em>Stream Concentration</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Rate#getLearnedFrom <em>Learned From</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getRate()
 * @model
 * @generated
 */
public interface Rate extends EObject
{
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.campaign.RateSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ASSUMED (set by hand) or LEARNED (filled by campaign learn).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see io.streamwise.model.campaign.RateSource
	 * @see #setSource(RateSource)
	 * @see io.streamwise.model.campaign.CampaignPackage#getRate_Source()
	 * @model
	 * @generated
	 */
	RateSource getSource();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Rate#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see io.streamwise.model.campaign.RateSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(RateSource value);

	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean of the rate; alone, the rate is taken as known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getRate_Mean()
	 * @model
	 * @generated
	 */
	Double getMean();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Rate#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(Double value);

	/**
	 * Returns the value of the '<em><b>Concentration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With mean: the Beta distribution with alpha = mean x concentration and beta = (1 - mean) x concentration; larger is surer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concentration</em>' attribute.
	 * @see #setConcentration(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getRate_Concentration()
	 * @model
	 * @generated
	 */
	Double getConcentration();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Rate#getConcentration <em>Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concentration</em>' attribute.
	 * @see #getConcentration()
	 * @generated
	 */
	void setConcentration(Double value);

	/**
	 * Returns the value of the '<em><b>P10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With p90: the Beta distribution whose 10th percentile this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>P10</em>' attribute.
	 * @see #setP10(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getRate_P10()
	 * @model
	 * @generated
	 */
	Double getP10();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Rate#getP10 <em>P10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P10</em>' attribute.
	 * @see #getP10()
	 * @generated
	 */
	void setP10(Double value);

	/**
	 * Returns the value of the '<em><b>P90</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With p10: the Beta distribution whose 90th percentile this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>P90</em>' attribute.
	 * @see #setP90(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getRate_P90()
	 * @model
	 * @generated
	 */
	Double getP90();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Rate#getP90 <em>P90</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P90</em>' attribute.
	 * @see #getP90()
	 * @generated
	 */
	void setP90(Double value);

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learned: alpha of the Beta posterior of the rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getRate_Alpha()
	 * @model
	 * @generated
	 */
	Double getAlpha();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Rate#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(Double value);

	/**
	 * Returns the value of the '<em><b>Beta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learned: beta of the Beta posterior of the rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beta</em>' attribute.
	 * @see #setBeta(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getRate_Beta()
	 * @model
	 * @generated
	 */
	Double getBeta();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Rate#getBeta <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta</em>' attribute.
	 * @see #getBeta()
	 * @generated
	 */
	void setBeta(Double value);

	/**
	 * Returns the value of the '<em><b>Stream Concentration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much the rate varies from stream to stream around its value: each stream draws Beta(value x this, (1 - value) x this); not set for no variation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stream Concentration</em>' attribute.
	 * @see #setStreamConcentration(Double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getRate_StreamConcentration()
	 * @model
	 * @generated
	 */
	Double getStreamConcentration();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Rate#getStreamConcentration <em>Stream Concentration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stream Concentration</em>' attribute.
	 * @see #getStreamConcentration()
	 * @generated
	 */
	void setStreamConcentration(Double value);

	/**
	 * Returns the value of the '<em><b>Learned From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learned: the event log and the number of streams and people it was learned from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learned From</em>' attribute.
	 * @see #setLearnedFrom(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getRate_LearnedFrom()
	 * @model
	 * @generated
	 */
	String getLearnedFrom();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Rate#getLearnedFrom <em>Learned From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learned From</em>' attribute.
	 * @see #getLearnedFrom()
	 * @generated
	 */
	void setLearnedFrom(String value);

} // Rate
