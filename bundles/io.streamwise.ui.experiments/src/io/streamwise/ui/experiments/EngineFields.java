package io.streamwise.ui.experiments;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.streamwise.core.experiment.Engine;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentPackage.Literals;

/**
 * The experiment file's {@code engine} and {@code parallelism} (docs/scale-out.md), edited by command (so Edit > Undo
 * takes an edit back). Empty fields leave the attributes unset: Run then uses Preferences &gt; Streamwise &gt;
 * Execution. A value the run would refuse shows on its field and leaves the model as it was.
 */
final class EngineFields {

	private final ExperimentEditor editor;
	private final IMessageManager messages;
	private final Text engine, parallelism;

	EngineFields(ExperimentEditor editor, FormToolkit toolkit, Composite parent, IMessageManager messages) {
		this.editor = editor;
		this.messages = messages;
		engine = Forms.text(toolkit, parent, "Engine:", "Where Run runs the cells: " + Engine.CHOICES
				+ "; empty: Preferences > Streamwise > Execution", this::engineEdited);
		parallelism = Forms.text(toolkit, parent, "Parallelism:", "How many tasks run at once on Flink (task"
				+ " slots); empty: 1, or the preference's", this::parallelismEdited);
	}

	private Experiment exp() {
		return editor.experiment();
	}

	private void engineEdited(String text) {
		String value = text.isBlank() ? null : text.trim();
		try {
			Engine.checkFileFields(value, exp().getParallelism());
			messages.removeMessage("engine", engine);
			editor.set(exp(), Literals.EXPERIMENT__ENGINE, value);
		} catch (IllegalArgumentException e) {
			messages.addMessage("engine", e.getMessage(), null, IMessageProvider.ERROR, engine);
		}
	}

	private void parallelismEdited(String text) {
		int value;
		try {
			value = text.isBlank() ? 0 : Integer.parseInt(text.trim());
			if (value < 1 && !text.isBlank()) {
				throw new NumberFormatException();
			}
		} catch (NumberFormatException e) {
			messages.addMessage("parallelism", "The parallelism must be a whole number of at least 1 (empty: not"
					+ " set)", null, IMessageProvider.ERROR, parallelism);
			return;
		}
		messages.removeMessage("parallelism", parallelism);
		editor.set(exp(), Literals.EXPERIMENT__PARALLELISM, value);
	}

	/** Shows the model's values (after an undo, say). */
	void refresh() {
		if (engine.isDisposed()) {
			return;
		}
		Forms.show(engine, exp().getEngine());
		Forms.show(parallelism, exp().getParallelism() > 0 ? Integer.toString(exp().getParallelism()) : "");
	}
}
