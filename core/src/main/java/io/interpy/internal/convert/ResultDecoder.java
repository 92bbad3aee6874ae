package io.interpy.internal.convert;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the bytes Python's {@code encode} produced into plain Java objects (Long/BigInteger,
 * Double, String, byte[], ArrayList, LinkedHashSet, LinkedHashMap, BigDecimal, Boolean, null),
 * or straight into the type the caller asked for: the array forms Python writes for lists of
 * ints, floats and strs and for str-keyed dicts become {@code List<Long>}, {@code long[]},
 * {@code List<String>} or {@code Map<String, V>} in one pass, without a plain copy in between.
 * The bytes were copied out of the context in one piece, so decoding never touches a polyglot
 * Value and the context is free for the next call while the caller decodes.
 */
public final class ResultDecoder {

    private final byte[] buf;
    private int pos;

    ResultDecoder(byte[] buf, int offset) {
        this.buf = buf;
        this.pos = offset;
    }

    /** Decodes one complete value. */
    public static Object decode(byte[] data) {
        ResultDecoder d = new ResultDecoder(data, 0);
        Object v = d.value();
        if (d.pos != data.length) {
            throw new IllegalStateException("interpy: " + (data.length - d.pos) + " trailing bytes after result");
        }
        return v;
    }

    /**
     * Decodes one complete value into {@code target}, narrowing as {@link JavaTypeConverter} does.
     *
     * @throws io.interpy.ConversionException naming the place under {@code root} that does not fit
     */
    public static Object decode(byte[] data, int offset, Type target, String root) {
        ResultDecoder d = new ResultDecoder(data, offset);
        Object v;
        try {
            v = d.value(target);
        } catch (CallEncoder.Failure f) {
            throw f.toException(root);
        }
        if (d.pos != data.length) {
            throw new IllegalStateException("interpy: " + (data.length - d.pos) + " trailing bytes after result");
        }
        return v;
    }

    /** One batch of a stream: the items that fit, and the misfit that ended it, if any. */
    public record Items(List<Object> items, io.interpy.ConversionException misfit) {
    }

    /**
     * Decodes a list (any list form) whose items are {@code element}s, as one batch of a stream.
     * A misfit is named by its place in the whole stream, {@code root[first + i]}, and the items
     * before it are still returned: the consumer gets every item up to the one that failed.
     */
    @SuppressWarnings("unchecked")
    public static Items decodeItems(byte[] data, int offset, Type element, long first, String root) {
        ResultDecoder d = new ResultDecoder(data, offset);
        List<Object> items;
        try {
            items = (List<Object>) d.value(new ListOf(element));
        } catch (CallEncoder.Failure f) {
            // again, item by item, to keep the items that fit
            d.pos = offset;
            List<?> plain = (List<?>) d.value();
            List<Object> fitting = new ArrayList<>();
            for (int i = 0; i < plain.size(); i++) {
                try {
                    fitting.add(JavaTypeConverter.to(plain.get(i), element));
                } catch (CallEncoder.Failure g) {
                    return new Items(fitting, g.at("[" + (first + i) + "]").toException(root));
                }
            }
            throw f.toException(root); // the list as a whole did not fit: not expected for a list type
        }
        if (d.pos != data.length) {
            throw new IllegalStateException("interpy: " + (data.length - d.pos) + " trailing bytes after stream batch");
        }
        return new Items(items, null);
    }

