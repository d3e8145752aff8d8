package io.streamwise.core.simulator;

import java.util.List;

/**
 * A product of the simulated catalogue.
 *
 * @param id       product id ("p0113")
 * @param kind     course, consultation, membership, e-book or goods
 * @param title    a readable title
 * @param category the category name
 * @param tags     descriptive tags
 * @param price    list price in the settings' currency, rounded to cents
 * @param creator  id of the host who created (knowledge assets) or endorses (goods) the product
 */
public record Product(String id, ProductKind kind, String title, String category, List<String> tags, float price,
		String creator) {

	public Product {
		tags = List.copyOf(tags);
	}
}
