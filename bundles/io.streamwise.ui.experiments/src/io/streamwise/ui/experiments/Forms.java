package io.streamwise.ui.experiments;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Small helpers for the experiment editor's form pages. */
final class Forms {

	private Forms() {
	}

	/** A label and a text field whose every edit goes to onChange (unless the text is being set from the model). */
	static Text text(FormToolkit toolkit, Composite parent, String label, String tooltip, Consumer<String> onChange) {
		return text(toolkit, parent, label, tooltip, SWT.SINGLE, onChange);
	}

	/**
	 * A label and a text field that wraps its lines and grows to show all it holds (a list of metrics, say), where a
	 * one-line field would cut it at the window's edge.
	 */
	static Text wrappingText(FormToolkit toolkit, Composite parent, String label, String tooltip,
			Consumer<String> onChange) {
		Text text = text(toolkit, parent, label, tooltip, SWT.MULTI | SWT.WRAP, onChange);
		((GridData) text.getLayoutData()).verticalAlignment = SWT.TOP;
		text.addModifyListener(e -> reflow(text));
		return text;
	}

	/** Lays the form out again after a control's preferred size changed. */
	static void reflow(Control control) {
		for (Composite c = control.getParent(); c != null; c = c.getParent()) {
			if (c instanceof ScrolledForm form) {
				form.reflow(true);
				return;
			}
		}
	}

	/**
	 * A field's width hint: it fills its column, and its content does not widen the column past the window (a long
	 * name or list then pushed the form's right half out of sight).
	 */
	static final int FIELD_WIDTH_HINT = 120;

	private static Text text(FormToolkit toolkit, Composite parent, String label, String tooltip, int style,
			Consumer<String> onChange) {
		toolkit.createLabel(parent, label).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		// with a border: FormToolkit draws none on Linux, and a borderless field looks like a label
		Text text = toolkit.createText(parent, "", style | SWT.BORDER);
		text.setToolTipText(tooltip);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = FIELD_WIDTH_HINT;
		text.setLayoutData(data);
		text.addModifyListener(e -> {
			if (text.getData(UPDATING) == null) {
				onChange.accept(text.getText());
			}
		});
		return text;
	}

	static final String UPDATING = "streamwise.updating";

	/** Sets the text from the model without reporting it as an edit. */
	static void show(Text text, String value) {
		String v = value == null ? "" : value;
		if (!text.getText().equals(v)) {
			text.setData(UPDATING, Boolean.TRUE);
			try {
				text.setText(v);
			} finally {
				text.setData(UPDATING, null);
			}
		}
	}
}
