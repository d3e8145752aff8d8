package io.streamwise.ui.campaigns;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.streamwise.core.campaign.CampaignPaths;

/**
 * The fields of one form page, each bound to an attribute of an element of the campaign (the element is looked up
 * when needed, so a details area can show another element). Typing into a field parses and checks the text; a valid
 * value is set by command, an invalid one leaves the model as it is and shows the error on the field (a rate of 1.5,
 * a negative price, a word where a number belongs).
 */
final class Fields {

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

	static final String UPDATING = "streamwise.updating";
	static final String TIME_PATTERN = "yyyy-MM-dd HH:mm";
	/** A field's width hint: it fills its column without widening the column past the window. */
	static final int WIDTH_HINT = 80;

	private final CampaignEditor editor;
	private final FormToolkit toolkit;
	private final IMessageManager messages;
	private final List<Binding> bindings = new ArrayList<>();

	/** A control bound to one attribute or reference list of an element. */
	private abstract class Binding {
		final Control control;
		final Supplier<? extends EObject> owner;
		final String feature;

		Binding(Control control, Supplier<? extends EObject> owner, String feature) {
			this.control = control;
			this.owner = owner;
			this.feature = feature;
		}

		abstract void show();

		String path() {
			EObject o = owner.get();
			return o == null ? null : CampaignPaths.of(o, feature);
		}
	}

	Fields(CampaignEditor editor, FormToolkit toolkit, IMessageManager messages) {
		this.editor = editor;
		this.toolkit = toolkit;
		this.messages = messages;
	}

	/** A label and a text field for an attribute of the element that owner gives (none: the field is disabled). */
	Text text(Composite parent, String label, String tooltip, Supplier<? extends EObject> owner,
			EAttribute attribute, Kind kind) {
		if (label != null) {
			toolkit.createLabel(parent, label).setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		}
		// with a border: FormToolkit draws none on Linux, and a borderless field looks like a label
		Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
		text.setToolTipText(tooltip);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = WIDTH_HINT;
		text.setLayoutData(data);
		Binding binding = new Binding(text, owner, attribute.getName()) {
			@Override
			void show() {
				EObject o = owner.get();
				text.setEnabled(o != null);
				Object value = o == null ? null : o.eGet(attribute);
				// a field holding an error keeps what was typed (the model still has the last valid value), and one
				// whose text already means the model's value keeps its spelling ("0.40")
				if (hasError(text) || means(text.getText(), kind, attribute, value)) {
					return;
				}
				setQuietly(text, format(value, kind));
			}
		};
		// checked at every key, so the error shows as it is typed; set on Return or when the field loses the focus,
		// so that a value typed is one command (one Undo), not one per key
		text.addModifyListener(e -> {
			if (text.getData(UPDATING) == null && owner.get() != null) {
				check(text, kind, attribute);
			}
		});
		Runnable commit = () -> {
			EObject o = owner.get();
			if (o != null && text.getData(UPDATING) == null && !text.isDisposed()) {
				Object value = check(text, kind, attribute);
				if (!hasError(text)) {
					editor.set(o, attribute, value);
				}
			}
		};
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		text.addListener(SWT.FocusOut, e -> commit.run());
		bindings.add(binding);
		binding.show();
		return text;
	}

