package io.streamwise.stream;

import java.util.ArrayList;
import java.util.List;

import com.yahoo.labs.samoa.instances.Attribute;
import com.yahoo.labs.samoa.instances.DenseInstance;
import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.Instances;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.data.FeatureSchema;
import io.streamwise.api.data.FeatureTable;
import moa.streams.InstanceStream;

/**
 * Instances in arrival order, each with the time it arrives and the time its label becomes known. Times are in any
 * one unit (epoch seconds, or the instance's position when the data has no clock); a label known at time t is learned
 * before any instance that arrives after t is predicted, and never before its own instance is predicted.
 */
public interface LabelledStream {

	InstancesHeader header();

	boolean hasNext();

	/** The next instance; afterwards {@link #arrivalTime()} and {@link #labelTime()} describe it. */
	Instance next();

	long arrivalTime();

	/** Not before {@link #arrivalTime()}: a label cannot be known before its instance arrives. */
	long labelTime();

	/** Instances left, or -1 when unknown (for progress). */
	default long remaining() {
		return -1;
	}

	/**
	 * A MOA stream read as it goes (ARFF files, generators), labels known at once: exactly the protocol of MOA's
	 * {@code EvaluatePrequential}. Arrival time is the position.
	 */
	static LabelledStream of(InstanceStream stream) {
		return new LabelledStream() {
			private long position = -1;

			@Override
			public InstancesHeader header() {
				return stream.getHeader();
			}

			@Override
			public boolean hasNext() {
				return stream.hasMoreInstances();
			}

			@Override
			public Instance next() {
				position++;
				return stream.nextInstance().getData();
			}

			@Override
			public long arrivalTime() {
				return position;
			}

			@Override
			public long labelTime() {
				return position;
			}

			@Override
			public long remaining() {
				return stream.estimatedRemainingInstances();
			}
		};
	}

	/**
	 * Instances held in memory.
	 *
	 * @param arrival    arrival time of each instance, or null for its position
	 * @param labelKnown label time of each instance, or null for its arrival time (no delay)
	 */
	static LabelledStream of(InstancesHeader header, List<Instance> instances, long[] arrival, long[] labelKnown) {
		int n = instances.size();
		if ((arrival != null && arrival.length != n) || (labelKnown != null && labelKnown.length != n)) {
			throw new IllegalArgumentException("need one arrival and one label time per instance");
		}
		for (int i = 0; labelKnown != null && i < n; i++) {
			long a = arrival == null ? i : arrival[i];
			if (labelKnown[i] < a) {
				throw new IllegalArgumentException("instance " + (i + 1) + ": label time " + labelKnown[i]
						+ " is before its arrival time " + a);
			}
		}
		return new LabelledStream() {
			private int position = -1;

			@Override
			public InstancesHeader header() {
				return header;
			}

			@Override
			public boolean hasNext() {
				return position + 1 < n;
			}

			@Override
			public Instance next() {
				return instances.get(++position);
			}

			@Override
			public long arrivalTime() {
				return arrival == null ? position : arrival[position];
			}

			@Override
			public long labelTime() {
				return labelKnown == null ? arrivalTime() : labelKnown[position];
			}

			@Override
			public long remaining() {
				return n - position - 1;
			}
		};
	}

	/**
	 * The rows of a feature table as a two-class stream (class attribute "converted" = {no, yes}), labels known at
	 * each row's {@code times[]} value.
	 *
	 * @param arrival when each row arrives (the session's start for session features), in the unit of
	 *                {@code times[]}; null for no delay (every label known when its row arrives)
	 */
	static LabelledStream of(FeatureTable table, long[] arrival) {
		InstancesHeader header = header(table.schema());
		List<Instance> instances = new ArrayList<>(table.size());
		int classIndex = header.classIndex();
		for (int r = 0; r < table.size(); r++) {
			double[] values = new double[classIndex + 1];
			System.arraycopy(table.rows()[r], 0, values, 0, classIndex);
			values[classIndex] = table.labels()[r] ? 1 : 0;
			Instance inst = new DenseInstance(1.0, values);
			inst.setDataset(header);
			instances.add(inst);
		}
		return arrival == null ? of(header, instances, null, null)
				: of(header, instances, arrival, table.times().clone());
	}

	/** A MOA header for a feature schema, the class "converted" {no, yes} last. */
	static InstancesHeader header(FeatureSchema schema) {
		List<Attribute> attributes = new ArrayList<>();
		for (FeatureSchema.Feature f : schema.features()) {
			attributes.add(f.isNominal() ? new Attribute(f.name(), f.values()) : new Attribute(f.name()));
		}
		attributes.add(new Attribute("converted", List.of("no", "yes")));
		Instances data = new Instances(schema.name(), attributes, 0);
		data.setClassIndex(attributes.size() - 1);
		return new InstancesHeader(data);
	}
}
