package io.streamwise.core.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where pseudonymisation keys live when none is named: never in an output folder, because whoever receives a results
 * folder with its key can re-identify viewers by hashing guessed ids (a dictionary of 100,000 e-mail addresses is
 * enough). In a project (a folder holding {@code .streamwise/} or an Eclipse {@code .project} file, at or above the
 * experiment's folder) the key is the project's {@code .streamwise/pseudonym.key}; elsewhere it is the user's
 * {@code $XDG_CONFIG_HOME/streamwise/keys/default.key} ({@code ~/.config/...} without that variable).
 */
public final class KeyStore {

	/** System property naming the per-user key folder instead (tests, shared machines). */
	public static final String PROPERTY = "streamwise.keyStore";
	/** A project's key, relative to the project's folder. */
	public static final String PROJECT_KEY = ".streamwise/pseudonym.key";
	/**
	 * The per-user default key's name: the same for every dataset, so that the file name tells nothing about the data
	 * and the same viewer gets the same pseudonym across a user's imports.
	 */
	public static final String USER_KEY = "default.key";

	private KeyStore() {
	}

	/** The key file to use for data referenced from {@code baseDir} when no key file is named. */
	public static Path defaultKeyFile(Path baseDir) {
		Path project = project(baseDir);
		return project != null ? project.resolve(PROJECT_KEY) : userStore().resolve(USER_KEY);
	}

	/** The nearest folder at or above {@code dir} that is a project, or null. The home folder never is one. */
	public static Path project(Path dir) {
		Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
		for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
			if (d.equals(home)) {
				return null;
			}
			if (Files.isDirectory(d.resolve(".streamwise")) || Files.isRegularFile(d.resolve(".project"))) {
				return d;
			}
		}
		return null;
	}

	/** The per-user key folder. */
	public static Path userStore() {
		String override = System.getProperty(PROPERTY);
		if (override != null && !override.isBlank()) {
			return Path.of(override).toAbsolutePath();
		}
		String xdg = System.getenv("XDG_CONFIG_HOME");
		Path config = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
				: Path.of(System.getProperty("user.home"), ".config");
		return config.resolve("streamwise").resolve("keys");
	}
}
