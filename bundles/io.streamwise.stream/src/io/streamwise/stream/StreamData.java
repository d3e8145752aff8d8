package io.streamwise.stream;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.InstancesHeader;

/**
 * A tabular data file read into MOA instances, in file order.
 *
 * @param file      where it came from
 * @param header    the attributes, class set; without the held-out columns
 * @param instances one per data row
 * @param heldOut   numeric columns read but kept out of the attributes (clock and label-time columns), by name
 */
public record StreamData(Path file, InstancesHeader header, List<Instance> instances, Map<String, double[]> heldOut) {

	public StreamData {
		instances = List.copyOf(instances);
		heldOut = Map.copyOf(heldOut);
	}

	public int size() {
		return instances.size();
	}
}
