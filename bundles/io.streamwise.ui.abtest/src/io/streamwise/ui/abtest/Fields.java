package io.streamwise.ui.abtest;

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.streamwise.ui.models.FormFields;

/**
 * The fields of one page of the A/B test editor ({@link FormFields}): every key typed is checked against what the
 * attribute accepts (a share in (0, 1), α below 1, a correlation in (−1, 1)), and meanwhile
 * {@link #typed(org.eclipse.emf.ecore.util.EcoreUtil.Copier)} gives the design what the fields show, so that it can be
 * recomputed at every key.
 */
final class Fields extends FormFields {

	/** What a text field holds, and the values it accepts. */
	enum Kind {
		TEXT, NUMBER, NON_NEGATIVE, POSITIVE, NON_ZERO,
		/** A probability strictly between 0 and 1 (α, power, a traffic share, a conversion rate). */
		OPEN_UNIT,
		/** A correlation, strictly between −1 and 1. */
		CORRELATION,
		/** An intra-class correlation, in [0, 1). */
		ICC,
		/** A size of at least 1 (viewers per stream). */
		AT_LEAST_ONE,
		/** A whole number of at least 0. */
		WHOLE
	}

	/**
	 * @param onTyped called after every key typed into a field, once the text was checked
	 */
	Fields(AbTestEditor editor, FormToolkit toolkit, IMessageManager messages, Runnable onTyped) {
		super(toolkit, messages, editor::set, onTyped);
	}

	Text text(Composite parent, String label, String tooltip, Supplier<? extends EObject> owner, EAttribute attribute,
			Kind kind) {
		return text(parent, label, tooltip, owner, attribute, () -> kind);
	}

	/**
	 * A label and a text field for an attribute of the element owner gives (none: the field is disabled); what the
	 * field accepts may depend on the model (a baseline is a rate for conversion, a mean otherwise).
	 */
	Text text(Composite parent, String label, String tooltip, Supplier<? extends EObject> owner, EAttribute attribute,
			Supplier<Kind> kind) {
		String name = label != null ? label.replace(":", "").toLowerCase(Locale.ROOT) : attribute.getName();
		return text(parent, label, tooltip, owner, attribute, () -> text -> parse(text, kind.get(), attribute, name),
				Fields::format);
	}

	/**
	 * Marks the first field of the attribute named (the field of a problem the design found, such as shares not
	 * summing to 1) with the message; null clears every such mark.
	 */
	void showPlanProblem(String attributeName, String message) {
		Control marked = null;
		for (Binding b : bindings()) {
			if (marked == null && attributeName != null && b.feature().getName().equals(attributeName)) {
				marked = b.control();
			}
		}
		showPlanProblem(marked, message);
	}

	static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
		}
		return value.toString();
	}

	/**
	 * The value the text means for the attribute (null for an empty text of an optional attribute).
	 *
	 * @throws IllegalArgumentException saying what is wrong, for the field's error
	 */
	static Object parse(String text, Kind kind, EAttribute attribute, String name) {
		String t = text.trim();
		if (t.isEmpty()) {
			if (!attribute.getEAttributeType().getInstanceClass().isPrimitive()) {
				return null;
			}
			throw new IllegalArgumentException(name + " needs a value");
		}
		if (kind == Kind.TEXT) {
			return t;
		}
		if (kind == Kind.WHOLE) {
			try {
				int v = Integer.parseInt(t);
				if (v < 0) {
					throw new IllegalArgumentException(name + " cannot be negative, got " + v);
				}
				return v;
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(name + " is a whole number, not '" + t + "'");
			}
		}
		double v;
		try {
			v = Double.parseDouble(t);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " is a number, not '" + t + "'");
		}
		if (!Double.isFinite(v)) {
			throw new IllegalArgumentException(name + " must be a finite number");
		}
		String problem = switch (kind) {
		case NON_NEGATIVE -> v < 0 ? "cannot be negative" : null;
		case POSITIVE -> v > 0 ? null : "must be above 0";
		case NON_ZERO -> v == 0 ? "must not be 0" : null;
		case OPEN_UNIT -> v > 0 && v < 1 ? null : "must lie strictly between 0 and 1";
		case CORRELATION -> v > -1 && v < 1 ? null : "must lie strictly between -1 and 1";
		case ICC -> v >= 0 && v < 1 ? null : "must lie in [0, 1)";
		case AT_LEAST_ONE -> v >= 1 ? null : "must be at least 1";
		default -> null;
		};
		if (problem != null) {
			throw new IllegalArgumentException(name + " " + problem + ", got " + t);
		}
		return v;
	}
}
