package io.streamwise.ui.experiments.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.streamwise.model.experiment.StreamSourceKind;
import io.streamwise.stream.experiment.SimulatorStream;

/**
 * The second page of File > New > Stream Experiment: where the instances come from. A MOA generator (the starter's
 * random-tree concepts with a planted drift), the simulator (its preset, days and seed) or an ARFF/CSV file and its
 * class column. The page is complete when the chosen source has what it needs.
 */
public final class StreamSourcePage extends WizardPage {

	static final List<String> PRESETS = List.of("small", "default", "large");

	private Button generator;
	private Button simulator;
	private Button file;
	private Combo preset;
	private Text days;
	private Text seed;
	private Text location;
	private Text classAttribute;

	StreamSourcePage() {
		super("source");
		setTitle("Stream source");
		setDescription("Where the instances come from: a MOA generator, the simulator's stream sessions, or a file.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		generator = radio(c, "MOA generator: random-tree concepts with an abrupt drift half-way");
		simulator = radio(c, "Simulator: one instance per simulated stream session, class = purchased");
		preset = new Combo(indented(c, "Preset:"), SWT.READ_ONLY);
		PRESETS.forEach(preset::add);
		preset.select(0);
		preset.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		days = field(c, "Days:", "7", "Days simulated");
		seed = field(c, "Seed:", "1", "The experiment's seed: the simulator's and the learners'");
		file = radio(c, "ARFF or CSV file");
		location = new Text(indented(c, "File:"), SWT.BORDER);
		location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		location.addListener(SWT.Modify, e -> {
			guessClass();
			validate();
		});
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.arff;*.csv", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				location.setText(chosen);
			}
		});
		classAttribute = field(c, "Class:", "", "The class attribute (column); the last one by default");
		simulator.setSelection(true);
		for (Button b : List.of(generator, simulator, file)) {
			b.addListener(SWT.Selection, e -> validate());
		}
		setControl(c);
		validate();
	}

	private static Button radio(Composite c, String text) {
		Button b = new Button(c, SWT.RADIO);
		b.setText(text);
		b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		return b;
	}

	/** An indented label in the first column; returns the parent for the field after it. */
	private static Composite indented(Composite c, String label) {
		Label l = new Label(c, SWT.NONE);
		l.setText(label);
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.horizontalIndent = 20;
		l.setLayoutData(data);
		return c;
	}

	private Text field(Composite c, String label, String value, String tooltip) {
		Text t = new Text(indented(c, label), SWT.BORDER);
		t.setText(value);
		t.setToolTipText(tooltip);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		t.addListener(SWT.Modify, e -> validate());
		return t;
	}

	/** The class column: the last attribute of an ARFF header or the last column of a CSV header line. */
	private void guessClass() {
		Path p = path();
		if (p == null || !Files.isRegularFile(p) || !classAttribute.getText().isBlank()) {
			return;
		}
		try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
			String last = null;
			if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".arff")) {
				for (String line : (Iterable<String>) lines.limit(10_000)::iterator) {
					String t = line.trim();
					if (t.toLowerCase(Locale.ROOT).startsWith("@data")) {
						break;
					}
					if (t.toLowerCase(Locale.ROOT).startsWith("@attribute")) {
						String rest = t.substring("@attribute".length()).trim();
						last = rest.startsWith("'") ? rest.substring(1, Math.max(1, rest.indexOf('\'', 1)))
								: rest.split("\\s+")[0];
					}
				}
			} else {
				String header = lines.findFirst().orElse("");
				String[] columns = header.split(",");
				last = columns[columns.length - 1].trim().replace("\"", "");
			}
			if (last != null && !last.isEmpty()) {
				classAttribute.setText(last);
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			// the page says what is wrong with the file when it validates
		}
	}

	private Path path() {
		String text = location.getText().trim();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Path.of(text);
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	private void validate() {
		String problem = null;
		if (simulator.getSelection()) {
			problem = whole(days.getText(), "Days", 1);
		} else if (file.getSelection()) {
			Path p = path();
			if (p == null) {
				problem = "Name the ARFF or CSV file.";
			} else if (!Files.isRegularFile(p)) {
				problem = "No file " + p + ".";
			} else if (classAttribute.getText().isBlank()) {
				problem = "Name the class column.";
			}
		}
		if (problem == null) {
			problem = whole(seed.getText(), "Seed", Long.MIN_VALUE);
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private static String whole(String text, String name, long min) {
		try {
			if (Long.parseLong(text.trim()) >= min) {
				return null;
			}
		} catch (NumberFormatException e) {
			// named below
		}
		return name + " must be a whole number" + (min == 1 ? " of at least 1" : "") + ", not '" + text + "'.";
	}

	/** The source chosen. */
	public StreamSourceKind source() {
		return simulator.getSelection() ? StreamSourceKind.SIMULATOR
				: file.getSelection() ? StreamSourceKind.FILE : StreamSourceKind.GENERATOR;
	}

	String preset() {
		return preset.getText();
	}

	int days() {
		return Integer.parseInt(days.getText().trim());
	}

	long seed() {
		return Long.parseLong(seed.getText().trim());
	}

	Path file() {
		return path();
	}

	String classAttribute() {
		return classAttribute.getText().trim();
	}

	// the controls, for tests that drive the page as a user does
	public Button generatorChoice() {
		return generator;
	}

	public Button simulatorChoice() {
		return simulator;
	}

	public Button fileChoice() {
		return file;
	}

	public Combo presetField() {
		return preset;
	}

	public Text daysField() {
		return days;
	}

	public Text seedField() {
		return seed;
	}

	public Text fileField() {
		return location;
	}

	public Text classField() {
		return classAttribute;
	}

	/** The simulator's options as the experiment file keeps them. */
	java.util.Map<String, String> simulatorOptions() {
		java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
		options.put(SimulatorStream.PRESET, preset());
		options.put("days", Integer.toString(days()));
		return options;
	}
}
