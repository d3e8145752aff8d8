// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;

import io.streamwise.model.catalog.CatalogFactory;
import io.streamwise.model.catalog.Course;
import io.streamwise.model.catalog.provider.CatalogItemProviderAdapterFactory;

/** The generated edit code (io.streamwise.model.edit) labels model objects from its plugin.properties. */
class EditLabelTest {

	@Test
	void courseIsLabelledWithTypeAndName() {
		CatalogItemProviderAdapterFactory factory = new CatalogItemProviderAdapterFactory();
		try {
			Course course = CatalogFactory.eINSTANCE.createCourse();
			course.setName("Data analysis with Python");
			IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(course, IItemLabelProvider.class);
			assertNotNull(labels);
			assertEquals("Course Data analysis with Python", labels.getText(course));

			Course unnamed = CatalogFactory.eINSTANCE.createCourse();
			assertEquals("Course",
					((IItemLabelProvider) factory.adapt(unnamed, IItemLabelProvider.class)).getText(unnamed));
		} finally {
			factory.dispose();
		}
	}
}
