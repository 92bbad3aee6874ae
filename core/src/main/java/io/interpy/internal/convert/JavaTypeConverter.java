package io.interpy.internal.convert;

import io.interpy.ConversionException;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Narrows a decoded plain value (Long, Double, String, List, Map...) to the type a caller asked
 * for. Strict on purpose: a Python int that does not fit a Java int, a non-integral float for an
 * integer type, or a str for a number fails with the path and the value instead of being silently
 * truncated, because such a mismatch is a bug in the Python function or in the declared type.
 *
 * <p>Plain data only: records and POJOs are not mapped here (the Spring module maps them with
 * Jackson from a Map).
 */
public final class JavaTypeConverter {

    private JavaTypeConverter() {
    }

    /** Converts a whole result; paths in messages start at {@code result}. */
    public static Object convert(Object plain, Type target) {
        return convert(plain, target, "result");
    }

    /**
     * @param path where {@code plain} sits, used in error messages (e.g. {@code result["a"][1]})
     * @throws ConversionException when the value does not fit the target type
     */
    public static Object convert(Object plain, Type target, String path) {
        try {
            return to(plain, target);
        } catch (CallEncoder.Failure f) {
            throw f.toException(path);
        }
    }

    /**
     * The conversion itself. A misfit unwinds as a {@link CallEncoder.Failure} that collects its
     * path on the way out, so a conversion that succeeds builds no path strings.
     */
    static Object to(Object plain, Type target) {
        if (target instanceof Class<?> cls) {
            return toClass(plain, cls);
        }
        if (target instanceof ParameterizedType p) {
            return toParameterized(plain, p);
        }
        if (target instanceof WildcardType w) {
            return to(plain, w.getUpperBounds()[0]);
        }
        if (target instanceof TypeVariable<?> v) {
            return to(plain, v.getBounds()[0]);
        }
        if (target instanceof GenericArrayType g) {
            return toArray(plain, g.getGenericComponentType(), raw(g.getGenericComponentType()));
        }
        throw new CallEncoder.Failure("unsupported target type " + target.getTypeName());
    }

    /** The element type when {@code target} is a list-like type this converter builds as an ArrayList, else null. */
    static Type listElement(Type target) {
        if (!(target instanceof ParameterizedType p)) {
            return null;
        }
        Class<?> raw = raw(p.getRawType());
        if (Set.class.isAssignableFrom(raw) || !(Collection.class.isAssignableFrom(raw) || raw == Iterable.class)
                || !raw.isAssignableFrom(ArrayList.class)) {
            return null;
        }
        return bound(p.getActualTypeArguments()[0]);
    }

    /** Key and value types when {@code target} is a map type this converter builds as a LinkedHashMap, else null. */
    static Type[] mapTypes(Type target) {
        if (!(target instanceof ParameterizedType p)) {
            return null;
        }
        Class<?> raw = raw(p.getRawType());
        if (!Map.class.isAssignableFrom(raw) || !raw.isAssignableFrom(LinkedHashMap.class)) {
            return null;
        }
        Type[] args = p.getActualTypeArguments();
        return new Type[] {bound(args[0]), bound(args[1])};
    }

    private static Type bound(Type t) {
        return t instanceof WildcardType w ? w.getUpperBounds()[0] : t;
    }

