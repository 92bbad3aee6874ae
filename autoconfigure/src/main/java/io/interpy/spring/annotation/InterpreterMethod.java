package io.interpy.spring.annotation;

import io.interpy.PythonCall;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;

/**
 * Everything about one {@link RunInInterpreter} method that can be worked out without Python:
 * the target, timeout, executor name, which parameter goes where, and how to convert the
 * result. Resolved once per method and class, so a call only copies arguments. Construction
 * fails with {@link IllegalStateException} describing the problem; the verifier prefixes it with
 * the bean and method names.
 */
final class InterpreterMethod {

    private static final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();

    private final Method method;
    private final String target;
    private final Duration timeout;
    private final String executorName;
    private final int[] positional;
    private final int[] keywordIndexes;
    private final List<String> keywordNames;
    private final boolean[] argumentNeedsMapping;
    private final Type resultType;
    private final boolean resultNeedsMapping;
    private final boolean voidResult;
    private final boolean primitiveResult;
    private final ReturnKind returnKind;

    private InterpreterMethod(Method method, Class<?> targetClass, RunInInterpreter methodLevel,
            RunInInterpreter classLevel, PythonModule module, StringValueResolver resolver) {
        this.method = method;
        if (Modifier.isStatic(method.getModifiers()) || Modifier.isPrivate(method.getModifiers())
                || Modifier.isFinal(method.getModifiers())) {
            throw new IllegalStateException("is static, private or final, so the proxy cannot intercept it");
        }
        if (module != null) {
            this.target = moduleTarget(method, methodLevel, module);
            String ownTimeout = methodLevel != null ? methodLevel.timeout() : "";
            String ownExecutor = methodLevel != null ? methodLevel.executor() : "";
            this.timeout = resolveTimeout(ownTimeout.isEmpty() ? module.timeout() : ownTimeout, resolver);
            this.executorName = resolve(ownExecutor.isEmpty() ? module.executor() : ownExecutor, resolver);
        } else {
            this.target = resolveTarget(method, methodLevel, classLevel);
            this.timeout = resolveTimeout(attribute(methodLevel, classLevel, RunInInterpreter::timeout), resolver);
            this.executorName = resolve(attribute(methodLevel, classLevel, RunInInterpreter::executor), resolver);
        }

        int count = method.getParameterCount();
        List<Integer> positions = new ArrayList<>();
        List<Integer> keywordPositions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String[] discovered = null;
        this.argumentNeedsMapping = new boolean[count];
        for (int i = 0; i < count; i++) {
            MethodParameter parameter = new MethodParameter(method, i);
            argumentNeedsMapping[i] = !PlainTypes.isPlain(ResolvableType.forMethodParameter(parameter, targetClass).getType());
            PyKwarg kwarg = parameter.getParameterAnnotation(PyKwarg.class);
            if (kwarg == null) {
                positions.add(i);
                continue;
            }
            String name = kwarg.value();
            if (name.isEmpty()) {
                discovered = discovered != null ? discovered : parameterNames.getParameterNames(method);
                if (discovered == null) {
                    throw new IllegalStateException("parameter " + i + " is @PyKwarg without a name, and parameter names"
                            + " were not compiled in: give @PyKwarg a name or compile with -parameters");
                }
                name = discovered[i];
            }
            if (names.contains(name)) {
                throw new IllegalStateException("passes keyword argument '" + name + "' twice");
            }
            keywordPositions.add(i);
            names.add(name);
        }
        this.positional = positions.stream().mapToInt(Integer::intValue).toArray();
        this.keywordIndexes = keywordPositions.stream().mapToInt(Integer::intValue).toArray();
        this.keywordNames = List.copyOf(names);

        ResolvableType returnType = ResolvableType.forMethodReturnType(method, targetClass);
        this.returnKind = ReturnKind.of(returnType);
        ResolvableType value = returnKind.valueType(returnType);
        if (returnKind.isStreamed() && value.resolve() == null) {
            throw new IllegalStateException("returns " + returnType + " without an element type: declare one, e.g. Stream<Long>");
        }
        Class<?> valueClass = value.toClass();
        this.resultType = valueClass.isPrimitive() ? ClassUtils.resolvePrimitiveIfNecessary(valueClass) : PlainTypes.toType(value);
        this.primitiveResult = valueClass.isPrimitive() && valueClass != void.class;
        this.voidResult = returnKind == ReturnKind.VOID || valueClass == Void.class || valueClass == void.class;
        this.resultNeedsMapping = !voidResult && !PlainTypes.isPlain(resultType);
    }

    /** The merged annotation for {@code method} on {@code targetClass}, or {@code null} when it is not a Python method. */
    static InterpreterMethod resolve(Method method, Class<?> targetClass, StringValueResolver resolver) {
        PythonModule module = pythonModule(method, targetClass);
        RunInInterpreter methodLevel = AnnotatedElementUtils.findMergedAnnotation(method, RunInInterpreter.class);
        RunInInterpreter classLevel = module == null ? classLevel(method) : null;
        if (methodLevel == null && classLevel == null && module == null) {
            return null;
        }
        return new InterpreterMethod(method, targetClass, methodLevel, classLevel, module, resolver);
    }

    /** Whether the pointcut should match, without building the plan (which may fail: the verifier reports that). */
    static boolean isAnnotated(Method method) {
        return AnnotatedElementUtils.hasAnnotation(method, RunInInterpreter.class) || classLevel(method) != null;
    }

