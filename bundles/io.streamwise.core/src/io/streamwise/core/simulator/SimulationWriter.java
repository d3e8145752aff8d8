package io.streamwise.core.simulator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.streamwise.api.algorithm.SettingDescriptor;
import io.streamwise.api.algorithm.Settings;
import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.OutputFolder;

/**
 * Writes a {@link SimulatedMarket} as a folder of CSV files, a JSON summary and a SYNTHETIC.md notice (formats in
 * docs/simulator.md). Nothing is ever half-written: the files are written into a temporary folder beside the target
 * and then moved. When the target folder does not exist it appears at once; when it exists, each file is replaced
 * atomically, simulation.json and SYNTHETIC.md last.
 */
public final class SimulationWriter {

	public static final String EVENTS = "events.csv";
	public static final String ITEMS = "items.csv";
	public static final String STREAMS = "streams.csv";
	public static final String SHOWCASES = "showcases.csv";
	public static final String VIEWERS = "viewers.csv";
	public static final String HOSTS = "hosts.csv";
	public static final String INTERESTS = "ground_truth_interests.csv";
	public static final String VIEWER_TRAITS = "ground_truth_viewer_traits.csv";
	public static final String PURCHASE_PROBABILITY = "ground_truth_purchase_probability.csv";
	public static final String SUMMARY = "simulation.json";
	public static final String NOTICE = "SYNTHETIC.md";

	/** Every file written, in the order they are moved into place: the summary and the notice come last. */
	public static final List<String> FILES = List.of(EVENTS, ITEMS, STREAMS, SHOWCASES, VIEWERS, HOSTS, INTERESTS,
			VIEWER_TRAITS, PURCHASE_PROBABILITY, SimulationModels.CATALOG, SimulationModels.STREAMS,
			SimulationModels.AUDIENCE,
			SUMMARY, NOTICE);

	static final String EVENTS_HEADER = "viewer,stream,item,type,timestamp,value";

	private SimulationWriter() {
	}

	public static void write(SimulatedMarket market, Path dir) throws IOException {
		write(market, dir, ProgressMonitor.NULL);
	}

	/**
	 * Writes the market into a folder.
	 *
	 * @throws io.streamwise.api.progress.CancelledException when the monitor asks to cancel; nothing is left behind
	 */
	public static void write(SimulatedMarket market, Path dir, ProgressMonitor monitor) throws IOException {
		writeCommitted(market, dir, monitor);
	}

	/**
	 * Writes the market into a folder under the output-folder contract ({@link OutputFolder}): a fresh staging folder
	 * moved into place in one rename.
	 *
	 * @return where an earlier output under that name was moved, or null
	 */
	public static Path writeCommitted(SimulatedMarket market, Path dir, ProgressMonitor monitor) throws IOException {
		try (OutputFolder folder = OutputFolder.create(dir)) {
			monitor.begin("Writing synthetic live-commerce data", market.log().size() + 10L);
			writeAll(market, folder.staging(), monitor);
			return folder.commit();
		}
	}

	/**
	 * Whether a folder holds the simulator's own files, unchanged: simulation.json records the SHA-256 of every file
	 * written before it, and each file a dataset loader reads must be listed and match. Anything else (real data
	 * copied into this layout, a hand-edited file) is not synthetic and gets no synthetic-data privileges.
	 *
	 * @return null when the folder is the simulator's own output, otherwise why not
	 */
	public static String unsignedReason(Path dir) {
		Path summary = dir.resolve(SUMMARY);
		if (!Files.isRegularFile(summary)) {
			return "it has no " + SUMMARY;
		}
		Map<String, String> recorded = new java.util.HashMap<>();
		try (java.io.Reader r = Files.newBufferedReader(summary, StandardCharsets.UTF_8)) {
			com.google.gson.JsonObject root = com.google.gson.JsonParser.parseReader(r).getAsJsonObject();
			if (!root.has(SHA256) || !root.get(SHA256).isJsonObject()) {
				return SUMMARY + " records no file digests";
			}
			root.getAsJsonObject(SHA256).entrySet().forEach(e -> recorded.put(e.getKey(), e.getValue().getAsString()));
		} catch (IOException | RuntimeException e) {
			return SUMMARY + " cannot be read (" + e.getMessage() + ")";
		}
		for (String name : List.of(EVENTS, ITEMS, VIEWERS, STREAMS, SHOWCASES)) {
			Path f = dir.resolve(name);
			if (!Files.exists(f)) {
				continue;
			}
			String expected = recorded.get(name);
			if (expected == null) {
				return name + " is not listed in " + SUMMARY;
			}
			try {
				if (!expected.equals(sha256(f))) {
					return name + " is not the file the simulator wrote";
				}
			} catch (IOException e) {
				return name + " cannot be read (" + e.getMessage() + ")";
			}
		}
		return null;
	}

