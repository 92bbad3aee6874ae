package io.interpy.internal.convert;

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
 * Turns the bytes Python's {@code encode} produced into plain Java objects: Long/BigInteger,
 * Double, String, byte[], ArrayList, LinkedHashSet, LinkedHashMap, BigDecimal, Boolean, null.
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
