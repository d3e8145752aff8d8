package io.streamwise.recommenders.mf.bpr;

import io.streamwise.api.algorithm.Setting;
import io.streamwise.api.feedback.EventWeights;

/**
 * Settings of {@link Bpr}. Defaults follow common practice for BPR-MF (learning rate 0.05, regularisation 0.0025 for
 * viewers and positive items, a tenth of that for negative items, which are updated far more often).
 *
 * @param events         event types that count as a positive interaction (weights accepted, without effect)
 * @param factors        latent dimensions
 * @param epochs         passes over the data; one pass draws as many triples as there are positive pairs
 * @param learningRate   SGD step size
 * @param regViewer      L2 regularisation of viewer factors
 * @param regPositive    L2 regularisation of the positive item's factors
 * @param regNegative    L2 regularisation of the negative item's factors
 * @param itemBias       whether to learn an item bias (score = p·q + b)
 * @param regBias        L2 regularisation of item biases
 * @param initStd        standard deviation of the Gaussian initial factors
 * @param blocks         stratification of the SGD (1 = the paper's sequential SGD); results depend on it
 * @param threads        threads that run the blocks of one stratum; results never depend on it
 */
public record BprSettings(
		@Setting(key = "events", label = "Events", description = "Comma-separated event types that count as a positive interaction, each with an optional weight after a colon (purchase:3,cart:2,click); BPR learns only which viewer-item pairs have a counted event, so weights change nothing", defaultValue = "purchase,cart,click,rate") String events,
		@Setting(key = "factors", label = "Factors", description = "Number of latent dimensions", defaultValue = "32", min = 1, max = 1024) int factors,
		@Setting(key = "epochs", label = "Epochs", description = "Passes over the data; each draws as many triples as there are positive pairs", defaultValue = "30", min = 1, max = 100000) int epochs,
		@Setting(key = "learningRate", label = "Learning rate", description = "Step size of stochastic gradient ascent", defaultValue = "0.05", min = 1e-9, max = 10) double learningRate,
		@Setting(key = "regViewer", label = "Viewer regularisation", description = "L2 penalty on viewer factors", defaultValue = "0.0025", min = 0, max = 100) double regViewer,
		@Setting(key = "regPositive", label = "Positive item regularisation", description = "L2 penalty on the factors of the positive item", defaultValue = "0.0025", min = 0, max = 100) double regPositive,
		@Setting(key = "regNegative", label = "Negative item regularisation", description = "L2 penalty on the factors of the sampled negative item", defaultValue = "0.00025", min = 0, max = 100) double regNegative,
		@Setting(key = "itemBias", label = "Item bias", description = "Learn a per-item bias added to the score", defaultValue = "true") boolean itemBias,
		@Setting(key = "regBias", label = "Bias regularisation", description = "L2 penalty on item biases", defaultValue = "0", min = 0, max = 100) double regBias,
		@Setting(key = "initStd", label = "Initial std", description = "Standard deviation of the Gaussian initial factors", defaultValue = "0.1", min = 0, max = 10) double initStd,
		@Setting(key = "blocks", label = "Blocks", description = "Stratified SGD: viewers and items are split into this many blocks so that a stratum's blocks can run in parallel; 1 is the paper's sequential SGD. Results depend on it", defaultValue = "1", min = 1, max = 256) int blocks,
		@Setting(key = "threads", label = "Threads", description = "Threads running the blocks of a stratum (useful up to Blocks); never changes results", defaultValue = "1", min = 1, max = 256) int threads) {

	public BprSettings {
		EventWeights.parse(events); // validates, naming the setting
	}
}
