package io.interpy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * Carries a full generic type through erasure, so that a result can be converted to
 * {@code List<String>} or {@code Map<String, List<Long>>} rather than to a raw {@code List}.
 * Create it as an anonymous subclass: {@code new TypeRef<List<String>>() {}}, or wrap a
 * {@link Type} obtained by reflection with {@link #of(Type)}.
 *
 * @param <T> the type the result is converted to
 */
public abstract class TypeRef<T> {

    private final Type type;

    protected TypeRef() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType parameterized)) {
            throw new IllegalStateException("TypeRef must be created with a type argument, e.g. new TypeRef<List<String>>() {}");
        }
        this.type = parameterized.getActualTypeArguments()[0];
    }

    TypeRef(Type type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** Wraps a type found by reflection (a method's generic return type, for example). */
    public static <T> TypeRef<T> of(Type type) {
        return new Explicit<>(type);
    }

    /** Wraps a plain class. */
    public static <T> TypeRef<T> of(Class<T> type) {
        return new Explicit<>(type);
    }

    public final Type type() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeRef<?> ref && ref.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }

    private static final class Explicit<T> extends TypeRef<T> {
        Explicit(Type type) {
            super(type);
        }
    }
}
