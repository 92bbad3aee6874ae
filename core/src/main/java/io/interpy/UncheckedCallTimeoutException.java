package io.interpy;

/**
 * A {@link CallTimeoutException} where no checked exception may be thrown: while a
 * {@link java.util.stream.Stream} of a Python generator is consumed, and from a blocking Spring
 * interface method that does not declare {@code TimeoutException}. The Python code has been
 * stopped by the time this is thrown, exactly as for the checked form, which is its cause.
 */
public class UncheckedCallTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UncheckedCallTimeoutException(CallTimeoutException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized CallTimeoutException getCause() {
        return (CallTimeoutException) super.getCause();
    }
}
