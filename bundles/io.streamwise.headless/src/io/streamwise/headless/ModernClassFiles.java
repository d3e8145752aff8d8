package io.streamwise.headless;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class file older than Java 6's format (49 or below) in Java 8's (52), with the stack maps ASM computes
 * and the same code: such a class is then checked by the JVM's current verifier, which reads the stack maps instead
 * of inferring the types, and class-data sharing can archive it. Used by {@link JarCopies} for the plain class path
 * of the product's script (picocli 4.7.7 is Java 5 bytecode, the newest picocli there is).
 *
 * <p>ASM is an optional import of this bundle: {@link #available()} says whether it is on the class path.
 */
final class ModernClassFiles {

	/** The first format the JVM verifies by stack maps alone, and from which class-data sharing archives classes. */
	static final int JAVA_6 = 50;
	static final int JAVA_8 = 52;

	private ModernClassFiles() {
	}

	/** Whether ASM can be loaded (the script puts its jar on the class path). */
	static boolean available() {
		try {
			return ClassWriter.class.getName() != null; // resolving the class literal loads ASM's class
		} catch (LinkageError e) {
			return false;
		}
	}

	/** The class file's major version. */
	static int version(byte[] classFile) {
		return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
	}

	/**
	 * The class file in format 52 with stack maps when it is older than format 50; otherwise, and when ASM cannot
	 * compute its frames (the jsr instruction, or a type that {@code classes} cannot load), the class file as it is.
	 *
	 * @param classes loads the types the class refers to (their common super classes are part of the stack maps)
	 */
	static byte[] upgrade(byte[] classFile, ClassLoader classes) {
		if (classFile.length < 8 || version(classFile) >= JAVA_6) {
			return classFile;
		}
		try {
			ClassReader reader = new ClassReader(classFile);
			// not given the reader: it would copy the methods as they are, without stack maps
			ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
				@Override
				protected ClassLoader getClassLoader() {
					return classes;
				}
			};
			reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
				@Override
				public void visit(int version, int access, String name, String signature, String superName,
						String[] interfaces) {
					super.visit(JAVA_8, access, name, signature, superName, interfaces);
				}
			}, 0);
			return writer.toByteArray();
		} catch (RuntimeException e) {
			return classFile; // ASM refuses jsr/ret with computed frames; a type it cannot load: left old, still valid
		}
	}
}
