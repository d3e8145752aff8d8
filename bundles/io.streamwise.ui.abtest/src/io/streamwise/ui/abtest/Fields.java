package io.streamwise.ui.abtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The fields of one page of the A/B test editor, each bound to an attribute of an element of the test. Every key
 * typed is parsed and checked against what the attribute accepts (a share in (0, 1), α below 1, a correlation in
 * (−1, 1)): an invalid value shows its error on the field and leaves the model alone; a valid one is set by one
 * command on Return or when the field loses the focus (one Undo per value, not per key). Meanwhile
 * {@link #typed(EcoreUtil.Copier)} gives the design what the fields show, so that it can be recomputed at every key.
 */
final class Fields {

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

	static final String UPDATING = "streamwise.updating";
	static final String ERROR = "streamwise.error";
	static final int WIDTH_HINT = 80;
	private static final String KEY_INPUT = "input", KEY_PLAN = "plan";

	private final AbTestEditor editor;
	private final FormToolkit toolkit;
	private final IMessageManager messages;
	private final Runnable onTyped;
	private final List<Binding> bindings = new ArrayList<>();

	/** A control bound to one attribute of an element. */
	private abstract static class Binding {
		final Control control;
		final Supplier<? extends EObject> owner;
		final EAttribute attribute;

		Binding(Control control, Supplier<? extends EObject> owner, EAttribute attribute) {
			this.control = control;
			this.owner = owner;
			this.attribute = attribute;
		}

		abstract void show();

		/** The valid value the control shows when it differs from the model's, else null. */
		Object typed() {
			return null;
		}
	}

	/**
	 * @param onTyped called after every key typed into a field, once the text was checked
	 */
	Fields(AbTestEditor editor, FormToolkit toolkit, IMessageManager messages, Runnable onTyped) {
		this.editor = editor;
		this.toolkit = toolkit;
		this.messages = messages;
		this.onTyped = onTyped;
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
		if (label != null) {
			toolkit.createLabel(parent, label).setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		}
		// with a border: FormToolkit draws none on Linux, and a borderless field looks like a label
		Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
		text.setToolTipText(tooltip);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = WIDTH_HINT;
		text.setLayoutData(data);
		String name = label != null ? label.replace(":", "").toLowerCase(Locale.ROOT) : attribute.getName();
		Binding binding = new Binding(text, owner, attribute) {
			@Override
			void show() {
				EObject o = owner.get();
				text.setEnabled(o != null);
				Object value = o == null ? null : o.eGet(attribute);
				// a field holding an error keeps what was typed (the model keeps its last valid value), and one whose
				// text already means the model's value keeps its spelling ("0.050")
				if (hasError(text) || means(text.getText(), kind.get(), attribute, value)) {
					return;
				}
				setQuietly(text, format(value));
			}

			@Override
			Object typed() {
				EObject o = owner.get();
				if (o == null || hasError(text)) {
					return null;
				}
				try {
					Object value = parse(text.getText(), kind.get(), attribute, name);
					return Objects.equals(value, o.eGet(attribute)) ? null : value;
				} catch (IllegalArgumentException e) {
					return null;
				}
			}
		};
		text.addModifyListener(e -> {
			if (text.getData(UPDATING) == null && owner.get() != null) {
				check(text, kind.get(), attribute, name);
				onTyped.run();
			}
		});
		Runnable commit = () -> {
			EObject o = owner.get();
			if (o != null && text.getData(UPDATING) == null && !text.isDisposed()) {
				Object value = check(text, kind.get(), attribute, name);
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

	/** A label (none for null) and a read-only combo of an enum attribute's literals; a choice is set at once. */
	Combo choice(Composite parent, String label, Supplier<? extends EObject> owner, EAttribute attribute) {
		if (label != null) {
			toolkit.createLabel(parent, label);
		}
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
		Binding binding = new Binding(combo, owner, attribute) {
			@Override
			void show() {
				EObject o = owner.get();
				combo.setEnabled(o != null);
				Object value = o == null ? null : o.eGet(attribute);
				String shown = value instanceof Enumerator e ? e.getName() : "";
				if (!combo.getText().equals(shown)) {
					combo.setText(shown);
				}
			}
		};
		bindings.add(binding);
		binding.show();
		return combo;
	}

	/** Parses the field's text, showing or clearing its error; the value, or null when it has an error. */
	private Object check(Text text, Kind kind, EAttribute attribute, String name) {
		try {
			Object value = parse(text.getText(), kind, attribute, name);
			text.setData(ERROR, null);
			messages.removeMessage(KEY_INPUT, text);
			return value;
		} catch (IllegalArgumentException problem) {
			text.setData(ERROR, problem.getMessage());
			messages.addMessage(KEY_INPUT, problem.getMessage(), null, IMessageProvider.ERROR, text);
			return null;
		}
	}

	/**
	 * Puts into the copy (made by copier from the model) every valid value the fields show but the model does not
	 * have yet: the test as the user sees it while typing.
	 */
	void typed(EcoreUtil.Copier copier) {
		for (Binding b : bindings) {
			if (b.control.isDisposed()) {
				continue;
			}
			Object value = b.typed();
			EObject copy = value == null ? null : copier.get(b.owner.get());
			if (copy != null) {
				copy.eSet(b.attribute, value);
			}
		}
	}

	/** Shows every field's value from the model (after an edit, undo or a change of the elements shown). */
	void refresh() {
		for (Binding b : bindings) {
			if (!b.control.isDisposed()) {
				b.show();
			}
		}
	}

	/** Drops the bindings of controls that were disposed (a rebuilt area). */
	void prune() {
		bindings.removeIf(b -> b.control.isDisposed());
	}

	/**
	 * Marks the first field of the attribute named (the field of a problem the design found, such as shares not
	 * summing to 1) with the message; null clears every such mark.
	 */
	void showPlanProblem(String attributeName, String message) {
		Control marked = null;
		for (Binding b : bindings) {
			if (b.control.isDisposed()) {
				continue;
			}
			messages.removeMessage(KEY_PLAN, b.control);
			if (marked == null && attributeName != null && b.attribute.getName().equals(attributeName)) {
				marked = b.control;
			}
		}
		if (marked != null) {
			messages.addMessage(KEY_PLAN, message, null, IMessageProvider.ERROR, marked);
		}
	}

	static boolean hasError(Control control) {
		return control.getData(ERROR) != null;
	}

	/** The error the field shows for what was typed into it, or null. */
	static String error(Control control) {
		return (String) control.getData(ERROR);
	}

	static void setQuietly(Text text, String value) {
		text.setData(UPDATING, Boolean.TRUE);
		try {
			text.setText(value);
		} finally {
			text.setData(UPDATING, null);
		}
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

	private static boolean means(String text, Kind kind, EAttribute attribute, Object value) {
		try {
			return Objects.equals(parse(text, kind, attribute, attribute.getName()), value);
		} catch (IllegalArgumentException e) {
			return false;
		}
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
