package io.interpy.spring.annotation;

import java.lang.reflect.Type;

/**
 * Converts between the executor's plain values and records/POJOs. An interface so that the
 * Jackson-based implementation is only loaded when Jackson is on the class path.
 */
interface ResultMapper {

    /** Converts a plain result (maps, lists, scalars) to {@code type}. */
    Object fromPlain(Object value, Type type);

    /** Converts a record or POJO argument to maps, lists and scalars; {@code where} names it in errors. */
    Object toPlain(Object value, String where);

    /** Used when Jackson is absent: any method that needs it fails verification first. */
    ResultMapper NONE = new ResultMapper() {

        @Override
        public Object fromPlain(Object value, Type type) {
            throw new IllegalStateException("converting to " + type.getTypeName()
                    + " needs Jackson (tools.jackson.core:jackson-databind) on the class path");
        }

        @Override
        public Object toPlain(Object value, String where) {
            throw new IllegalStateException("passing " + value.getClass().getName() + " as " + where
                    + " needs Jackson (tools.jackson.core:jackson-databind) on the class path");
        }
    };
}
