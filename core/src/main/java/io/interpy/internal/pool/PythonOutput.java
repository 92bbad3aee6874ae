package io.interpy.internal.pool;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes Python's {@code sys.stdout} and {@code sys.stderr} to a logger per executor, one log
 * event per line: in a server, output written to the JVM's raw stdout is lost or interleaves
 * with the application's logs. Standard output logs at INFO, standard error at WARN.
 */
final class PythonOutput {

    private static final int MAX_LINE = 8192;

    private final Logger logger;
    private final boolean enabled;

    PythonOutput(String poolName, boolean enabled) {
        this.logger = LoggerFactory.getLogger("io.interpy.python." + poolName);
        this.enabled = enabled;
    }

    void configure(Context.Builder builder) {
        builder.out(enabled ? new LineStream(false) : OutputStream.nullOutputStream());
        builder.err(enabled ? new LineStream(true) : OutputStream.nullOutputStream());
    }

    /** Buffers bytes until a newline; each context gets its own pair, used by its one thread. */
    private final class LineStream extends OutputStream {

        private final boolean error;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineStream(boolean error) {
            this.error = error;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                emit();
            } else {
                line.write(b);
                if (line.size() >= MAX_LINE) {
                    emit();
                }
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(bytes[i]);
            }
        }

        @Override
        public void flush() {
            // lines are emitted when complete; a partial line waits for its newline or close
        }

        @Override
        public void close() {
            if (line.size() > 0) {
                emit();
            }
        }

        private void emit() {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (error) {
                logger.warn("{}", text);
            } else {
                logger.info("{}", text);
            }
        }
    }
}
