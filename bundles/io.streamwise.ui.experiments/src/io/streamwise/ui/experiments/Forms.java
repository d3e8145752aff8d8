package io.streamwise.ui.experiments;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** Small helpers for the experiment editor's form pages. */
final class Forms {

	private Forms() {
	}

	/** A label and a text field whose every edit goes to onChange (unless the text is being set from the model). */
	static Text text(FormToolkit toolkit, Composite parent, String label, String tooltip, Consumer<String> onChange) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE);
		text.setToolTipText(tooltip);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
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