	/** Key of simulation.json's map from file name to SHA-256 of the bytes the simulator wrote. */
	public static final String SHA256 = "sha256";

	private static String sha256(Path file) throws IOException {
		java.security.MessageDigest sha;
		try {
			sha = java.security.MessageDigest.getInstance("SHA-256");
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		try (java.io.InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), sha)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return java.util.HexFormat.of().formatHex(sha.digest());
	}

	private static void writeAll(SimulatedMarket m, Path dir, ProgressMonitor monitor) throws IOException {
		writeEvents(m, dir.resolve(EVENTS), monitor);
		writeItems(m, dir.resolve(ITEMS));
		writeStreams(m, dir.resolve(STREAMS), dir.resolve(SHOWCASES));
		writeViewers(m, dir.resolve(VIEWERS), dir.resolve(INTERESTS), dir.resolve(VIEWER_TRAITS));
		writeHosts(m, dir.resolve(HOSTS));
		monitor.checkCancelled();
		writeExposures(m, dir.resolve(PURCHASE_PROBABILITY), monitor);
		SimulationModels.write(m, dir);
		Files.writeString(dir.resolve(NOTICE), notice(m), StandardCharsets.UTF_8);
		writeSummary(m, dir.resolve(SUMMARY)); // last: it records the digest of every other file
		monitor.worked(10);
	}

	private static CsvWriter csv(Path file) throws IOException {
		return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
	}

	private static void writeEvents(SimulatedMarket m, Path file, ProgressMonitor monitor) throws IOException {
		EventLog log = m.log();
		Map<Float, String> money = new HashMap<>();
		try (CsvWriter w = csv(file)) {
			w.writeRecord(EVENTS_HEADER.split(","));
			for (int r = 0; r < log.size(); r++) {
				if ((r & 65535) == 65535) {
					monitor.checkCancelled();
					monitor.worked(65536);
				}
				int stream = log.stream(r), item = log.item(r);
				float value = log.value(r);
				w.writeRecord(log.viewers().id(log.viewer(r)), stream < 0 ? "" : log.streams().id(stream),
						item < 0 ? "" : log.items().id(item), log.type(r).label(), time(log.timestamp(r)),
						Float.isNaN(value) ? "" : money.computeIfAbsent(value, SimulationWriter::money));
			}
		}
	}

	private static void writeItems(SimulatedMarket m, Path file) throws IOException {
		try (CsvWriter w = csv(file)) {
			w.writeRecord("id", "kind", "title", "category", "tags", "price", "currency", "creator");
			for (Product p : m.products()) {
				w.writeRecord(p.id(), p.kind().label(), p.title(), p.category(), String.join(";", p.tags()),
						money(p.price()), m.settings().currency(), p.creator());
			}
		}
	}

	private static void writeStreams(SimulatedMarket m, Path streamsFile, Path showcasesFile) throws IOException {
		try (CsvWriter streams = csv(streamsFile); CsvWriter showcases = csv(showcasesFile)) {
			streams.writeRecord("id", "host", "title", "start", "end");
			showcases.writeRecord("stream", "item", "from", "until", "offer_kind", "discount_percent", "offer_from",
					"offer_until", "gift_item");
			for (LiveStream s : m.streams()) {
				streams.writeRecord(s.id(), s.host(), s.title(), time(s.start()), time(s.end()));
				for (Showcase sc : s.showcases()) {
					Offer o = sc.offer();
					showcases.writeRecord(s.id(), sc.product(), time(sc.from()), time(sc.until()),
							o == null ? "" : o.kind().label(), o == null ? "" : Integer.toString(o.discountPercent()),
							o == null ? "" : time(o.from()), o == null ? "" : time(o.until()),
							o == null ? "" : o.gift());
				}
			}
		}
	}

	private static void writeViewers(SimulatedMarket m, Path viewersFile, Path interestsFile, Path traitsFile)
			throws IOException {
		try (CsvWriter viewers = csv(viewersFile);
				CsvWriter interests = csv(interestsFile);
				CsvWriter traits = csv(traitsFile)) {
			viewers.writeRecord("id", "age_band", "region", "occupation");
			interests.writeRecord("viewer", "category", "weight_start", "weight_end");
			traits.writeRecord("viewer", "price_sensitivity", "activity");
			for (int v = 0; v < m.viewers().size(); v++) {
				Viewer viewer = m.viewers().get(v);
				LatentViewer lv = m.latentViewers().get(v);
				viewers.writeRecord(viewer.id(), viewer.ageBand(), viewer.region(), viewer.occupation());
				double[] start = lv.interestStart(), end = lv.interestEnd();
				for (int c = 0; c < start.length; c++) {
					interests.writeRecord(viewer.id(), m.categories().get(c), decimal(start[c], 6),
							decimal(end[c], 6));
				}
				traits.writeRecord(viewer.id(), decimal(lv.priceSensitivity(), 6), decimal(lv.activity(), 6));
			}
		}
	}

