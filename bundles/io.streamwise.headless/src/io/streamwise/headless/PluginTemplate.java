package io.streamwise.headless;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.lang.model.SourceVersion;

/**
 * The files of a new plugin project ({@code streamwise sdk new-plugin}): a Maven Tycho build of its own that needs no
 * Streamwise checkout (Tycho's version written out, the target platform and the SDK bundles taken as Maven artifacts
 * from the local or any remote Maven repository), a plugin bundle with one algorithm, and a test fragment with the
 * conformance kit and a behavioural test. Plain text, so the generator is testable without a file system.
 */
final class PluginTemplate {

	/** The Tycho version Streamwise is built with (.mvn/maven.config); a test keeps the two equal. */
	static final String TYCHO_VERSION = "5.0.2";

	/** Reverse-domain plugin ids: two or more lower-case segments, each a Java identifier that is no keyword. */
	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+");

	enum Kind {
		RECOMMENDER, CONVERSION
	}

	private final String id;
	private final Kind kind;
	private final String sdkVersion;
	private final String apiVersion;
	private final String type;

	/**
	 * @param id         the bundle's symbolic name, its Java package and the algorithm's id
	 * @param kind       which kind of algorithm the template implements
	 * @param sdkVersion the Maven version of the SDK artifacts (io.streamwise.sdk.testkit, .sdk.target, .core, .model)
	 * @param apiVersion the Maven version of io.streamwise.api, which versions on its own
	 */
	PluginTemplate(String id, Kind kind, String sdkVersion, String apiVersion) {
		String problem = idProblem(id);
		if (problem != null) {
			throw new UsageException(problem);
		}
		this.id = id;
		this.kind = kind;
		this.sdkVersion = sdkVersion;
		this.apiVersion = apiVersion;
		String last = id.substring(id.lastIndexOf('.') + 1);
		this.type = Character.toUpperCase(last.charAt(0)) + last.substring(1);
	}

	/** Why an id cannot name a plugin, or null when it can. */
	static String idProblem(String id) {
		if (!ID.matcher(id).matches()) {
			return "--id '" + id + "': a plugin id is a reverse domain name in lower case, two or more segments of"
					+ " letters and digits separated by dots, each starting with a letter (e.g. acme.rules)";
		}
		for (String segment : id.split("\\.")) {
			if (SourceVersion.isKeyword(segment)) {
				return "--id '" + id + "': '" + segment + "' is a Java keyword and cannot be part of a package name";
			}
		}
		return null;
	}

	/** The simple name the template's classes start with: the id's last segment, capitalised. */
	String type() {
		return type;
	}

	/** Every file of the project by its path relative to the project's folder, in the order they are written. */
	Map<String, String> files() {
		Map<String, String> f = new LinkedHashMap<>();
		String src = id + "/src/" + id.replace('.', '/') + "/";
		String testSrc = id + ".tests/src/" + id.replace('.', '/') + "/tests/";
		f.put("pom.xml", fill(ROOT_POM));
		f.put(".gitignore", "target/\nbin/\n");
		f.put("README.md", fill(README));
		f.put(id + "/pom.xml", fill(MODULE_POM).replace("@ARTIFACT@", id).replace("@PACKAGING@", "eclipse-plugin"));
		f.put(id + "/build.properties", BUILD_PROPERTIES);
		f.put(id + "/META-INF/MANIFEST.MF", fill(MANIFEST));
		f.put(id + ".tests/pom.xml",
				fill(MODULE_POM).replace("@ARTIFACT@", id + ".tests").replace("@PACKAGING@", "eclipse-test-plugin"));
		f.put(id + ".tests/build.properties", BUILD_PROPERTIES);
		f.put(id + ".tests/META-INF/MANIFEST.MF", fill(TEST_MANIFEST));
		boolean recommender = kind == Kind.RECOMMENDER;
		f.put(src + type + "Settings.java", fill(recommender ? RECOMMENDER_SETTINGS : CONVERSION_SETTINGS));
		f.put(src + type + ".java", fill(recommender ? RECOMMENDER : CONVERSION));
		f.put(src + type + "Factory.java", fill(recommender ? RECOMMENDER_FACTORY : CONVERSION_FACTORY));
		f.put(testSrc + type + "ConformanceTest.java", fill(recommender ? RECOMMENDER_KIT : CONVERSION_KIT));
		f.put(testSrc + type + "Test.java", fill(recommender ? RECOMMENDER_TEST : CONVERSION_TEST));
		return f;
	}

