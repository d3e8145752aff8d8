package io.streamwise.ui.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.algorithm.SettingsException;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.ExperimentPackage.Literals;
import io.streamwise.model.experiment.Parameter;

/**
 * The settings of one configured algorithm as a form generated from its settings record
 * ({@link Settings#describe}): a checkbox for booleans, a combo for enumerations, a spinner for whole numbers within
 * int bounds, a text field otherwise. Every edit is validated with {@link Settings#parse} and the error is shown on
 * the field of its {@link SettingsException#key()}. Values equal to the default are not written to the experiment.
 */
final class SettingsForm {

	private final ExperimentEditor editor;
	private final AlgorithmConfig config;
	private final Class<? extends Record> type;
	private final IMessageManager messages;
	private final Map<String, Control> controls = new LinkedHashMap<>();
	private final List<SettingDescriptor> descriptors;
	/** The key of the field showing the last problem; null when there is none or the form's heading shows it. */
	private String problemKey;

	SettingsForm(ExperimentEditor editor, FormToolkit toolkit, Composite parent, AlgorithmConfig config,
			Class<? extends Record> type, IMessageManager messages) {
		this.editor = editor;
		this.config = config;
		this.type = type;
		this.messages = messages;
		this.descriptors = Settings.describe(type);
		for (SettingDescriptor d : descriptors) {
			Label label = toolkit.createLabel(parent, d.label().isEmpty() ? d.key() : d.label() + ":");
			label.setToolTipText(d.description());
			Control control = create(toolkit, parent, d);
			control.setToolTipText(d.key() + ": " + d.description() + " (default " + d.defaultValue() + ")");
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
			data.widthHint = Forms.FIELD_WIDTH_HINT; // a long default value does not widen the form past the window
			control.setLayoutData(data);
			controls.put(d.key(), control);
		}
		refresh();
	}

	private Control create(FormToolkit toolkit, Composite parent, SettingDescriptor d) {
		Class<?> t = d.type();
		if (t == boolean.class || t == Boolean.class) {
			Button check = toolkit.createButton(parent, "", SWT.CHECK);
			check.addListener(SWT.Selection, e -> edited(d, Boolean.toString(check.getSelection())));
			return check;
		}
		if (!d.choices().isEmpty()) {
			Combo combo = new Combo(parent, SWT.READ_ONLY);
			d.choices().forEach(combo::add);
			combo.addListener(SWT.Selection, e -> edited(d, combo.getText()));
			return combo;
		}
		if ((t == int.class || t == Integer.class) && d.min() >= Integer.MIN_VALUE && d.max() <= Integer.MAX_VALUE) {
			Spinner spinner = new Spinner(parent, SWT.BORDER);
			spinner.setValues(0, (int) Math.max(d.min(), Integer.MIN_VALUE), (int) Math.min(d.max(), Integer.MAX_VALUE),
					0, 1, 10);
			spinner.addListener(SWT.Modify, e -> {
				if (spinner.getData(Forms.UPDATING) == null) {
					edited(d, Integer.toString(spinner.getSelection()));
				}
			});
			return spinner;
		}
		Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER); // FormToolkit draws none on Linux
		text.addModifyListener(e -> {
			if (text.getData(Forms.UPDATING) == null) {
				edited(d, text.getText());
			}
		});
		return text;
	}

	private void edited(SettingDescriptor d, String value) {
		editor.setParameter(config, Literals.ALGORITHM_CONFIG__SETTINGS, d.key(),
				value.equals(d.defaultValue()) ? null : value);
		validate();
	}

	/** Parses the written settings and shows the problem on the field it names; returns the problem or null. */
	String validate() {
		Map<String, String> values = values();
		controls.forEach((key, control) -> messages.removeMessage(key, control));
		messages.removeMessage("settings");
		problemKey = null;
		try {
			Settings.parse(type, values);
			return null;
		} catch (IllegalArgumentException e) {
			// the setting at fault is the exception's key, never guessed from its message
			String key = e instanceof SettingsException se ? se.key().orElse(null) : null;
			Control at = key == null ? null : controls.get(key);
			if (at == null) {
				// the record's own check (not one setting's): shown in the form's heading
				messages.addMessage("settings", e.getMessage(), null, IMessageProvider.ERROR);
			} else {
				messages.addMessage(key, e.getMessage(), null, IMessageProvider.ERROR, at);
				problemKey = key;
			}
			return e.getMessage();
		}
	}

	private Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		for (Parameter p : config.getSettings()) {
			values.put(p.getKey(), p.getValue() == null ? "" : p.getValue());
		}
		return values;
	}

	/** Shows the written values (or the defaults) in the controls. */
	void refresh() {
		Map<String, String> values = values();
		for (SettingDescriptor d : descriptors) {
			Control control = controls.get(d.key());
			String value = values.getOrDefault(d.key(), d.defaultValue());
			control.setData(Forms.UPDATING, Boolean.TRUE);
			try {
				if (control instanceof Button check) {
					check.setSelection(Boolean.parseBoolean(value));
				} else if (control instanceof Combo combo) {
					combo.setText(value);
				} else if (control instanceof Spinner spinner) {
					try {
						if (spinner.getSelection() != Integer.parseInt(value.trim())) {
							spinner.setSelection(Integer.parseInt(value.trim()));
						}
					} catch (NumberFormatException e) {
						// an invalid value stays in the file and is reported by validate()
					}
				} else if (control instanceof Text text && !text.getText().equals(value)) {
					text.setText(value);
				}
			} finally {
				control.setData(Forms.UPDATING, null);
			}
		}
		validate();
	}

	AlgorithmConfig config() {
		return config;
	}

	/** The key of the field that shows the current problem, or null: for tests. */
	String problemKey() {
		return problemKey;
	}

	/** The generated control of a setting, for tests. */
	Control control(String key) {
		return controls.get(key);
	}
}
