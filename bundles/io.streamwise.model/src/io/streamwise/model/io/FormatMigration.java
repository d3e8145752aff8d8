// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Upgrades loaded documents from older format versions, one {@link Step} at a time, and rejects documents written
 * by newer code.
 *
 * <p>All six document kinds (catalog, audience, streams, campaign, experiment, A/B test) share one format version number,
 * kept in the root's {@code formatVersion} attribute. A version is dot-separated non-negative integers ("1.0",
 * "1.2", "2.0") and compares numerically per component. A change that old files cannot load into adds a step to
 * {@link #standard()} and raises {@link #CURRENT_VERSION} (and the metamodels' default of formatVersion, which new
 * documents are written with). Steps: 1.0 to 1.1 renames algorithm setting keys ({@link SettingKeyRenames}); 1.1 to 1.2 moves a
 * campaign's referenced streams and segments into planned streams and target segments ({@link CampaignPlanMigration}).
 *
 * <p>Instances are immutable.
 */
public final class FormatMigration {

	/** Newest format version this code reads and the version it writes. */
	public static final String CURRENT_VERSION = "1.2";

	/** Name of the root attribute that carries the version. */
	public static final String FORMAT_VERSION_ATTRIBUTE = "formatVersion";

	/** Upgrades a document from exactly {@link #fromVersion()} to {@link #toVersion()}. */
	public interface Step {

		String fromVersion();

		String toVersion();

		/**
		 * Changes the loaded document in place. The root's formatVersion is set to {@link #toVersion()} afterwards
		 * by {@link FormatMigration}, so steps need not do it.
		 */
		void apply(EObject root) throws FormatVersionException;
	}

	private static final FormatMigration STANDARD = new FormatMigration(CURRENT_VERSION,
			List.of(SettingKeyRenames.TO_1_1, CampaignPlanMigration.TO_1_2));

	/**
	 * An enumeration literal that files of an earlier version may hold and this version no longer has. EMF cannot load
	 * such a value into the current model, so no {@link Step} could see it: loading fails with {@link #advice} instead,
	 * naming the file, line and column (see {@link ModelIO}).
	 *
	 * @param enumName the enumeration, such as {@code ProtocolKind}
	 * @param literal  the literal that was removed
	 * @param advice   what the file's author does instead
	 */
	public record RetiredLiteral(String enumName, String literal, String advice) {
	}

	/**
	 * The removed literals. PREQUENTIAL: the experiment editor offered it but no protocol of the experiment runner
	 * evaluated it, so every such file failed with exit code 3; test-then-train evaluation is {@code streamwise
	 * prequential} (MOA learners on an ARFF or CSV stream). No protocol of an experiment has its meaning, so the file
	 * is refused with that advice rather than silently given another protocol whose numbers its author never chose.
	 */
	public static final List<RetiredLiteral> RETIRED_LITERALS = List.of(new RetiredLiteral("ProtocolKind",
			"PREQUENTIAL", "protocol kind PREQUENTIAL was removed: no experiment ever ran with it. For test-then-train"
					+ " evaluation of stream learners use 'streamwise prequential --data FILE --class NAME --learners"
					+ " ...' (docs/stream-learning.md); for an experiment set the protocol's kind to one of RANDOM,"
					+ " TEMPORAL, LEAVE_LAST_OUT, KFOLD, GIVEN, STREAM_SESSION or RANDOM_PER_VIEWER"));

	/** What to do about a value of an enumeration that failed to load, or null if it is no retired literal. */
	public static String retiredLiteralAdvice(String enumName, Object value) {
		for (RetiredLiteral r : RETIRED_LITERALS) {
			if (r.enumName().equals(enumName) && r.literal().equals(value)) {
				return r.advice();
			}
		}
		return null;
	}

	private final String currentVersion;
	private final Map<String, Step> stepsByFromVersion = new HashMap<>();

