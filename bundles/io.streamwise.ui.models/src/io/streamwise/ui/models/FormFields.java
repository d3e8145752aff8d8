package io.streamwise.ui.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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
 * The fields of one form page of a model editor (the campaign and A/B test editors), each bound to a feature of an
 * element of the model; the element is looked up when needed, so a details area can show another element. Every key
 * typed is parsed and checked: an invalid value shows its error on the field and leaves the model alone; a valid one is
 * set by one command on Return or when the field loses the focus (one Undo per value, not per key). What a field
 * accepts and how it shows a value are the editor's ({@link Parser}, a format function), and so is the command
 * ({@link Setter}).
 */
public class FormFields {

	/** Reads a field's text as its attribute's value. */
	@FunctionalInterface
	public interface Parser {
		/**
		 * @return the value, null for an empty text of an attribute that may be unset
		 * @throws IllegalArgumentException saying what is wrong, for the field's error
		 */
		Object parse(String text);
	}

	/** Sets a feature of an element by command, unless it already has the value. */
	@FunctionalInterface
	public interface Setter {
		void set(EObject owner, EStructuralFeature feature, Object value);
	}

	/** Set on a control while the model's value is being shown in it: its listeners then leave the model alone. */
	public static final String UPDATING = "streamwise.updating";
	/** The error a field shows for what was typed into it (kept on the control, for the page and for tests). */
	public static final String ERROR = "streamwise.error";
	/** A field's width hint: it fills its column without widening the column past the window. */
	public static final int WIDTH_HINT = 80;
	private static final String KEY_INPUT = "input", KEY_PLAN = "plan";

	private final FormToolkit toolkit;
	private final IMessageManager messages;
	private final Setter setter;
	private final Runnable onTyped;
	private final List<Binding> bindings = new ArrayList<>();

	/** A control bound to one feature of the element its owner gives. */
	public abstract static class Binding {
		private final Control control;
		private final Supplier<? extends EObject> owner;
		private final EStructuralFeature feature;

		protected Binding(Control control, Supplier<? extends EObject> owner, EStructuralFeature feature) {
			this.control = control;
			this.owner = owner;
			this.feature = feature;
		}

		public Control control() {
			return control;
		}

		/** The element shown, or null. */
		public EObject owner() {
			return owner.get();
		}

		public EStructuralFeature feature() {
			return feature;
		}

		/** Shows the model's value. */
		protected abstract void show();

		/** The valid value the control shows when it differs from the model's, else null. */
		protected Object typed() {
			return null;
		}
	}

	/**
	 * @param setter executes an edit as a command of the editor
	 * @param onTyped called after every key typed into a field, once the text was checked
	 */
	public FormFields(FormToolkit toolkit, IMessageManager messages, Setter setter, Runnable onTyped) {
		this.toolkit = toolkit;
		this.messages = messages;
		this.setter = setter;
		this.onTyped = onTyped;
	}

	/**
	 * A label (none for null) and a text field for an attribute of the element owner gives (none: the field is
	 * disabled). What the field accepts may depend on the model (a baseline is a rate for conversion, a mean
	 * otherwise), so the parser is asked for each time.
	 */
	public Text text(Composite parent, String label, String tooltip, Supplier<? extends EObject> owner,
			EAttribute attribute, Supplier<Parser> parser, Function<Object, String> format) {
		if (label != null) {
			toolkit.createLabel(parent, label).setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		}
		Text text = field(parent, tooltip);
		bind(new Binding(text, owner, attribute) {
			@Override
			protected void show() {
				EObject o = owner.get();
				text.setEnabled(o != null);
				Object value = o == null ? null : o.eGet(attribute);
				// a field holding an error keeps what was typed (the model keeps its last valid value), and one whose
				// text already means the model's value keeps its spelling ("0.40")
				if (hasError(text) || means(parser.get(), text.getText(), value)) {
					return;
				}
				setQuietly(text, format.apply(value));
			}

			@Override
			protected Object typed() {
				EObject o = owner.get();
				if (o == null || hasError(text)) {
					return null;
				}
				try {
					Object value = parser.get().parse(text.getText());
					return Objects.equals(value, o.eGet(attribute)) ? null : value;
				} catch (IllegalArgumentException e) {
					return null;
				}
			}
		});
		// checked at every key, so the error shows as it is typed; set on Return or when the field loses the focus,
		// so that a value typed is one command (one Undo), not one per key
		text.addModifyListener(e -> {
			if (text.getData(UPDATING) == null && owner.get() != null) {
				check(text, parser.get());
				onTyped.run();
			}
		});
		Runnable commit = () -> {
			EObject o = owner.get();
			if (o != null && text.getData(UPDATING) == null && !text.isDisposed()) {
				Object value = check(text, parser.get());
				if (!hasError(text)) {
					setter.set(o, attribute, value);
				}
			}
		};
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		text.addListener(SWT.FocusOut, e -> commit.run());
		return text;
	}

