package io.streamwise.ui.campaigns;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.streamwise.core.campaign.CampaignPaths;
import io.streamwise.ui.models.FormFields;

/**
 * The fields of one page of the campaign editor ({@link FormFields}): what the campaign's text fields accept (a rate
 * of 1.5, a negative price, a word where a number belongs are errors), its lists of references by id, and the field
 * a forecast's problem names by its input's path.
 */
final class Fields extends FormFields {

	/** What a text field holds. */
	enum Kind {
		/** Free text. */
		TEXT,
		/** A number of at least 0. */
		AMOUNT,
		/** Any number. */
		NUMBER,
		/** A rate or share, in [0, 1]. */
		RATE,
		/** A whole number of at least 0. */
		WHOLE,
		/** A time, UTC: yyyy-MM-dd HH:mm. */
		TIME
	}

	static final String TIME_PATTERN = "yyyy-MM-dd HH:mm";

	Fields(CampaignEditor editor, FormToolkit toolkit, IMessageManager messages) {
		super(toolkit, messages, editor::set, () -> {
		});
	}

	/** A label and a text field for an attribute of the element that owner gives (none: the field is disabled). */
	Text text(Composite parent, String label, String tooltip, Supplier<? extends EObject> owner,
			EAttribute attribute, Kind kind) {
		return text(parent, label, tooltip, owner, attribute, () -> text -> parse(text, kind, attribute),
				value -> format(value, kind));
	}

	/**
	 * A label and a text field for a list of references to elements of the campaign, by id, comma-separated; an id
	 * that names no element is an error on the field.
	 */
	Text references(Composite parent, String label, String tooltip, Supplier<? extends EObject> owner,
			EReference reference, Supplier<List<? extends EObject>> candidates, Function<EObject, String> id) {
		toolkit().createLabel(parent, label);
		Text text = field(parent, tooltip);
		bind(new Binding(text, owner, reference) {
			@Override
			protected void show() {
				EObject o = owner.get();
				text.setEnabled(o != null);
				String shown = o == null ? ""
						: String.join(", ", ((List<?>) o.eGet(reference)).stream().map(r -> id.apply((EObject) r))
								.toList());
				if (!text.getText().equals(shown) && !hasError(text)) {
					setQuietly(text, shown);
				}
			}
		});
		Function<Boolean, Void> apply = commit -> {
			EObject o = owner.get();
			if (text.getData(UPDATING) != null || o == null || text.isDisposed()) {
				return null;
			}
			List<EObject> chosen = new ArrayList<>();
			for (String key : text.getText().split("[,\\s]+")) {
				if (key.isBlank()) {
					continue;
				}
				EObject found = candidates.get().stream().filter(c -> key.equals(id.apply(c))).findFirst()
						.orElse(null);
				if (found == null) {
					showError(text, "no " + reference.getEReferenceType().getName().replace("Campaign", "")
							.toLowerCase(Locale.ROOT) + " has the id '" + key + "'");
					return null;
				}
				chosen.add(found);
			}
			showError(text, null);
			if (commit && !chosen.equals(o.eGet(reference))) {
				set(o, reference, chosen);
			}
			return null;
		};
		text.addModifyListener(e -> apply.apply(false));
		text.addListener(SWT.DefaultSelection, e -> apply.apply(true));
		text.addListener(SWT.FocusOut, e -> apply.apply(true));
		return text;
	}

	/** Marks the field whose input is at path (or whose element contains it) with the forecast's message. */
	void showPlanProblem(String path, String message) {
		Control best = null;
		if (path != null) {
			// the field of the input at fault, else of the element containing it, else the first field inside it
			int bestLength = -1;
			for (Binding b : bindings()) {
				String p = path(b);
				if (p != null && (p.equals(path) || path.startsWith(p + "/")) && p.length() > bestLength) {
					best = b.control();
					bestLength = p.length();
				}
			}
			for (Binding b : bindings()) {
				String p = path(b);
				if (best == null && p != null && p.startsWith(path + "/")) {
					best = b.control();
				}
			}
		}
		showPlanProblem(best, message);
	}

	private static String path(Binding b) {
		EObject o = b.owner();
		return o == null ? null : CampaignPaths.of(o, b.feature().getName());
	}

	static String format(Object value, Kind kind) {
		if (value == null) {
			return "";
		}
		if (value instanceof Date date) {
			return timeFormat().format(date);
		}
		if (value instanceof Double d) {
			return d == Math.rint(d) && Math.abs(d) < 1e15 && kind != Kind.RATE ? Long.toString(d.longValue())
					: Double.toString(d);
		}
		return value.toString();
	}

	/**
	 * The value the text means for the attribute, or null when the text is empty and the attribute may be unset.
	 *
	 * @throws IllegalArgumentException saying what is wrong, for the field's error
	 */
	static Object parse(String text, Kind kind, EAttribute attribute) {
		String t = text.trim();
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		boolean optional = !type.isPrimitive();
		if (t.isEmpty()) {
			if (optional) {
				return null;
			}
			throw new IllegalArgumentException(label(attribute) + " needs a value");
		}
		switch (kind) {
		case TEXT:
			return t;
		case TIME:
			try {
				return timeFormat().parse(t);
			} catch (ParseException e) {
				throw new IllegalArgumentException(label(attribute) + " is a time written " + TIME_PATTERN
						+ " (UTC), not '" + t + "'");
			}
		case WHOLE:
			try {
				int v = Integer.parseInt(t);
				if (v < 0) {
					throw new IllegalArgumentException(label(attribute) + " cannot be negative, got " + v);
				}
				return v;
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(label(attribute) + " is a whole number, not '" + t + "'");
			}
		default:
			double v;
			try {
				v = Double.parseDouble(t);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(label(attribute) + " is a number, not '" + t + "'");
			}
			if (!Double.isFinite(v)) {
				throw new IllegalArgumentException(label(attribute) + " must be a finite number");
			}
			if (kind == Kind.RATE && !(v >= 0 && v <= 1)) {
				throw new IllegalArgumentException(label(attribute) + " " + t + " is outside [0, 1]");
			}
			if (kind == Kind.AMOUNT && v < 0) {
				throw new IllegalArgumentException(label(attribute) + " cannot be negative, got " + t);
			}
			return v;
		}
	}

	private static String label(EAttribute attribute) {
		String owner = attribute.getEContainingClass().getName().replace("Campaign", "");
		return owner.isEmpty() ? attribute.getName() : owner.toLowerCase(Locale.ROOT) + " " + attribute.getName();
	}

	static SimpleDateFormat timeFormat() {
		SimpleDateFormat f = new SimpleDateFormat(TIME_PATTERN, Locale.ROOT);
		f.setTimeZone(TimeZone.getTimeZone("UTC"));
		f.setLenient(false);
		return f;
	}

}
