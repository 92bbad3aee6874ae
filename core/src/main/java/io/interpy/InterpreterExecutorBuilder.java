package io.interpy;

import io.interpy.internal.pool.ExecutorSettings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Configures an {@link InterpreterExecutor}. Values are checked in {@link #build()}, and each
 * error names the setting, so a misconfigured pool fails at startup with a message that says
 * what to change rather than at the first call.
 */
public final class InterpreterExecutorBuilder {

    private String name = "interpy";
    private int minSize = 1;
    private Integer maxSize;
    private int queueCapacity = 1000;
    private final List<String> pythonPath = new ArrayList<>(List.of("classpath:python"));
    private final List<String> preloadModules = new ArrayList<>();
    private Duration callTimeout;
    private Duration streamIdleTimeout = Duration.ofSeconds(30);
    private boolean reloadModules;
    private Duration engineKeepAlive = Duration.ofSeconds(60);
    private Duration idleTimeout = Duration.ofSeconds(60);
    private int maxTasksPerWorker;
    private Duration maxWorkerAge;
    private Duration awaitTermination = Duration.ofSeconds(30);
    private Duration workerStartTimeout = Duration.ofSeconds(30);
    private Sandbox sandbox = Sandbox.denyAll();
    private ClassLoader classLoader;
    private final Map<String, String> engineOptions = new LinkedHashMap<>();
    private final Map<String, String> contextOptions = new LinkedHashMap<>();
    private ContextFactory contextFactory = ContextFactory.DEFAULT;
    private boolean logPythonOutput = true;
    private Duration slowCallThreshold;
    private boolean prestartInBackground;
    private long tempDirectoryMaxSize = DEFAULT_TEMP_DIRECTORY_MAX_SIZE;
    private ZoneId timeZone;
    private Executor completionExecutor = ForkJoinPool.commonPool();

    /** 64 MiB: room for the scratch files of ordinary library code, small beside a worker's heap. */
    public static final long DEFAULT_TEMP_DIRECTORY_MAX_SIZE = 64L << 20;

    InterpreterExecutorBuilder() {
    }

    /** Appears in thread names ({@code interpy-<name>-<n>}), logs, errors and metrics. */
    public InterpreterExecutorBuilder name(String name) {
        this.name = Objects.requireNonNull(name, "name");
        return this;
    }

    /** Workers started by {@link #build()} and kept even when idle. */
    public InterpreterExecutorBuilder minSize(int minSize) {
        this.minSize = minSize;
        return this;
    }

    /**
     * Upper bound of workers, each one GraalPy context on one platform thread; default: the available
     * processors, or {@code minSize} when that is larger (as {@code interpy.pool.max-size} defaults in
     * Spring), so a larger {@code minSize} alone is never an error that depends on the machine.
     */
    public InterpreterExecutorBuilder maxSize(int maxSize) {
        this.maxSize = maxSize;
        return this;
    }

    /** Calls that may wait for a worker; beyond it calls are rejected at once rather than piling up. */
    public InterpreterExecutorBuilder queueCapacity(int queueCapacity) {
        this.queueCapacity = queueCapacity;
        return this;
    }

    /**
     * Module roots, replacing the default {@code classpath:python}, in {@code sys.path} order.
     * Python can read nothing else by default. Each entry is one of:
     * <ul>
     * <li>a host directory (absolute, or relative to the JVM's working directory); a virtual
     * environment (a directory with {@code pyvenv.cfg}) stands for its {@code lib/python3.12/site-packages};
     * <li>{@code classpath:some/dir}: that location in every classpath element holding it
     * (directories, jars, jars nested in a Spring Boot jar);
     * <li>{@code graalpy-vfs:} or {@code graalpy-vfs:GRAALPY-VFS/<groupId>/<artifactId>}: the resource
     * root GraalPy's Maven or Gradle plugin wrote (default {@code org.graalvm.python.vfs}); its
     * {@code src} and {@code venv/lib/python3.12/site-packages} go on {@code sys.path}. A
     * {@code classpath:} or directory entry holding {@code fileslist.txt} is read the same way.
     * </ul>
     * {@code .pth} files at the top of a root are processed as Python's {@code site} does, and
     * {@code *.dist-info} metadata is what {@code importlib.metadata} finds. An entry that does not
     * exist or is malformed fails {@link #build()} naming it.
     */
    public InterpreterExecutorBuilder pythonPath(String... entries) {
        pythonPath.clear();
        pythonPath.addAll(Arrays.asList(entries));
        return this;
    }

    /** Same as {@link #pythonPath(String...)}. */
    public InterpreterExecutorBuilder pythonPath(List<String> entries) {
        return pythonPath(entries.toArray(String[]::new));
    }

    /** Modules imported when a worker starts, so the first call does not pay for the import. */
    public InterpreterExecutorBuilder preloadModules(String... modules) {
        preloadModules.clear();
        preloadModules.addAll(Arrays.asList(modules));
        return this;
    }

    /** Same as {@link #preloadModules(String...)}. */
    public InterpreterExecutorBuilder preloadModules(List<String> modules) {
        return preloadModules(modules.toArray(String[]::new));
    }

    /** Default time from submission to result for calls without their own; {@code null}: none. */
    public InterpreterExecutorBuilder callTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
        return this;
    }

    /**
     * How long a stream ({@link InterpreterExecutor#stream}) may wait for its consumer to ask for
     * more items before its generator is closed and its worker freed: what keeps a stream that
     * was neither read to its end nor closed from holding a worker forever. Default 30 s.
     */
    public InterpreterExecutorBuilder streamIdleTimeout(Duration streamIdleTimeout) {
        this.streamIdleTimeout = Objects.requireNonNull(streamIdleTimeout, "streamIdleTimeout");
        return this;
    }

    /**
     * Whether every worker re-imports the Python modules whose source files changed under a
     * directory module root before its next call: edit a {@code .py} file and the next call runs
     * the new code, without a restart. For development (Spring Boot turns it on with DevTools);
     * it costs a check of the modules' file times before each call. Default false.
     */
    public InterpreterExecutorBuilder reloadModules(boolean reloadModules) {
        this.reloadModules = reloadModules;
        return this;
    }

    /**
     * How long the GraalPy engine stays open after the last pool using it shut down, so that the
     * next pool with the same engine settings in this JVM (the next Spring test context, the
     * application after a DevTools restart) starts on a warm engine instead of a cold one:
     * parsed and compiled Python is kept in the engine. Pools open at the same time with the
     * same engine options and host access always share one engine. Zero: close it with the last
     * pool. Default 60 s.
     */
    public InterpreterExecutorBuilder engineKeepAlive(Duration engineKeepAlive) {
        this.engineKeepAlive = Objects.requireNonNull(engineKeepAlive, "engineKeepAlive");
        return this;
    }

    /** How long a worker above {@code minSize} may stay idle before it is closed. */
    public InterpreterExecutorBuilder idleTimeout(Duration idleTimeout) {
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        return this;
    }

    /** Calls after which a worker's context is replaced by a fresh one (0: never), spread ±2.5%. */
    public InterpreterExecutorBuilder maxTasksPerWorker(int maxTasksPerWorker) {
        this.maxTasksPerWorker = maxTasksPerWorker;
        return this;
    }

    /** Age after which a worker's context is replaced once idle ({@code null}: never), spread ±2.5%. */
    public InterpreterExecutorBuilder maxWorkerAge(Duration maxWorkerAge) {
        this.maxWorkerAge = maxWorkerAge;
        return this;
    }

    /** How long {@link InterpreterExecutor#close()} lets running calls finish before interrupting them. */
    public InterpreterExecutorBuilder awaitTermination(Duration awaitTermination) {
        this.awaitTermination = Objects.requireNonNull(awaitTermination, "awaitTermination");
        return this;
    }

    /**
     * How long queued calls wait for a worker while no worker can be started (creation keeps
     * failing) before they fail with the creation error as cause.
     */
    public InterpreterExecutorBuilder workerStartTimeout(Duration workerStartTimeout) {
        this.workerStartTimeout = Objects.requireNonNull(workerStartTimeout, "workerStartTimeout");
        return this;
    }

    /** Permissions granted to Python code; default {@link Sandbox#denyAll()}. */
    public InterpreterExecutorBuilder sandbox(Sandbox sandbox) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        return this;
    }

    /** Class loader for {@code classpath:} module roots; default: the thread context class loader. */
    public InterpreterExecutorBuilder classLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
        return this;
    }

    /** An option of the shared GraalVM engine, e.g. {@code engine.CompilerThreads}. */
    public InterpreterExecutorBuilder engineOption(String key, String value) {
        engineOptions.put(key, value);
        return this;
    }

    /** A GraalPy context option applied to every worker, e.g. {@code python.WarnExperimentalFeatures}. */
    public InterpreterExecutorBuilder contextOption(String key, String value) {
        contextOptions.put(key, value);
        return this;
    }

    /** Replaces the last step of context creation; see {@link ContextFactory}. */
    public InterpreterExecutorBuilder contextFactory(ContextFactory contextFactory) {
        this.contextFactory = Objects.requireNonNull(contextFactory, "contextFactory");
        return this;
    }

    /** Whether Python's stdout/stderr go to the logger {@code io.interpy.python.<name>} (default) or are dropped. */
    public InterpreterExecutorBuilder logPythonOutput(boolean logPythonOutput) {
        this.logPythonOutput = logPythonOutput;
        return this;
    }

    /**
     * Calls that run in Python longer than this are logged at WARN with target and duration, one
     * line per call, on the logger {@code io.interpy.internal.pool.InterpreterPool}; {@code null}
     * (default): never. Time spent queued does not count: a slow queue is a sizing problem the
     * queue-wait metric shows, not a slow function.
     */
    public InterpreterExecutorBuilder slowCallThreshold(Duration slowCallThreshold) {
        this.slowCallThreshold = slowCallThreshold;
        return this;
    }

    /**
     * When true, {@link #build()} returns once the engine exists and the first {@code minSize}
     * workers start on their own threads while the caller goes on; {@link InterpreterExecutor#prestarted()}
     * says when they are ready or why one failed, and calls made meanwhile wait in the queue.
     * In a fresh JVM the first context costs seconds of class loading and interpretation, so an
     * application that builds the pool first and its other components after it pays that time
     * once instead of adding it to its own start. Default false: {@code build()} waits and throws.
     */
    public InterpreterExecutorBuilder prestartInBackground(boolean prestartInBackground) {
        this.prestartInBackground = prestartInBackground;
        return this;
    }

    /**
     * Bytes each worker's temporary directory may hold (default 64 MiB). While file writes are
     * not granted, {@code /tmp} in Python is the worker's own directory in memory:
     * {@code tempfile} works, no worker sees another's files, and the files go when the context
     * is closed or recycled. A write beyond the limit raises {@code OSError(ENOSPC)} in Python.
     * With {@link Sandbox#withFileSystemWrite} the host's {@code /tmp} is used instead.
     */
    public InterpreterExecutorBuilder tempDirectoryMaxSize(long bytes) {
        this.tempDirectoryMaxSize = bytes;
        return this;
    }

    /**
     * The local time zone Python sees ({@code time.localtime}, {@code datetime.now().astimezone()},
     * {@code TZ} for libraries that look for the system zone); default: the JVM's default zone when
     * the executor is built. Zones by name ({@code zoneinfo.ZoneInfo}) come from the host's
     * read-only zone database, or from a {@code tzdata} package on a module root.
     */
    public InterpreterExecutorBuilder timeZone(ZoneId timeZone) {
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        return this;
    }

    /**
     * Runs the stages a caller chains onto a call's future before the call has finished
     * ({@code thenApply}, {@code whenComplete}, {@code thenCompose}, ... and their {@code Async}
     * forms without an executor); default {@link ForkJoinPool#commonPool()}. A worker that finished
     * a call hands those stages here instead of running them itself: caller code on a Python
     * worker thread would hold a worker (counted busy, no next call) for as long as it runs, and
     * a stage that blocks on another Python call could wait for itself. Stages chained onto a
     * future that is already complete run at once in the caller's thread, as
     * {@code CompletableFuture}'s do, and {@code join()}/{@code get()} are not stages: they cost no
     * hand-off. Give an application executor (Spring's {@code applicationTaskExecutor}, virtual
     * threads) when stages block.
     */
    public InterpreterExecutorBuilder completionExecutor(Executor completionExecutor) {
        this.completionExecutor = Objects.requireNonNull(completionExecutor, "completionExecutor");
        return this;
    }

    /**
     * Validates the settings, creates the engine and starts {@code minSize} workers, waiting for
     * them unless {@link #prestartInBackground(boolean)} is set.
     *
     * @throws IllegalArgumentException naming the setting that is wrong
     * @throws WorkerStartException when a first worker cannot start (bad module, failing preload)
     *                              and the start is not in the background
     */
    public InterpreterExecutor build() {
        int max = maxSize != null ? maxSize : Math.max(minSize, Runtime.getRuntime().availableProcessors());
        ExecutorSettings settings = new ExecutorSettings(name, minSize, max, queueCapacity,
                List.copyOf(pythonPath), List.copyOf(preloadModules), callTimeout, idleTimeout,
                maxTasksPerWorker, maxWorkerAge, awaitTermination, workerStartTimeout, sandbox,
                classLoader != null ? classLoader : defaultClassLoader(), Map.copyOf(engineOptions),
                Map.copyOf(contextOptions), contextFactory, logPythonOutput, slowCallThreshold,
                prestartInBackground, tempDirectoryMaxSize, timeZone != null ? timeZone : ZoneId.systemDefault(),
                completionExecutor, streamIdleTimeout, reloadModules, engineKeepAlive);
        return new InterpreterExecutor(settings);
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : InterpreterExecutor.class.getClassLoader();
    }
}