	private static void writeHosts(SimulatedMarket m, Path file) throws IOException {
		try (CsvWriter w = csv(file)) {
			w.writeRecord("id", "name", "specialty", "audience_pull");
			for (Host h : m.hosts()) {
				w.writeRecord(h.id(), h.name(), h.specialty(), decimal(h.audiencePull(), 6));
			}
		}
	}

	private static void writeExposures(SimulatedMarket m, Path file, ProgressMonitor monitor) throws IOException {
		Map<Float, String> money = new HashMap<>();
		try (CsvWriter w = csv(file)) {
			w.writeRecord("viewer", "stream", "item", "probability", "purchased", "exposed_at", "price", "offered");
			int n = 0;
			for (Exposure e : m.exposures()) {
				if ((++n & 65535) == 0) {
					monitor.checkCancelled();
				}
				w.writeRecord(e.viewer(), e.stream(), e.product(), decimal(e.probability(), 8),
						e.purchased() ? "1" : "0", time(e.time()),
						money.computeIfAbsent(e.price(), SimulationWriter::money), e.offered() ? "1" : "0");
			}
		}
	}

	private static void writeSummary(SimulatedMarket m, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				JsonWriter json = new JsonWriter(out)) {
			json.setIndent("  ");
			json.beginObject();
			json.name("synthetic").value(true);
			json.name("notice").value(
					"Synthetic data generated by the Streamwise live-commerce simulator; no real person, stream or purchase.");
			json.name("generator").value(Simulator.class.getName());
			json.name("simulatorVersion").value(Simulator.VERSION);
			json.name("seed").value(m.settings().seed());
			json.name("settings").beginObject();
			Map<String, String> values = Settings.format(m.settings());
			for (SettingDescriptor d : Settings.describe(SimulatorSettings.class)) {
				String text = values.get(d.key());
				if (d.type() == String.class) {
					json.name(d.key()).value(text);
				} else {
					json.name(d.key()).jsonValue(text); // numbers as numbers
				}
			}
			json.endObject();
			json.name("period").beginObject();
			json.name("start").value(time(m.periodStart()));
			json.name("end").value(time(m.periodEnd()));
			json.endObject();
			json.name("currency").value(m.settings().currency());
			json.name("categories").beginArray();
			for (String c : m.categories()) {
				json.value(c);
			}
			json.endArray();
			json.name("counts").beginObject();
			json.name("viewers").value(m.viewers().size());
			json.name("products").value(m.products().size());
			json.name("hosts").value(m.hosts().size());
			json.name("streams").value(m.streams().size());
			json.name("showcases").value(m.streams().stream().mapToLong(s -> s.showcases().size()).sum());
			json.name("offers").value(m.streams().stream().mapToLong(s -> s.offers().size()).sum());
			json.name("events").value(m.log().size());
			json.name("exposures").value(m.exposures().size());
			json.name("purchasedExposures").value(m.exposures().stream().filter(Exposure::purchased).count());
			json.name("eventsByType").beginObject();
			long[] byType = m.log().countByType();
			for (EventType t : EventType.values()) {
				json.name(t.label()).value(byType[t.code()]);
			}
			json.endObject();
			json.endObject();
			json.name("files").beginArray();
			for (String f : FILES) {
				json.value(f);
			}
			json.endArray();
			json.name(SHA256).beginObject();
			for (String f : FILES) {
				if (!f.equals(SUMMARY)) {
					json.name(f).value(sha256(file.resolveSibling(f)));
				}
			}
			json.endObject();
			json.endObject();
			out.write('\n');
		}
	}

	private static String notice(SimulatedMarket m) {
		return """
				# Synthetic data

				Everything in this folder was generated by the Streamwise live-commerce simulator (version %s, seed %d).
				No real viewer, host, stream, product or purchase is described here: the viewers, hosts, products,
				streams, events and prices are made up by a random model, and any likeness to real ones is chance.

				The files hold both what a platform would observe (events.csv, items.csv, streams.csv, showcases.csv,
				viewers.csv, hosts.csv) and the ground truth that made it (the ground_truth_*.csv files): each viewer's
				latent interests, price sensitivity and activity, and the true purchase probability of every exposure.
				simulation.json lists the settings; the same settings and seed give identical files.

				Do not present results on this data as findings about real live-stream commerce.
				""".formatted(Simulator.VERSION, m.settings().seed());
	}

	static String time(long epochSecond) {
		return Instant.ofEpochSecond(epochSecond).toString();
	}

	private static String money(float amount) {
		return String.format(Locale.ROOT, "%.2f", amount);
	}

	private static String decimal(double value, int places) {
		return String.format(Locale.ROOT, "%." + places + "f", value);
	}
}
