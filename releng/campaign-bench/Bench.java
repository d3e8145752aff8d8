// SPDX-License-Identifier: GPL-3.0-or-later
// Times `campaign forecast`'s engine in process, start-up excluded, and profiles its last repetition with JFR
// (docs/benchmarks.md, "Campaign forecast"). Not part of the build: compile and run it against the built bundles'
// classes and their libraries, e.g. (CP = core, model, api target/classes + commons-math3, EMF, Gson, FastCSV jars)
//   javac -cp "$CP" -d /tmp/bench Bench.java
//   java -cp "/tmp/bench:$CP" Bench examples/campaign/launch.campaign 100000 4 OUTDIR none jfr
// Arguments: campaign file, draws, repetitions, folder for forecast.json/csv (and forecast.jfr), scenario (none, all
// or a name), and any fifth argument to record the last repetition with JFR's "profile" settings.
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.campaign.*;
import io.streamwise.model.campaign.Campaign;
import io.streamwise.model.io.ModelIO;

public class Bench {
	public static void main(String[] a) throws Exception {
		Path file = Path.of(a[0]);
		int draws = Integer.parseInt(a[1]);
		int reps = Integer.parseInt(a[2]);
		Path out = Path.of(a[3]);
		String scenario = a[4].equals("none") ? null : a[4];
		boolean jfr = a.length > 5;
		Campaign c = ModelIO.load(file, Campaign.class);
		var variants = CampaignScenarios.variants(c, scenario);
		var bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		jdk.jfr.Recording rec = null;
		List<Forecast> forecasts = null;
		for (int r = 0; r < reps; r++) {
			if (jfr && r == reps - 1) {
				rec = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
				rec.start();
			}
			long cpu0 = bean.getProcessCpuTime(), t0 = System.nanoTime();
			forecasts = new ArrayList<>();
			for (var v : variants) {
				forecasts.add(new CampaignForecaster(v.plan()).run(v.name(), new CampaignForecaster.Settings(draws, 1, 2, true), ProgressMonitor.NULL));
			}
			long t1 = System.nanoTime(), cpu1 = bean.getProcessCpuTime();
			System.out.printf(Locale.ROOT, "rep %d: wall %.3f s, process CPU %.3f s%n", r, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9);
		}
		if (rec != null) {
			rec.stop();
			rec.dump(out.resolve("forecast.jfr"));
		}
		ForecastWriter.write(out, file.getFileName().toString(), "x", "EUR", forecasts);
	}
}
