package io.interpy.internal.convert;

import io.interpy.ConversionException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;

/**
 * Encodes a call's arguments into the one payload string Python decodes (format described in
 * {@code interpy_runtime.py}). It runs in the caller's thread before any worker is involved, so
 * an unsupported argument fails fast with a path such as {@code argument 2[3]["x"]} and never
 * costs a context a round trip.
 *
 * <p>The payload is the bytes as a latin-1 string, one char per byte: strings are the only bulk
 * data a context without host access accepts (a host {@code ByteBuffer} arrives as an opaque
 * foreign object that {@code bytes()} and {@code memoryview()} reject), and of the ways GraalPy 25
 * turns a str into bytes, {@code str.encode('latin-1')} measured fastest (see {@link WireBuffer}).
 */
public final class CallEncoder {

    /** Python's decoder is recursive; this keeps well inside its recursion limit. */
    static final int MAX_DEPTH = 400;

    private final WireBuffer out = new WireBuffer(256);
    private Object[] active = new Object[16];
    private int depth;

    private CallEncoder() {
    }

    /**
     * The payload for {@code fn(*args, **kwargs)}.
     *
     * @throws ConversionException naming the argument path and Java type of an unsupported value
     */
    public static String encode(List<?> args, Map<String, ?> kwargs) {
        CallEncoder encoder = new CallEncoder();
        List<?> positional = args == null ? List.of() : args;
        encoder.out.tag('l').u32(positional.size());
        for (int i = 0; i < positional.size(); i++) {
            try {
                encoder.value(positional.get(i));
            } catch (Failure f) {
                throw f.toException("argument " + i);
            }
        }
        Map<String, ?> keywords = kwargs == null ? Map.of() : kwargs;
        encoder.out.tag('m').u32(keywords.size());
        for (Map.Entry<String, ?> e : keywords.entrySet()) {
            if (e.getKey() == null) {
                throw new ConversionException("keyword arguments", "a keyword argument name is null");
            }
            encoder.string(e.getKey());
            try {
                encoder.value(e.getValue());
            } catch (Failure f) {
                throw f.toException("keyword argument '" + e.getKey() + "'");
            }
        }
        return encoder.out.toLatin1String();
    }

