package io.streamwise.stream;

import java.util.Locale;

import moa.classifiers.core.driftdetection.ADWINChangeDetector;
import moa.classifiers.core.driftdetection.ChangeDetector;
import moa.classifiers.core.driftdetection.DDM;
import moa.classifiers.core.driftdetection.PageHinkleyDM;

/** MOA's drift detectors, run on the 0/1 error stream of a learner, at their MOA defaults. */
public enum DriftDetection {
	/** ADWIN (Bifet and Gavaldà 2007), δ = 0.002. */
	ADWIN,
	/** DDM (Gama et al. 2004): drift when error + sd exceeds its minimum by 3 minimum sds, after 30 instances. */
	DDM,
	/** Page-Hinkley test (Page 1954), δ = 0.005, λ = 50, α = 1 − 0.0001, after 30 instances. */
	PAGE_HINKLEY;

	/** A new, prepared detector. */
	public ChangeDetector create() {
		ChangeDetector d = switch (this) {
		case ADWIN -> new ADWINChangeDetector();
		case DDM -> new DDM();
		case PAGE_HINKLEY -> new PageHinkleyDM();
		};
		d.prepareForUse();
		return d;
	}

	/** "adwin", "ddm", "ph" (or "page-hinkley"), case-insensitive. */
	public static DriftDetection parse(String name) {
		return switch (name.trim().toLowerCase(Locale.ROOT)) {
		case "adwin" -> ADWIN;
		case "ddm" -> DDM;
		case "ph", "page-hinkley", "pagehinkley" -> PAGE_HINKLEY;
		default -> throw new IllegalArgumentException(
				"unknown drift detector '" + name + "': use adwin, ddm or ph");
		};
	}

	public String id() {
		return this == PAGE_HINKLEY ? "ph" : name().toLowerCase(Locale.ROOT);
	}
}
