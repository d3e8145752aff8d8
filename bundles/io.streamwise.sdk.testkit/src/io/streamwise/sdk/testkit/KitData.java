package io.streamwise.sdk.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import io.streamwise.api.data.Dataset;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventLogBuilder;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.FeatureTable;
import io.streamwise.api.data.IdDictionary;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.experiment.DatasetLoader;
import io.streamwise.core.experiment.ExperimentSpec.DatasetKind;
import io.streamwise.core.experiment.ExperimentSpec.DatasetSpec;
import io.streamwise.core.features.SessionFeatures;

/**
 * The data the kit tests on: one simulated market of medium size (generated once per JVM and never changed), split in
 * time, with a twin whose future is different, plus a viewer and an item that have no event at all.
 */
final class KitData {

	static final long SEED = 20_260_301L;
	static final String COLD_VIEWER = "kit-cold-viewer", COLD_ITEM = "kit-cold-item";
	/** Share of the events, in time order, that are training data. */
	static final double TRAIN_SHARE = 0.8;

	private KitData() {
	}

	/**
	 * @param full       every event, over dictionaries that also hold the cold viewer and item
	 * @param train      the events before the cut: what an algorithm is fitted on
	 * @param otherFull  the same training events followed by a different, planted future
	 * @param otherTrain the training part of {@code otherFull}: equal to {@code train} row for row
	 * @param coldViewer index of a viewer without any event
	 * @param coldItem   index of an item without any event
	 * @param sessions   conversion rows (viewer-in-stream sessions) of {@code full}, in time order
	 */
	record Fixture(Dataset full, Dataset train, Dataset otherFull, Dataset otherTrain, int coldViewer, int coldItem,
			FeatureTable sessions) {

		FeatureTable trainSessions() {
			return sessions.select(range(0, (int) (sessions.size() * TRAIN_SHARE)));
		}

		FeatureTable testSessions() {
			return sessions.select(range((int) (sessions.size() * TRAIN_SHARE), sessions.size()));
		}
	}

	static int[] range(int from, int to) {
		return java.util.stream.IntStream.range(from, to).toArray();
	}

	static Fixture medium() {
		return Medium.FIXTURE;
	}

	/** Initialised on first use; immutable afterwards. */
	private static final class Medium {
		static final Fixture FIXTURE = build();
	}

	private static Fixture build() {
		Dataset market;
		try {
			market = DatasetLoader.load(new DatasetSpec(DatasetKind.SIMULATOR, null, null,
					Map.of("preset", "small", "viewers", "1500", "days", "14")), Path.of("."), SEED,
					ProgressMonitor.NULL).dataset();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // generated data reads no file
		}
		EventLog source = market.log();
		long cut = source.timestamp((int) (source.size() * TRAIN_SHARE));
		EventLog full = copy(source, cut, false), other = copy(source, cut, true);
		ItemCatalog catalog = extend(market.catalog(), full.items());
		Dataset fullData = new Dataset(full, catalog), otherData = new Dataset(other, catalog);
		return new Fixture(fullData, fullData.withLog(full.filter(r -> full.timestamp(r) < cut)), otherData,
				otherData.withLog(other.filter(r -> other.timestamp(r) < cut)), full.viewers().indexOf(COLD_VIEWER),
				full.items().indexOf(COLD_ITEM), SessionFeatures.extract(full, ProgressMonitor.NULL));
	}

	/**
	 * The source's events over its dictionaries plus the cold viewer and item. With {@code plantFuture}, every event
	 * from the cut on is replaced by a purchase of another item by another viewer, so that only the future differs.
	 */
	private static EventLog copy(EventLog source, long cut, boolean plantFuture) {
		EventLogBuilder b = new EventLogBuilder();
		intern(source.viewers(), b::viewer);
		intern(source.items(), b::item);
		intern(source.streams(), b::stream);
		b.viewer(COLD_VIEWER);
		b.item(COLD_ITEM);
		int viewers = source.viewers().size(), items = source.items().size();
		for (int r = 0; r < source.size(); r++) {
			long t = source.timestamp(r);
			if (plantFuture && t >= cut) {
				int item = items == 0 ? -1 : Math.floorMod(source.item(r) + 1, items);
				b.add((source.viewer(r) * 7 + 1) % viewers, source.stream(r), item, EventType.PURCHASE, t, 99f);
			} else {
				b.add(source.viewer(r), source.stream(r), source.item(r), source.type(r), t, source.value(r));
			}
		}
		return b.build();
	}

	private static void intern(IdDictionary ids, java.util.function.Consumer<String> into) {
		for (int i = 0; i < ids.size(); i++) {
			into.accept(ids.id(i));
		}
	}

	/** The catalog over a dictionary that extends the catalog's own; new items are unknown. */
	static ItemCatalog extend(ItemCatalog catalog, IdDictionary items) {
		int n = items.size(), known = catalog.items().size();
		float[] prices = new float[n];
		String[] titles = new String[n], kinds = new String[n], categories = new String[n];
		String[][] tags = new String[n][];
		for (int i = 0; i < n; i++) {
			boolean k = i < known;
			prices[i] = k ? catalog.price(i) : Float.NaN;
			titles[i] = k ? catalog.title(i) : "";
			kinds[i] = k ? catalog.kind(i) : "";
			categories[i] = k ? catalog.category(i) : "";
			tags[i] = k ? catalog.tags(i).toArray(String[]::new) : new String[0];
		}
		return new ItemCatalog(items, prices, titles, kinds, categories, tags);
	}

	/** A log with no event: over no ids at all, or over a few viewers and items. */
	static Dataset empty(int viewers, int items) {
		EventLogBuilder b = new EventLogBuilder();
		for (int v = 0; v < viewers; v++) {
			b.viewer("v" + v);
		}
		for (int i = 0; i < items; i++) {
			b.item("i" + i);
		}
		return Dataset.of(b.build());
	}

	/** One purchase, by viewer 0 of item 0, among three viewers and three items. */
	static Dataset oneEvent() {
		EventLogBuilder b = new EventLogBuilder();
		for (int v = 0; v < 3; v++) {
			b.viewer("v" + v);
		}
		for (int i = 0; i < 3; i++) {
			b.item("i" + i);
		}
		b.stream("s0");
		b.add("v0", "s0", "i0", EventType.PURCHASE, 1_772_400_000L, 10f);
		return Dataset.of(b.build());
	}
}
