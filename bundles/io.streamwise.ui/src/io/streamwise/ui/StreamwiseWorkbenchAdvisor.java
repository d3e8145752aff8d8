package io.streamwise.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens windows titled Streamwise in the Research perspective. */
final class StreamwiseWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public String getInitialWindowPerspectiveId() {
		return ResearchPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				configurer.setInitialSize(new Point(1200, 800));
				configurer.setShowStatusLine(true);
				configurer.setShowProgressIndicator(true);
				configurer.setTitle("Streamwise");
			}
		};
	}
}