    /** Whether {@code method} of a bean of {@code beanType} calls Python: annotated, or abstract in a {@link PythonModule} interface. */
    static boolean isPythonMethod(Method method, Class<?> beanType) {
        return isAnnotated(method) || pythonModule(method, beanType) != null;
    }

    /**
     * The module of an abstract method of a {@link PythonModule} interface: its declaring
     * interface's, or else the bean interface's (for methods inherited from a plain interface).
     */
    static PythonModule pythonModule(Method method, Class<?> beanType) {
        Class<?> declaring = method.getDeclaringClass();
        if (!declaring.isInterface() || method.isDefault() || Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        PythonModule module = AnnotatedElementUtils.findMergedAnnotation(declaring, PythonModule.class);
        if (module == null && beanType != null && beanType.isInterface()) {
            module = AnnotatedElementUtils.findMergedAnnotation(beanType, PythonModule.class);
        }
        return module;
    }

    private static String moduleTarget(Method method, RunInInterpreter methodLevel, PythonModule module) {
        String own = methodLevel != null ? methodLevel.value() : "";
        if (module.value().isEmpty() && !own.contains(":")) {
            throw new IllegalStateException("belongs to a @PythonModule interface that names no module");
        }
        String target = own.contains(":") ? own : module.value() + ":" + (own.isEmpty() ? method.getName() : own);
        try {
            PythonCall.validateTarget(target);
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
        return target;
    }

    private static RunInInterpreter classLevel(Method method) {
        Class<?> declaring = method.getDeclaringClass();
        if (declaring == Object.class || !Modifier.isPublic(method.getModifiers()) || method.isSynthetic()
                || Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        return AnnotatedElementUtils.findMergedAnnotation(declaring, RunInInterpreter.class);
    }

    private static String attribute(RunInInterpreter methodLevel, RunInInterpreter classLevel,
            java.util.function.Function<RunInInterpreter, String> getter) {
        String value = methodLevel != null ? getter.apply(methodLevel) : "";
        if (value.isEmpty() && classLevel != null) {
            value = getter.apply(classLevel);
        }
        return value;
    }

    private static String resolveTarget(Method method, RunInInterpreter methodLevel, RunInInterpreter classLevel) {
        String own = methodLevel != null ? methodLevel.value() : "";
        String target;
        if (!own.isEmpty()) {
            target = own.contains(":") ? own : own + ":" + method.getName();
        } else {
            String module = classLevel != null ? classLevel.value() : "";
            if (module.isEmpty()) {
                throw new IllegalStateException("names no Python module: use @RunInInterpreter(\"module:function\")");
            }
            if (module.contains(":")) {
                throw new IllegalStateException("inherits target '" + module + "' from its class, but a class-level"
                        + " @RunInInterpreter names a module only (the function is the method's name)");
            }
            target = module + ":" + method.getName();
        }
        try {
            PythonCall.validateTarget(target);
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
        return target;
    }

    private static Duration resolveTimeout(String text, StringValueResolver resolver) {
        String resolved = resolve(text, resolver);
        if (!StringUtils.hasText(resolved)) {
            return null;
        }
        Duration timeout;
        try {
            timeout = DurationStyle.detectAndParse(resolved.trim());
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException("has timeout '" + resolved + "' that is not a duration such as \"2s\" or \"PT2S\"");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalStateException("has timeout '" + resolved + "' that is not positive");
        }
        return timeout;
    }

    private static String resolve(String text, StringValueResolver resolver) {
        if (text.isEmpty() || resolver == null) {
            return text;
        }
        String resolved = resolver.resolveStringValue(text);
        return resolved != null ? resolved : "";
    }

    /** Builds the call; {@code mapper} turns record and POJO arguments into plain maps. */
    PythonCall toCall(Object[] args, ResultMapper mapper) {
        List<Object> positionalArgs = new ArrayList<>(positional.length);
        for (int index : positional) {
            positionalArgs.add(argument(args, index, mapper));
        }
        PythonCall call = PythonCall.target(target).argList(positionalArgs);
        if (keywordIndexes.length > 0) {
            Map<String, Object> kwargs = new LinkedHashMap<>();
            for (int i = 0; i < keywordIndexes.length; i++) {
                kwargs.put(keywordNames.get(i), argument(args, keywordIndexes[i], mapper));
            }
            call = call.kwargs(kwargs);
        }
        return timeout != null ? call.timeout(timeout) : call;
    }

    private Object argument(Object[] args, int index, ResultMapper mapper) {
        Object value = args[index];
        return value != null && argumentNeedsMapping[index] ? mapper.toPlain(value, "argument " + index) : value;
    }

    /** Whether a record/POJO is involved, so Jackson must be present. */
    boolean needsMapper() {
        if (resultNeedsMapping) {
            return true;
        }
        for (boolean needed : argumentNeedsMapping) {
            if (needed) {
                return true;
            }
        }
        return false;
    }

    Method method() {
        return method;
    }

    String target() {
        return target;
    }

    String executorName() {
        return executorName;
    }

    int positionalCount() {
        return positional.length;
    }

    List<String> keywordNames() {
        return keywordNames;
    }

    /** The type the executor converts to: the declared one, or Object when Jackson finishes the job. */
    Type executorResultType() {
        return resultNeedsMapping || voidResult ? Object.class : resultType;
    }

    Type resultType() {
        return resultType;
    }

    boolean resultNeedsMapping() {
        return resultNeedsMapping;
    }

    boolean voidResult() {
        return voidResult;
    }

    /** A primitive return type: Python's None cannot be returned. */
    boolean primitiveResult() {
        return primitiveResult;
    }

    ReturnKind returnKind() {
        return returnKind;
    }
}
