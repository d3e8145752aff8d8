// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.io;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.Parameter;

/**
 * Algorithm settings whose persisted key changed, and the format step that renames them in saved experiments. Keys
 * are meant to be stable forever; this table holds the few that were renamed anyway, so that files saved before still
 * load, the command line can point from the old name to the new one, and seeds stay what they were.
 */
public final class SettingKeyRenames {

	/**
	 * One renamed key.
	 *
	 * @param algorithmId the algorithm whose setting it is
	 * @param formerKey   the key files of older formats hold
	 * @param key         the key now
	 * @param version     the format version that introduced the new key
	 */
	public record Rename(String algorithmId, String formerKey, String key, String version) {
	}

	/** Every rename, oldest first. */
	public static final List<Rename> ALL = List.of(
			// viewer vocabulary: the platform's users are viewers
			new Rename("bpr", "regUser", "regViewer", "1.1"));

	/** Format 1.0 to 1.1: the renames of version 1.1 in every algorithm configuration of an experiment. */
	public static final FormatMigration.Step TO_1_1 = new FormatMigration.Step() {
		@Override
		public String fromVersion() {
			return "1.0";
		}

		@Override
		public String toVersion() {
			return "1.1";
		}

		@Override
		public void apply(EObject root) throws FormatVersionException {
			rename(root, toVersion());
		}
	};

	private SettingKeyRenames() {
	}

	/** The rename of a key an algorithm's settings used to have; empty when the key was never renamed. */
	public static Optional<Rename> ofFormerKey(String algorithmId, String formerKey) {
		return ALL.stream().filter(r -> r.algorithmId().equals(algorithmId) && r.formerKey().equals(formerKey))
				.findFirst();
	}

	/**
	 * The key a setting had when it was first saved: {@code key} followed back through every rename. Seeds derive from
	 * it, so that a rename changes no result.
	 */
	public static String originalKey(String algorithmId, String key) {
		String k = key;
		for (int i = ALL.size() - 1; i >= 0; i--) {
			Rename r = ALL.get(i);
			if (r.algorithmId().equals(algorithmId) && r.key().equals(k)) {
				k = r.formerKey();
			}
		}
		return k;
	}

	private static void rename(EObject root, String version) throws FormatVersionException {
		if (!(root instanceof Experiment experiment)) {
			return; // only experiments hold algorithm settings
		}
		for (AlgorithmConfig config : experiment.getAlgorithms()) {
			for (Rename r : ALL) {
				if (!r.version().equals(version) || !r.algorithmId().equals(config.getAlgorithmId())) {
					continue;
				}
				boolean hasNew = config.getSettings().stream().anyMatch(p -> r.key().equals(p.getKey()));
				for (Parameter p : config.getSettings()) {
					if (r.formerKey().equals(p.getKey())) {
						if (hasNew) {
							throw new FormatVersionException("algorithm '" + config.getLabel() + "' (" + r.algorithmId()
									+ ") sets both " + r.formerKey() + " and " + r.key()
									+ ", which is its new name since format " + r.version() + "; keep one");
						}
						p.setKey(r.key());
					}
				}
			}
		}
	}
}