	/**
	 * A single-line text field filling its column, with a border (FormToolkit draws none on Linux, and a borderless
	 * field looks like a label); not bound yet.
	 */
	public Text field(Composite parent, String tooltip) {
		Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
		text.setToolTipText(tooltip);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = WIDTH_HINT;
		text.setLayoutData(data);
		return text;
	}

	/** A label (none for null) and a read-only combo of an enum attribute's literals; a choice is set at once. */
	public Combo choice(Composite parent, String label, Supplier<? extends EObject> owner, EAttribute attribute) {
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
				setter.set(o, attribute, type.getEEnumLiteral(combo.getText()).getInstance());
			}
		});
		bind(new Binding(combo, owner, attribute) {
			@Override
			protected void show() {
				EObject o = owner.get();
				combo.setEnabled(o != null);
				Object value = o == null ? null : o.eGet(attribute);
				String shown = value instanceof Enumerator e ? e.getName() : "";
				if (!combo.getText().equals(shown)) {
					combo.setText(shown);
				}
			}
		});
		return combo;
	}

	public FormToolkit toolkit() {
		return toolkit;
	}

	/** Adds a binding made elsewhere (a field of the editor's own kind) and shows the model's value in it. */
	public void bind(Binding binding) {
		bindings.add(binding);
		binding.show();
	}

	/** Executes an edit through the editor's setter. */
	public void set(EObject owner, EStructuralFeature feature, Object value) {
		setter.set(owner, feature, value);
	}

	/** Shows the problem as the control's error, on the control and in the page's heading; null clears it. */
	public void showError(Control control, String problem) {
		control.setData(ERROR, problem);
		if (problem == null) {
			messages.removeMessage(KEY_INPUT, control);
		} else {
			messages.addMessage(KEY_INPUT, problem, null, IMessageProvider.ERROR, control);
		}
	}

	/** Parses the field's text, showing or clearing its error; the value, or null when it has an error. */
	private Object check(Text text, Parser parser) {
		try {
			Object value = parser.parse(text.getText());
			showError(text, null);
			return value;
		} catch (IllegalArgumentException problem) {
			showError(text, problem.getMessage());
			return null;
		}
	}

	private static boolean means(Parser parser, String text, Object value) {
		try {
			return Objects.equals(parser.parse(text), value);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * Puts into the copy (made by copier from the model) every valid value the fields show but the model does not
	 * have yet: the model as the user sees it while typing.
	 */
	public void typed(EcoreUtil.Copier copier) {
		for (Binding b : bindings) {
			if (b.control.isDisposed()) {
				continue;
			}
			Object value = b.typed();
			EObject copy = value == null ? null : copier.get(b.owner());
			if (copy != null) {
				copy.eSet(b.feature, value);
			}
		}
	}

	/** Shows every field's value from the model (after an edit, undo or a change of the element shown). */
	public void refresh() {
		for (Binding b : bindings) {
			if (!b.control.isDisposed()) {
				b.show();
			}
		}
	}

	/** Shows a selected element in fields that were showing another one: errors typed for the other one go. */
	public void reset() {
		for (Binding b : bindings) {
			if (!b.control.isDisposed() && hasError(b.control)) {
				showError(b.control, null);
			}
		}
		refresh();
	}

	/** Drops the bindings of controls that were disposed (a rebuilt area). */
	public void prune() {
		bindings.removeIf(b -> b.control.isDisposed());
	}

	/** The bindings of controls not disposed, in the order they were made. */
	public List<Binding> bindings() {
		List<Binding> live = new ArrayList<>();
		for (Binding b : bindings) {
			if (!b.control.isDisposed()) {
				live.add(b);
			}
		}
		return Collections.unmodifiableList(live);
	}

	/**
	 * Clears every problem the plan (the forecast, the design) found on the fields, then shows this one on the marked
	 * control (none for null).
	 */
	public void showPlanProblem(Control marked, String message) {
		for (Binding b : bindings) {
			if (!b.control.isDisposed()) {
				messages.removeMessage(KEY_PLAN, b.control);
			}
		}
		if (marked != null) {
			messages.addMessage(KEY_PLAN, message, null, IMessageProvider.ERROR, marked);
		}
	}

	public static boolean hasError(Control control) {
		return control.getData(ERROR) != null;
	}

	/** The error the field shows for what was typed into it, or null. */
	public static String error(Control control) {
		return (String) control.getData(ERROR);
	}

	/** Shows a value in a field without its listeners taking it for typing. */
	public static void setQuietly(Text text, String value) {
		text.setData(UPDATING, Boolean.TRUE);
		try {
			text.setText(value);
		} finally {
			text.setData(UPDATING, null);
		}
	}
}
