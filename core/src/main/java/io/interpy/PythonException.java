package io.interpy;

import java.util.List;

/**
 * A Python exception raised by a called function, carried to Java as plain data: the context
 * it came from may already be gone when the caller looks at it. The stack trace holds the
 * Python frames (declaring class {@code <python>}, the function, the file and line) so a Java
 * log shows where in Python it failed; {@link #pythonTraceback()} holds the text Python itself
 * would print, including the {@code __cause__}/{@code __context__} chain.
 */
public class PythonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final String pythonType;
    private final String pythonMessage;
    private final String pythonTraceback;

    public PythonException(String target, String pythonType, String pythonMessage, String pythonTraceback,
            List<StackTraceElement> pythonFrames) {
        super(pythonType + (pythonMessage == null || pythonMessage.isEmpty() ? "" : ": " + pythonMessage)
                + " (in " + target + ")", null, true, true);
        this.target = target;
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage == null ? "" : pythonMessage;
        this.pythonTraceback = pythonTraceback == null ? "" : pythonTraceback;
        if (pythonFrames != null && !pythonFrames.isEmpty()) {
            setStackTrace(pythonFrames.toArray(StackTraceElement[]::new));
        }
    }

    /** The {@code module:function} that was called. */
    public String target() {
        return target;
    }

    /** The exception's qualified Python type, e.g. {@code ValueError} or {@code json.decoder.JSONDecodeError}. */
    public String pythonType() {
        return pythonType;
    }

    /** {@code str(exception)} in Python. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The full traceback text as Python prints it, chained exceptions included. */
    public String pythonTraceback() {
        return pythonTraceback;
    }
}
