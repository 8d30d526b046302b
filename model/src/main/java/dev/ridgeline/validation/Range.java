package dev.ridgeline.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The allowed range of a numeric field (or of every value of a numeric map), checked on load. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Range {
    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** True when the value must be strictly greater than min. */
    boolean minExclusive() default false;

    /** True when the value must be strictly less than max. */
    boolean maxExclusive() default false;
}
