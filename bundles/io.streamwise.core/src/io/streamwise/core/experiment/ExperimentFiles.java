package io.streamwise.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;

import io.streamwise.core.experiment.ExperimentSpec.AlgorithmSpec;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolKind;
import io.streamwise.core.experiment.ExperimentSpec.ProtocolSpec;
import io.streamwise.model.experiment.AlgorithmConfig;
import io.streamwise.model.experiment.DatasetRef;
import io.streamwise.model.experiment.Experiment;
import io.streamwise.model.experiment.ExperimentFactory;
import io.streamwise.model.experiment.Parameter;
import io.streamwise.model.experiment.Protocol;
import io.streamwise.model.io.ModelIO;
import io.streamwise.model.io.ModelLoadException;

/**
 * Reads and writes experiment files ({@code .experiment}, XMI of the Experiment metamodel) as {@link ExperimentSpec}
 * values. Problems are reported with the file and the element at fault.
 */
public final class ExperimentFiles {

	private ExperimentFiles() {
	}

	/**
	 * @throws ModelLoadException for unreadable XML (with line and column) and for incomplete experiments (naming the
	 *                            element)
	 */
	public static ExperimentSpec read(Path file) throws ModelLoadException {
		Experiment e = ModelIO.load(file, Experiment.class);
		try {
			return toSpec(e);
		} catch (IllegalArgumentException ex) {
			throw new ModelLoadException(file, ex.getMessage(), ex);
		}
	}

	public static ExperimentSpec toSpec(Experiment e) {
		String id = e.getId() == null || e.getId().isBlank() ? null : e.getId();
		if (id == null) {
			throw new IllegalArgumentException("the experiment has no id attribute");
		}
		DatasetRef d = e.getDataset();
		if (d == null) {
			throw new IllegalArgumentException("experiment '" + id + "' has no dataset element");
		}
		if (d.getKind() != null && d.getKind() != io.streamwise.model.experiment.DatasetKind.SIMULATOR
				&& (d.getLocation() == null || d.getLocation().isBlank())) {
			throw new IllegalArgumentException(
					"experiment '" + id + "': the " + d.getKind() + " dataset has no location");
		}
		Protocol p = e.getProtocol();
		if (p == null) {
			throw new IllegalArgumentException("experiment '" + id + "' has no protocol element");
		}
		if (p.getKind() == io.streamwise.model.experiment.ProtocolKind.ONLINE
				|| p.getKind() == io.streamwise.model.experiment.ProtocolKind.OFF_POLICY) {
			throw new IllegalArgumentException("experiment '" + id + "': protocol " + p.getKind().getName()
					+ " makes it"
					+ " a policy experiment (bandit policies, docs/bandits.md), which streamwise run and the workbench's"
					+ " Run run, not a comparison of recommenders or conversion models");
		}
		List<AlgorithmSpec> algorithms = new ArrayList<>();
		int n = 0;
		for (AlgorithmConfig a : e.getAlgorithms()) {
			n++;
			if (a.getAlgorithmId() == null || a.getAlgorithmId().isBlank()) {
				throw new IllegalArgumentException("experiment '" + id + "': algorithm " + n + " has no algorithmId");
			}
			algorithms.add(new AlgorithmSpec(a.getLabel(), a.getAlgorithmId(), map(a.getSettings(), "algorithm " + n)));
		}
		DatasetSpec dataset = new DatasetSpec(DatasetKind.valueOf(d.getKind().getName()), d.getLocation(),
				d.getTestLocation(), map(d.getOptions(), "dataset"));
		ProtocolSpec protocol = new ProtocolSpec(ProtocolKind.valueOf(p.getKind().getName()), p.getTrainRatio(),
				p.getFolds(), map(p.getOptions(), "protocol"));
		return new ExperimentSpec(id, e.getName() == null ? id : e.getName(), e.getSeed(), dataset, protocol,
				algorithms, List.copyOf(e.getMetrics()));
	}

	private static Map<String, String> map(EList<Parameter> parameters, String where) {
		Map<String, String> out = new LinkedHashMap<>();
		for (Parameter p : parameters) {
			if (p.getKey() == null || p.getKey().isBlank()) {
				throw new IllegalArgumentException(where + ": a parameter has no key");
			}
			if (out.put(p.getKey(), p.getValue() == null ? "" : p.getValue()) != null) {
				throw new IllegalArgumentException(where + ": parameter '" + p.getKey() + "' is given twice");
			}
		}
		return out;
	}

	public static Experiment toModel(ExperimentSpec spec) {
		ExperimentFactory f = ExperimentFactory.eINSTANCE;
		Experiment e = f.createExperiment();
		e.setId(spec.id());
		e.setName(spec.name());
		e.setSeed(spec.seed());
		DatasetRef d = f.createDatasetRef();
		d.setKind(io.streamwise.model.experiment.DatasetKind.getByName(spec.dataset().kind().name()));
		d.setLocation(spec.dataset().location());
		d.setTestLocation(spec.dataset().testLocation());
		parameters(spec.dataset().options(), d.getOptions());
		e.setDataset(d);
		Protocol p = f.createProtocol();
		p.setKind(io.streamwise.model.experiment.ProtocolKind.getByName(spec.protocol().kind().name()));
		p.setTrainRatio(spec.protocol().trainRatio());
		p.setFolds(spec.protocol().folds());
		parameters(spec.protocol().options(), p.getOptions());
		e.setProtocol(p);
		for (AlgorithmSpec a : spec.algorithms()) {
			AlgorithmConfig c = f.createAlgorithmConfig();
			c.setLabel(a.label());
			c.setAlgorithmId(a.algorithmId());
			parameters(a.settings(), c.getSettings());
			e.getAlgorithms().add(c);
		}
		e.getMetrics().addAll(spec.metrics());
		return e;
	}

	private static void parameters(Map<String, String> values, EList<Parameter> into) {
		values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> {
			Parameter p = ExperimentFactory.eINSTANCE.createParameter();
			p.setKey(en.getKey());
			p.setValue(en.getValue());
			into.add(p);
		});
	}

	public static void write(ExperimentSpec spec, Path file) throws IOException {
		ModelIO.save(toModel(spec), file);
	}

}