	/**
	 * @param currentVersion the version documents are upgraded to
	 * @param steps          the upgrade steps; each must go forward, end at or before currentVersion, and start from a
	 *                       version no other step starts from
	 */
	public FormatMigration(String currentVersion, List<? extends Step> steps) {
		this.currentVersion = Objects.requireNonNull(currentVersion, "currentVersion");
		parse(currentVersion);
		for (Step step : steps) {
			if (compare(step.fromVersion(), step.toVersion()) >= 0) {
				throw new IllegalArgumentException(
						"migration step " + step.fromVersion() + " -> " + step.toVersion() + " does not go forward");
			}
			if (compare(step.toVersion(), currentVersion) > 0) {
				throw new IllegalArgumentException("migration step " + step.fromVersion() + " -> " + step.toVersion()
						+ " goes past the current version " + currentVersion);
			}
			if (stepsByFromVersion.putIfAbsent(normalize(step.fromVersion()), step) != null) {
				throw new IllegalArgumentException("two migration steps start from version " + step.fromVersion());
			}
		}
	}

	/** The migration this code applies on load: to {@link #CURRENT_VERSION} with the steps it knows. */
	public static FormatMigration standard() {
		return STANDARD;
	}

	public String currentVersion() {
		return currentVersion;
	}

	/**
	 * Checks the version without changing anything.
	 *
	 * @return true if documents of this version need steps applied, false if they are current
	 * @throws FormatVersionException if the version is not a version number or is newer than the current one
	 */
	public boolean needsMigration(String version) throws FormatVersionException {
		int order;
		try {
			order = compare(version, currentVersion);
		} catch (IllegalArgumentException e) {
			throw new FormatVersionException("formatVersion \"" + version + "\" is not a version number like \""
					+ currentVersion + "\"", e);
		}
		if (order > 0) {
			throw new FormatVersionException("formatVersion " + version + " is newer than " + currentVersion
					+ ", the newest this version of Streamwise can read; use a newer Streamwise");
		}
		return order < 0;
	}

	/**
	 * Upgrades the document in place, step by step, to the current version. Roots without a formatVersion attribute
	 * are left alone.
	 *
	 * @return the version the document had before
	 */
	public String migrate(EObject root) throws FormatVersionException {
		EAttribute versionAttribute = versionAttribute(root);
		if (versionAttribute == null) {
			return null;
		}
		String original = (String) root.eGet(versionAttribute);
		String version = original;
		while (needsMigration(version)) {
			Step step = stepsByFromVersion.get(normalize(version));
			if (step == null) {
				throw new FormatVersionException("no migration is known from formatVersion " + version + " to "
						+ currentVersion);
			}
			step.apply(root);
			version = step.toVersion();
			root.eSet(versionAttribute, version);
		}
		return original;
	}

	/** The root's formatVersion attribute, or null if its class has none. */
	public static EAttribute versionAttribute(EObject root) {
		EStructuralFeature feature = root.eClass().getEStructuralFeature(FORMAT_VERSION_ATTRIBUTE);
		return feature instanceof EAttribute attribute && attribute.getEType().getInstanceClass() == String.class
				? attribute
				: null;
	}

	/**
	 * Compares two versions numerically per component, a missing component counting as 0 ("1" equals "1.0").
	 *
	 * @throws IllegalArgumentException if either is not dot-separated non-negative integers
	 */
	public static int compare(String left, String right) {
		int[] a = parse(left);
		int[] b = parse(right);
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int order = Integer.compare(i < a.length ? a[i] : 0, i < b.length ? b[i] : 0);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

	private static String normalize(String version) {
		int[] parts = parse(version);
		int length = parts.length;
		while (length > 1 && parts[length - 1] == 0) {
			length--;
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(i == 0 ? "" : ".").append(parts[i]);
		}
		return text.toString();
	}

	private static int[] parse(String version) {
		if (version == null || !version.matches("\\d{1,9}(\\.\\d{1,9})*")) {
			throw new IllegalArgumentException("not a version number: " + version);
		}
		String[] texts = version.split("\\.");
		int[] parts = new int[texts.length];
		for (int i = 0; i < texts.length; i++) {
			parts[i] = Integer.parseInt(texts[i]);
		}
		return parts;
	}
}