	private String fill(String template) {
		int dot = id.lastIndexOf('.');
		return template.replace("@ID@", id).replace("@GROUP@", id.substring(0, dot)).replace("@TYPE@", type)
				.replace("@SDK@", sdkVersion).replace("@API@", apiVersion).replace("@TYCHO@", TYCHO_VERSION)
				.replace("@KIND@", kind.name().toLowerCase(Locale.ROOT));
	}

	private static final String ROOT_POM = """
			<?xml version="1.0" encoding="UTF-8"?>
			<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			  xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
			  <modelVersion>4.0.0</modelVersion>
			  <!-- A Streamwise algorithm plugin (@ID@) and its tests, built with 'mvn verify' from this folder.
			       Everything comes from Maven repositories: Tycho, the Streamwise SDK bundles and the SDK's target
			       platform (io.streamwise:io.streamwise.sdk.target). Generated by 'streamwise sdk new-plugin'. -->
			  <groupId>@GROUP@</groupId>
			  <artifactId>@ID@.parent</artifactId>
			  <version>1.0.0-SNAPSHOT</version>
			  <packaging>pom</packaging>

			  <properties>
			    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
			    <!-- the Streamwise SDK this plugin compiles and is tested against -->
			    <streamwise.sdk.version>@SDK@</streamwise.sdk.version>
			    <!-- the API versions on its own (semantic versioning) -->
			    <streamwise.api.version>@API@</streamwise.api.version>
			  </properties>

			  <modules>
			    <module>@ID@</module>
			    <module>@ID@.tests</module>
			  </modules>

			  <!-- the SDK bundles: the API, the conformance kit and what the kit runs on; Tycho adds them to the target
			       platform (pomDependencies consider) -->
			  <dependencies>
			    <dependency><groupId>io.streamwise</groupId><artifactId>io.streamwise.api</artifactId><version>${streamwise.api.version}</version></dependency>
			    <dependency><groupId>io.streamwise</groupId><artifactId>io.streamwise.sdk.testkit</artifactId><version>${streamwise.sdk.version}</version></dependency>
			    <dependency><groupId>io.streamwise</groupId><artifactId>io.streamwise.core</artifactId><version>${streamwise.sdk.version}</version></dependency>
			    <dependency><groupId>io.streamwise</groupId><artifactId>io.streamwise.model</artifactId><version>${streamwise.sdk.version}</version></dependency>
			  </dependencies>

			  <build>
			    <plugins>
			      <plugin>
			        <groupId>org.eclipse.tycho</groupId>
			        <artifactId>tycho-maven-plugin</artifactId>
			        <version>@TYCHO@</version>
			        <extensions>true</extensions>
			      </plugin>
			      <plugin>
			        <groupId>org.eclipse.tycho</groupId>
			        <artifactId>target-platform-configuration</artifactId>
			        <version>@TYCHO@</version>
			        <configuration>
			          <target>
			            <artifact>
			              <groupId>io.streamwise</groupId>
			              <artifactId>io.streamwise.sdk.target</artifactId>
			              <version>${streamwise.sdk.version}</version>
			            </artifact>
			          </target>
			          <pomDependencies>consider</pomDependencies>
			        </configuration>
			      </plugin>
			      <plugin>
			        <!-- the component descriptor (OSGI-INF/*.xml) is generated from @Component -->
			        <groupId>org.eclipse.tycho</groupId>
			        <artifactId>tycho-ds-plugin</artifactId>
			        <version>@TYCHO@</version>
			        <configuration>
			          <enabled>true</enabled>
			          <dsVersion>1.4</dsVersion>
			        </configuration>
			      </plugin>
			      <plugin>
			        <groupId>org.eclipse.tycho</groupId>
			        <artifactId>tycho-compiler-plugin</artifactId>
			        <version>@TYCHO@</version>
			        <configuration>
			          <release>21</release>
			        </configuration>
			      </plugin>
			      <plugin>
			        <groupId>org.eclipse.tycho</groupId>
			        <artifactId>tycho-surefire-plugin</artifactId>
			        <version>@TYCHO@</version>
			        <configuration>
			          <trimStackTrace>false</trimStackTrace>
			        </configuration>
			      </plugin>
			    </plugins>
			  </build>
			</project>
			""";

