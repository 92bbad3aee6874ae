package io.interpy.spring.boot.autoconfigure;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code interpy.*} settings of the auto-configured
 * {@link io.interpy.InterpreterExecutor}. Grouped the way an operator thinks about them (how
 * many interpreters, where the code comes from, how long a call may take, what Python may
 * touch) rather than mirroring the builder one to one.
 */
@ConfigurationProperties("interpy")
public class InterpyProperties {

    /**
     * Whether Interpy is auto-configured at all. false: no engine, no workers, no Python beans'
     * startup check, for tests and tools that do not need Python (mock the Python interfaces
     * there, e.g. with @MockitoBean).
     */
    private boolean enabled = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Name of the executor: it appears in worker thread names (interpy-NAME-N), log lines,
     * error messages and metrics.
     */
    private String name = "interpy";

    private final Pool pool = new Pool();

    private final Python python = new Python();

    private final Call call = new Call();

    private final Shutdown shutdown = new Shutdown();

    private final Sandbox sandbox = new Sandbox();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Pool getPool() {
        return pool;
    }

    public Python getPython() {
        return python;
    }

    public Call getCall() {
        return call;
    }

    public Shutdown getShutdown() {
        return shutdown;
    }

    public Sandbox getSandbox() {
        return sandbox;
    }

    /** How many interpreters run, and when they are replaced. */
    public static class Pool {

        /**
         * Workers started with the application and kept even when idle. Each holds one GraalPy
         * context (tens of MB), so 0 defers that cost to the first call.
         */
        private int minSize = 1;

        /**
         * Maximum number of workers, hence of Python calls running in parallel. Defaults to the
         * number of available processors (or min-size when larger), since pure-Python code is CPU-bound.
         */
        private Integer maxSize;

        /**
         * Calls that may wait for a free worker. Beyond it calls are rejected at once
         * (RejectedExecutionException) so an overloaded service sheds load instead of queueing
         * without bound.
         */
        private int queueCapacity = 1000;

        /** How long a worker above min-size may stay idle before its context is closed. */
        private Duration idleTimeout = Duration.ofSeconds(60);

        /**
         * Calls after which a worker's context is replaced by a fresh one, bounding the effect of
         * Python code that leaks memory or state between calls. 0 means never.
         */
        private int maxTasksPerWorker = 0;

        /** Age after which an idle worker's context is replaced. Unset means never. */
        private Duration maxWorkerAge;

        /**
         * How long calls wait for a worker while none can be started (context creation keeps
         * failing) before they fail with the creation error.
         */
        private Duration workerStartTimeout = Duration.ofSeconds(30);

        /**
         * Whether the first min-size workers start while the rest of the application context is
         * created, rather than before it. The context still does not finish starting (and the
         * web server does not accept requests) until they are ready, and a worker that fails to
         * start still fails the application; only the waiting overlaps. Off by default: on 2
         * cores the start is CPU-bound and overlapping gained nothing measurable; with idle cores
         * it saves up to the time the other beans take.
         */
        private boolean prestartInBackground = false;

        /**
         * How long the GraalPy engine stays open after this pool shut down, so that the next
         * application context in the same JVM with the same engine settings (the next test
         * context, the application after a DevTools restart) starts on the warm engine. 0: close
         * it with the pool.
         */
        private Duration engineKeepAlive = Duration.ofSeconds(60);

        public Duration getEngineKeepAlive() {
            return engineKeepAlive;
        }

        public void setEngineKeepAlive(Duration engineKeepAlive) {
            this.engineKeepAlive = engineKeepAlive;
        }

        public int getMinSize() {
            return minSize;
        }

        public void setMinSize(int minSize) {
            this.minSize = minSize;
        }

        public Integer getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(Integer maxSize) {
            this.maxSize = maxSize;
        }

        public int getQueueCapacity() {
            return queueCapacity;
        }

        public void setQueueCapacity(int queueCapacity) {
            this.queueCapacity = queueCapacity;
        }

        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }

        public int getMaxTasksPerWorker() {
            return maxTasksPerWorker;
        }

