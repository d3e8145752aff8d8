/**
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
package io.streamwise.model.campaign;

import io.streamwise.model.audience.Segment;

import io.streamwise.model.stream.LiveStream;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .campaign file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getId <em>Id</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getName <em>Name</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getGoal <em>Goal</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getBudget <em>Budget</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getCurrency <em>Currency</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getStreams <em>Streams</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getTargetSegments <em>Target Segments</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getTarget <em>Target</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getTargetMetric <em>Target Metric</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getFixedCosts <em>Fixed Costs</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getProducts <em>Products</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getPlannedStreams <em>Planned Streams</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getOffers <em>Offers</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getSegments <em>Segments</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getVariants <em>Variants</em>}</li>
 *   <li>{@link io.streamwise.model.campaign.Campaign#getPurchaseModel <em>Purchase Model</em>}</li>
 * </ul>
 *
 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format this document was written in; older versions are migrated on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_FormatVersion()
	 * @model default="1.2"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.campaign.CampaignGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' attribute.
	 * @see io.streamwise.model.campaign.CampaignGoal
	 * @see #setGoal(CampaignGoal)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Goal()
	 * @model
	 * @generated
	 */
	CampaignGoal getGoal();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getGoal <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' attribute.
	 * @see io.streamwise.model.campaign.CampaignGoal
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(CampaignGoal value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Budget()
	 * @model
	 * @generated
	 */
	double getBudget();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(double value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Streams</b></em>' reference list.
	 * The list contents are of type {@link io.streamwise.model.stream.LiveStream}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Format 1.1 and older: the schedule's streams the campaign runs in. Loading moves each into plannedStreams (as its scheduled stream); new documents leave this empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Streams</em>' reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Streams()
	 * @model
	 * @generated
	 */
	EList<LiveStream> getStreams();

	/**
	 * Returns the value of the '<em><b>Target Segments</b></em>' reference list.
	 * The list contents are of type {@link io.streamwise.model.audience.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Format 1.1 and older: the audience segments aimed at. Loading moves each into segments (as its audience segment); new documents leave this empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Segments</em>' reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_TargetSegments()
	 * @model
	 * @generated
	 */
	EList<Segment> getTargetSegments();

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the consultant wants to reach, in units of targetMetric; the forecast gives the probability of reaching it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Target()
	 * @model
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Returns the value of the '<em><b>Target Metric</b></em>' attribute.
	 * The literals are from the enumeration {@link io.streamwise.model.campaign.TargetMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which total the target is about; PROFIT by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Metric</em>' attribute.
	 * @see io.streamwise.model.campaign.TargetMetric
	 * @see #setTargetMetric(TargetMetric)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_TargetMetric()
	 * @model
	 * @generated
	 */
	TargetMetric getTargetMetric();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getTargetMetric <em>Target Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Metric</em>' attribute.
	 * @see io.streamwise.model.campaign.TargetMetric
	 * @see #getTargetMetric()
	 * @generated
	 */
	void setTargetMetric(TargetMetric value);

	/**
	 * Returns the value of the '<em><b>Fixed Costs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Costs of the whole campaign that do not depend on streams or sales (production, tools), in the campaign's currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fixed Costs</em>' attribute.
	 * @see #setFixedCosts(double)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_FixedCosts()
	 * @model
	 * @generated
	 */
	double getFixedCosts();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getFixedCosts <em>Fixed Costs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Costs</em>' attribute.
	 * @see #getFixedCosts()
	 * @generated
	 */
	void setFixedCosts(double value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.CampaignProduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Products on offer in the campaign, with their economics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Products</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Products()
	 * @model containment="true"
	 * @generated
	 */
	EList<CampaignProduct> getProducts();

	/**
	 * Returns the value of the '<em><b>Planned Streams</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.CampaignStream}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The campaign's live streams, in the order they run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Streams</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_PlannedStreams()
	 * @model containment="true"
	 * @generated
	 */
	EList<CampaignStream> getPlannedStreams();

	/**
	 * Returns the value of the '<em><b>Offers</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.CampaignOffer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discounts, time-limited offers, bundles and coupons that streams can make.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offers</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Offers()
	 * @model containment="true"
	 * @generated
	 */
	EList<CampaignOffer> getOffers();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.TargetSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target segments with their sizes and funnels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<TargetSegment> getSegments();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named sets of overrides of the base plan, forecast beside it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' containment reference list.
	 * The list contents are of type {@link io.streamwise.model.campaign.Variant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variants</em>' containment reference list.
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_Variants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variant> getVariants();

	/**
	 * Returns the value of the '<em><b>Purchase Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: the conversion model plugin whose purchase probabilities, fitted on an event log's session features and averaged per segment, set the purchase rates when the funnel is learned from the log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purchase Model</em>' containment reference.
	 * @see #setPurchaseModel(PurchaseModel)
	 * @see io.streamwise.model.campaign.CampaignPackage#getCampaign_PurchaseModel()
	 * @model containment="true"
	 * @generated
	 */
	PurchaseModel getPurchaseModel();

	/**
	 * Sets the value of the '{@link io.streamwise.model.campaign.Campaign#getPurchaseModel <em>Purchase Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purchase Model</em>' containment reference.
	 * @see #getPurchaseModel()
	 * @generated
	 */
	void setPurchaseModel(PurchaseModel value);

} // Campaign