	private static final String MODULE_POM = """
			<?xml version="1.0" encoding="UTF-8"?>
			<project xmlns="http://maven.apache.org/POM/4.0.0">
			  <modelVersion>4.0.0</modelVersion>
			  <parent>
			    <groupId>@GROUP@</groupId>
			    <artifactId>@ID@.parent</artifactId>
			    <version>1.0.0-SNAPSHOT</version>
			  </parent>
			  <artifactId>@ARTIFACT@</artifactId>
			  <packaging>@PACKAGING@</packaging>
			</project>
			""";

	private static final String BUILD_PROPERTIES = """
			source.. = src/
			output.. = bin/
			bin.includes = META-INF/,.
			""";

	private static final String MANIFEST = """
			Manifest-Version: 1.0
			Bundle-ManifestVersion: 2
			Bundle-Name: @TYPE@ (@KIND@)
			Bundle-SymbolicName: @ID@
			Bundle-Version: 1.0.0.qualifier
			Bundle-RequiredExecutionEnvironment: JavaSE-21
			Require-Bundle: io.streamwise.api;bundle-version="[0.1.0,1.0.0)"
			Import-Package: org.osgi.service.component.annotations;version="[1.5.0,2.0.0)";resolution:=optional
			Export-Package: @ID@;version="1.0.0"
			""";

	// every JUnit package the tests use is imported: a class of a package that is not (assertThrows needs
	// org.junit.jupiter.api.function) compiles and then fails with NoClassDefFoundError when the test runs
	private static final String TEST_MANIFEST = """
			Manifest-Version: 1.0
			Bundle-ManifestVersion: 2
			Bundle-Name: @TYPE@ tests
			Bundle-SymbolicName: @ID@.tests
			Bundle-Version: 1.0.0.qualifier
			Fragment-Host: @ID@
			Bundle-RequiredExecutionEnvironment: JavaSE-21
			Require-Bundle: io.streamwise.sdk.testkit;bundle-version="[0.1.0,1.0.0)"
			Import-Package: org.junit.jupiter.api;version="[5.14.0,6.0.0)",
			 org.junit.jupiter.api.function;version="[5.14.0,6.0.0)"
			""";

	private static final String README = """
			# @ID@

			A Streamwise @KIND@ plugin: `@ID@/` is the plugin (one algorithm, `@TYPE@`), `@ID@.tests/` its tests (the
			Streamwise conformance kit and a behavioural test).

			    mvn verify

			builds both and runs the tests (Maven 3.9 or newer, a JDK 21 or newer). The Streamwise SDK @SDK@ (API @API@) must be in
			a Maven repository the build can reach: your local repository (in a Streamwise checkout:
			`./mvnw -B install -DskipTests -pl target-platform,bundles/io.streamwise.sdk.testkit -am`) or a remote one named in your settings. Then copy
			`@ID@/target/@ID@-1.0.0-SNAPSHOT.jar` into the `dropins/` folder of a Streamwise installation;
			`./streamwise algorithms` lists `@ID@`. See the Streamwise guide, docs/plugins.md.
			""";

