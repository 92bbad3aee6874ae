package io.interpy.internal.pool;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;

/**
 * Watches a pool's directory module roots for changed Python sources (hot reload): each change
 * to a {@code .py} file (or a {@code .pth} file, or a new directory, which may be a new package)
 * bumps a generation number, and a worker whose context was made at an older generation replaces
 * it before its next call. One thread per pool, on the platform's file events (inotify on
 * Linux), so a save is seen within milliseconds and an unchanged tree costs nothing per call.
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> directories = new ConcurrentHashMap<>();
    private final Set<Path> watchedRoots = ConcurrentHashMap.newKeySet();
    private final AtomicLong generation = new AtomicLong();
    private final Logger log;
    private final String pool;
    private final Thread thread;
    private volatile String lastChange;

    SourceWatcher(String pool, List<Path> roots, Logger log) throws IOException {
        this.pool = pool;
        this.log = log;
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            registerTree(root);
            watchedRoots.add(root);
        }
        this.thread = Thread.ofPlatform().daemon(true).name("interpy-" + pool + "-reload").unstarted(this::watch);
        thread.start();
    }

    /** Grows by one for each batch of changes seen; workers compare it with their context's. */
    long generation() {
        return generation.get();
    }

    /**
     * Also watches those of {@code roots} not watched yet: after a reload the roots are resolved
     * again, and an edited .pth file may name a directory the pool did not read before.
     */
    void watchAlso(List<Path> roots) {
        for (Path root : roots) {
            if (watchedRoots.add(root)) {
                try {
                    registerTree(root);
                } catch (IOException | ClosedWatchServiceException e) {
                    log.warn("Pool '{}' cannot watch {} for changed Python sources: {}", pool, root, e.toString());
                }
            }
        }
    }

    /** The file the last change was seen on, for the log line of a reload. */
    String lastChange() {
        return lastChange;
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                directories.put(key, dir);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path dir = directories.get(key);
                boolean changed = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (dir == null || !(event.context() instanceof Path name)) {
                        changed = true; // overflow: something changed, we cannot tell what
                        continue;
                    }
                    Path path = dir.resolve(name);
                    String file = name.toString();
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        registerTree(path);
                        changed = true;
                    } else if (file.endsWith(".py") || file.endsWith(".pth")) {
                        changed = true;
                        lastChange = path.toString();
                    }
                }
                if (!key.reset()) {
                    directories.remove(key);
                }
                if (changed) {
                    long now = generation.incrementAndGet();
                    log.info("Pool '{}': Python sources changed ({}); workers reload before their next call (generation {})",
                            pool, lastChange, now);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed with the pool
        } catch (IOException | RuntimeException e) {
            log.warn("Pool '{}' stopped watching its Python sources for changes: {}", pool, e.toString());
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
