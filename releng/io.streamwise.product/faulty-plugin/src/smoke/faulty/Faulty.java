package smoke.faulty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.streamwise.api.algorithm.AlgorithmInfo;
import io.streamwise.api.algorithm.AlgorithmKind;
import io.streamwise.api.algorithm.Recommender;
import io.streamwise.api.algorithm.RecommenderFactory;
import io.streamwise.api.algorithm.TaskContext;
import io.streamwise.api.data.Dataset;

/**
 * Plugins that take their process down while fitting, for the smoke test of cell isolation: smoke.exit calls
 * System.exit(3), smoke.halt calls Runtime.halt(0), smoke.oom allocates until the heap is exhausted. Each is a
 * Declarative Services component (OSGI-INF/*.xml, written by hand: the smoke test compiles this with javac alone).
 */
public final class Faulty {

	private Faulty() {
	}

	public record NoSettings() {
	}

	/** Fits by running the fault; scores nothing (it never gets there). */
	abstract static class Base implements RecommenderFactory<NoSettings> {
		abstract String id();

		abstract void fault();

		@Override
		public AlgorithmInfo info() {
			return new AlgorithmInfo(id(), id(), "ends its process on purpose (smoke test)", "",
					AlgorithmKind.RECOMMENDER);
		}

		@Override
		public Class<NoSettings> settingsType() {
			return NoSettings.class;
		}

		@Override
		public Recommender create(NoSettings settings) {
			return new Recommender() {
				@Override
				public void fit(Dataset train, TaskContext context) {
					fault();
				}

				@Override
				public void score(int viewer, float[] scores) {
					Arrays.fill(scores, 0f);
				}
			};
		}
	}

	public static final class Exit extends Base {
		@Override
		String id() {
			return "smoke.exit";
		}

		@Override
		void fault() {
			System.exit(3);
		}
	}

	public static final class Halt extends Base {
		@Override
		String id() {
			return "smoke.halt";
		}

		@Override
		void fault() {
			// exit code 0 on purpose: before isolation this ended the whole run with "success"
			Runtime.getRuntime().halt(0);
		}
	}

	public static final class Oom extends Base {
		static final List<long[]> HOARD = new ArrayList<>();

		@Override
		String id() {
			return "smoke.oom";
		}

		@Override
		void fault() {
			while (true) {
				HOARD.add(new long[1 << 20]);
			}
		}
	}
}
