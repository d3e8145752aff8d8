// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.campaign.CampaignStream;
import io.streamwise.model.campaign.TargetSegment;
import io.streamwise.model.io.FormatMigration;
import io.streamwise.model.io.ModelIO;

/** A campaign saved in format 1.1 loads with its streams and segments moved into the plan of format 1.2. */
class CampaignPlanMigrationTest {

	@TempDir
	Path dir;

	private Path copyOfSavedCampaign() throws IOException {
		Path source = Path.of("data/campaign-1.1");
		for (String name : List.of("spring.campaign", "week12.streams", "spring.audience")) {
			Files.copy(source.resolve(name), dir.resolve(name));
		}
		return dir.resolve("spring.campaign");
	}

	@Test
	void referencedStreamsAndSegmentsBecomePlannedStreamsAndTargetSegments() throws IOException {
		Campaign campaign = ModelIO.load(copyOfSavedCampaign(), Campaign.class);
		assertEquals(FormatMigration.CURRENT_VERSION, campaign.getFormatVersion());
		assertTrue(campaign.getStreams().isEmpty());
		assertTrue(campaign.getTargetSegments().isEmpty());
		assertEquals(List.of("ls-1", "ls-2"),
				campaign.getPlannedStreams().stream().map(CampaignStream::getId).toList());
		CampaignStream second = campaign.getPlannedStreams().get(1);
		assertEquals("Ask me anything: careers in data", second.getTitle());
		assertEquals(90, second.getDurationMinutes()); // 19:00 to 20:30
		assertEquals("Chen", second.getHost());
		assertSame(second.getScheduled().getStart(), second.getStart());
		assertEquals("ls-2", second.getScheduled().getId());
		assertEquals(List.of("Students", "Professionals"),
				campaign.getSegments().stream().map(TargetSegment::getName).toList());
		assertEquals("seg-pros", campaign.getSegments().get(1).getSegment().getId());
		// what format 1.1 already had is kept
		assertEquals(5000.0, campaign.getBudget());
		assertEquals(2, campaign.getVariants().size());
	}

	@Test
	void theMigratedCampaignSavesInTheNewFormatAndLoadsUnchanged() throws IOException {
		Path file = copyOfSavedCampaign();
		ModelIO.save(ModelIO.load(file, Campaign.class), file);
		String text = Files.readString(file);
		assertTrue(text.contains("formatVersion=\"" + FormatMigration.CURRENT_VERSION + "\""), text);
		assertTrue(text.contains("<plannedStreams id=\"ls-1\""), text);
		assertTrue(text.contains("<scheduled href=\"week12.streams#ls-1\"/>"), text);
		assertTrue(!text.contains("<streams ") && !text.contains("<targetSegments "), text);
		Campaign again = ModelIO.load(file, Campaign.class);
		assertEquals(2, again.getPlannedStreams().size());
		assertEquals("seg-students", again.getSegments().get(0).getSegment().getId());
	}
}
