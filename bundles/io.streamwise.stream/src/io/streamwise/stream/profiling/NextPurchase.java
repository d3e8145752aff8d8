package io.streamwise.stream.profiling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.yahoo.labs.samoa.instances.Attribute;
import com.yahoo.labs.samoa.instances.DenseInstance;
import com.yahoo.labs.samoa.instances.Instance;
import com.yahoo.labs.samoa.instances.Instances;
import com.yahoo.labs.samoa.instances.InstancesHeader;

import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.stream.LabelledStream;
import io.streamwise.stream.Prequential;
import io.streamwise.stream.PrequentialResult;
import io.streamwise.stream.PrequentialSettings;
import io.streamwise.stream.StreamLearner;

/**
 * Predicting a viewer's interest online: which category will the viewer buy from next? Every purchase of a
 * categorised item becomes one instance, in log order, labelled with the item's category. Its features are the
 * viewer's {@link ViewerProfiles profile} at the start of the stream session in which the purchase happens (at the
 * purchase itself when it has no stream), so that the clicks and carts that led to this purchase do not give its
 * category away. The instances are evaluated prequentially ({@link Prequential}): each is predicted with what the
 * learner learned from the purchases before it, then learned.
 */
public final class NextPurchase {

	private NextPurchase() {
	}

	/**
	 * The purchases as instances.
	 *
	 * @param header    the profile's attributes, the class "next_category" last (nominal, one value per category)
	 * @param instances one per purchase of a categorised item, in log order
	 * @param viewers   the viewer (log index) of each instance
	 * @param times     the purchase time (epoch seconds) of each instance
	 */
	public record PurchaseInstances(InstancesHeader header, List<Instance> instances, int[] viewers, long[] times) {
		public PurchaseInstances {
			instances = List.copyOf(instances);
		}

		public int size() {
			return instances.size();
		}
	}

	/**
	 * What a prequential run found, with the baseline it must beat.
	 *
	 * @param result           the learner's prequential metrics
	 * @param majorityAccuracy accuracy of predicting, each time, the category bought most often so far (ties to the
	 *                         first category; the first category before any purchase)
	 * @param classCounts      purchases per category over the whole stream
	 */
	public record Evaluation(PrequentialResult result, double majorityAccuracy, long[] classCounts) {
	}

	/** Builds the instances: one pass over the log. */
	public static PurchaseInstances instances(Dataset data, ProgressMonitor monitor) {
		EventLog log = data.log();
		ViewerProfiles profiles = new ViewerProfiles(data.catalog(), log.viewers().size());
		if (profiles.categories().size() < 2) {
			throw new IllegalArgumentException("next-purchase profiling needs items in at least two categories; the"
					+ " catalog has " + profiles.categories().size()
					+ " (is there an item file with a category column?)");
		}
		InstancesHeader header = header(profiles);
		int classIndex = header.classIndex();
		Map<Long, double[]> sessionStart = new HashMap<>();
		List<Instance> out = new ArrayList<>();
		List<Integer> viewers = new ArrayList<>();
		List<Long> times = new ArrayList<>();
		monitor.begin("profiling next purchases", log.size());
		for (int r = 0; r < log.size(); r++) {
			if ((r & 0xFFFF) == 0) {
				monitor.checkCancelled();
				monitor.worked(Math.min(0x10000, log.size() - r));
			}
			int v = log.viewer(r);
			int stream = log.stream(r);
			long t = log.timestamp(r);
			EventType type = log.type(r);
			double[] before = null;
			if (stream >= 0) {
				long key = ((long) v << 32) | stream;
				before = sessionStart.get(key);
				if (before == null) {
					before = profiles.profile(v, t);
					sessionStart.put(key, before);
				}
				if (type == EventType.LEAVE) {
					sessionStart.remove(key); // a later return to the stream starts a new session
				}
			}
			int category = profiles.categoryOf(log.item(r));
			if (type == EventType.PURCHASE && category >= 0) {
				double[] features = before != null ? before : profiles.profile(v, t);
				double[] values = new double[classIndex + 1];
				System.arraycopy(features, 0, values, 0, classIndex);
				values[classIndex] = category;
				Instance inst = new DenseInstance(1.0, values);
				inst.setDataset(header);
				out.add(inst);
				viewers.add(v);
				times.add(t);
			}
			profiles.observe(log, r);
		}
		return new PurchaseInstances(header, out, viewers.stream().mapToInt(Integer::intValue).toArray(),
				times.stream().mapToLong(Long::longValue).toArray());
	}

	/** Evaluates a learner test-then-train on the purchases, labels known at once. */
	public static Evaluation evaluate(PurchaseInstances data, StreamLearner learner, PrequentialSettings settings,
			TaskContext context) {
		if (data.size() == 0) {
			throw new IllegalArgumentException("the data has no purchase of a categorised item to predict");
		}
		PrequentialResult result = Prequential.run(LabelledStream.of(data.header(), data.instances(), null, null),
				learner, settings.withPositiveClass(0), context);
		long[] counts = new long[data.header().numClasses()];
		long correct = 0;
		int majority = 0;
		for (Instance inst : data.instances()) {
			int y = (int) inst.classValue();
			correct += y == majority ? 1 : 0;
			counts[y]++;
			if (counts[y] > counts[majority] || (counts[y] == counts[majority] && y < majority)) {
				majority = y;
			}
		}
		return new Evaluation(result, correct / (double) data.size(), counts);
	}

	private static InstancesHeader header(ViewerProfiles profiles) {
		List<String> names = profiles.featureNames();
		List<Attribute> attributes = new ArrayList<>();
		for (int i = 0; i < names.size() - 1; i++) {
			attributes.add(new Attribute(names.get(i)));
		}
		List<String> lastValues = new ArrayList<>(profiles.categories());
		lastValues.add("none");
		attributes.add(new Attribute(names.get(names.size() - 1), lastValues));
		attributes.add(new Attribute("next_category", profiles.categories()));
		Instances data = new Instances("next_purchase", attributes, 0);
		data.setClassIndex(attributes.size() - 1);
		return new InstancesHeader(data);
	}
}
