package io.interpy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call of a Python function: target, positional and keyword arguments, and an optional
 * timeout. Immutable: every {@code with}-style method returns a new call, so a prepared call can
 * be shared between threads and reused.
 *
 * <p>The target is {@code "package.module:function"}; after the colon a dotted attribute path is
 * allowed ({@code "shapes:Circle.area"}).
 */
public final class PythonCall {

    private final String target;
    private final String module;
    private final String function;
    private final List<Object> args;
    private final Map<String, Object> kwargs;
    private final Duration timeout;

    private PythonCall(String target, List<Object> args, Map<String, Object> kwargs, Duration timeout) {
        this.target = target;
        int colon = target.indexOf(':');
        this.module = target.substring(0, colon);
        this.function = target.substring(colon + 1);
        this.args = args;
        this.kwargs = kwargs;
        this.timeout = timeout;
    }

    /**
     * Starts a call of {@code "module:function"}.
     *
     * @throws IllegalArgumentException when the target is not of that form
     */
    public static PythonCall target(String target) {
        validateTarget(target);
        return new PythonCall(target, List.of(), Map.of(), null);
    }

    /** Targets already checked: callers repeat a handful of targets, and checking costs more than a call's hand-off. */
    private static final java.util.Set<String> VALID_TARGETS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final int VALID_TARGETS_CACHED = 4096;

    /** Checks the {@code "module:function"} syntax without resolving anything in Python. */
    public static void validateTarget(String target) {
        Objects.requireNonNull(target, "target");
        if (VALID_TARGETS.contains(target)) {
            return;
        }
        checkTarget(target);
        if (VALID_TARGETS.size() < VALID_TARGETS_CACHED) {
            VALID_TARGETS.add(target);
        }
    }

    private static void checkTarget(String target) {
        int colon = target.indexOf(':');
        if (colon <= 0 || colon == target.length() - 1 || target.indexOf(':', colon + 1) >= 0) {
            throw new IllegalArgumentException("Python target '" + target
                    + "' must have the form 'package.module:function'");
        }
        for (String part : (target.substring(0, colon) + "." + target.substring(colon + 1)).split("\\.", -1)) {
            if (part.isEmpty() || !isIdentifier(part)) {
                throw new IllegalArgumentException("Python target '" + target + "' has an invalid name part '"
                        + part + "': expected 'package.module:function'");
            }
        }
    }

    private static boolean isIdentifier(String part) {
        if (!Character.isLetter(part.charAt(0)) && part.charAt(0) != '_') {
            return false;
        }
        return part.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /** Positional arguments; a {@code null} element is Python's {@code None}. */
    public PythonCall args(Object... args) {
        List<Object> copy = args == null ? Collections.singletonList(null)
                : Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args)));
        return new PythonCall(target, copy, kwargs, timeout);
    }

    /** Positional arguments from a list. */
    public PythonCall argList(List<?> args) {
        return new PythonCall(target, Collections.unmodifiableList(new ArrayList<>(args)), kwargs, timeout);
    }

    /** Keyword arguments, passed in the map's iteration order. */
    public PythonCall kwargs(Map<String, ?> kwargs) {
        Map<String, Object> copy = new LinkedHashMap<>();
        kwargs.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "keyword argument name"), value));
        return new PythonCall(target, args, Collections.unmodifiableMap(copy), timeout);
    }

    /** Adds one keyword argument. */
    public PythonCall kwarg(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(kwargs);
        copy.put(Objects.requireNonNull(name, "keyword argument name"), value);
        return new PythonCall(target, args, Collections.unmodifiableMap(copy), timeout);
    }

    /**
     * Time allowed from submission to result, queue wait included; overrides the executor's
     * default. At the deadline the running Python code is interrupted.
     */
    public PythonCall timeout(Duration timeout) {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout of " + target + " must be positive, was " + timeout);
        }
        return new PythonCall(target, args, kwargs, timeout);
    }

    public String target() {
        return target;
    }

    public String module() {
        return module;
    }

    /** The function, or the dotted attribute path after the colon. */
    public String function() {
        return function;
    }

    public List<Object> arguments() {
        return args;
    }

    public Map<String, Object> keywordArguments() {
        return kwargs;
    }

    /** The call's own timeout, or {@code null} to use the executor's default. */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public String toString() {
        return target + "(" + args.size() + " args" + (kwargs.isEmpty() ? "" : ", kwargs " + kwargs.keySet()) + ")";
    }
}
