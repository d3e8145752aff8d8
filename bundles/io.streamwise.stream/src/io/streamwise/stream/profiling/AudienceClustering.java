package io.streamwise.stream.profiling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.Well19937c;

import com.yahoo.labs.samoa.instances.DenseInstance;

import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.progress.ProgressMonitor;
import moa.cluster.Cluster;
import moa.cluster.Clustering;
import moa.clusterers.clustream.Clustream;

/**
 * Segments viewers by what they are interested in: each viewer with at least one click, cart or purchase of a
 * categorised item is a point, its {@link ViewerProfiles#interestMix interest mix} over the whole log; the points are
 * clustered into k segments.
 * <ul>
 * <li>{@link Method#KMEANS}: Commons Math's k-means++ in batch, best of {@value #KMEANS_TRIALS} seeded runs by
 * within-cluster variance.</li>
 * <li>{@link Method#CLUSTREAM}: MOA's CluStream as a stream clusterer over the points in a seeded random order (the
 * online phase: at most max(10k, 100) micro-clusters, none expiring), then a weighted k-means++ over the
 * micro-clusters' centres, weighted by their sizes (CluStream's offline phase), seeded.</li>
 * </ul>
 * Either way each viewer is then assigned to the nearest centre and the centres are recomputed as the means of their
 * viewers, so that a centre describes its segment. Segments are numbered by size, largest first.
 */
public final class AudienceClustering {

	public static final int KMEANS_TRIALS = 5;
	private static final int MAX_ITERATIONS = 300;

	private AudienceClustering() {
	}

	/** How the segments are found. */
	public enum Method {
		KMEANS, CLUSTREAM;

		/** "kmeans" or "clustream", as on the command line. */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** @throws IllegalArgumentException naming the accepted values */
		public static Method parse(String text) {
			for (Method m : values()) {
				if (m.label().equalsIgnoreCase(text.trim())) {
					return m;
				}
			}
			throw new IllegalArgumentException("unknown clustering method '" + text + "'; use kmeans or clustream");
		}
	}

	/**
	 * Segments found.
	 *
	 * @param method     how
	 * @param k          segments asked for (some may come out empty in CluStream's case; sizes tell)
	 * @param seed       the seed
	 * @param categories the dimensions of the centres
	 * @param viewers    the clustered viewers (log indices), ascending
	 * @param mixes      each clustered viewer's interest mix
	 * @param segment    each clustered viewer's segment, 0..k-1, numbered by size (largest first)
	 * @param centres    per segment the mean interest mix of its viewers
	 * @param sizes      viewers per segment
	 * @param unassigned viewers without any interaction with a categorised item
	 */
	public record Result(Method method, int k, long seed, List<String> categories, int[] viewers, double[][] mixes,
			int[] segment, double[][] centres, int[] sizes, int unassigned) {
	}

	/** The interest mixes of all viewers at the end of the log; null for viewers without item interactions. */
	public static double[][] interestMixes(Dataset data, ViewerProfiles profiles, ProgressMonitor monitor) {
		EventLog log = data.log();
		for (int r = 0; r < log.size(); r++) {
			if ((r & 0xFFFF) == 0) {
				monitor.checkCancelled();
			}
			profiles.observe(log, r);
		}
		double[][] out = new double[log.viewers().size()][];
		for (int v = 0; v < out.length; v++) {
			out[v] = profiles.interestMix(v);
		}
		return out;
	}

	/**
	 * Clusters the viewers of a dataset.
	 *
	 * @throws IllegalArgumentException when k is below 1 or fewer viewers than k have item interactions
	 */
	public static Result cluster(Dataset data, int k, Method method, long seed, ProgressMonitor monitor) {
		if (k < 1) {
			throw new IllegalArgumentException("k must be at least 1, was " + k);
		}
		monitor.begin("clustering viewers (" + method.label() + ", k = " + k + ")", 3);
		ViewerProfiles profiles = new ViewerProfiles(data.catalog(), data.log().viewers().size());
		double[][] all = interestMixes(data, profiles, monitor);
		monitor.worked(1);
		int[] viewers = java.util.stream.IntStream.range(0, all.length).filter(v -> all[v] != null).toArray();
		if (viewers.length < k) {
			throw new IllegalArgumentException("only " + viewers.length + " viewer(s) clicked, carted or bought an item"
					+ " with a category; cannot form " + k + " segments");
		}
		double[][] points = new double[viewers.length][];
		for (int i = 0; i < viewers.length; i++) {
			points[i] = all[viewers[i]];
		}
		double[][] centres = switch (method) {
		case KMEANS -> kMeans(points, k, seed);
		case CLUSTREAM -> cluStream(points, k, seed, monitor);
		};
		monitor.checkCancelled();
		monitor.worked(1);
		int[] raw = new int[points.length];
		for (int i = 0; i < points.length; i++) {
			raw[i] = nearest(points[i], centres);
		}
		int dims = profiles.categories().size();
		double[][] means = new double[k][dims];
		int[] counts = new int[k];
		for (int i = 0; i < points.length; i++) {
			counts[raw[i]]++;
			for (int d = 0; d < dims; d++) {
				means[raw[i]][d] += points[i][d];
			}
		}
		// number segments by size (largest first), ties by the old number, so that ids do not depend on the method's
		// internal order
		Integer[] order = new Integer[k];
		Arrays.setAll(order, c -> c);
		Arrays.sort(order, Comparator.comparingInt((Integer c) -> -counts[c]).thenComparingInt(c -> c));
		int[] renumber = new int[k];
		double[][] outCentres = new double[k][];
		int[] sizes = new int[k];
		for (int n = 0; n < k; n++) {
			int c = order[n];
			renumber[c] = n;
			sizes[n] = counts[c];
			outCentres[n] = means[c];
			for (int d = 0; d < dims; d++) {
				outCentres[n][d] = counts[c] == 0 ? Double.NaN : means[c][d] / counts[c];
			}
		}
		int[] segment = new int[points.length];
		for (int i = 0; i < points.length; i++) {
			segment[i] = renumber[raw[i]];
		}
		monitor.worked(1);
		return new Result(method, k, seed, profiles.categories(), viewers, points, segment, outCentres, sizes,
				all.length - viewers.length);
	}

