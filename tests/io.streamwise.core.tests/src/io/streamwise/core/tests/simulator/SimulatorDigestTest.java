package io.streamwise.core.tests.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.streamwise.api.progress.ProgressMonitor;
import io.streamwise.core.simulator.SimulatedMarket;
import io.streamwise.core.simulator.SimulationWriter;
import io.streamwise.core.simulator.Simulator;
import io.streamwise.core.simulator.SimulatorSettings;

/**
 * Pins the simulator's output byte for byte: every CSV file {@code simulate} writes (events, catalogue, schedule,
 * viewers and the ground truth) for two settings, by SHA-256. (The EMF model files and simulation.json are left out:
 * their layout belongs to the model and the writer, not to the simulation.) The digests
 * were taken from model version 1.0.0 before Simulator.Run was split into named constants; a change of any coefficient,
 * of the order of random draws or of the arithmetic changes them. A deliberate change of the model must bump
 * {@link Simulator#VERSION} and re-pin these.
 */
class SimulatorDigestTest {

	@TempDir
	Path dir;

	private static final Map<String, String> SMALL_SEED_3 = Map.of(
			"events.csv", "d55ce9a56c7f1196372b04d09993f93228ca27aa65c39c758e6f0014de7d7ebc",
			"ground_truth_interests.csv", "145573498e6fcdda22cf8303bf7d61b16f3c9f659b296b00b1e14647e091a1a0",
			"ground_truth_purchase_probability.csv", "a8afebaa411581989a6a64b12149ddad785071d3a32fd7434d588ceebe1460fe",
			"ground_truth_viewer_traits.csv", "83e9c543d5dc79094f2e659aaa2d6b163436a21a8d7195942d24df6b645ac9c4",
			"hosts.csv", "287ff75e7dbacc1e986b506678bbbc67f6f635ea2749056549c6dcdcfd8335e9",
			"items.csv", "7d93505f9e9a945fbf213af305277397ceaf59da8dc2ae7a2d0433a86edd7b40",
			"showcases.csv", "a44c3479ac14f01bc1dd24da197274e523976a02e27d4483a618853159e26be8",
			"streams.csv", "5a309cec66bb4aabe6cd33da1d4d99b660079bfbe9d8fb36ddf14c00a1df557f",
			"viewers.csv", "3ffcad9e019821a489eeaf432810dee359754e200803931b451f282bd948aad5");

	private static final Map<String, String> SMALL_SEED_8_DRIFT = Map.of(
			"events.csv", "f4237ea2a0d1aead65246235ea96f0ea714a225de7ee7ef3af8fb2b6892de25b",
			"ground_truth_interests.csv", "8acfed3ca35cee0eb66a8190b478166c4049e78624a241888b28bc4b0e1ff02f",
			"ground_truth_purchase_probability.csv", "38fa5459e6cd830a213befced1da1f718595637ba006f99a7815cbcbbd28d47b",
			"ground_truth_viewer_traits.csv", "00872aa1f54c9a66c1a18be681ce25aa1963f481f01cc56fc03709095156e25f",
			"hosts.csv", "83f303b8f284d226229251e66bade098a5d8e06b72c2f299c42f607bd2e37f2b",
			"items.csv", "7b415da83d8fe809db063a6e88937434fc121d00cb1ba3fbd888731e63687b8d",
			"showcases.csv", "f028fdcae0d566e25c9ee764af3bb2b9f6875f8956dd61d3412e5848c96b8af6",
			"streams.csv", "3f407b0da3815be651719e0a0cefcf3fb267da7423d2263878f474f07affa69c",
			"viewers.csv", "3824b9450564923c4482b44a4b13687ecafea361ec1e0d085752a1934d7a784a");

	@Test
	void smallPresetSeed3IsPinned() throws IOException {
		assertEquals(SMALL_SEED_3, digests(SimulatorSettings.Size.SMALL.settings(Map.of("seed", "3")), "a"));
	}

	@Test
	void driftingMarketWithOffersIsPinned() throws IOException {
		// other settings exercise other branches: drift, more offers and refunds, few hosts (double-booked streams)
		assertEquals(SMALL_SEED_8_DRIFT, digests(SimulatorSettings.Size.SMALL.settings(Map.of("seed", "8", "drift",
				"0.7", "offerRate", "0.8", "refundRate", "0.2", "hosts", "2")), "b"));
	}

	private Map<String, String> digests(SimulatorSettings settings, String name) throws IOException {
		SimulatedMarket market = Simulator.run(settings, ProgressMonitor.NULL);
		Path out = dir.resolve(name);
		SimulationWriter.write(market, out);
		Map<String, String> digests = new TreeMap<>();
		try (var files = Files.list(out)) {
			for (Path f : files.sorted().filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
				digests.put(f.getFileName().toString(), sha256(f));
			}
		}
		return digests;
	}

	private static String sha256(Path file) throws IOException {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
				in.transferTo(java.io.OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
