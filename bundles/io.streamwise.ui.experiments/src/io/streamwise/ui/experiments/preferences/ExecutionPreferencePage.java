package io.streamwise.ui.experiments.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Preferences &gt; Streamwise &gt; Execution: the engine (embedded, a local Flink mini-cluster or a Flink session
 * cluster by its REST address) and the parallelism the workbench's Run uses when an experiment file names no engine.
 */
public final class ExecutionPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ExecutionPreferencePage() {
		super(GRID);
		setDescription("Where Run runs an experiment whose file names no engine (its engine and parallelism"
				+ " attributes come first). Runs on Flink show the job's progress in the Progress view and cancel"
				+ " there. See docs/scale-out.md.");
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, ExecutionPreferences.NODE);
		store.setDefault(ExecutionPreferences.ENGINE, ExecutionPreferences.EMBEDDED);
		store.setDefault(ExecutionPreferences.ADDRESS, ExecutionPreferences.DEFAULT_ADDRESS);
		store.setDefault(ExecutionPreferences.PARALLELISM, 1);
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(ExecutionPreferences.ENGINE, "Engine", 1,
				new String[][] { { "&Embedded (this process)", ExecutionPreferences.EMBEDDED },
						{ "Flink &local (a mini-cluster in a child process)", ExecutionPreferences.FLINK_LOCAL },
						{ "Flink &cluster (a session cluster's REST address)", ExecutionPreferences.FLINK_CLUSTER } },
				getFieldEditorParent(), true));
		StringFieldEditor address = new StringFieldEditor(ExecutionPreferences.ADDRESS, "Cluster &address"
				+ " (HOST:PORT):", getFieldEditorParent());
		addField(address);
		IntegerFieldEditor parallelism = new IntegerFieldEditor(ExecutionPreferences.PARALLELISM,
				"&Parallelism (Flink task slots):", getFieldEditorParent());
		parallelism.setValidRange(1, 4096);
		addField(parallelism);
	}
}