	/** A label and a read-only combo of an enum attribute's literals. */
	Combo choice(Composite parent, String label, Supplier<? extends EObject> owner, EAttribute attribute) {
		toolkit.createLabel(parent, label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		toolkit.adapt(combo);
		EEnum type = (EEnum) attribute.getEAttributeType();
		for (EEnumLiteral literal : type.getELiterals()) {
			combo.add(literal.getName());
		}
		combo.addListener(SWT.Selection, e -> {
			EObject o = owner.get();
			if (o != null && combo.getSelectionIndex() >= 0) {
				editor.set(o, attribute, type.getEEnumLiteral(combo.getText()).getInstance());
			}
		});
		Binding binding = new Binding(combo, owner, attribute.getName()) {
			@Override
			void show() {
				EObject o = owner.get();
				combo.setEnabled(o != null);
				Object value = o == null ? null : o.eGet(attribute);
				String name = value instanceof Enumerator e ? e.getName() : "";
				if (!combo.getText().equals(name)) {
					combo.setText(name);
				}
			}
		};
		bindings.add(binding);
		binding.show();
		return combo;
	}

	/**
	 * A label and a text field for a list of references to elements of the campaign, by id, comma-separated; an id
	 * that names no element is an error on the field.
	 */
	Text references(Composite parent, String label, String tooltip, Supplier<? extends EObject> owner,
			EReference reference, Supplier<List<? extends EObject>> candidates, Function<EObject, String> id) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
		text.setToolTipText(tooltip);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = WIDTH_HINT;
		text.setLayoutData(data);
		Binding binding = new Binding(text, owner, reference.getName()) {
			@Override
			void show() {
				EObject o = owner.get();
				text.setEnabled(o != null);
				String shown = o == null ? ""
						: String.join(", ", ((List<?>) o.eGet(reference)).stream().map(r -> id.apply((EObject) r))
								.toList());
				if (!text.getText().equals(shown) && !hasError(text)) {
					setQuietly(text, shown);
				}
			}
		};
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
					String problem = "no " + reference.getEReferenceType().getName().replace("Campaign", "")
							.toLowerCase(Locale.ROOT) + " has the id '" + key + "'";
					text.setData(ERROR, problem);
					messages.addMessage(KEY_INPUT, problem, null, IMessageProvider.ERROR, text);
					return null;
				}
				chosen.add(found);
			}
			text.setData(ERROR, null);
			messages.removeMessage(KEY_INPUT, text);
			if (commit && !chosen.equals(o.eGet(reference))) {
				editor.set(o, reference, chosen);
			}
			return null;
		};
		text.addModifyListener(e -> apply.apply(false));
		text.addListener(SWT.DefaultSelection, e -> apply.apply(true));
		text.addListener(SWT.FocusOut, e -> apply.apply(true));
		bindings.add(binding);
		binding.show();
		return text;
	}

	private static final String KEY_INPUT = "input", KEY_PLAN = "plan", ERROR = "streamwise.error";

	/** Parses the field's text, showing or clearing its error; the value, or null when it has an error. */
	private Object check(Text text, Kind kind, EAttribute attribute) {
		try {
			Object value = parse(text.getText(), kind, attribute);
			text.setData(ERROR, null);
			messages.removeMessage(KEY_INPUT, text);
			return value;
		} catch (IllegalArgumentException problem) {
			text.setData(ERROR, problem.getMessage());
			messages.addMessage(KEY_INPUT, problem.getMessage(), null, IMessageProvider.ERROR, text);
			return null;
		}
	}

	private static boolean means(String text, Kind kind, EAttribute attribute, Object value) {
		try {
			return Objects.equals(parse(text, kind, attribute), value);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	static boolean hasError(Control control) {
		return control.getData(ERROR) != null;
	}

	/** The error the field shows for what was typed into it, or null. */
	static String error(Control control) {
		return (String) control.getData(ERROR);
	}

	/** Shows every field's value from the model (after an edit, undo or a change of the element shown). */
	void refresh() {
		for (Binding b : bindings) {
			if (!b.control.isDisposed()) {
				b.show();
			}
		}
	}

	/** Shows a selected element in fields that were showing another one: errors typed for the other one go. */
	void reset() {
		for (Binding b : bindings) {
			if (!b.control.isDisposed() && hasError(b.control)) {
				b.control.setData(ERROR, null);
				messages.removeMessage(KEY_INPUT, b.control);
			}
		}
		refresh();
	}

	/** Drops the bindings of controls that were disposed (a rebuilt area). */
	void prune() {
		bindings.removeIf(b -> b.control.isDisposed());
	}

	/** Marks the field whose input is at path (or whose element contains it) with the forecast's message. */
	void showPlanProblem(String path, String message) {
		for (Binding b : bindings) {
			if (b.control.isDisposed()) {
				continue;
			}
			messages.removeMessage(KEY_PLAN, b.control);
		}
		if (path == null) {
			return;
		}
		// the field of the input at fault, else of the element containing it, else the first field inside it
		Binding best = null;
		int bestLength = -1;
		for (Binding b : bindings) {
			String p = b.control.isDisposed() ? null : b.path();
			if (p != null && (p.equals(path) || path.startsWith(p + "/")) && p.length() > bestLength) {
				best = b;
				bestLength = p.length();
			}
		}
		for (int i = 0; best == null && i < bindings.size(); i++) {
			Binding b = bindings.get(i);
			String p = b.control.isDisposed() ? null : b.path();
			if (p != null && p.startsWith(path + "/")) {
				best = b;
			}
		}
		if (best != null) {
			messages.addMessage(KEY_PLAN, message, null, IMessageProvider.ERROR, best.control);
		}
	}

	static void setQuietly(Text text, String value) {
		text.setData(UPDATING, Boolean.TRUE);
		try {
			text.setText(value);
		} finally {
			text.setData(UPDATING, null);
		}
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