	private static final String RECOMMENDER_SETTINGS = """
			package @ID@;

			import io.streamwise.api.algorithm.Setting;

			/**
			 * Settings of {@link @TYPE@}. A setting's key is what experiment files and --set hold: keep it forever.
			 *
			 * @param purchaseWeight what a purchase counts for, against 1 for a click or a cart
			 */
			public record @TYPE@Settings(
					@Setting(key = "purchaseWeight", label = "Purchase weight", description = "What a purchase counts for; a click or a cart counts 1.", defaultValue = "3", min = 0, max = 1000) double purchaseWeight) {
			}
			""";

	private static final String RECOMMENDER = """
			package @ID@;

			import java.util.Arrays;

			import io.streamwise.api.algorithm.Recommender;
			import io.streamwise.api.algorithm.TaskContext;
			import io.streamwise.api.data.Dataset;
			import io.streamwise.api.data.EventLog;

			/**
			 * Ranks items by their clicks, carts and weighted purchases in the training data: the same list for every
			 * viewer. Replace the counting with your algorithm; keep checking the monitor in long loops.
			 */
			public final class @TYPE@ implements Recommender {

				private final @TYPE@Settings settings;
				private float[] weights = new float[0];

				public @TYPE@(@TYPE@Settings settings) {
					this.settings = settings;
				}

				@Override
				public void fit(Dataset train, TaskContext context) {
					EventLog log = train.log();
					float[] counts = new float[log.items().size()];
					context.monitor().begin("counting interactions", log.size());
					for (int r = 0; r < log.size(); r++) {
						if ((r & 4095) == 0) {
							context.monitor().checkCancelled();
						}
						int item = log.item(r);
						if (item >= 0) {
							counts[item] += switch (log.type(r)) {
							case PURCHASE -> (float) settings.purchaseWeight();
							case CLICK, CART -> 1f;
							default -> 0f;
							};
						}
					}
					weights = counts;
				}

				@Override
				public void score(int viewer, float[] scores) {
					Arrays.fill(scores, 0f);
					System.arraycopy(weights, 0, scores, 0, Math.min(weights.length, scores.length));
				}
			}
			""";

	private static final String RECOMMENDER_FACTORY = """
			package @ID@;

			import org.osgi.service.component.annotations.Component;

			import io.streamwise.api.algorithm.AlgorithmInfo;
			import io.streamwise.api.algorithm.AlgorithmKind;
			import io.streamwise.api.algorithm.Recommender;
			import io.streamwise.api.algorithm.RecommenderFactory;

			/** Registers {@link @TYPE@} under the id {@value #ID}, which experiment files name: keep it forever. */
			@Component(service = RecommenderFactory.class)
			public final class @TYPE@Factory implements RecommenderFactory<@TYPE@Settings> {

				public static final String ID = "@ID@";

				@Override
				public AlgorithmInfo info() {
					return new AlgorithmInfo(ID, "@TYPE@", "Items by clicks, carts and weighted purchases.", "",
							AlgorithmKind.RECOMMENDER);
				}

				@Override
				public Class<@TYPE@Settings> settingsType() {
					return @TYPE@Settings.class;
				}

				@Override
				public Recommender create(@TYPE@Settings settings) {
					return new @TYPE@(settings);
				}
			}
			""";

	private static final String RECOMMENDER_KIT = """
			package @ID@.tests;

			import java.util.List;

			import @ID@.@TYPE@Factory;
			import @ID@.@TYPE@Settings;
			import io.streamwise.api.algorithm.RecommenderFactory;
			import io.streamwise.sdk.testkit.RecommenderConformanceTest;

			/** The Streamwise conformance kit, with the defaults and the extremes of the settings. */
			class @TYPE@ConformanceTest extends RecommenderConformanceTest<@TYPE@Settings> {

				@Override
				protected RecommenderFactory<@TYPE@Settings> factory() {
					return new @TYPE@Factory();
				}

				@Override
				protected List<@TYPE@Settings> settingsVariants() {
					return List.of(new @TYPE@Settings(0), new @TYPE@Settings(1000));
				}
			}
			""";

