package io.interpy.internal.convert;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable little-endian byte buffer for the wire format. Hand-rolled rather than a
 * ByteBuffer because the encoder rewinds (to drop an abandoned fast path) and patches lengths.
 */
final class WireBuffer {

    static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] buf;
    private int pos;

    WireBuffer(int capacity) {
        buf = new byte[capacity];
    }

    private void ensure(int extra) {
        if (pos + extra > buf.length) {
            long wanted = Math.max((long) buf.length * 2, (long) pos + extra);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new CallEncoder.Failure("payload larger than 2 GB");
            }
            buf = Arrays.copyOf(buf, (int) wanted);
        }
    }

    WireBuffer tag(char tag) {
        ensure(1);
        buf[pos++] = (byte) tag;
        return this;
    }

    WireBuffer raw(byte b) {
        ensure(1);
        buf[pos++] = b;
        return this;
    }

    WireBuffer u32(int value) {
        ensure(4);
        I32.set(buf, pos, value);
        pos += 4;
        return this;
    }

    WireBuffer i64(long value) {
        ensure(8);
        I64.set(buf, pos, value);
        pos += 8;
        return this;
    }

    WireBuffer f64(double value) {
        // raw bits, so every NaN payload and both infinities arrive unchanged
        return i64(Double.doubleToRawLongBits(value));
    }

    WireBuffer bytes(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, buf, pos, len);
        pos += len;
        return this;
    }

    void utf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        bytes(b, 0, b.length);
    }

    void utf8WithLength(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(b.length);
        bytes(b, 0, b.length);
    }

    int reserveU32() {
        int at = pos;
        u32(0);
        return at;
    }

    void patchU32(int at, int value) {
        I32.set(buf, at, value);
    }

    int position() {
        return pos;
    }

    void rewind(int mark) {
        pos = mark;
    }

    /**
     * Base64, not the latin-1 string first planned: GraalPy 25 turns a str into bytes with
     * str.encode at ~25 ns a byte, binascii.a2b_base64 at a seventh of that (measured).
     */
    String toBase64String() {
        return new String(java.util.Base64.getEncoder().encode(Arrays.copyOf(buf, pos)), StandardCharsets.ISO_8859_1);
    }
}