	/** A point that Commons Math can cluster, remembering its row. */
	private record Point(int row, double[] getPoint) implements Clusterable {
	}

	private static double[][] kMeans(double[][] points, int k, long seed) {
		List<Point> input = new ArrayList<>(points.length);
		for (int i = 0; i < points.length; i++) {
			input.add(new Point(i, points[i]));
		}
		Well19937c random = new Well19937c(seed);
		KMeansPlusPlusClusterer<Point> single = new KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS,
				new EuclideanDistance(), random);
		List<CentroidCluster<Point>> clusters = new MultiKMeansPlusPlusClusterer<>(single, KMEANS_TRIALS)
				.cluster(input);
		double[][] centres = new double[k][];
		for (int c = 0; c < k; c++) {
			centres[c] = c < clusters.size() ? clusters.get(c).getCenter().getPoint().clone()
					: points[0].clone(); // Commons Math returns k clusters; kept total for safety
		}
		return centres;
	}

	private static double[][] cluStream(double[][] points, int k, long seed, ProgressMonitor monitor) {
		Clustream online = new Clustream();
		online.maxNumKernelsOption.setValue(Math.max(10 * k, 100));
		online.timeWindowOption.setValue(Math.max(points.length + 1, 1000)); // every viewer is current: none expires
		online.setRandomSeed((int) (seed ^ (seed >>> 32)));
		online.prepareForUse();
		online.resetLearning();
		SplittableRandom random = new SplittableRandom(seed);
		int[] order = java.util.stream.IntStream.range(0, points.length).toArray();
		for (int i = order.length - 1; i > 0; i--) { // Fisher-Yates: the stream's order comes from the seed
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		for (int i = 0; i < order.length; i++) {
			if ((i & 1023) == 0) {
				monitor.checkCancelled();
			}
			online.trainOnInstance(new DenseInstance(1.0, points[order[i]].clone()));
		}
		Clustering micro = online.getMicroClusteringResult();
		int m = micro.size();
		double[][] centres = new double[m][];
		double[] weights = new double[m];
		for (int i = 0; i < m; i++) {
			Cluster c = micro.get(i);
			centres[i] = c.getCenter();
			weights[i] = c.getWeight();
		}
		return weightedKMeans(centres, weights, k, random);
	}

	/** Lloyd's algorithm on weighted points from a k-means++ start (D² sampling by weight). */
	static double[][] weightedKMeans(double[][] points, double[] weights, int k, SplittableRandom random) {
		int n = points.length, dims = points[0].length;
		double[][] centres = new double[k][];
		double[] d2 = new double[n];
		Arrays.fill(d2, Double.POSITIVE_INFINITY);
		centres[0] = points[pick(weights, null, random)].clone();
		for (int c = 1; c < k; c++) {
			for (int i = 0; i < n; i++) {
				d2[i] = Math.min(d2[i], distance2(points[i], centres[c - 1]));
			}
			centres[c] = points[pick(weights, d2, random)].clone();
		}
		int[] assign = new int[n];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			boolean changed = iteration == 0;
			for (int i = 0; i < n; i++) {
				int a = nearest(points[i], centres);
				changed |= a != assign[i];
				assign[i] = a;
			}
			if (!changed) {
				break;
			}
			double[][] sums = new double[k][dims];
			double[] mass = new double[k];
			for (int i = 0; i < n; i++) {
				mass[assign[i]] += weights[i];
				for (int d = 0; d < dims; d++) {
					sums[assign[i]][d] += weights[i] * points[i][d];
				}
			}
			for (int c = 0; c < k; c++) {
				if (mass[c] > 0) {
					for (int d = 0; d < dims; d++) {
						centres[c][d] = sums[c][d] / mass[c];
					}
				} // an empty cluster keeps its centre
			}
		}
		return centres;
	}

	/** An index drawn with probability proportional to weight (times d², when given). */
	private static int pick(double[] weights, double[] d2, SplittableRandom random) {
		double total = 0;
		for (int i = 0; i < weights.length; i++) {
			total += weights[i] * (d2 == null ? 1 : d2[i]);
		}
		if (!(total > 0)) {
			return random.nextInt(weights.length); // every point coincides with a centre
		}
		double u = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			u -= weights[i] * (d2 == null ? 1 : d2[i]);
			if (u < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	static int nearest(double[] p, double[][] centres) {
		int best = 0;
		double bestD = Double.POSITIVE_INFINITY;
		for (int c = 0; c < centres.length; c++) {
			double d = distance2(p, centres[c]);
			if (d < bestD) {
				bestD = d;
				best = c;
			}
		}
		return best;
	}

	private static double distance2(double[] a, double[] b) {
		double s = 0;
		for (int d = 0; d < a.length; d++) {
			double x = a[d] - b[d];
			s += x * x;
		}
		return s;
	}
}
