package io.interpy.internal.stdlib;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.tukaani.xz.DeltaOptions;
import org.tukaani.xz.FinishableOutputStream;
import org.tukaani.xz.FinishableWrapperOutputStream;
import org.tukaani.xz.LZMA2InputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.UnsupportedOptionsException;

/**
 * Raw LZMA filter chains ({@code FORMAT_RAW}: delta, then LZMA1 or LZMA2) for the worker's
 * {@code _lzma}, on XZ for Java: GraalPy 25.0.3's Java lzma encodes only a lone LZMA1 filter and
 * decodes none (zipfile's ZIP_LZMA members are raw LZMA1). Bytes cross as ISO-8859-1 strings.
 *
 * <p>A filter chain crosses as a flat list, seven numbers a filter: kind (1 LZMA1, 2 LZMA2, 3 delta),
 * preset, dictionary size, lc, lp, pb, delta distance (the Python half fills in liblzma's defaults).
 */
final class LzmaRaw {

    static final long LZMA1 = 1;
    static final long LZMA2 = 2;
    static final long DELTA = 3;
    private static final int FIELDS = 7;

    private LzmaRaw() {
    }

    static String compress(List<Number> chain, String data) {
        check(chain);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, data.length() / 3));
        try {
            int last = chain.size() - FIELDS;
            LZMA2Options options = options(chain, last);
            FinishableOutputStream out = chain.get(last).longValue() == LZMA1
                    ? new LZMAOutputStream(bytes, options, true)
                    : options.getOutputStream(new FinishableWrapperOutputStream(bytes));
            for (int i = last - FIELDS; i >= 0; i -= FIELDS) {
                out = new DeltaOptions(chain.get(i + 6).intValue()).getOutputStream(out);
            }
            out.write(data.getBytes(StandardCharsets.ISO_8859_1));
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes a whole raw stream from the start of {@code data}: {@code ["done", output, bytes
     * consumed]}, {@code ["more"]} when the stream does not end in {@code data}, or {@code ["error", message]}.
     */
    static List<Object> decompress(List<Number> chain, String data) {
        check(chain);
        Counting counted = new Counting(data.getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length() * 4 + 64);
        try {
            int last = chain.size() - FIELDS;
            LZMA2Options options = options(chain, last);
            InputStream in = chain.get(last).longValue() == LZMA1
                    ? new LZMAInputStream(counted, -1, propertiesByte(options), options.getDictSize())
                    : new LZMA2InputStream(counted, options.getDictSize());
            for (int i = last - FIELDS; i >= 0; i -= FIELDS) {
                in = new DeltaOptions(chain.get(i + 6).intValue()).getInputStream(in);
            }
            in.transferTo(out);
        } catch (EOFException e) {
            return List.of("more");
        } catch (IOException | RuntimeException e) {
            return List.of("error", "Corrupt input data");
        }
        return List.of("done", out.toString(StandardCharsets.ISO_8859_1), counted.position);
    }

    private static void check(List<Number> chain) {
        if (chain.isEmpty() || chain.size() % FIELDS != 0) {
            throw new IllegalArgumentException("no filter chain");
        }
        long last = chain.get(chain.size() - FIELDS).longValue();
        if (last != LZMA1 && last != LZMA2) {
            throw new IllegalArgumentException("the chain must end with LZMA1 or LZMA2");
        }
        for (int i = 0; i < chain.size() - FIELDS; i += FIELDS) {
            if (chain.get(i).longValue() != DELTA) {
                throw new IllegalArgumentException("only delta filters may precede LZMA");
            }
        }
    }

    private static LZMA2Options options(List<Number> chain, int at) {
        try {
            LZMA2Options options = new LZMA2Options(chain.get(at + 1).intValue() & 0x1F);
            options.setDictSize(chain.get(at + 2).intValue());
            options.setLcLp(chain.get(at + 3).intValue(), chain.get(at + 4).intValue());
            options.setPb(chain.get(at + 5).intValue());
            return options;
        } catch (UnsupportedOptionsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static byte propertiesByte(LZMA2Options options) {
        return (byte) ((options.getPb() * 5 + options.getLp()) * 9 + options.getLc());
    }

    /** Counts what the decoder takes, so the bytes after the stream become unused_data. */
    private static final class Counting extends ByteArrayInputStream {
        int position;

        Counting(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
