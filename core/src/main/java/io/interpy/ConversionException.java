package io.interpy;

/**
 * A value could not cross between Java and Python: an argument of an unsupported type, or a
 * result Python cannot express as plain data. The message names the place inside the value,
 * such as {@code argument 2[3]["x"]} or {@code result[2]["x"]}, and the offending type.
 */
public class ConversionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;

    public ConversionException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public ConversionException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    /** Where in the argument or result the problem is, e.g. {@code result[2]["x"]}. */
    public String path() {
        return path;
    }
}
