package io.streamwise.ui.experiments.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences &gt; Streamwise: the category of Streamwise's preference pages. */
public final class StreamwisePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Label text = new Label(parent, SWT.WRAP);
		text.setText("Streamwise's settings. Execution: where experiments run (embedded or on Apache Flink).");
		return text;
	}
}