	private static final String RECOMMENDER_TEST = """
			package @ID@.tests;

			import static org.junit.jupiter.api.Assertions.assertArrayEquals;
			import static org.junit.jupiter.api.Assertions.assertEquals;
			import static org.junit.jupiter.api.Assertions.assertThrows;

			import java.util.Map;
			import java.util.Optional;

			import org.junit.jupiter.api.Test;

			import @ID@.@TYPE@Factory;
			import @ID@.@TYPE@Settings;
			import io.streamwise.api.algorithm.Recommender;
			import io.streamwise.api.algorithm.Settings;
			import io.streamwise.api.algorithm.SettingsException;
			import io.streamwise.api.algorithm.TaskContext;
			import io.streamwise.api.data.Dataset;
			import io.streamwise.api.data.EventLogBuilder;
			import io.streamwise.api.data.EventType;

			/** What @TYPE@ does, on a log small enough to work out by hand. */
			class @TYPE@Test {

				static final long T0 = 1_772_400_000L;

				/** "a" clicked twice and carted once, "b" bought once, "c" only watched. */
				static float[] scores(@TYPE@Settings settings) {
					EventLogBuilder b = new EventLogBuilder();
					b.add("v0", null, "a", EventType.CLICK, T0, Float.NaN);
					b.add("v1", null, "a", EventType.CLICK, T0 + 1, Float.NaN);
					b.add("v1", null, "a", EventType.CART, T0 + 2, Float.NaN);
					b.add("v2", null, "b", EventType.PURCHASE, T0 + 3, 10f);
					b.add("v2", null, "c", EventType.WATCH, T0 + 4, Float.NaN);
					Dataset data = Dataset.of(b.build());
					Recommender r = new @TYPE@Factory().create(settings);
					r.fit(data, TaskContext.of(1));
					float[] scores = new float[data.log().items().size()];
					r.score(0, scores);
					return scores;
				}

				@Test
				void purchasesCountTheirWeightClicksAndCartsOne() {
					// items in order of first appearance: a, b, c
					assertArrayEquals(new float[] { 3, 3, 0 }, scores(new @TYPE@Settings(3)));
					assertArrayEquals(new float[] { 3, 10, 0 }, scores(new @TYPE@Settings(10)));
				}

				@Test
				void aNegativeWeightIsRefusedNamingTheSetting() {
					SettingsException e = assertThrows(SettingsException.class,
							() -> Settings.parse(@TYPE@Settings.class, Map.of("purchaseWeight", "-1")));
					assertEquals(Optional.of("purchaseWeight"), e.key());
				}
			}
			""";

	private static final String CONVERSION_SETTINGS = """
			package @ID@;

			import io.streamwise.api.algorithm.Setting;

			/**
			 * Settings of {@link @TYPE@}. A setting's key is what experiment files and --set hold: keep it forever.
			 *
			 * @param prior how many imaginary sessions at a rate of one half the estimate starts from
			 */
			public record @TYPE@Settings(
					@Setting(key = "prior", label = "Prior sessions", description = "Imaginary sessions, half of them converted, that the rate starts from.", defaultValue = "2", min = 0, max = 1000000) double prior) {
			}
			""";

	private static final String CONVERSION = """
			package @ID@;

			import io.streamwise.api.algorithm.ConversionModel;
			import io.streamwise.api.algorithm.TaskContext;
			import io.streamwise.api.data.FeatureSchema;

			/**
			 * The share of training sessions that converted, smoothed towards one half by a number of imaginary sessions:
			 * the same probability for every session. Replace it with your model; learn(...) sees one row at a time, and
			 * the default fit(...) checks the monitor between rows.
			 */
			public final class @TYPE@ implements ConversionModel {

				private final @TYPE@Settings settings;
				private long sessions;
				private long converted;

				public @TYPE@(@TYPE@Settings settings) {
					this.settings = settings;
				}

				@Override
				public void initialise(FeatureSchema schema, TaskContext context) {
					sessions = 0;
					converted = 0;
				}

				@Override
				public void learn(double[] features, boolean converted) {
					sessions++;
					if (converted) {
						this.converted++;
					}
				}

				@Override
				public double predict(double[] features) {
					double prior = settings.prior();
					return sessions + prior == 0 ? 0.5 : (converted + prior / 2) / (sessions + prior);
				}
			}
			""";