        public void setMaxTasksPerWorker(int maxTasksPerWorker) {
            this.maxTasksPerWorker = maxTasksPerWorker;
        }

        public Duration getMaxWorkerAge() {
            return maxWorkerAge;
        }

        public void setMaxWorkerAge(Duration maxWorkerAge) {
            this.maxWorkerAge = maxWorkerAge;
        }

        public Duration getWorkerStartTimeout() {
            return workerStartTimeout;
        }

        public void setWorkerStartTimeout(Duration workerStartTimeout) {
            this.workerStartTimeout = workerStartTimeout;
        }

        public boolean isPrestartInBackground() {
            return prestartInBackground;
        }

        public void setPrestartInBackground(boolean prestartInBackground) {
            this.prestartInBackground = prestartInBackground;
        }
    }

    /** Where Python code comes from. */
    public static class Python {

        /**
         * Module roots Python imports from, in sys.path order: host directories (a virtual
         * environment stands for its lib/python3.12/site-packages), classpath: locations
         * (directories, also inside jars and nested jars), or graalpy-vfs:RESOURCE_ROOT for the
         * layout GraalPy's build plugins write (default root org.graalvm.python.vfs). Python can
         * read nothing else unless the sandbox allows it. Every entry must exist, so a typo fails
         * startup rather than the first call.
         */
        private List<String> path = new ArrayList<>(List.of("classpath:python"));

        /**
         * Modules imported when each worker starts, so that no request pays for the import and a
         * module that fails to import stops the application at startup.
         */
        private List<String> preloadModules = new ArrayList<>();

        /**
         * Whether Python's stdout and stderr go to the logger io.interpy.python.NAME (otherwise
         * they are dropped).
         */
        private boolean logOutput = true;

        /**
         * Size limit of each worker's temporary directory (tempfile, /tmp), held in memory and
         * emptied when the worker's context is closed or recycled. Writing beyond it raises
         * OSError(ENOSPC) in Python. With sandbox.file-system-write the host's /tmp is used instead.
         */
        private DataSize tempDirectoryMaxSize = DataSize.ofMegabytes(64);

        /**
         * The local time zone Python sees (time.localtime, datetime.astimezone(), TZ). Default:
         * the JVM's default zone.
         */
        private ZoneId timeZone;

        /**
         * Whether workers re-import Python modules whose files changed under a directory module
         * root before their next call, so a .py edit takes effect without a restart. Unset: on
         * when Spring Boot DevTools is on the class path, off otherwise.
         */
        private Boolean reload;

        public Boolean getReload() {
            return reload;
        }

        public void setReload(Boolean reload) {
            this.reload = reload;
        }

        public DataSize getTempDirectoryMaxSize() {
            return tempDirectoryMaxSize;
        }

        public void setTempDirectoryMaxSize(DataSize tempDirectoryMaxSize) {
            this.tempDirectoryMaxSize = tempDirectoryMaxSize;
        }

        public ZoneId getTimeZone() {
            return timeZone;
        }

        public void setTimeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
        }

        public List<String> getPath() {
            return path;
        }

        public void setPath(List<String> path) {
            this.path = path;
        }

        public List<String> getPreloadModules() {
            return preloadModules;
        }

        public void setPreloadModules(List<String> preloadModules) {
            this.preloadModules = preloadModules;
        }

        public boolean isLogOutput() {
            return logOutput;
        }

        public void setLogOutput(boolean logOutput) {
            this.logOutput = logOutput;
        }
    }

    /** Limits of a single call. */
    public static class Call {

        /**
         * Default time from submission to result, queue wait included, for calls that set none
         * (@RunInInterpreter timeout overrides it). At the deadline the Python code is
         * interrupted and the future fails with CallTimeoutException. Unset means no limit.
         */
        private Duration timeout;

        /**
         * Calls that run in Python longer than this are logged at WARN (logger
         * io.interpy.internal.pool.InterpreterPool), one line with target and duration per call,
         * so slow functions show up without a log line per successful call. Queue wait does not
         * count. Unset means never.
         */
        private Duration slowThreshold;

        /**
         * How long a streamed call (a method returning Stream, Iterator, Flux or Publisher of a
         * Python generator's items) may wait for its consumer to ask for more before its
         * generator is closed and its worker freed.
         */
        private Duration streamIdleTimeout = Duration.ofSeconds(30);

        public Duration getStreamIdleTimeout() {
            return streamIdleTimeout;
        }

        public void setStreamIdleTimeout(Duration streamIdleTimeout) {
            this.streamIdleTimeout = streamIdleTimeout;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getSlowThreshold() {
            return slowThreshold;
        }

        public void setSlowThreshold(Duration slowThreshold) {
            this.slowThreshold = slowThreshold;
        }
    }

    /** How the executor stops with the application. */
    public static class Shutdown {

        /**
         * How long running calls may finish when the application stops, after the web server
         * has stopped accepting requests. Calls still running then are interrupted; queued calls
         * are cancelled at once.
         */
        private Duration awaitTerminationPeriod = Duration.ofSeconds(30);

        public Duration getAwaitTerminationPeriod() {
            return awaitTerminationPeriod;
        }

        public void setAwaitTerminationPeriod(Duration awaitTerminationPeriod) {
            this.awaitTerminationPeriod = awaitTerminationPeriod;
        }
    }

    /**
     * What Python code may reach outside its interpreter. Everything is denied by default since
     * called functions are often fed untrusted input; grant only what the code needs.
     */
    public static class Sandbox {

        /** Whether Python may see Java classes and objects (import java, host class lookup). */
        private boolean hostAccess;

        /** Whether Python may start processes (subprocess, os.system). */
        private boolean processCreation;

        /** Whether Python may load native extensions and use ctypes. */
        private boolean nativeAccess;

        /** Whether Python may start threads (threading.Thread.start). */
        private boolean threadCreation;

        /** Whether the JVM's environment variables are visible in os.environ. */
        private boolean environmentAccess;

        /** Whether Python may open host sockets. */
        private boolean socketAccess;

        /** Whether Python may read any host file, not only the module roots. */
        private boolean fileSystemRead;

        /** Whether Python may write host files (implies reading them). */
        private boolean fileSystemWrite;

        public boolean isHostAccess() {
            return hostAccess;
        }

        public void setHostAccess(boolean hostAccess) {
            this.hostAccess = hostAccess;
        }

        public boolean isProcessCreation() {
            return processCreation;
        }

        public void setProcessCreation(boolean processCreation) {
            this.processCreation = processCreation;
        }

        public boolean isNativeAccess() {
            return nativeAccess;
        }

        public void setNativeAccess(boolean nativeAccess) {
            this.nativeAccess = nativeAccess;
        }

        public boolean isThreadCreation() {
            return threadCreation;
        }

        public void setThreadCreation(boolean threadCreation) {
            this.threadCreation = threadCreation;
        }

        public boolean isEnvironmentAccess() {
            return environmentAccess;
        }

        public void setEnvironmentAccess(boolean environmentAccess) {
            this.environmentAccess = environmentAccess;
        }

        public boolean isSocketAccess() {
            return socketAccess;
        }

        public void setSocketAccess(boolean socketAccess) {
            this.socketAccess = socketAccess;
        }

        public boolean isFileSystemRead() {
            return fileSystemRead;
        }

        public void setFileSystemRead(boolean fileSystemRead) {
            this.fileSystemRead = fileSystemRead;
        }

        public boolean isFileSystemWrite() {
            return fileSystemWrite;
        }

        public void setFileSystemWrite(boolean fileSystemWrite) {
            this.fileSystemWrite = fileSystemWrite;
        }

        io.interpy.Sandbox toSandbox() {
            return io.interpy.Sandbox.denyAll()
                    .withHostAccess(hostAccess)
                    .withProcessCreation(processCreation)
                    .withNativeAccess(nativeAccess)
                    .withThreadCreation(threadCreation)
                    .withEnvironmentAccess(environmentAccess)
                    .withSocketAccess(socketAccess)
                    .withFileSystemRead(fileSystemRead)
                    .withFileSystemWrite(fileSystemWrite);
        }
    }
}
