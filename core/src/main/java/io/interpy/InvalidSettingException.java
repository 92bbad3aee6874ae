package io.interpy;

/**
 * A builder setting has a value the pool cannot run with. It carries the setting's builder name
 * ({@code maxSize}, {@code pythonPath[1]}), the value and the reason apart from the message, so a
 * framework that configured the builder from its own keys can report the key the user wrote
 * (Spring reports {@code interpy.pool.max-size}) without repeating the checks.
 */
public class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String pool;
    private final String setting;
    private final transient Object value;
    private final String reason;

    /**
     * @param pool    the pool's name, or {@code null} when not known where the check ran
     * @param setting the builder's name for the setting, with an index for list entries
     * @param reason  what the value must be; may name other settings by their builder names
     */
    public InvalidSettingException(String pool, String setting, Object value, String reason) {
        super(setting + " = " + value + ": " + reason + (pool == null ? "" : " (pool '" + pool + "')"));
        this.pool = pool;
        this.setting = setting;
        this.value = value;
        this.reason = reason;
    }

    /** The same problem, told for {@code poolName}. */
    public InvalidSettingException forPool(String poolName) {
        InvalidSettingException named = new InvalidSettingException(poolName, setting, value, reason);
        named.initCause(getCause());
        named.setStackTrace(getStackTrace());
        return named;
    }

    public String pool() {
        return pool;
    }

    /** The builder's name for the setting, e.g. {@code maxSize} or {@code preloadModules[2]}. */
    public String setting() {
        return setting;
    }

    public Object value() {
        return value;
    }

    /** What the value must be, e.g. {@code must be >= minSize (2)}. */
    public String reason() {
        return reason;
    }
}
