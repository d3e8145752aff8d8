package io.streamwise.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import io.streamwise.api.algorithm.Recommender;
import io.streamwise.core.registry.AlgorithmRegistry;

/**
 * {@code streamwise sdk new-plugin}: the project it writes stands on its own (no Tycho version property, no path into
 * a checkout), and its test fragment imports every JUnit package its tests use. That the project builds and passes
 * its tests outside the checkout is checked by releng/plugin-walkthrough-check.sh, which CI runs.
 */
class SdkNewPluginCommandTest {

	@TempDir
	Path tmp;

	@Test
	void writesAStandAloneRecommenderProject() throws IOException {
		Path dir = tmp.resolve("acme-rules");
		CliFixture cli = new CliFixture();
		assertEquals(0, cli.run("sdk", "new-plugin", "--id", "acme.rules", "--kind", "recommender", "--out",
				dir.toString()), cli.err());
		assertEquals(List.of(".gitignore", "README.md", "acme.rules.tests/META-INF/MANIFEST.MF",
				"acme.rules.tests/build.properties", "acme.rules.tests/pom.xml",
				"acme.rules.tests/src/acme/rules/tests/RulesConformanceTest.java",
				"acme.rules.tests/src/acme/rules/tests/RulesTest.java", "acme.rules/META-INF/MANIFEST.MF",
				"acme.rules/build.properties", "acme.rules/pom.xml", "acme.rules/src/acme/rules/Rules.java",
				"acme.rules/src/acme/rules/RulesFactory.java", "acme.rules/src/acme/rules/RulesSettings.java",
				"pom.xml"), files(dir));
		String pom = Files.readString(dir.resolve("pom.xml"));
		assertFalse(pom.contains("${tycho-version}") || pom.contains("relativePath")
				|| pom.contains("multiModuleProjectDirectory"), pom);
		assertTrue(pom.contains("<version>5.0.2</version>"), pom);
		assertTrue(pom.contains("<artifactId>io.streamwise.sdk.target</artifactId>"), pom);
		// the API versions on its own (0.2.0 since ParallelChunks) while the kit, core, model and target share core's
		assertTrue(pom.contains("<streamwise.sdk.version>" + snapshot(AlgorithmRegistry.class)
				+ "</streamwise.sdk.version>"), pom);
		assertTrue(pom.contains("<streamwise.api.version>" + snapshot(Recommender.class)
				+ "</streamwise.api.version>"), pom);
		assertTrue(pom.contains("<artifactId>io.streamwise.api</artifactId><version>${streamwise.api.version}"), pom);
		assertFalse(snapshot(Recommender.class).equals(snapshot(AlgorithmRegistry.class)), "the fixture's premise");
		for (String module : List.of("acme.rules/pom.xml", "acme.rules.tests/pom.xml")) {
			assertFalse(Files.readString(dir.resolve(module)).contains("relativePath"), module);
		}
		String factory = Files.readString(dir.resolve("acme.rules/src/acme/rules/RulesFactory.java"));
		assertTrue(factory.contains("ID = \"acme.rules\"") && factory.contains("AlgorithmKind.RECOMMENDER"), factory);
		assertTrue(cli.out().contains("acme.rules/target/acme.rules-1.0.0-SNAPSHOT.jar"), cli.out());
	}

	/** assertThrows compiles against the API jar but needs org.junit.jupiter.api.function when the test runs. */
	@Test
	void theTestFragmentImportsEveryJUnitPackageItsTestsUse() throws IOException {
		for (String kind : List.of("recommender", "conversion")) {
			Path dir = tmp.resolve(kind);
			CliFixture cli = new CliFixture();
			assertEquals(0, cli.run("sdk", "new-plugin", "--id", "org.example.shop", "--kind", kind, "--out",
					dir.toString()), cli.err());
			String manifest = Files.readString(dir.resolve("org.example.shop.tests/META-INF/MANIFEST.MF"));
			Path tests = dir.resolve("org.example.shop.tests/src/org/example/shop/tests");
			for (Path test : List.of(tests.resolve("ShopTest.java"), tests.resolve("ShopConformanceTest.java"))) {
				Matcher m = Pattern.compile("import (?:static )?(org\\.junit\\.[a-z.]+)\\.[A-Z]")
						.matcher(Files.readString(test));
				while (m.find()) {
					assertTrue(manifest.contains(" " + m.group(1) + ";"), kind + ": " + test.getFileName()
							+ " uses " + m.group(1) + ", which the fragment does not import:\n" + manifest);
				}
			}
			assertTrue(Files.readString(tests.resolve("ShopTest.java")).contains("assertThrows("), kind);
			String factory = Files.readString(dir.resolve("org.example.shop/src/org/example/shop/ShopFactory.java"));
			assertTrue(factory.contains("AlgorithmKind." + (kind.equals("recommender") ? "RECOMMENDER" : "CONVERSION")),
					factory);
		}
	}

