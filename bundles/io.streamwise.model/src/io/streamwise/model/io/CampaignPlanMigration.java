// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.io;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.streamwise.model.audience.Segment;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignFactory;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.TargetSegment;
import io.streamwise.model.stream.LiveStream;

/**
 * Format 1.1 to 1.2: campaigns became forecastable plans. A campaign of format 1.1 listed the schedule's streams and
 * the audience's segments it aims at as bare references; 1.2 holds them as planned streams and target segments with
 * their own economics and funnels. Each referenced stream becomes a planned stream that refers to it (with its id,
 * title, start and duration), each referenced segment a target segment that refers to it (size 0 and no funnel: the
 * old format knew neither, and a forecast says so rather than guessing). Other documents are unchanged.
 */
public final class CampaignPlanMigration implements FormatMigration.Step {

	/** The step, as {@link FormatMigration#standard()} applies it. */
	public static final CampaignPlanMigration TO_1_2 = new CampaignPlanMigration();

	private CampaignPlanMigration() {
	}

	@Override
	public String fromVersion() {
		return "1.1";
	}

	@Override
	public String toVersion() {
		return "1.2";
	}

	@Override
	public void apply(EObject root) {
		if (!(root instanceof Campaign campaign)) {
			return;
		}
		CampaignFactory factory = CampaignFactory.eINSTANCE;
		for (LiveStream scheduled : List.copyOf(campaign.getStreams())) {
			CampaignStream stream = factory.createCampaignStream();
			stream.setScheduled(scheduled);
			stream.setId(scheduled.getId());
			stream.setTitle(scheduled.getTitle());
			stream.setStart(scheduled.getStart());
			if (scheduled.getStart() != null && scheduled.getEnd() != null) {
				stream.setDurationMinutes(
						(int) ((scheduled.getEnd().getTime() - scheduled.getStart().getTime()) / 60_000L));
			}
			stream.setHost(scheduled.getHost() == null ? null : scheduled.getHost().getName());
			campaign.getPlannedStreams().add(stream);
		}
		for (Segment aimedAt : List.copyOf(campaign.getTargetSegments())) {
			TargetSegment segment = factory.createTargetSegment();
			segment.setSegment(aimedAt);
			segment.setId(aimedAt.getId());
			segment.setName(aimedAt.getName());
			campaign.getSegments().add(segment);
		}
		campaign.getStreams().clear();
		campaign.getTargetSegments().clear();
	}
}
