package io.streamwise.ui.abtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.streamwise.model.abtest.ABTestPackage.Literals;
import io.streamwise.model.abtest.MonitoringPlan;

/**
 * The monitoring plan's look days as one comma-separated field ("7, 14, 21"; empty: a look every day of the log).
 * Every key is checked: a day that is not a whole number, not above 0 or not after the one before is an error on the
 * field and in the page's heading, and the model keeps its looks; a valid list is set by one command on Return or
 * when the field loses the focus, so one typed list is one Undo. (A field of its own beside {@link Fields}, whose
 * bindings hold one value each: the look days are a list.)
 */
final class LookDaysField {

	private static final String KEY = "lookDays";

	private final AbTestEditor editor;
	private final IMessageManager messages;
	private final Text text;

	LookDaysField(AbTestEditor editor, FormToolkit toolkit, IMessageManager messages, Composite parent) {
		this.editor = editor;
		this.messages = messages;
		toolkit.createLabel(parent, "Look days:").setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER);
		text.setToolTipText("Days after the start at which a sequential test is looked at, increasing, separated by"
				+ " commas (7, 14, 21); empty for a look every day");
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = Fields.WIDTH_HINT;
		text.setLayoutData(data);
		text.addModifyListener(e -> {
			if (text.getData(Fields.UPDATING) == null) {
				check();
			}
		});
		text.addListener(SWT.DefaultSelection, e -> commit());
		text.addListener(SWT.FocusOut, e -> commit());
		show();
	}

	Text text() {
		return text;
	}

	private MonitoringPlan plan() {
		return editor.test().getMonitoring();
	}

	/** Parses what the field shows, marking or clearing its error; the days, or null when they are refused. */
	private List<Double> check() {
		try {
			List<Double> days = parse(text.getText());
			text.setData(Fields.ERROR, null);
			messages.removeMessage(KEY, text);
			return days;
		} catch (IllegalArgumentException problem) {
			text.setData(Fields.ERROR, problem.getMessage());
			messages.addMessage(KEY, problem.getMessage(), null, IMessageProvider.ERROR, text);
			return null;
		}
	}

	private void commit() {
		MonitoringPlan plan = plan();
		if (plan == null || text.isDisposed() || text.getData(Fields.UPDATING) != null) {
			return;
		}
		List<Double> days = check();
		if (days != null && !days.equals(plan.getLookTimes())) {
			// the whole list replaced by one command: one Undo restores the looks as they were
			editor.execute(SetCommand.create(editor.getEditingDomain(), plan, Literals.MONITORING_PLAN__LOOK_TIMES,
					days));
		}
	}

	/** Shows the model's look days, unless the field holds an error or already means them. */
	void show() {
		if (text.isDisposed()) {
			return;
		}
		MonitoringPlan plan = plan();
		text.setEnabled(plan != null);
		List<Double> model = plan == null ? List.of() : List.copyOf(plan.getLookTimes());
		if (Fields.hasError(text)) {
			return;
		}
		try {
			if (parse(text.getText()).equals(model)) {
				return;
			}
		} catch (IllegalArgumentException e) {
			// shown from the model below
		}
		Fields.setQuietly(text, format(model));
	}

	static String format(List<Double> days) {
		return days.stream().map(Fields::format).collect(Collectors.joining(", "));
	}

	/**
	 * The look days the text lists: whole days from 1 on, each after the one before ({@code AbMonitor} looks after the
	 * end of a day, so a fraction would name the same look as the whole day above it); empty for none.
	 *
	 * @throws IllegalArgumentException saying which entry is refused and why
	 */
	static List<Double> parse(String text) {
		List<Double> days = new ArrayList<>();
		if (text.isBlank()) {
			return days;
		}
		String[] entries = text.split(",", -1);
		for (int i = 0; i < entries.length; i++) {
			String entry = entries[i].trim();
			if (entry.isEmpty()) {
				throw new IllegalArgumentException("look days: entry " + (i + 1) + " is empty");
			}
			double day;
			try {
				day = Double.parseDouble(entry);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("look days: '" + entry + "' is not a number");
			}
			if (!Double.isFinite(day) || day != Math.rint(day)) {
				throw new IllegalArgumentException("look days are whole days, not " + entry);
			}
			if (day < 1) {
				throw new IllegalArgumentException("look days start at day 1, got " + entry);
			}
			if (!days.isEmpty() && day <= days.get(days.size() - 1)) {
				throw new IllegalArgumentException(String.format(Locale.ROOT,
						"look days must increase: %s comes after %s", entry,
						Fields.format(days.get(days.size() - 1))));
			}
			days.add(day);
		}
		return days;
	}
}
