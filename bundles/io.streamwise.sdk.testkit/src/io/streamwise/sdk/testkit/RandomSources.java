package io.streamwise.sdk.testkit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds calls of randomness that no seed controls ({@code Math.random()}, {@code new Random()},
 * {@code ThreadLocalRandom}, {@code Collections.shuffle(list)}…) in a plugin's own classes, read from their class
 * files: the classes the factory reaches through the members it uses, loaded by the plugin's class loader. Reading the
 * code catches such a call even on a path the kit's fits never take (a setting off by default).
 */
final class RandomSources {

	/** One call: the class that makes it and what it calls. */
	record Use(String className, String call) {
	}

	/** Owner, method name and descriptor (null: any) of the calls that draw from an unseeded source. */
	private static final String[][] UNSEEDED = { { "java/lang/Math", "random", null },
			{ "java/lang/StrictMath", "random", null }, { "java/util/Random", "<init>", "()V" },
			{ "java/util/SplittableRandom", "<init>", "()V" },
			{ "java/util/concurrent/ThreadLocalRandom", "current", null },
			{ "java/security/SecureRandom", "<init>", null }, { "java/util/UUID", "randomUUID", null },
			{ "java/util/Collections", "shuffle", "(Ljava/util/List;)V" },
			{ "java/util/random/RandomGenerator", "getDefault", null },
			{ "java/util/random/RandomGenerator", "of", null },
			{ "java/util/random/RandomGeneratorFactory", "create", "()Ljava/util/random/RandomGenerator;" } };

	private RandomSources() {
	}

	/** The unseeded calls in the classes {@code root} reaches within its own class loader. */
	static List<Use> unseeded(Class<?> root) throws IOException {
		ClassLoader loader = root.getClassLoader();
		List<Use> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>();
		todo.add(root.getName().replace('.', '/'));
		seen.add(todo.peek());
		while (!todo.isEmpty()) {
			String name = todo.poll();
			ClassFile cf;
			try (InputStream in = loader.getResourceAsStream(name + ".class")) {
				if (in == null) {
					continue;
				}
				cf = ClassFile.read(in);
			}
			for (String[] call : cf.memberRefs) {
				for (String[] bad : UNSEEDED) {
					if (bad[0].equals(call[0]) && bad[1].equals(call[1])
							&& (bad[2] == null || bad[2].equals(call[2]))) {
						out.add(new Use(name.replace('/', '.'),
								call[0].replace('/', '.') + "." + call[1] + (bad[2] == null ? "" : call[2])));
					}
				}
			}
			for (String next : cf.referencedClasses) {
				if (!next.startsWith("[") && seen.add(next) && sameLoader(next, loader)) {
					todo.add(next);
				}
			}
		}
		return out;
	}

	private static boolean sameLoader(String internalName, ClassLoader loader) {
		try {
			return Class.forName(internalName.replace('/', '.'), false, loader).getClassLoader() == loader;
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** What the scan needs of a class file: its member references and the classes its code uses. */
	private static final class ClassFile {
		/** owner, name, descriptor of every field, method and interface-method reference */
		final List<String[]> memberRefs = new ArrayList<>();
		/** owners of member references, the superclass and the interfaces (not the nest and inner-class tables) */
		final Set<String> referencedClasses = new HashSet<>();

		static ClassFile read(InputStream stream) throws IOException {
			DataInputStream in = new DataInputStream(stream);
			if (in.readInt() != 0xCAFEBABE) {
				throw new IOException("not a class file");
			}
			in.readUnsignedShort();
			in.readUnsignedShort();
			int count = in.readUnsignedShort();
			String[] utf8 = new String[count];
			int[] classNameIndex = new int[count];
			int[][] refs = new int[count][];
			int[][] nameAndType = new int[count][];
			for (int i = 1; i < count; i++) {
				int tag = in.readUnsignedByte();
				switch (tag) {
				case 1 -> utf8[i] = in.readUTF();
				case 3, 4 -> in.readInt();
				case 5, 6 -> {
					in.readLong();
					i++; // takes two entries
				}
				case 7 -> classNameIndex[i] = in.readUnsignedShort();
				case 8, 16, 19, 20 -> in.readUnsignedShort();
				case 9, 10, 11 -> refs[i] = new int[] { in.readUnsignedShort(), in.readUnsignedShort() };
				case 12 -> nameAndType[i] = new int[] { in.readUnsignedShort(), in.readUnsignedShort() };
				case 15 -> {
					in.readUnsignedByte();
					in.readUnsignedShort();
				}
				case 17, 18 -> {
					in.readUnsignedShort();
					in.readUnsignedShort();
				}
				default -> throw new IOException("unknown constant pool tag " + tag);
				}
			}
			ClassFile cf = new ClassFile();
			for (int i = 1; i < count; i++) {
				if (refs[i] != null) {
					String owner = utf8[classNameIndex[refs[i][0]]];
					int[] nat = nameAndType[refs[i][1]];
					cf.memberRefs.add(new String[] { owner, utf8[nat[0]], utf8[nat[1]] });
					cf.referencedClasses.add(owner);
				}
			}
			in.readUnsignedShort(); // access flags
			in.readUnsignedShort(); // this class
			int superClass = in.readUnsignedShort();
			if (superClass != 0) {
				cf.referencedClasses.add(utf8[classNameIndex[superClass]]);
			}
			int interfaces = in.readUnsignedShort();
			for (int i = 0; i < interfaces; i++) {
				cf.referencedClasses.add(utf8[classNameIndex[in.readUnsignedShort()]]);
			}
			return cf;
		}
	}
}