    private static Object toClass(Object v, Class<?> cls) {
        if (cls == Object.class) {
            return v;
        }
        if (v == null) {
            if (cls.isPrimitive()) {
                throw fail(v, cls, "None cannot become a primitive " + cls.getName());
            }
            return cls == Optional.class ? Optional.empty() : null;
        }
        Class<?> boxed = box(cls);
        if (boxed == Long.class) {
            if (v instanceof Long) {
                return v;
            }
            return integral(v, cls, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (boxed == Integer.class) {
            return (int) integral(v, cls, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (boxed == Short.class) {
            return (short) integral(v, cls, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (boxed == Byte.class) {
            return (byte) integral(v, cls, Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        if (boxed == Double.class) {
            return v instanceof Double ? v : floating(v, cls);
        }
        if (boxed == Float.class) {
            double d = floating(v, cls);
            float f = (float) d;
            if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                throw fail(v, cls, "out of float range");
            }
            return f;
        }
        if (boxed == Boolean.class) {
            if (v instanceof Boolean) {
                return v;
            }
            throw fail(v, cls, null);
        }
        if (boxed == Character.class) {
            if (v instanceof String s && s.length() == 1) {
                return s.charAt(0);
            }
            throw fail(v, cls, "a one-character str is required");
        }
        if (cls == String.class || cls == CharSequence.class) {
            if (v instanceof String) {
                return v;
            }
            throw fail(v, cls, null);
        }
        if (cls == BigInteger.class) {
            return bigInteger(v);
        }
        if (cls == BigDecimal.class) {
            return bigDecimal(v);
        }
        if (cls == Number.class && v instanceof Number) {
            return v;
        }
        if (cls.isArray()) {
            return toArray(v, cls.getComponentType(), cls.getComponentType());
        }
        if (cls.isEnum()) {
            return enumConstant(v, cls);
        }
        if (cls == Optional.class) {
            return Optional.of(v);
        }
        if (cls.isInstance(v)) {
            return v; // List/Map/Set/Collection/Iterable raw types, byte[]-free Object supertypes
        }
        if (Collection.class.isAssignableFrom(cls) || Map.class.isAssignableFrom(cls) || cls == Iterable.class) {
            return toParameterized(v, cls, Object.class, Object.class);
        }
        if (cls.isRecord() || !cls.isInterface() && !cls.getName().startsWith("java.")) {
            throw new CallEncoder.Failure("cannot convert to " + cls.getName()
                    + ": records and POJOs are not mapped here; request Map<String, Object> (or Object) and map it,"
                    + " e.g. with Jackson (the Spring module does)");
        }
        throw fail(v, cls, null);
    }

    private static Object toParameterized(Object v, ParameterizedType p) {
        Type[] args = p.getActualTypeArguments();
        Class<?> raw = raw(p.getRawType());
        if (raw == Optional.class) {
            return Optional.ofNullable(v == null ? null : to(v, args[0]));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return toParameterized(v, raw, args[0], args[1]);
        }
        if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
            return toParameterized(v, raw, args[0], null);
        }
        throw new CallEncoder.Failure("unsupported generic target type " + p.getTypeName()
                + " (supported: List, Collection, Iterable, Set, Map, Optional)");
    }

    private static Object toParameterized(Object v, Class<?> raw, Type element, Type value) {
        if (v == null) {
            return null;
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!(v instanceof Map<?, ?> m) || !raw.isAssignableFrom(LinkedHashMap.class)) {
                throw fail(v, raw, null);
            }
            if (element == Object.class && value == Object.class && v instanceof LinkedHashMap) {
                return v; // decoded for this call alone: nothing to narrow, so no copy
            }
            Map<Object, Object> out = LinkedHashMap.newLinkedHashMap(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(key(e.getKey(), element), entryValue(e.getKey(), e.getValue(), value));
            }
            return out;
        }
        if (!(v instanceof Collection<?> c)) {
            throw fail(v, raw, "a Python list, tuple or set is required");
        }
        boolean set = Set.class.isAssignableFrom(raw);
        if (element == Object.class && (set ? v instanceof LinkedHashSet && raw.isAssignableFrom(LinkedHashSet.class)
                : v instanceof ArrayList && raw.isAssignableFrom(ArrayList.class))) {
            return v;
        }
        Collection<Object> out;
        if (set && raw.isAssignableFrom(LinkedHashSet.class)) {
            out = LinkedHashSet.newLinkedHashSet(c.size());
        } else if (!set && raw.isAssignableFrom(ArrayList.class)) {
            out = new ArrayList<>(c.size());
        } else {
            throw new CallEncoder.Failure("unsupported collection type " + raw.getName()
                    + " (request List, Collection, Iterable or Set)");
        }
        if (element == Object.class) {
            out.addAll(c);
            return out;
        }
        int i = 0;
        for (Object item : c) {
            out.add(item(item, element, i++));
        }
        return out;
    }

    /** One item of a sequence; a misfit is located at {@code [index]}. */
    static Object item(Object item, Type element, int index) {
        try {
            return to(item, element);
        } catch (CallEncoder.Failure f) {
            throw f.at("[" + index + "]");
        }
    }

    /** A map key; a misfit is located at {@code <key k>}. */
    static Object key(Object key, Type keyType) {
        try {
            return to(key, keyType);
        } catch (CallEncoder.Failure f) {
            throw f.at("<key " + key + ">");
        }
    }

    /** A map value; a misfit is located at {@code ["k"]}. */
    static Object entryValue(Object key, Object value, Type valueType) {
        try {
            return to(value, valueType);
        } catch (CallEncoder.Failure f) {
            throw f.at(CallEncoder.keySegment(key));
        }
    }

    private static Object toArray(Object v, Type component, Class<?> rawComponent) {
        if (rawComponent == byte.class && v instanceof byte[]) {
            return v;
        }
        if (!(v instanceof Collection<?> c)) {
            throw fail(v, Array.newInstance(rawComponent, 0).getClass(), "a Python list, tuple or set is required");
        }
        Object array = Array.newInstance(rawComponent, c.size());
        int i = 0;
        for (Object item : c) {
            Object converted = item(item, component, i);
            if (array instanceof long[] longs) {
                longs[i] = (Long) converted;
            } else if (array instanceof double[] doubles) {
                doubles[i] = (Double) converted;
            } else if (array instanceof int[] ints) {
                ints[i] = (Integer) converted;
            } else {
                Array.set(array, i, converted);
            }
            i++;
        }
        return array;
    }

    private static long integral(Object v, Class<?> cls, long min, long max) {
        long x;
        if (v instanceof Long l) {
            x = l;
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            x = ((Number) v).longValue();
        } else if (v instanceof BigInteger) {
            throw fail(v, cls, "out of range");
        } else if (v instanceof Double d) {
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw fail(v, cls, "not an integral number");
            }
            if (d < -0x1p63 || d >= 0x1p63) {
                throw fail(v, cls, "out of range");
            }
            x = d.longValue();
        } else {
            throw fail(v, cls, null);
        }
        if (x < min || x > max) {
            throw fail(v, cls, "out of range [" + min + ", " + max + "]");
        }
        return x;
    }

    private static double floating(Object v, Class<?> cls) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Float) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof BigInteger || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (Double.isInfinite(d)) {
                throw fail(v, cls, "out of double range");
            }
            return d;
        }
        throw fail(v, cls, null);
    }

    private static BigInteger bigInteger(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (v instanceof BigDecimal d) {
            try {
                return d.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw fail(v, BigInteger.class, "not an integral number");
            }
        }
        throw fail(v, BigInteger.class, null);
    }

    private static BigDecimal bigDecimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d); // shortest repr, as Python prints it: 0.1 stays 0.1
        }
        throw fail(v, BigDecimal.class, null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Object v, Class<?> cls) {
        if (v instanceof String s) {
            try {
                return Enum.valueOf((Class<? extends Enum>) cls, s);
            } catch (IllegalArgumentException e) {
                throw fail(v, cls, "no such constant; expected one of "
                        + Arrays.toString(cls.getEnumConstants()));
            }
        }
        throw fail(v, cls, "an enum constant's name (str) is required");
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (t instanceof GenericArrayType g) {
            return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (t instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (t instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        if (c == int.class) {
            return Integer.class;
        }
        if (c == long.class) {
            return Long.class;
        }
        if (c == double.class) {
            return Double.class;
        }
        if (c == boolean.class) {
            return Boolean.class;
        }
        if (c == float.class) {
            return Float.class;
        }
        if (c == short.class) {
            return Short.class;
        }
        if (c == byte.class) {
            return Byte.class;
        }
        if (c == char.class) {
            return Character.class;
        }
        return c;
    }

    private static CallEncoder.Failure fail(Object v, Class<?> target, String why) {
        String shown = v instanceof String s ? "'" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "'"
                : v instanceof byte[] b ? "bytes[" + b.length + "]"
                : String.valueOf(v);
        if (shown.length() > 80) {
            shown = shown.substring(0, 80) + "...";
        }
        return new CallEncoder.Failure("cannot convert " + (v == null ? "None" : v.getClass().getSimpleName())
                + " " + shown + " to " + target.getTypeName() + (why == null ? "" : ": " + why));
    }
}
