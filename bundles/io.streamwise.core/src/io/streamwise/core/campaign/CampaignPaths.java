// SPDX-License-Identifier: GPL-3.0-or-later
package io.streamwise.core.campaign;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Paths of elements and inputs inside a campaign, as error messages, forecasts and scenario overrides write them:
 * features from the campaign separated by {@code /}, an element of a list by its id in brackets (by its index when it
 * has no id), ending in an attribute: {@code segments[pros]/funnels[0]/conversions[course]/purchase/mean}. Conversions
 * and funnels are named by their product's or stream's id when they have one.
 */
public final class CampaignPaths {

	private CampaignPaths() {
	}

	/** The path of {@code element} from its campaign (the root): empty for the root. */
	public static String of(EObject element) {
		StringBuilder path = new StringBuilder();
		for (EObject e = element; e.eContainer() != null; e = e.eContainer()) {
			EStructuralFeature feature = e.eContainingFeature();
			String step = feature.getName();
			if (feature.isMany()) {
				List<?> list = (List<?>) e.eContainer().eGet(feature);
				String key = keyOf(e);
				step += "[" + (key != null ? key : Integer.toString(list.indexOf(e))) + "]";
			}
			path.insert(0, path.isEmpty() ? step : step + "/");
		}
		return path.toString();
	}

	/** The path of an attribute of {@code element}. */
	public static String of(EObject element, String attribute) {
		String base = of(element);
		return base.isEmpty() ? attribute : base + "/" + attribute;
	}

	/**
	 * The key an element of a list goes by: its id, else the id of the product or stream it is about. Two elements of
	 * one list with the same key are told apart by index: {@link #resolve} takes the first.
	 */
	static String keyOf(EObject e) {
		for (String name : List.of("id", "product", "stream")) {
			EStructuralFeature f = e.eClass().getEStructuralFeature(name);
			if (f == null || f.isMany()) {
				continue;
			}
			Object value = e.eGet(f, false);
			if (value instanceof String s && !s.isBlank()) {
				return s;
			}
			if (value instanceof EObject o && !o.eIsProxy()) {
				String key = keyOf(o);
				if (key != null) {
					return key;
				}
			}
		}
		return null;
	}

	/** An attribute of an element, found by a path. */
	public record Input(EObject element, EAttribute attribute) {
	}

	/**
	 * The attribute a path names, creating no element.
	 *
	 * @throws IllegalArgumentException naming the step that does not exist
	 */
	public static Input resolve(EObject root, String path) {
		if (path == null || path.isBlank()) {
			throw new IllegalArgumentException("empty path");
		}
		String[] steps = path.split("/");
		EObject current = root;
		for (int i = 0; i < steps.length; i++) {
			String step = steps[i];
			String name = step;
			String key = null;
			int bracket = step.indexOf('[');
			if (bracket >= 0) {
				if (!step.endsWith("]")) {
					throw new IllegalArgumentException("'" + step + "' is not feature[key]");
				}
				name = step.substring(0, bracket);
				key = step.substring(bracket + 1, step.length() - 1);
			}
			EStructuralFeature feature = current.eClass().getEStructuralFeature(name);
			if (feature == null) {
				throw new IllegalArgumentException("a " + current.eClass().getName() + " has no '" + name + "'");
			}
			boolean last = i == steps.length - 1;
			if (last) {
				if (!(feature instanceof EAttribute attribute) || feature.isMany() || key != null) {
					throw new IllegalArgumentException("'" + step + "' is not a single value");
				}
				return new Input(current, attribute);
			}
			Object value = current.eGet(feature);
			if (feature.isMany()) {
				if (key == null) {
					throw new IllegalArgumentException("'" + name + "' is a list: write " + name + "[id or index]");
				}
				current = find((List<?>) value, key, name);
			} else {
				if (!(value instanceof EObject next)) {
					throw new IllegalArgumentException("'" + name + "' is not set");
				}
				current = next;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	private static EObject find(List<?> list, String key, String name) {
		for (Object o : list) {
			if (o instanceof EObject e && key.equals(keyOf(e))) {
				return e;
			}
		}
		if (key.matches("\\d{1,9}")) {
			int index = Integer.parseInt(key);
			if (index < list.size() && list.get(index) instanceof EObject e) {
				return e;
			}
		}
		throw new IllegalArgumentException("'" + name + "' has no element '" + key + "'");
	}
}
