package io.interpy.spring.annotation;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.core.ResolvableType;

/**
 * Decides which types the executor converts by itself (Python's plain data: scalars, strings,
 * lists, dicts) and which need Jackson (records, POJOs, enums, anything holding one). Keeping
 * plain types away from Jackson keeps the executor's precise conversion errors and lets
 * applications without Jackson use them.
 */
final class PlainTypes {

    private static final Set<Class<?>> SCALARS = Set.of(Object.class, String.class, Boolean.class, Long.class,
            Integer.class, Short.class, Byte.class, Double.class, Float.class, byte[].class, boolean.class,
            long.class, int.class, short.class, byte.class, double.class, float.class);

    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Collection.class, Map.class, Set.class);

    private PlainTypes() {
    }

    static boolean isPlain(Type type) {
        if (type instanceof Class<?> cls) {
            return SCALARS.contains(cls) || CONTAINERS.contains(cls);
        }
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getRawType() instanceof Class<?> raw && CONTAINERS.contains(raw)
                    && Arrays.stream(parameterized.getActualTypeArguments()).allMatch(PlainTypes::isPlain);
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getLowerBounds().length == 0
                    && Arrays.stream(wildcard.getUpperBounds()).allMatch(PlainTypes::isPlain);
        }
        return false;
    }

    /**
     * A reflect {@link Type} with type variables replaced by what the bean class binds them to,
     * so a generic base class's {@code CompletableFuture<T>} converts to the subclass's type.
     */
    static Type toType(ResolvableType type) {
        if (!containsVariable(type.getType())) {
            return type.getType();
        }
        Class<?> raw = type.resolve(Object.class);
        if (!type.hasGenerics()) {
            return raw;
        }
        Type[] arguments = Arrays.stream(type.getGenerics()).map(PlainTypes::toType).toArray(Type[]::new);
        return new Parameterized(raw, arguments);
    }

    private static boolean containsVariable(Type type) {
        if (type instanceof TypeVariable<?>) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(PlainTypes::containsVariable);
        }
        if (type instanceof GenericArrayType array) {
            return containsVariable(array.getGenericComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            return Arrays.stream(wildcard.getUpperBounds()).anyMatch(PlainTypes::containsVariable);
        }
        return false;
    }

    private record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType that && raw.equals(that.getRawType())
                    && Objects.equals(getOwnerType(), that.getOwnerType())
                    && Arrays.equals(arguments, that.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ raw.hashCode();
        }

        @Override
        public String getTypeName() {
            return raw.getTypeName() + Arrays.stream(arguments).map(Type::getTypeName)
                    .collect(java.util.stream.Collectors.joining(", ", "<", ">"));
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }
}