	private static final String CONVERSION_FACTORY = """
			package @ID@;

			import org.osgi.service.component.annotations.Component;

			import io.streamwise.api.algorithm.AlgorithmInfo;
			import io.streamwise.api.algorithm.AlgorithmKind;
			import io.streamwise.api.algorithm.ConversionModel;
			import io.streamwise.api.algorithm.ConversionModelFactory;

			/** Registers {@link @TYPE@} under the id {@value #ID}, which experiment files name: keep it forever. */
			@Component(service = ConversionModelFactory.class)
			public final class @TYPE@Factory implements ConversionModelFactory<@TYPE@Settings> {

				public static final String ID = "@ID@";

				@Override
				public AlgorithmInfo info() {
					return new AlgorithmInfo(ID, "@TYPE@", "The smoothed share of sessions that converted.", "",
							AlgorithmKind.CONVERSION);
				}

				@Override
				public Class<@TYPE@Settings> settingsType() {
					return @TYPE@Settings.class;
				}

				@Override
				public ConversionModel create(@TYPE@Settings settings) {
					return new @TYPE@(settings);
				}
			}
			""";

	private static final String CONVERSION_KIT = """
			package @ID@.tests;

			import java.util.List;

			import @ID@.@TYPE@Factory;
			import @ID@.@TYPE@Settings;
			import io.streamwise.api.algorithm.ConversionModelFactory;
			import io.streamwise.sdk.testkit.ConversionModelConformanceTest;

			/** The Streamwise conformance kit, with the defaults and the extremes of the settings. */
			class @TYPE@ConformanceTest extends ConversionModelConformanceTest<@TYPE@Settings> {

				@Override
				protected ConversionModelFactory<@TYPE@Settings> factory() {
					return new @TYPE@Factory();
				}

				@Override
				protected List<@TYPE@Settings> settingsVariants() {
					return List.of(new @TYPE@Settings(0), new @TYPE@Settings(1000000));
				}
			}
			""";

	private static final String CONVERSION_TEST = """
			package @ID@.tests;

			import static org.junit.jupiter.api.Assertions.assertEquals;
			import static org.junit.jupiter.api.Assertions.assertThrows;

			import java.util.List;
			import java.util.Map;
			import java.util.Optional;

			import org.junit.jupiter.api.Test;

			import @ID@.@TYPE@Factory;
			import @ID@.@TYPE@Settings;
			import io.streamwise.api.algorithm.ConversionModel;
			import io.streamwise.api.algorithm.Settings;
			import io.streamwise.api.algorithm.SettingsException;
			import io.streamwise.api.algorithm.TaskContext;
			import io.streamwise.api.data.FeatureSchema;

			/** What @TYPE@ predicts, worked out by hand. */
			class @TYPE@Test {

				static double afterOneInFour(double prior) {
					ConversionModel m = new @TYPE@Factory().create(new @TYPE@Settings(prior));
					m.initialise(new FeatureSchema("sessions", List.of(FeatureSchema.Feature.numeric("carts"))),
							TaskContext.of(1));
					m.learn(new double[] { 1 }, true);
					for (int i = 0; i < 3; i++) {
						m.learn(new double[] { 0 }, false);
					}
					return m.predict(new double[] { 0 });
				}

				@Test
				void oneConversionInFourSessionsSmoothedTowardsOneHalf() {
					assertEquals(0.25, afterOneInFour(0), 1e-12);
					assertEquals((1 + 1.0) / (4 + 2), afterOneInFour(2), 1e-12);
				}

				@Test
				void aNegativePriorIsRefusedNamingTheSetting() {
					SettingsException e = assertThrows(SettingsException.class,
							() -> Settings.parse(@TYPE@Settings.class, Map.of("prior", "-1")));
					assertEquals(Optional.of("prior"), e.key());
				}
			}
			""";
}
