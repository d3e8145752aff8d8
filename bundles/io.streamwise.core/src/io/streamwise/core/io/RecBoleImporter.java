package io.streamwise.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.streamwise.api.data.EventLog;
import io.streamwise.api.data.EventType;
import io.streamwise.api.data.ItemCatalog;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.io.CsvMapping.Field;

/**
 * Reads RecBole atomic files: {@code NAME.inter} and, when present beside it, {@code NAME.item} and
 * {@code NAME.user}. They are tab-separated, unquoted, with a typed header such as
 * {@code user_id:token	item_id:token	rating:float	timestamp:float}; types are token, token_seq (space-separated
 * tokens), float and float_seq.
 * <p>
 * {@code user_id} becomes the viewer (pseudonymised by the {@link IdPolicy}), {@code item_id} the item,
 * {@code rating} the value (events of type {@link EventType#RATE}; without a rating field every event gets the default
 * type), and {@code timestamp} (float seconds, fraction dropped) the time. From {@code .item}: the title comes from
 * a {@code title}, {@code movie_title} or {@code name} field, the tags from the tokens of token_seq fields named
 * {@code genre}, {@code genres}, {@code class}, {@code category}, {@code categories} or {@code tags} (the first tag
 * is the category), the price from a {@code price} float field and the kind from a {@code kind} field.
 */
public final class RecBoleImporter {

	private static final Set<String> TYPES = Set.of("token", "token_seq", "float", "float_seq");
	private static final List<String> TITLE_FIELDS = List.of("title", "movie_title", "name");
	private static final Set<String> TAG_FIELDS = Set.of("genre", "genres", "class", "category", "categories", "tags");

	private RecBoleImporter() {
	}

	/** Reads with raw ids, events without rating of type {@link EventType#CLICK}. */
	public static RecBoleImport read(Path folderOrInter) throws IOException {
		return read(folderOrInter, EventType.CLICK, IdPolicy.raw(), ProgressMonitor.NULL);
	}

	/**
	 * @param folderOrInter a {@code .inter} file, or a folder holding exactly one
	 * @param defaultType   the type of events when the {@code .inter} file has no rating field
	 * @throws ImportException when no single {@code .inter} file is found, its header lacks user_id, item_id or
	 *                         timestamp, or no row can be read
	 */
	public static RecBoleImport read(Path folderOrInter, EventType defaultType, IdPolicy ids, ProgressMonitor monitor)
			throws IOException {
		return read(folderOrInter, defaultType, ids, ImportOptions.defaults(), monitor);
	}

	/**
	 * As {@link #read(Path, EventType, IdPolicy, ProgressMonitor)} with options: the encoding of all three files, the
	 * share of rejected {@code .inter} rows allowed and the unit of the timestamps (RecBole's are seconds by
	 * convention; a file of milliseconds is recognised by their magnitude).
	 */
	public static RecBoleImport read(Path folderOrInter, EventType defaultType, IdPolicy ids, ImportOptions options,
			ProgressMonitor monitor) throws IOException {
		Path inter = findInter(folderOrInter);
		String base = inter.getFileName().toString();
		base = base.substring(0, base.length() - ".inter".length());
		Path itemFile = inter.resolveSibling(base + ".item");
		Path userFile = inter.resolveSibling(base + ".user");
		monitor.begin("Importing " + inter.getFileName(), ImportSession.sizeOf(inter));

		List<String> header = typedHeader(inter, options);
		String userCol = requireField(inter, header, "user_id");
		String itemCol = requireField(inter, header, "item_id");
		String timeCol = requireField(inter, header, "timestamp");
		String ratingCol = findField(header, "rating");
		CsvMapping.Builder mapping = CsvMapping.builder().separator('\t').header(true)
				.timestampFormat(CsvMapping.TimestampFormat.AUTO).column(Field.VIEWER, userCol)
				.column(Field.ITEM, itemCol).column(Field.TIMESTAMP, timeCol).ignore(Field.STREAM)
				.ignore(Field.TYPE);
		if (ratingCol != null) {
			mapping.column(Field.VALUE, ratingCol).defaultType(EventType.RATE);
		} else {
			mapping.ignore(Field.VALUE).defaultType(defaultType);
		}

		ImportSession session = new ImportSession(ids, options, monitor);
		session.readFile(inter, mapping.build(), ImportSession.NO_QUOTE);
		session.checkRejectedShare();
		EventLog log = session.build();
		ItemCatalog catalog = Files.isRegularFile(itemFile) ? readItems(itemFile, log, session, options)
				: ItemCatalog.unknown(log.items());
		List<Map<String, String>> users = Files.isRegularFile(userFile) ? readUsers(userFile, log, session, options)
				: List.of();
		return new RecBoleImport(log, catalog, users, session.report());
	}

