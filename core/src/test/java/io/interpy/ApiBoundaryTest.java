package io.interpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The API is what the module exports, and nothing it exposes is an internal type. */
class ApiBoundaryTest {

    private static final List<Class<?>> API = List.of(InterpreterExecutor.class, InterpreterExecutorBuilder.class,
            PythonCall.class, TypeRef.class, Sandbox.class, ContextFactory.class, ExecutorStats.class, WorkerInfo.class,
            PythonException.class, ConversionException.class, CallTimeoutException.class, WorkerStartException.class,
            InvalidSettingException.class, io.interpy.event.PoolListener.class, io.interpy.event.CallOutcome.class,
            io.interpy.event.RetireReason.class, io.interpy.event.WorkerState.class,
            io.interpy.tool.GraalPyResources.class);

    @Test
    void theModuleExportsOnlyTheApiPackages() throws Exception {
        // the core's own descriptor: a plain resource lookup could find a JDK module's first
        java.net.URL location = InterpreterExecutor.class.getProtectionDomain().getCodeSource().getLocation();
        java.net.URL descriptorUrl = location.getPath().endsWith(".jar")
                ? java.net.URI.create("jar:" + location + "!/module-info.class").toURL()
                : java.net.URI.create(location + "module-info.class").toURL();
        try (InputStream in = descriptorUrl.openStream()) {
            ModuleDescriptor descriptor = ModuleDescriptor.read(in);
            assertThat(descriptor.name()).isEqualTo("io.interpy.core");
            assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                    .isEqualTo(Set.of("io.interpy", "io.interpy.event", "io.interpy.tool"));
            assertThat(descriptor.opens()).isEmpty();
        }
    }

    @Test
    void noPublicSignatureOfTheApiNamesAnInternalType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : API) {
            List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
            members.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable member : members) {
                if (!Modifier.isPublic(member.getModifiers()) && !Modifier.isProtected(member.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
                types.addAll(List.of(member.getGenericExceptionTypes()));
                if (member instanceof Method m) {
                    types.add(m.getGenericReturnType());
                }
                for (Type t : types) {
                    if (isInternal(t)) {
                        leaks.add(type.getSimpleName() + "." + member.getName() + " uses " + t.getTypeName());
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) && isInternal(field.getGenericType())) {
                    leaks.add(type.getSimpleName() + "." + field.getName());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    if (isInternal(c.getGenericType())) {
                        leaks.add(type.getSimpleName() + "." + c.getName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean isInternal(Type t) {
        if (t instanceof Class<?> c) {
            Class<?> base = c.isArray() ? c.getComponentType() : c;
            return base.getName().startsWith("io.interpy.internal.");
        }
        if (t instanceof ParameterizedType p) {
            if (isInternal(p.getRawType())) {
                return true;
            }
            for (Type arg : p.getActualTypeArguments()) {
                if (isInternal(arg)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                if (isInternal(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
