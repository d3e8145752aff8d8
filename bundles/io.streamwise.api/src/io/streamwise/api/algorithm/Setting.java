package io.streamwise.api.algorithm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one setting of an algorithm: a component of its settings record. The one annotation drives the
 * experiment file, the command line, validation and the generated editor form.
 * <p>
 * Supported component types: {@code int}, {@code long}, {@code double}, {@code float}, {@code boolean},
 * {@code String} and enums.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD })
public @interface Setting {

	/** Short label for forms and tables. */
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