	private static Path findInter(Path folderOrInter) throws IOException {
		if (Files.isRegularFile(folderOrInter)) {
			if (!folderOrInter.getFileName().toString().endsWith(".inter")) {
				throw new ImportException(folderOrInter, 0, null, "not a RecBole .inter file");
			}
			return folderOrInter;
		}
		if (!Files.isDirectory(folderOrInter)) {
			throw new ImportException(folderOrInter, 0, null, "file not found");
		}
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(folderOrInter, "*.inter")) {
			ds.forEach(found::add);
		}
		if (found.size() != 1) {
			throw new ImportException(folderOrInter, 0, null, found.isEmpty() ? "no .inter file in this folder"
					: found.size() + " .inter files in this folder; name the one to read");
		}
		return found.get(0);
	}

	/**
	 * The header fields of a RecBole file, each checked to be {@code name:type}, with names unique (a second
	 * {@code item_id} would otherwise be ignored silently).
	 */
	private static List<String> typedHeader(Path file, ImportOptions options) throws IOException {
		String first;
		// marking, not strict: the reader decodes ahead of the header, and a bad byte in a data row below it is that
		// row's problem (rejected when the rows are read), not the header's
		CheckedTextReader text = new CheckedTextReader(file, options.encoding(), CheckedTextReader.Mode.MARK, '\t',
				CheckedTextReader.NO_QUOTE);
		try (BufferedReader r = new BufferedReader(text)) {
			first = r.readLine();
			CheckedTextReader.Problem p = first == null ? null : text.problem(first);
			if (p != null) {
				throw new ImportException(file, 1, null, "header: " + p.reason());
			}
		}
		if (first == null || first.isBlank()) {
			throw new ImportException(file, 0, null, "file is empty");
		}
		List<String> fields = Arrays.asList(first.split("\t", -1));
		Map<String, Integer> seen = new HashMap<>();
		for (int c = 0; c < fields.size(); c++) {
			String f = fields.get(c);
			int colon = f.lastIndexOf(':');
			if (colon < 1 || !TYPES.contains(f.substring(colon + 1).trim().toLowerCase(Locale.ROOT))) {
				throw new ImportException(file, 1, f, "RecBole header fields are name:type with type one of " + TYPES);
			}
			Integer before = seen.putIfAbsent(fieldName(f).toLowerCase(Locale.ROOT), c);
			if (before != null) {
				throw new ImportException(file, 1, fieldName(f), "field name '" + fieldName(f) + "' appears twice in"
						+ " the header (fields " + (before + 1) + " and " + (c + 1) + "); rename one");
			}
		}
		return fields;
	}

	private static String fieldName(String typed) {
		return typed.substring(0, typed.lastIndexOf(':')).trim();
	}

	private static String fieldType(String typed) {
		return typed.substring(typed.lastIndexOf(':') + 1).trim().toLowerCase(Locale.ROOT);
	}

	private static String findField(List<String> header, String name) {
		for (String f : header) {
			if (fieldName(f).equalsIgnoreCase(name)) {
				return f;
			}
		}
		return null;
	}

	private static String requireField(Path file, List<String> header, String name) throws ImportException {
		String f = findField(header, name);
		if (f == null) {
			throw new ImportException(file, 1, name, "missing field '" + name + "' in RecBole header " + header);
		}
		return f;
	}

	/** Reads a side file's data lines: a header and tab-separated fields, calling back with split fields. */
	private interface LineHandler {
		void line(long lineNo, String[] fields, String raw);
	}

	private static void readLines(Path file, List<String> header, ImportSession session, ImportOptions options,
			LineHandler handler) throws IOException {
		readLines(file, header, -1, session, options, handler);
	}

	/** @param viewerCol the column of viewer ids (pseudonymised in rejected lines too), or -1 */
	private static void readLines(Path file, List<String> header, int viewerCol, ImportSession session,
			ImportOptions options, LineHandler handler) throws IOException {
		CheckedTextReader text = new CheckedTextReader(file, options.encoding(), CheckedTextReader.Mode.MARK, '\t',
				CheckedTextReader.NO_QUOTE);
		try (BufferedReader r = new BufferedReader(text)) {
			r.readLine(); // header
			String line;
			long lineNo = 1;
			while ((line = r.readLine()) != null) {
				lineNo++;
				if (line.isEmpty()) {
					continue;
				}
				CheckedTextReader.Problem p = text.problem(line);
				if (p != null) {
					session.rejectLine(file, lineNo, p.field() >= 0 && p.field() < header.size()
							? fieldName(header.get(p.field()))
							: "*", p.reason(),
							withViewerForReport(p.rawText(),
									viewerCol, session));
					continue;
				}
				String[] f = line.split("\t", -1);
				if (f.length != header.size()) {
					if (viewerCol >= 0 && viewerCol < f.length && !f[viewerCol].isEmpty()) {
						f[viewerCol] = session.viewerIdForReport(f[viewerCol]);
					}
					session.rejectLine(file, lineNo, "*", "has " + f.length + " fields, expected " + header.size(),
							String.join("\t", f));
					continue;
				}
				handler.line(lineNo, f, line);
			}
		}
	}

	/** A rejected line as reported: its viewer id replaced as the session reports viewers (a pseudonym, by default). */
	private static String withViewerForReport(String rawLine, int viewerCol, ImportSession session) {
		String[] f = rawLine.split("\t", -1);
		if (viewerCol < 0 || viewerCol >= f.length || f[viewerCol].isEmpty()) {
			return rawLine;
		}
		f[viewerCol] = session.viewerIdForReport(f[viewerCol]);
		return String.join("\t", f);
	}

	private static ItemCatalog readItems(Path file, EventLog log, ImportSession session, ImportOptions options)
			throws IOException {
		List<String> header = typedHeader(file, options);
		int idCol = header.indexOf(requireField(file, header, "item_id"));
		int titleCol = -1;
		for (String t : TITLE_FIELDS) {
			String f = findField(header, t);
			if (f != null) {
				titleCol = header.indexOf(f);
				break;
			}
		}
		List<Integer> tagCols = new ArrayList<>();
		int priceCol = -1, kindCol = -1;
		for (int c = 0; c < header.size(); c++) {
			String name = fieldName(header.get(c)).toLowerCase(Locale.ROOT);
			String type = fieldType(header.get(c));
			if (TAG_FIELDS.contains(name) && (type.equals("token_seq") || type.equals("token"))) {
				tagCols.add(c);
			} else if (name.equals("price") && type.equals("float")) {
				priceCol = c;
			} else if (name.equals("kind")) {
				kindCol = c;
			}
		}
		int n = log.items().size();
		float[] prices = new float[n];
		Arrays.fill(prices, Float.NaN);
		String[] titles = new String[n], kinds = new String[n], categories = new String[n];
		Arrays.fill(titles, "");
		Arrays.fill(kinds, "");
		Arrays.fill(categories, "");
		String[][] tags = new String[n][];
		Arrays.fill(tags, new String[0]);
		boolean[] seen = new boolean[n];
		int tc = titleCol, pc = priceCol, kc = kindCol;
		String priceName = priceCol >= 0 ? header.get(priceCol) : null;
		readLines(file, header, session, options, (lineNo, f, raw) -> {
			int item = log.items().indexOf(f[idCol]);
			if (item < 0 || seen[item]) {
				return; // an item nobody interacted with, or listed twice (the first line counts)
			}
			if (pc >= 0 && !f[pc].isBlank()) {
				try {
					float p = (float) Decimals.parseFinite(f[pc].trim());
					if (!(p >= 0) || Float.isInfinite(p)) {
						session.rejectLine(file, lineNo, priceName, "price must be a number of 0 or more", raw);
						return;
					}
					prices[item] = p;
				} catch (NumberFormatException e) {
					session.rejectLine(file, lineNo, priceName, "not a number: '" + f[pc] + "'", raw);
					return;
				}
			}
			seen[item] = true;
			if (tc >= 0) {
				titles[item] = f[tc].trim();
			}
			if (kc >= 0) {
				kinds[item] = f[kc].trim();
			}
			List<String> t = new ArrayList<>();
			for (int c : tagCols) {
				for (String token : f[c].trim().split(" +")) {
					if (!token.isEmpty() && !t.contains(token)) {
						t.add(token);
					}
				}
			}
			tags[item] = t.toArray(String[]::new);
			categories[item] = t.isEmpty() ? "" : t.get(0);
		});
		return new ItemCatalog(log.items(), prices, titles, kinds, categories, tags);
	}

	private static List<Map<String, String>> readUsers(Path file, EventLog log, ImportSession session,
			ImportOptions options) throws IOException {
		List<String> header = typedHeader(file, options);
		int idCol = header.indexOf(requireField(file, header, "user_id"));
		List<Map<String, String>> attrs = new ArrayList<>(log.viewers().size());
		for (int v = 0; v < log.viewers().size(); v++) {
			attrs.add(Map.of());
		}
		Map<Integer, Map<String, String>> found = new HashMap<>();
		readLines(file, header, idCol, session, options, (lineNo, f, raw) -> {
			// the session still knows raw ids, so this works for pseudonymised viewers too
			int viewer = session.viewerIndexOfRaw(f[idCol]);
			if (viewer < 0 || found.containsKey(viewer)) {
				return;
			}
			Map<String, String> m = new LinkedHashMap<>();
			for (int c = 0; c < f.length; c++) {
				if (c != idCol) {
					m.put(fieldName(header.get(c)), f[c]);
				}
			}
			found.put(viewer, m);
		});
		found.forEach((v, m) -> attrs.set(v, Collections.unmodifiableMap(m)));
		return attrs;
	}
}