    private void value(Object v) {
        if (v == null) {
            out.tag('N');
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            out.tag('i').i64(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            out.tag('d').f64(((Number) v).doubleValue());
        } else if (v instanceof Boolean b) {
            out.tag(b ? 'T' : 'F');
        } else if (v instanceof Map<?, ?> m) {
            enter(v);
            map(m);
            depth--;
        } else if (v instanceof Collection<?> c) {
            enter(v);
            if (v instanceof Set<?>) {
                set(c);
            } else if (v instanceof List<?> l && v instanceof RandomAccess) {
                sequence(l, l.size());
            } else {
                sequence(c.toArray(), -1);
            }
            depth--;
        } else if (v instanceof byte[] bytes) {
            out.tag('b').u32(bytes.length).bytes(bytes, 0, bytes.length);
        } else if (v.getClass().isArray()) {
            enter(v);
            array(v);
            depth--;
        } else if (v instanceof BigInteger big) {
            if (big.bitLength() < 64) {
                out.tag('i').i64(big.longValue());
            } else {
                byte[] raw = big.toByteArray();
                out.tag('I').u32(raw.length).bytes(raw, 0, raw.length);
            }
        } else if (v instanceof BigDecimal dec) {
            byte[] text = dec.toString().getBytes(StandardCharsets.US_ASCII);
            out.tag('D').u32(text.length).bytes(text, 0, text.length);
        } else if (v instanceof Character ch) {
            string(ch.toString());
        } else if (v instanceof Enum<?> e) {
            string(e.name());
        } else if (v instanceof AtomicInteger a) {
            out.tag('i').i64(a.get());
        } else if (v instanceof AtomicLong a) {
            out.tag('i').i64(a.get());
        } else {
            throw new Failure("unsupported Java type " + v.getClass().getName()
                    + " (supported: null, Boolean, numbers, String, Character, byte[], arrays, List, Set, Collection, Map, Enum)");
        }
    }

    /** Identity, not equals: a list that contains an equal list is fine, one that contains itself is not. */
    private void enter(Object container) {
        for (int i = 0; i < depth; i++) {
            if (active[i] == container) {
                throw new Failure("cyclic reference: this " + container.getClass().getName()
                        + " contains itself");
            }
        }
        if (depth == MAX_DEPTH) {
            throw new Failure("nested more than " + MAX_DEPTH + " levels deep");
        }
        if (depth == active.length) {
            active = java.util.Arrays.copyOf(active, depth * 2);
        }
        active[depth++] = container;
    }

    private void string(String s) {
        out.tag('s');
        out.utf8WithLength(s);
    }

    /**
     * A list (accessed by index) or an Object[] when size < 0. Homogeneous int/long, double and
     * String lists take the array forms, because Python builds those with one builtin call
     * instead of a loop; the first element of another type rewinds to the generic form.
     */
    private void sequence(Object seq, int listSize) {
        List<?> list = listSize >= 0 ? (List<?>) seq : null;
        Object[] arr = listSize >= 0 ? null : (Object[]) seq;
        int n = listSize >= 0 ? listSize : arr.length;
        if (n >= 4) {
            Object first = list != null ? list.get(0) : arr[0];
            int mark = out.position();
            if (first instanceof Long || first instanceof Integer) {
                if (intList(list, arr, n)) {
                    return;
                }
            } else if (first instanceof Double) {
                out.tag('G').u32(n);
                int i = 0;
                for (; i < n && (list != null ? list.get(i) : arr[i]) instanceof Double d; i++) {
                    out.f64(d);
                }
                if (i == n) {
                    return;
                }
            } else if (first instanceof String) {
                out.tag('W').u32(n);
                int sizeAt = out.reserveU32();
                int i = 0;
                for (; i < n; i++) {
                    if (!((list != null ? list.get(i) : arr[i]) instanceof String s) || s.indexOf('\0') >= 0) {
                        break;
                    }
                    if (i > 0) {
                        out.raw((byte) 0);
                    }
                    out.utf8(s);
                }
                if (i == n) {
                    out.patchU32(sizeAt, out.position() - sizeAt - 4);
                    return;
                }
            }
            out.rewind(mark);
        }
        out.tag('l').u32(n);
        for (int i = 0; i < n; i++) {
            try {
                value(list != null ? list.get(i) : arr[i]);
            } catch (Failure f) {
                throw f.at("[" + i + "]");
            }
        }
    }

    /**
     * A list of Integer/Long as one narrowed integer array ('Z'), or false (nothing written) when
     * an element is of another type. Narrowing matters because the payload's size is what a call
     * pays for most: Python turns the payload string back into bytes at ~4 ns a byte, so 10k small
     * ints cost ~80 µs as int16 against ~320 µs as int64.
     */
    private boolean intList(List<?> list, Object[] arr, int n) {
        long min = 0;
        long max = 0;
        for (int i = 0; i < n; i++) {
            Object e = list != null ? list.get(i) : arr[i];
            long v;
            if (e instanceof Long l) {
                v = l;
            } else if (e instanceof Integer x) {
                v = x;
            } else {
                return false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        writeInts(n, min, max, i -> ((Number) (list != null ? list.get(i) : arr[i])).longValue());
        return true;
    }

    /** A primitive int[] or long[] as a narrowed 'Z' array. */
    private void ints(int n, IntToLongFunction at) {
        long min = 0;
        long max = 0;
        for (int i = 0; i < n; i++) {
            long v = at.applyAsLong(i);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        writeInts(n, min, max, at);
    }

    private void writeInts(int n, long min, long max, IntToLongFunction at) {
        int width = out.intArrayHeader(n, min, max);
        for (int i = 0; i < n; i++) {
            out.intOfWidth(at.applyAsLong(i), width);
        }
    }

    private void set(Collection<?> c) {
        Object[] items = c.toArray();
        out.tag('S').u32(items.length);
        for (int i = 0; i < items.length; i++) {
            try {
                hashable(items[i], "set element");
                value(items[i]);
            } catch (Failure f) {
                throw f.at("[" + i + "]");
            }
        }
    }

    private void map(Map<?, ?> m) {
        int n = m.size();
        if (n >= 4 && stringKeys(m)) {
            return;
        }
        out.tag('m').u32(n);
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object key = e.getKey();
            try {
                hashable(key, "map key");
                value(key);
            } catch (Failure f) {
                throw f.at("<key " + key + ">");
            }
            try {
                value(e.getValue());
            } catch (Failure f) {
                throw f.at(keySegment(key));
            }
        }
    }

    /** The M form: keys joined into one string Python splits, values as one list item. */
    private boolean stringKeys(Map<?, ?> m) {
        int mark = out.position();
        out.tag('M').u32(m.size()).u32(m.size());
        int sizeAt = out.reserveU32();
        boolean firstKey = true;
        for (Object key : m.keySet()) {
            if (!(key instanceof String s) || s.indexOf('\0') >= 0) {
                out.rewind(mark);
                return false;
            }
            if (!firstKey) {
                out.raw((byte) 0);
            }
            firstKey = false;
            out.utf8(s);
        }
        out.patchU32(sizeAt, out.position() - sizeAt - 4);
        Object[] keys = m.keySet().toArray();
        Object[] values = m.values().toArray();
        try {
            sequence(values, -1);
        } catch (Failure f) {
            // sequence() named the index; a dict path names the key instead
            String index = f.segments.removeFirst();
            throw f.at(keySegment(keys[Integer.parseInt(index.substring(1, index.length() - 1))]));
        }
        return true;
    }

    private void array(Object array) {
        if (array instanceof Object[] objects) {
            sequence(objects, -1);
        } else if (array instanceof long[] a) {
            ints(a.length, i -> a[i]);
        } else if (array instanceof int[] a) {
            ints(a.length, i -> a[i]);
        } else if (array instanceof double[] a) {
            out.tag('G').u32(a.length);
            for (double x : a) {
                out.f64(x);
            }
        } else if (array instanceof short[] || array instanceof float[] || array instanceof boolean[]
                || array instanceof char[]) {
            int n = Array.getLength(array);
            out.tag('l').u32(n);
            for (int i = 0; i < n; i++) {
                value(Array.get(array, i));
            }
        } else {
            throw new Failure("unsupported Java array type " + array.getClass().getTypeName());
        }
    }

    /** Python raises TypeError for these only after the call started; Java says so up front. */
    private static void hashable(Object v, String what) {
        if (v instanceof Set<?>) {
            throw new Failure(what + " of type " + v.getClass().getName()
                    + " would become a Python set, which is unhashable");
        }
        if (v instanceof Collection<?> || (v != null && v.getClass().isArray() && !(v instanceof byte[]))) {
            throw new Failure(what + " of type " + v.getClass().getTypeName()
                    + " would become a Python list, which is unhashable");
        }
        if (v instanceof Map<?, ?>) {
            throw new Failure(what + " of type " + v.getClass().getName()
                    + " would become a Python dict, which is unhashable");
        }
    }

    static String keySegment(Object key) {
        if (key instanceof String s) {
            return "[\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        if (key instanceof Enum<?> e) {
            return "[\"" + e.name() + "\"]";
        }
        return "[" + key + "]";
    }

    /**
     * Unwinds with the path built on the way out, so the successful path keeps no path state.
     * No stack trace: only the ConversionException made from it is seen.
     */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();

        Failure(String problem) {
            super(problem, null, false, false);
        }

        Failure at(String segment) {
            segments.addFirst(segment);
            return this;
        }

        ConversionException toException(String root) {
            return new ConversionException(root + String.join("", segments), getMessage());
        }
    }
}
