// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.streamwise.core.campaign.CampaignPaths.Input;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.Scenario;
import io.streamwise.model.campaign.ScenarioOverride;

/** The base plan and its named scenarios as plans of their own. */
public final class CampaignScenarios {

	/** The name of the plan as written. */
	public static final String BASE = "base";

	/** A scenario's campaign, compiled. */
	public record Variant(String name, String description, CampaignPlan plan) {
	}

	private CampaignScenarios() {
	}

	/**
	 * The plans to forecast: the base plan, and the named scenario ({@code "all"} for every one; null for none).
	 *
	 * @throws CampaignInputException when a plan is invalid, a scenario's override names an input that does not
	 *                                exist or a value its type cannot hold, or no scenario has the name asked for
	 */
	public static List<Variant> variants(Campaign campaign, String scenario) throws CampaignInputException {
		List<Variant> variants = new ArrayList<>();
		variants.add(new Variant(BASE, "the plan as written", CampaignPlan.compile(campaign)));
		for (int i = 0; i < campaign.getScenarios().size(); i++) {
			Scenario s = campaign.getScenarios().get(i);
			Campaign applied = apply(campaign, i); // checks every scenario, even those not asked for
			if (scenario != null && (scenario.equals("all") || scenario.equals(s.getName())
					|| scenario.equals(s.getId()))) {
				variants.add(new Variant(s.getName() == null ? s.getId() : s.getName(), s.getDescription(),
						CampaignPlan.compile(applied)));
			}
		}
		if (scenario != null && !scenario.equals("all") && variants.size() == 1) {
			throw new CampaignInputException("scenarios", "no scenario is named '" + scenario + "'; the campaign has "
					+ campaign.getScenarios().stream().map(Scenario::getName).toList());
		}
		return variants;
	}

	/**
	 * A copy of the campaign with scenario {@code index}'s streams added after the plan's and its overrides set (so an
	 * override can name an added stream as {@code plannedStreams[id]/...}). References between elements of the
	 * campaign follow the copy; references into other documents stay.
	 */
	public static Campaign apply(Campaign campaign, int index) throws CampaignInputException {
		Campaign copy = withAddedStreams(campaign, index);
		Scenario scenario = copy.getScenarios().get(index);
		for (ScenarioOverride override : scenario.getOverrides()) {
			Object value = check(copy, override);
			Input input = CampaignPaths.resolve(copy, override.getPath());
			input.element().eSet(input.attribute(), value);
		}
		copy.getScenarios().clear();
		return copy;
	}

	/**
	 * What is wrong with scenario {@code index}'s overrides, one sentence each: a path that names no input of the
	 * campaign with the scenario's streams added, or a value the input cannot hold. Empty when every one applies.
	 */
	public static List<String> problems(Campaign campaign, int index) {
		Campaign copy = withAddedStreams(campaign, index);
		List<String> out = new ArrayList<>();
		for (ScenarioOverride override : copy.getScenarios().get(index).getOverrides()) {
			try {
				check(copy, override);
			} catch (CampaignInputException e) {
				out.add(e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
			}
		}
		return out;
	}

	private static Campaign withAddedStreams(Campaign campaign, int index) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Campaign copy = (Campaign) copier.copy(campaign);
		copier.copyReferences();
		Scenario scenario = copy.getScenarios().get(index);
		List<CampaignStream> added = new ArrayList<>(scenario.getAddedStreams());
		copy.getPlannedStreams().addAll(added); // moves them out of the copied scenario
		return copy;
	}

	/** The override's value, as its input's type reads it. */
	private static Object check(Campaign copy, ScenarioOverride override) throws CampaignInputException {
		Input input;
		try {
			input = CampaignPaths.resolve(copy, override.getPath());
		} catch (IllegalArgumentException e) {
			throw new CampaignInputException(CampaignPaths.of(override, "path"), "overrides an input that does not"
					+ " exist: '" + override.getPath() + "' (" + e.getMessage() + ")");
		}
		EAttribute attribute = input.attribute();
		try {
			return EcoreUtil.createFromString(attribute.getEAttributeType(), override.getValue());
		} catch (RuntimeException e) {
			throw new CampaignInputException(CampaignPaths.of(override, "value"), "'" + override.getValue()
					+ "' is not a value of " + override.getPath() + " (" + attribute.getEAttributeType().getName()
					+ ")");
		}
	}
}
