package io.streamwise.ui.models;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.streamwise.model.io.ModelLoadException;

/**
 * Checks documents with EMF's {@link Diagnostician} (multiplicities, unique ids, data values) and shows what it finds
 * as problem markers on the file, so that the Problems view lists them and opens the editor at the element.
 */
public final class ModelValidation {

	public static final String MARKER = "io.streamwise.ui.models.problem";
	/** Marker attribute: the URI fragment of the element at fault. */
	public static final String URI_FRAGMENT = "uriFragment";

	private ModelValidation() {
	}

	/** Replaces the file's markers by the problems of root; returns the diagnostic. */
	public static Diagnostic validate(IFile file, EObject root) {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(root);
		try {
			file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
			for (Diagnostic child : diagnostic.getChildren()) {
				IMarker marker = file.createMarker(MARKER);
				marker.setAttribute(IMarker.MESSAGE, child.getMessage());
				marker.setAttribute(IMarker.SEVERITY, severity(child.getSeverity()));
				Object at = child.getData().isEmpty() ? null : child.getData().get(0);
				if (at instanceof EObject element && element.eResource() != null) {
					marker.setAttribute(IMarker.LOCATION, element.eClass().getName());
					marker.setAttribute(URI_FRAGMENT, EcoreUtil.getURI(element).fragment());
				}
			}
		} catch (CoreException e) {
			ILog.of(ModelValidation.class).log(e.getStatus());
		}
		return diagnostic;
	}

	/** A document that does not load is one problem, at the line the loader names. */
	public static void loadProblem(IFile file, ModelLoadException problem) {
		try {
			file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
			IMarker marker = file.createMarker(MARKER);
			marker.setAttribute(IMarker.MESSAGE, problem.getProblem());
			marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
			if (problem.getLine() > 0) {
				marker.setAttribute(IMarker.LINE_NUMBER, problem.getLine());
			}
		} catch (CoreException e) {
			ILog.of(ModelValidation.class).log(e.getStatus());
		}
	}

	private static int severity(int diagnosticSeverity) {
		return switch (diagnosticSeverity) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
		case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
