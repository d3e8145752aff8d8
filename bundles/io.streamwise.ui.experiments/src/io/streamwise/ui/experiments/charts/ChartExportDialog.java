package io.streamwise.ui.experiments.charts;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/** Asks for the file, format (PNG or SVG), size in pixels and resolution of a chart export. */
public final class ChartExportDialog extends Dialog {

	private final String baseName;
	private Combo format;
	private Spinner width, height, dpi;
	private Text file;
	private String chosenFormat = "png";
	private int chosenWidth = 1600, chosenHeight = 1000, chosenDpi = 300;
	private Path chosenFile;

	public ChartExportDialog(Shell parent, String baseName) {
		super(parent);
		this.baseName = baseName;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Export chart");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(3, false));
		new Label(area, SWT.NONE).setText("Format:");
		format = new Combo(area, SWT.READ_ONLY);
		format.setItems("PNG", "SVG");
		format.select(0);
		format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		width = spinner(area, "Width (pixels):", chosenWidth, 10_000);
		height = spinner(area, "Height (pixels):", chosenHeight, 10_000);
		dpi = spinner(area, "Resolution (DPI, PNG):", chosenDpi, 2_400);
		format.addListener(SWT.Selection, e -> dpi.setEnabled(format.getSelectionIndex() == 0));
		new Label(area, SWT.NONE).setText("File:");
		file = new Text(area, SWT.BORDER);
		file.setText(Path.of(System.getProperty("user.home"), baseName + ".png").toString());
		GridData fileLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		fileLayout.widthHint = 320;
		file.setLayoutData(fileLayout);
		Button browse = new Button(area, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			String ext = format.getSelectionIndex() == 0 ? "png" : "svg";
			dialog.setFilterExtensions(new String[] { "*." + ext });
			dialog.setFileName(baseName + "." + ext);
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		return area;
	}

	private static Spinner spinner(Composite area, String label, int value, int max) {
		new Label(area, SWT.NONE).setText(label);
		Spinner s = new Spinner(area, SWT.BORDER);
		s.setValues(value, 1, max, 0, 10, 100);
		s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return s;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			chosenFormat = format.getSelectionIndex() == 0 ? "png" : "svg";
			chosenWidth = width.getSelection();
			chosenHeight = height.getSelection();
			chosenDpi = dpi.getSelection();
			String name = file.getText().trim();
			if (name.isEmpty()) {
				return;
			}
			chosenFile = Path.of(name.endsWith("." + chosenFormat) ? name : name + "." + chosenFormat);
		}
		super.buttonPressed(buttonId);
	}

	public String format() {
		return chosenFormat;
	}

	public int width() {
		return chosenWidth;
	}

	public int height() {
		return chosenHeight;
	}

	public int dpi() {
		return chosenDpi;
	}

	public Path file() {
		return chosenFile;
	}
}
