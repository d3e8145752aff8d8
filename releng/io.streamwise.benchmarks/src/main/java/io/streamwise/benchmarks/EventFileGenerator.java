package io.streamwise.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic canonical events file ({@code viewer,stream,item,type,timestamp,value}) with the shape of a
 * live-commerce platform's log: about 200K viewers and 2K items with skewed activity and popularity, 5K streams over
 * 60 days, nine event types, ISO-8601 timestamps that are mostly but not strictly in order, prices on cart, purchase
 * and refund events and watch seconds on watch events. Seeded, so every run writes the same bytes.
 */
final class EventFileGenerator {

	static final int VIEWERS = 200_000;
	static final int ITEMS = 2_000;
	static final int STREAMS = 5_000;
	private static final long START = 1_767_225_600L; // 2026-01-01T00:00:00Z
	private static final long SPAN = 60L * 86_400;
	private static final String[] TYPES = { "join", "leave", "watch", "like", "comment", "click", "cart", "purchase",
			"refund" };
	/** Cumulative per-mille weights of TYPES. */
	private static final int[] CUMULATIVE = { 80, 150, 550, 670, 770, 920, 960, 990, 1000 };
	private static final String[] KINDS = { "course", "consultation", "membership", "ebook", "goods" };

	private EventFileGenerator() {
	}

	static void write(Path file, long events, long seed) throws IOException {
		SplittableRandom rnd = new SplittableRandom(seed);
		String[] itemIds = new String[ITEMS];
		String[] prices = new String[ITEMS];
		for (int i = 0; i < ITEMS; i++) {
			itemIds[i] = KINDS[i % KINDS.length] + "-" + i;
			prices[i] = String.format(Locale.ROOT, "%.2f", 4.99 + rnd.nextInt(500) + (rnd.nextBoolean() ? 0 : 0.5));
		}
		char[] line = new char[128];
		try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
			w.write("viewer,stream,item,type,timestamp,value\n");
			for (long e = 0; e < events; e++) {
				double u = rnd.nextDouble();
				int viewer = (int) (VIEWERS * u * u); // a few viewers do much, most do little
				long time = START + e * SPAN / events + rnd.nextInt(30); // jitter: not strictly sorted
				int stream = (int) Math.min(STREAMS - 1, e * STREAMS / events + rnd.nextInt(4));
				double v = rnd.nextDouble();
				int item = (int) (ITEMS * v * v * v); // long tail of item popularity
				int t = type(rnd.nextInt(1000));
				int n = 0;
				n = put(line, n, "v");
				n = putInt(line, n, viewer);
				line[n++] = ',';
				n = put(line, n, "s");
				n = putInt(line, n, stream);
				line[n++] = ',';
				if (t > 1) { // join and leave concern no item
					n = put(line, n, itemIds[item]);
				}
				line[n++] = ',';
				n = put(line, n, TYPES[t]);
				line[n++] = ',';
				n = putIso(line, n, time);
				line[n++] = ',';
				if (t >= 6) {
					n = put(line, n, prices[item]);
				} else if (t == 2) {
					n = putInt(line, n, 1 + rnd.nextInt(3600));
				}
				line[n++] = '\n';
				w.write(line, 0, n);
			}
		}
	}

	private static int type(int perMille) {
		int t = 0;
		while (perMille >= CUMULATIVE[t]) {
			t++;
		}
		return t;
	}

	private static int put(char[] b, int n, String s) {
		s.getChars(0, s.length(), b, n);
		return n + s.length();
	}

	private static int putInt(char[] b, int n, int v) {
		String s = Integer.toString(v);
		return put(b, n, s);
	}

	private static int put2(char[] b, int n, int v) {
		b[n] = (char) ('0' + v / 10);
		b[n + 1] = (char) ('0' + v % 10);
		return n + 2;
	}

	/** yyyy-MM-ddTHH:mm:ssZ without java.time per line: the generator should not dominate the benchmark's time. */
	private static int putIso(char[] b, int n, long epochSecond) {
		long day = Math.floorDiv(epochSecond, 86_400);
		int secOfDay = (int) (epochSecond - day * 86_400);
		java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
		n = putInt(b, n, d.getYear());
		b[n++] = '-';
		n = put2(b, n, d.getMonthValue());
		b[n++] = '-';
		n = put2(b, n, d.getDayOfMonth());
		b[n++] = 'T';
		n = put2(b, n, secOfDay / 3600);
		b[n++] = ':';
		n = put2(b, n, secOfDay / 60 % 60);
		b[n++] = ':';
		n = put2(b, n, secOfDay % 60);
		b[n++] = 'Z';
		return n;
	}
}