    /** The next value as {@code target}; what has no direct form is decoded plain and then narrowed. */
    Object value(Type target) {
        if (target == Object.class) {
            return value();
        }
        byte tag = buf[pos];
        if (target instanceof Class<?> cls && cls.isArray() && (tag == 'A' || tag == 'G')) {
            Object array = primitiveArray(tag, cls.getComponentType());
            if (array != null) {
                return array;
            }
        }
        Type element = JavaTypeConverter.listElement(target);
        if (element != null) {
            if (element == Object.class) {
                return value();
            }
            if (tag == 'A' && element == Long.class || tag == 'G' && element == Double.class
                    || tag == 'W' && (element == String.class || element == CharSequence.class)) {
                return value();
            }
            if (tag == 'l') {
                pos++;
                int n = u32();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(item(element, i));
                }
                return list;
            }
        }
        Type[] kv = JavaTypeConverter.mapTypes(target);
        if (kv != null && (tag == 'M' || tag == 'm')) {
            return map(tag, kv[0], kv[1]);
        }
        return JavaTypeConverter.to(value(), target);
    }

    private Object item(Type element, int index) {
        try {
            return value(element);
        } catch (CallEncoder.Failure f) {
            throw f.at("[" + index + "]");
        }
    }

    /** long[] from 'A', double[] from 'G' or 'A'; null when the array type has no direct form. */
    private Object primitiveArray(byte tag, Class<?> component) {
        if (component == long.class && tag == 'A') {
            pos++;
            long[] out = new long[u32()];
            for (int i = 0; i < out.length; i++) {
                out[i] = i64();
            }
            return out;
        }
        if (component == double.class) {
            pos++;
            double[] out = new double[u32()];
            for (int i = 0; i < out.length; i++) {
                long bits = i64();
                out[i] = tag == 'G' ? Double.longBitsToDouble(bits) : bits;
            }
            return out;
        }
        return null;
    }

    private Map<Object, Object> map(byte tag, Type keyType, Type valueType) {
        pos++;
        int n = u32();
        Map<Object, Object> map = LinkedHashMap.newLinkedHashMap(n);
        if (tag == 'm') {
            for (int i = 0; i < n; i++) {
                Object key = value();
                Object converted = JavaTypeConverter.key(key, keyType);
                try {
                    map.put(converted, value(valueType));
                } catch (CallEncoder.Failure f) {
                    throw f.at(CallEncoder.keySegment(key));
                }
            }
            return map;
        }
        List<Object> keys = strings(u32());
        if (keys.size() != n) {
            throw new IllegalStateException("interpy: corrupt result, " + keys.size() + " keys for " + n);
        }
        List<?> values;
        try {
            values = (List<?>) value(new ListOf(valueType));
        } catch (CallEncoder.Failure f) {
            // the values' list says "[i]": the caller's map says ["key"]
            if (f.segments.isEmpty()) {
                throw f;
            }
            String index = f.segments.removeFirst();
            throw f.at(CallEncoder.keySegment(keys.get(Integer.parseInt(index.substring(1, index.length() - 1)))));
        }
        boolean plainKeys = keyType == Object.class || keyType == String.class || keyType == CharSequence.class;
        for (int i = 0; i < n; i++) {
            Object key = keys.get(i);
            map.put(plainKeys ? key : JavaTypeConverter.key(key, keyType), values.get(i));
        }
        return map;
    }

    /** {@code List<element>}: how the 'M' form's values are asked for. */
    private record ListOf(Type element) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {element};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    int position() {
        return pos;
    }

    private int u32() {
        int v = (int) WireBuffer.I32.get(buf, pos);
        pos += 4;
        if (v < 0) {
            throw new IllegalStateException("interpy: corrupt result, length " + Integer.toUnsignedLong(v));
        }
        return v;
    }

    private long i64() {
        long v = (long) WireBuffer.I64.get(buf, pos);
        pos += 8;
        return v;
    }

    private String utf8(int len) {
        String s = new String(buf, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    Object value() {
        byte tag = buf[pos++];
        switch (tag) {
            case 's':
                return utf8(u32());
            case 'i':
                return i64();
            case 'd':
                return Double.longBitsToDouble(i64());
            case 'N':
                return null;
            case 'T':
                return Boolean.TRUE;
            case 'F':
                return Boolean.FALSE;
            case 'l': {
                int n = u32();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(value());
                }
                return list;
            }
            case 'A': {
                int n = u32();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(i64());
                }
                return list;
            }
            case 'G': {
                int n = u32();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(Double.longBitsToDouble(i64()));
                }
                return list;
            }
            case 'W':
                return strings(u32());
            case 'M': {
                int n = u32();
                String[] keys = strings(u32()).toArray(String[]::new);
                if (keys.length != n) {
                    throw new IllegalStateException("interpy: corrupt result, " + keys.length + " keys for " + n);
                }
                List<?> values = (List<?>) value();
                Map<Object, Object> map = LinkedHashMap.newLinkedHashMap(n);
                for (int i = 0; i < n; i++) {
                    map.put(keys[i], values.get(i));
                }
                return map;
            }
            case 'm': {
                int n = u32();
                Map<Object, Object> map = LinkedHashMap.newLinkedHashMap(n);
                for (int i = 0; i < n; i++) {
                    Object k = value();
                    map.put(k, value());
                }
                return map;
            }
            case 'S': {
                int n = u32();
                Set<Object> set = LinkedHashSet.newLinkedHashSet(n);
                for (int i = 0; i < n; i++) {
                    set.add(value());
                }
                return set;
            }
            case 'b': {
                int n = u32();
                byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
                pos += n;
                return b;
            }
            case 'I': {
                int n = u32();
                BigInteger big = new BigInteger(buf, pos, n);
                pos += n;
                return big;
            }
            case 'D': {
                int n = u32();
                String text = new String(buf, pos, n, StandardCharsets.US_ASCII);
                pos += n;
                return new BigDecimal(text);
            }
            default:
                throw new IllegalStateException("interpy: corrupt result, tag " + tag + " at " + (pos - 1));
        }
    }

    /** W body after its count: one UTF-8 blob, items separated by NUL (Python checked none contains one). */
    private List<Object> strings(int n) {
        int size = u32();
        List<Object> out = new ArrayList<>(n);
        if (n == 0) {
            pos += size;
            return out;
        }
        String all = utf8(size);
        int from = 0;
        for (int i = 0; i < n - 1; i++) {
            int to = all.indexOf('\0', from);
            out.add(all.substring(from, to));
            from = to + 1;
        }
        out.add(all.substring(from));
        return out;
    }
}
