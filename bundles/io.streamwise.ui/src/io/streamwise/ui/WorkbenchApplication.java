package io.streamwise.ui;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Streamwise workbench. */
public final class WorkbenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		// charts are drawn by AWT into images only; an AWT toolkit of its own would fight SWT over GTK
		System.setProperty("java.awt.headless", "true");
		Display display = PlatformUI.createDisplay();
		try {
			return exitCode(PlatformUI.createAndRunWorkbench(display, new StreamwiseWorkbenchAdvisor()));
		} finally {
			display.dispose();
		}
	}

	/**
	 * The application's exit code for the workbench's return code: {@link IApplication#EXIT_RESTART} (23) when it
	 * closed to restart (File > Switch Workspace), which the launcher script answers by starting it again.
	 */
	public static Integer exitCode(int workbenchReturnCode) {
		return workbenchReturnCode == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