	@Test
	void badIdsKindsAndFoldersAreUsageErrorsThatWriteNothing() throws IOException {
		Path dir = tmp.resolve("p");
		for (String[] bad : List.of(new String[] { "rules", "recommender" },
				new String[] { "Acme.Rules", "recommender" },
				new String[] { "acme.new", "recommender" }, new String[] { "acme.1rules", "recommender" },
				new String[] { "acme.rules", "ranker" })) {
			CliFixture cli = new CliFixture();
			assertEquals(2, cli.run("sdk", "new-plugin", "--id", bad[0], "--kind", bad[1], "--out", dir.toString()),
					String.join(" ", bad));
			assertTrue(cli.err().startsWith("streamwise: "), cli.err());
			assertTrue(cli.err().contains(bad[1].equals("ranker") ? "--kind 'ranker'" : "--id '" + bad[0] + "'"),
					cli.err());
			assertFalse(Files.exists(dir), String.join(" ", bad));
			try (Stream<Path> s = Files.list(tmp)) {
				assertEquals(List.of(), s.toList(), "nothing staged is left behind");
			}
		}
		// a folder with someone's files is never written into
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("Mine.java"), "class Mine {}");
		CliFixture cli = new CliFixture();
		assertEquals(2, cli.run("sdk", "new-plugin", "--id", "acme.rules", "--kind", "conversion", "--out",
				dir.toString()));
		assertEquals(List.of("Mine.java"), files(dir));
	}

	/**
	 * The SDK's target platform pins each library at the version Streamwise itself is built and tested with, and the
	 * generated project uses the Tycho version Streamwise is built with.
	 */
	@Test
	void theSdkTargetAndTheTemplateFollowTheBuild() throws IOException {
		Path root = Path.of("").toAbsolutePath().getParent().getParent(); // tests/io.streamwise.headless.tests
		Map<String, String> build = pinned(
				Files.readString(root.resolve("target-platform/io.streamwise.target.target")));
		Map<String, String> sdk = pinned(
				Files.readString(root.resolve("target-platform/io.streamwise.sdk.target.target")));
		assertTrue(sdk.size() >= 10, sdk.toString());
		sdk.forEach((artifact, version) -> {
			if (build.containsKey(artifact)) {
				assertEquals(build.get(artifact), version, artifact);
			}
		});
		String config = Files.readString(root.resolve(".mvn/maven.config"));
		CliFixture cli = new CliFixture();
		Path dir = tmp.resolve("t");
		assertEquals(0, cli.run("sdk", "new-plugin", "--id", "acme.rules", "--kind", "recommender", "--out",
				dir.toString()));
		Matcher tycho = Pattern.compile("-Dtycho-version=(\\S+)").matcher(config);
		assertTrue(tycho.find(), config);
		assertTrue(Files.readString(dir.resolve("pom.xml")).contains("<version>" + tycho.group(1) + "</version>"));
	}

	private static Map<String, String> pinned(String target) {
		Map<String, String> m = new LinkedHashMap<>();
		Matcher d = Pattern
				.compile("<groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId><version>([^<]+)</version>")
				.matcher(target);
		while (d.find()) {
			m.put(d.group(1) + ":" + d.group(2), d.group(3));
		}
		return m;
	}

	private static List<String> files(Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
					.toList();
		}
	}

	/** The Maven snapshot version of the bundle holding this class, as the generator should write it. */
	private static String snapshot(Class<?> member) {
		Version v = FrameworkUtil.getBundle(member).getVersion();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro() + "-SNAPSHOT";
	}
}
