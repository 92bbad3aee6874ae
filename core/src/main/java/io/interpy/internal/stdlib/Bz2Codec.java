package io.interpy.internal.stdlib;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * bzip2 for the worker's {@code _bz2} (GraalPy 25.0.3's is a C module a sandboxed worker cannot
 * load), on Apache Commons Compress. Bytes cross as ISO-8859-1 strings, one char per byte: the
 * cheapest way in and out of a worker without host access.
 *
 * <p>Commons Compress decodes from a stream it pulls, while {@code BZ2Decompressor} is fed
 * pieces; rather than decode a partial stream again and again, the decompressor looks for the
 * stream's 48-bit end-of-stream marker (at any bit offset) in the bytes it has not searched yet
 * and decodes once one is there.
 */
final class Bz2Codec {

    private static final long END_MAGIC = 0x177245385090L;
    private static final long MASK_48 = (1L << 48) - 1;

    private Bz2Codec() {
    }

    static String compress(String data, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length() / 4));
        try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(out, level)) {
            bz.write(data.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes the first stream of {@code data} once its end marker can be after {@code searched}
     * bytes: {@code ["done", output, bytes consumed]}, {@code ["more", bytes searched]} when the
     * stream is not complete yet, or {@code ["error", message]}.
     */
    static List<Object> decompress(String data, int searched) {
        byte[] bytes = data.getBytes(StandardCharsets.ISO_8859_1);
        if (!hasEndMarker(bytes, Math.max(0, searched - 7))) {
            return List.of("more", bytes.length);
        }
        Counting in = new Counting(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
        try (BZip2CompressorInputStream bz = new BZip2CompressorInputStream(in, false)) {
            bz.transferTo(out);
        } catch (IOException | RuntimeException e) {
            if (in.exhausted) {
                // What looked like the end marker was inside the data: more is needed.
                return List.of("more", bytes.length);
            }
            return List.of("error", "Invalid data stream");
        }
        return List.of("done", out.toString(StandardCharsets.ISO_8859_1), in.position);
    }

    private static boolean hasEndMarker(byte[] bytes, int from) {
        long window = 0;
        int start = Math.max(0, from - 6);
        for (int i = start; i < bytes.length; i++) {
            window = (window << 8) | (bytes[i] & 0xFF);
            if (i - start < 5) {
                continue;
            }
            for (int shift = 0; shift < 8; shift++) {
                if (((window >>> shift) & MASK_48) == END_MAGIC) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Counts what the decoder takes, so the bytes after the stream become unused_data. */
    private static final class Counting extends InputStream {
        private final ByteArrayInputStream in;
        int position;
        boolean exhausted;

        Counting(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            int b = in.read();
            if (b < 0) {
                exhausted = true;
            } else {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                exhausted = true;
            } else {
                position += n;
            }
            return n;
        }
    }
}
