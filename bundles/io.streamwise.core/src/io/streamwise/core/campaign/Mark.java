package io.streamwise.core.campaign;
final class Mark {
	static long t = System.nanoTime(), c = cpu();
	static long cpu() { return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
	static void mark(String what) {
		long t1 = System.nanoTime(), c1 = cpu();
		System.err.printf(java.util.Locale.ROOT, "  %-10s wall %.3f cpu %.3f%n", what, (t1 - t) / 1e9, (c1 - c) / 1e9);
		t = t1; c = c1;
	}
}
