package io.streamwise.ui.experiments.stream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.streamwise.moa.MoaOption;

/**
 * The options of a MOA learner or stream generator as a form generated from MOA's own option descriptions
 * ({@link MoaOption}): a checkbox for a flag, a drop-down for a choice, a bordered text field for numbers, nested
 * learners and text. Each field is labelled with MOA's option name, its tooltip carries MOA's purpose, default and
 * bounds. Every edit is checked ({@link MoaOption#problem}); a refused value is named in the form's message line and
 * not passed on. Values equal to MOA's default are passed on as null (not written to the experiment).
 */
public final class MoaOptionsForm {

	private final Composite body;
	private final Label message;
	private final Map<String, MoaOption> options = new LinkedHashMap<>();
	private final Map<String, Control> controls = new LinkedHashMap<>();
	private final BiConsumer<String, String> onChange;
	private String problem;
	private String problemKey;
	private boolean updating;

	/**
	 * @param values   the option values set so far by name (others show MOA's default)
	 * @param onChange receives (option name, new value), the value null when it is MOA's default
	 */
	public MoaOptionsForm(FormToolkit toolkit, Composite parent, List<MoaOption> options, Map<String, String> values,
			BiConsumer<String, String> onChange) {
		this.onChange = onChange;
		body = toolkit.createComposite(parent);
		body.setLayout(new GridLayout(2, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		message = toolkit.createLabel(body, "", SWT.WRAP);
		message.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		messageData.widthHint = 300;
		message.setLayoutData(messageData);
		for (MoaOption o : options) {
			this.options.put(o.name(), o);
			Label label = toolkit.createLabel(body, o.name() + ":");
			label.setToolTipText(o.description());
			Control control = create(toolkit, o);
			control.setToolTipText(tooltip(o));
			control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			controls.put(o.name(), control);
		}
		show(values);
	}

	private static String tooltip(MoaOption o) {
		StringBuilder t = new StringBuilder(o.description()).append("\nDefault: ").append(o.defaultText());
		boolean bounded = o.type() == MoaOption.Type.INT
				? o.min() > Integer.MIN_VALUE || o.max() < Integer.MAX_VALUE
				: o.type() == MoaOption.Type.FLOAT && (o.min() > -Double.MAX_VALUE || o.max() < Double.MAX_VALUE);
		if (bounded) {
			t.append("\nRange: ").append(bound(o.min())).append(" to ").append(bound(o.max()));
		}
		return t.append("\nMOA command line: -").append(o.cliChar()).toString();
	}

	private static String bound(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
	}

	private Control create(FormToolkit toolkit, MoaOption o) {
		return switch (o.type()) {
		case FLAG -> {
			Button check = toolkit.createButton(body, "", SWT.CHECK);
			check.addListener(SWT.Selection, e -> edited(o, Boolean.toString(check.getSelection())));
			yield check;
		}
		case CHOICE -> {
			Combo combo = new Combo(body, SWT.READ_ONLY);
			o.choices().forEach(combo::add);
			combo.addListener(SWT.Selection, e -> edited(o, combo.getText()));
			yield combo;
		}
		default -> {
			Text text = toolkit.createText(body, "", SWT.SINGLE | SWT.BORDER);
			text.addModifyListener(e -> edited(o, text.getText()));
			yield text;
		}
		};
	}

	private void edited(MoaOption o, String value) {
		if (updating) {
			return;
		}
		String why = o.problem(value);
		Control control = controls.get(o.name());
		if (why != null) {
			problem = why;
			problemKey = o.name();
			message.setText(why);
			if (control instanceof Text) {
				control.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
			}
			body.layout(true);
			return;
		}
		if (o.name().equals(problemKey)) {
			problem = null;
			problemKey = null;
			message.setText("");
			if (control instanceof Text) {
				control.setBackground(null);
			}
		}
		onChange.accept(o.name(), value.trim().equals(o.defaultText()) ? null : value.trim());
	}

	/** Shows these values (MOA's default for options not among them) without reporting them as edits. */
	public void show(Map<String, String> values) {
		updating = true;
		try {
			for (MoaOption o : options.values()) {
				String v = values.getOrDefault(o.name(), o.defaultText());
				Control c = controls.get(o.name());
				if (c instanceof Button b) {
					b.setSelection(Boolean.parseBoolean(v));
				} else if (c instanceof Combo combo) {
					combo.select(Math.max(0, o.choices().indexOf(v)));
				} else if (c instanceof Text t && !t.getText().equals(v) && !o.name().equals(problemKey)) {
					t.setText(v);
				}
			}
		} finally {
			updating = false;
		}
	}

	/** The field generated for an option, or null. */
	public Control control(String name) {
		return controls.get(name);
	}

	/** The names of the options, in MOA's order. */
	public List<String> names() {
		return List.copyOf(options.keySet());
	}

	/** Why the last edited value was refused, or null. */
	public String problem() {
		return problem;
	}

	/** The option whose value was refused, or null. */
	public String problemKey() {
		return problemKey;
	}

	/** The message line's text (empty when every value is accepted). */
	public String message() {
		return message.getText();
	}

	public Composite body() {
		return body;
	}
}
