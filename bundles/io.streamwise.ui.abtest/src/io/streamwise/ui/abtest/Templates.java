package io.streamwise.ui.abtest;

import java.io.IOException;

import io.streamwise.ui.models.ModelTemplate;

/**
 * The A/B test a new file starts from: the pinned-offer example (examples/abtest/pinned-offer.abtest, copied into this
 * bundle's templates/ folder; a UI test checks the two are the same), renamed.
 */
public final class Templates {

	static final String TEMPLATE = "/templates/pinned-offer.abtest";

	private Templates() {
	}

	/** The template's text, as shipped. */
	public static byte[] templateBytes() throws IOException {
		return ModelTemplate.resource(Templates.class, TEMPLATE);
	}

	/** The template with the id and name a new file's name gives ("Price cut.abtest": price-cut). */
	public static byte[] testNamed(String fileName) throws IOException {
		return ModelTemplate.named(templateBytes(), fileName, "abtest", "abtest", "A/B test");
	}
}
