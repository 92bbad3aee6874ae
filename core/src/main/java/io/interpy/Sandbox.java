package io.interpy;

/**
 * What Python code in a worker may reach outside its interpreter. Everything is denied by
 * default, because the functions an application calls are often fed untrusted input and a
 * library should not turn a parsing bug into host access. Each permission is a separate
 * opt-in so an application grants only what its Python code needs.
 *
 * <p>Whatever is granted, module roots stay readable so modules can be imported.
 */
public record Sandbox(
        boolean hostAccess,
        boolean processCreation,
        boolean nativeAccess,
        boolean threadCreation,
        boolean environmentAccess,
        boolean socketAccess,
        boolean fileSystemRead,
        boolean fileSystemWrite) {

    private static final Sandbox DENY_ALL = new Sandbox(false, false, false, false, false, false, false, false);

    /** No host access, no processes, no native code, no threads, no environment, no sockets, no files beyond module roots. */
    public static Sandbox denyAll() {
        return DENY_ALL;
    }

    /** Java classes and objects visible to Python ({@code import java}, host class lookup). */
    public Sandbox withHostAccess(boolean allow) {
        return new Sandbox(allow, processCreation, nativeAccess, threadCreation, environmentAccess, socketAccess, fileSystemRead, fileSystemWrite);
    }

    /** {@code subprocess} and {@code os.system}. */
    public Sandbox withProcessCreation(boolean allow) {
        return new Sandbox(hostAccess, allow, nativeAccess, threadCreation, environmentAccess, socketAccess, fileSystemRead, fileSystemWrite);
    }

    /** Native extensions and {@code ctypes}. */
    public Sandbox withNativeAccess(boolean allow) {
        return new Sandbox(hostAccess, processCreation, allow, threadCreation, environmentAccess, socketAccess, fileSystemRead, fileSystemWrite);
    }

    /** {@code threading.Thread.start}. */
    public Sandbox withThreadCreation(boolean allow) {
        return new Sandbox(hostAccess, processCreation, nativeAccess, allow, environmentAccess, socketAccess, fileSystemRead, fileSystemWrite);
    }

    /** The JVM's environment variables in {@code os.environ}. */
    public Sandbox withEnvironmentAccess(boolean allow) {
        return new Sandbox(hostAccess, processCreation, nativeAccess, threadCreation, allow, socketAccess, fileSystemRead, fileSystemWrite);
    }

    /** Host sockets. */
    public Sandbox withSocketAccess(boolean allow) {
        return new Sandbox(hostAccess, processCreation, nativeAccess, threadCreation, environmentAccess, allow, fileSystemRead, fileSystemWrite);
    }

    /** Reading any file of the host, not only the module roots. */
    public Sandbox withFileSystemRead(boolean allow) {
        return new Sandbox(hostAccess, processCreation, nativeAccess, threadCreation, environmentAccess, socketAccess, allow, fileSystemWrite);
    }

    /** Writing host files (implies reading them). */
    public Sandbox withFileSystemWrite(boolean allow) {
        return new Sandbox(hostAccess, processCreation, nativeAccess, threadCreation, environmentAccess, socketAccess, fileSystemRead || allow, allow);
    }
}
