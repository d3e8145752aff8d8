package io.streamwise.api.algorithm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one setting of an algorithm: a component of its settings record. The one annotation drives the
 * experiment file, the command line, validation and the generated editor form. Files and the command line name a
 * setting by its {@link #key()}, forms show its {@link #label()}.
 * <p>
 * Supported component types: {@code int}, {@code long}, {@code double}, {@code float}, {@code boolean},
 * {@code String} and enums.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD })
public @interface Setting {

	/**
	 * The key the setting is persisted under: in experiment files, results and on the command line
	 * ({@code --set ID:KEY=VALUE}). It is stable forever, like the algorithm id: a saved file refers to it. A key is a
	 * lower-case letter followed by letters and digits ("neighbours", "regViewer"). Empty means the record component's
	 * name; write it out, so that renaming the component or its label never changes what files hold.
	 */
	String key() default "";

	/** Short label for forms and tables; free to change, files never hold it. */
	String label();

	/** One sentence on what the setting does. */
	String description() default "";

	/** The default, written as in an experiment file ("10", "0.5", "true", an enum constant's name). */
	String defaultValue();

	/** Inclusive lower bound for numbers. */
	double min() default Double.NEGATIVE_INFINITY;

	/** Inclusive upper bound for numbers. */
	double max() default Double.POSITIVE_INFINITY;
}
