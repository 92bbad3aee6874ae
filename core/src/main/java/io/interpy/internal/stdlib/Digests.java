package io.interpy.internal.stdlib;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.Blake2sDigest;
import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * The hashlib digests GraalPy 25.0.3 cannot make, on Bouncy Castle (already on the class path as a
 * GraalPy dependency): BLAKE2 with a key, salt, personalization or digest size (GraalPy asks its
 * security providers for fixed names such as {@code BLAKE2B-512}) and SHAKE output of any length
 * (GraalPy gives only the default one). Bytes cross as ISO-8859-1 strings, one char per byte.
 *
 * <p>Each call hashes a whole message: a Bouncy Castle digest cannot hand its state over, and a
 * worker holds no Java object, so the Python objects keep their input until a digest is asked for.
 */
final class Digests {

    private Digests() {
    }

    /** BLAKE2b ({@code big}) or BLAKE2s; salt and person come zero-padded to their full size, key may be empty. */
    static String blake2(boolean big, int digestSize, String key, String salt, String person, String data) {
        byte[] k = key.isEmpty() ? null : bytes(key);
        Digest digest = big
                ? new Blake2bDigest(k, digestSize, bytes(salt), bytes(person))
                : new Blake2sDigest(k, digestSize, bytes(salt), bytes(person));
        byte[] in = bytes(data);
        digest.update(in, 0, in.length);
        byte[] out = new byte[digestSize];
        digest.doFinal(out, 0);
        return text(out);
    }

    /** The first {@code length} bytes of SHAKE128 or SHAKE256 ({@code bits}) of the data. */
    static String shake(int bits, String data, int length) {
        SHAKEDigest digest = new SHAKEDigest(bits);
        byte[] in = bytes(data);
        digest.update(in, 0, in.length);
        byte[] out = new byte[length];
        digest.doFinal(out, 0, length);
        return text(out);
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
