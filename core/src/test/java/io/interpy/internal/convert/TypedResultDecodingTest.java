package io.interpy.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.interpy.ConversionException;
import io.interpy.TypeRef;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Results are decoded once, straight into the requested type. Every case is checked against the
 * two-step conversion it replaces (decode plain, then {@link JavaTypeConverter}), so the one pass
 * must agree with it on values and on the path and wording of every misfit.
 */
class TypedResultDecodingTest {

    private static Engine engine;
    private static Context ctx;
    private static PythonRuntime rt;
    private static Value make;

    @BeforeAll
    static void setUp() {
        engine = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build();
        ctx = Context.newBuilder("python").engine(engine).allowHostAccess(HostAccess.NONE).build();
        rt = PythonRuntime.load(ctx);
        // Python literals, so the result forms are Python's own: A/G/W arrays, M and m dicts, l lists.
        ctx.eval("python", "def make(src):\n    return eval(src)\n");
        make = rt.resolve("__main__:make");
    }

    @AfterAll
    static void tearDown() {
        ctx.close();
        engine.close();
    }

    private static Object oneStep(String python, Type type) {
        return rt.invokeEncoded(make, "__main__:make", CallEncoder.encode(List.of(python), Map.of()), type);
    }

    private static Object twoStep(String python, Type type) {
        Object plain = rt.invokeEncoded(make, "__main__:make", CallEncoder.encode(List.of(python), Map.of()), Object.class);
        return JavaTypeConverter.convert(plain, type);
    }

    private static void agree(String python, Type type) {
        Object expected = twoStep(python, type);
        Object actual = oneStep(python, type);
        if (expected instanceof long[] l) {
            assertThat((long[]) actual).as(python + " as " + type).containsExactly(l);
        } else if (expected instanceof double[] d) {
            assertThat((double[]) actual).as(python + " as " + type).containsExactly(d);
        } else {
            assertThat(actual).as(python + " as " + type).usingRecursiveComparison().isEqualTo(expected);
            assertThat(actual.getClass()).isEqualTo(expected.getClass());
        }
    }

    private static void misfitsAlike(String python, Type type, String path) {
        ConversionException expected = catchThrowableOfType(ConversionException.class, () -> twoStep(python, type));
        ConversionException actual = catchThrowableOfType(ConversionException.class, () -> oneStep(python, type));
        assertThat(expected).as("two-step misfit of " + python).isNotNull();
        assertThat(actual).as("one-pass misfit of " + python).isNotNull();
        assertThat(actual.path()).isEqualTo(expected.path()).isEqualTo(path);
        assertThat(actual.getMessage()).isEqualTo(expected.getMessage());
    }

    @Test
    void arrayFormsBecomeTheRequestedListsAndArrays() {
        String ints = "list(range(-3, 3000))";
        agree(ints, new TypeRef<List<Long>>() { }.type());
        agree(ints, new TypeRef<List<Integer>>() { }.type());
        agree(ints, new TypeRef<Collection<? extends Number>>() { }.type());
        agree(ints, new TypeRef<Iterable<Double>>() { }.type());
        agree(ints, long[].class);
        agree(ints, int[].class);
        agree(ints, double[].class);
        agree(ints, Long[].class);
        agree(ints, new TypeRef<Set<Long>>() { }.type());
        agree(ints, new TypeRef<List<Object>>() { }.type());
        agree("[x / 4 for x in range(100)]", new TypeRef<List<Double>>() { }.type());
        agree("[x / 4 for x in range(100)]", double[].class);
        agree("[str(x) for x in range(100)]", new TypeRef<List<String>>() { }.type());
        agree("[str(x) for x in range(100)]", new TypeRef<List<CharSequence>>() { }.type());
        agree("['a', 'b\\u00e9', '', 'z']", String[].class);
    }

    @Test
    void dictFormsBecomeTheRequestedMaps() {
        String strKeys = "{'k%d' % i: i for i in range(500)}";
        agree(strKeys, new TypeRef<Map<String, Long>>() { }.type());
        agree(strKeys, new TypeRef<Map<String, Integer>>() { }.type());
        agree(strKeys, new TypeRef<Map<CharSequence, Double>>() { }.type());
        agree(strKeys, new TypeRef<Map<String, Object>>() { }.type());
        agree(strKeys, new TypeRef<Map<String, Optional<Long>>>() { }.type());
        agree("{'a': [1, 2, 3, 4], 'b': [], 'c': [5, 6, 7, 8]}", new TypeRef<Map<String, List<Long>>>() { }.type());
        agree("{'a': [1, 2, 3, 4], 'b': [], 'c': [5, 6, 7, 8]}", new TypeRef<Map<String, long[]>>() { }.type());
        agree("{1: 'x', 2: 'y', 3: 'z', 4: 'w'}", new TypeRef<Map<Long, String>>() { }.type());
        agree("{1: 'x', 2: 'y', 3: 'z', 4: 'w'}", new TypeRef<Map<Integer, String>>() { }.type());
        agree("{'a': 1, 'b': 2}", new TypeRef<Map<String, Long>>() { }.type());
        agree("[{'x': 1, 'y': 2, 'z': 3, 'w': 4}, {'x': 5}]", new TypeRef<List<Map<String, Long>>>() { }.type());
        agree("[[1, 2, 3, 4], [5, 6, 7, 8, 9]]", new TypeRef<List<List<Integer>>>() { }.type());
        agree("[[1, 2, 3, 4], None, [5]]", new TypeRef<List<long[]>>() { }.type());
        agree("[1, None, 3, 4, 5]", new TypeRef<List<Long>>() { }.type());
    }

    @Test
    void misfitsNameTheSamePlaceAsBefore() {
        misfitsAlike("[1, 2, 2**40, 4]", new TypeRef<List<Integer>>() { }.type(), "result[2]");
        misfitsAlike("[1, 2, 2**40, 4]", int[].class, "result[2]");
        misfitsAlike("[1.0, 2.5, 3.0, 4.0]", long[].class, "result[1]");
        misfitsAlike("[[1, 2], [3, 'x']]", new TypeRef<List<List<Long>>>() { }.type(), "result[1][1]");
        misfitsAlike("{'a': 1, 'b': 'two', 'c': 3, 'd': 4}", new TypeRef<Map<String, Long>>() { }.type(),
                "result[\"b\"]");
        misfitsAlike("{'a': [1], 'b': [2, 2**40], 'c': [], 'd': []}", new TypeRef<Map<String, List<Integer>>>() { }.type(),
                "result[\"b\"][1]");
        misfitsAlike("{1: 'x', 2: 5}", new TypeRef<Map<Long, String>>() { }.type(), "result[2]");
        misfitsAlike("{'x': 1, 'y': 2, 'z': 3, 'w': 4}", new TypeRef<Map<Long, Long>>() { }.type(), "result<key x>");
        misfitsAlike("['a', 'bc', None, 'c']", new TypeRef<List<Character>>() { }.type(), "result[1]");
        misfitsAlike("[1, None, 3, 4]", long[].class, "result[1]");
        misfitsAlike("'text'", new TypeRef<List<Long>>() { }.type(), "result");
    }
}
