package io.streamwise.benchmarks.peers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;

/**
 * A temporal 80/20 split of one simulated log and what every system sees of it: the training events (for Streamwise),
 * the same training data as distinct binary viewer-item pairs of the counted types purchase, cart and click (for the
 * peers), the test viewers and their relevant items.
 * <p>
 * Train: events strictly before the timestamp of the event at 80 % of the log. Relevant items of a viewer: items the
 * viewer purchased in the test part and had not purchased in training. Candidates: every item the viewer has no
 * counted (purchase, cart, click) training event with. Test viewers: viewers with at least one relevant item, whether
 * or not they have training history (those without score 0 with every system).
 */
final class Split {

	final String name;
	final Dataset train;
	final int events, trainEvents, viewers, items;
	/** Distinct training pairs (viewer, item) with a purchase, cart or click: the binary input of the peers. */
	final int[] pairViewer, pairItem;
	/** Test viewers, ascending, and their relevant items. */
	final int[] testViewers;
	final BitSet[] relevant;

	private Split(String name, Dataset train, int events, int trainEvents, int viewers, int items, int[] pairViewer,
			int[] pairItem, int[] testViewers, BitSet[] relevant) {
		this.name = name;
		this.train = train;
		this.events = events;
		this.trainEvents = trainEvents;
		this.viewers = viewers;
		this.items = items;
		this.pairViewer = pairViewer;
		this.pairItem = pairItem;
		this.testViewers = testViewers;
		this.relevant = relevant;
	}

	static boolean counted(int typeCode) {
		return typeCode == EventType.PURCHASE.code() || typeCode == EventType.CART.code()
				|| typeCode == EventType.CLICK.code();
	}

	static Split of(String name, Dataset all) {
		EventLog log = all.log();
		int n = log.size();
		long cutTime = log.timestamp((int) (n * 0.8));
		int cut = 0;
		while (cut < n && log.timestamp(cut) < cutTime) {
			cut++;
		}
		int[] trainRows = new int[cut];
		Arrays.setAll(trainRows, r -> r);
		Dataset train = all.withLog(log.select(trainRows));
		int nv = log.viewers().size(), ni = log.items().size();

		BitSet[] seen = new BitSet[nv], bought = new BitSet[nv], fresh = new BitSet[nv];
		List<int[]> pairs = new ArrayList<>();
		for (int r = 0; r < n; r++) {
			int i = log.item(r);
			if (i < 0) {
				continue;
			}
			int v = log.viewer(r), t = log.typeCode(r);
			if (r < cut) {
				if (counted(t)) {
					if (seen[v] == null) {
						seen[v] = new BitSet();
					}
					if (!seen[v].get(i)) {
						seen[v].set(i);
						pairs.add(new int[] { v, i });
					}
				}
				if (t == EventType.PURCHASE.code()) {
					(bought[v] == null ? bought[v] = new BitSet() : bought[v]).set(i);
				}
			} else if (t == EventType.PURCHASE.code() && (bought[v] == null || !bought[v].get(i))) {
				(fresh[v] == null ? fresh[v] = new BitSet() : fresh[v]).set(i);
			}
		}
		int[] pv = new int[pairs.size()], pi = new int[pairs.size()];
		for (int k = 0; k < pv.length; k++) {
			pv[k] = pairs.get(k)[0];
			pi[k] = pairs.get(k)[1];
		}
		List<Integer> test = new ArrayList<>();
		for (int v = 0; v < nv; v++) {
			if (fresh[v] != null) {
				test.add(v);
			}
		}
		int[] tv = test.stream().mapToInt(Integer::intValue).toArray();
		BitSet[] rel = new BitSet[tv.length];
		for (int k = 0; k < tv.length; k++) {
			rel[k] = fresh[tv[k]];
		}
		return new Split(name, train, n, cut, nv, ni, pv, pi, tv, rel);
	}

	int testViewersWithHistory() {
		BitSet has = new BitSet();
		for (int v : pairViewer) {
			has.set(v);
		}
		int c = 0;
		for (int v : testViewers) {
			if (has.get(v)) {
				c++;
			}
		}
		return c;
	}
}
