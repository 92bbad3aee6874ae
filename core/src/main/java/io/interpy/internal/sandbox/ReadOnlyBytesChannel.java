package io.interpy.internal.sandbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A channel over bytes already in memory, for files of a classpath root. Writes fail the way a
 * channel opened for reading fails, so Python sees the file as read-only rather than as broken.
 */
final class ReadOnlyBytesChannel implements SeekableByteChannel {

    private final byte[] content;
    private long position;
    private volatile boolean open = true;

    ReadOnlyBytesChannel(byte[] content) {
        this.content = content;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (position >= content.length) {
            return -1;
        }
        int count = (int) Math.min(dst.remaining(), content.length - position);
        dst.put(content, (int) position, count);
        position += count;
        return count;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition);
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return content.length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
