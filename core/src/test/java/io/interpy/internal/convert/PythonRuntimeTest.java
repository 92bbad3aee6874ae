package io.interpy.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.interpy.ConversionException;
import io.interpy.PythonException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PythonRuntimeTest {

    enum Color { RED, GREEN }

    static Engine engine;
    static Context ctx;
    static PythonRuntime rt;

    @BeforeAll
    static void setUp() {
        engine = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false").build();
        ctx = Context.newBuilder("python").engine(engine).allowHostAccess(HostAccess.NONE).build();
        rt = PythonRuntime.load(ctx);
        ctx.eval("python", """
                import json, math, dataclasses, enum, types
                from decimal import Decimal

                def echo(x):
                    return x

                def describe(x):
                    def d(v):
                        if isinstance(v, dict):
                            return {'dict': [[d(k), d(w)] for k, w in v.items()]}
                        if isinstance(v, (list, set)):
                            return {type(v).__name__: [d(w) for w in v]}
                        return type(v).__name__
                    return d(x)

                def mutate(xs, d):
                    xs.append(4)
                    d['new'] = json.dumps(xs)
                    return [xs, d, type(xs) is list, type(d) is dict]

                def floats(a, b, c):
                    return [math.isnan(a), b == math.inf, c == -math.inf, a, b, c]

                def kw(a, b=2, *, limit=10):
                    return [a, b, limit]

                def built():
                    return {"a": [1, 2**80, 1.5, None, b"x", {1, 2}, (1, 2), Decimal("1.10"), True,
                                  bytearray(b"yz"), memoryview(b"m"), frozenset([3]), -2**70, "\\u00e9\\u4e2d\\U0001F600"],
                            5: "int key", None: "none key", (1, 2): "tuple key", 2.5: "float key", False: "bool key"}

                @dataclasses.dataclass
                class Point:
                    x: int
                    y: list

                class Mood(enum.Enum):
                    HAPPY = "happy"
                    NUMBERED = 7

                def special():
                    return [Point(1, [Mood.HAPPY]), Mood.NUMBERED]

                def bad_function():
                    return [1, 2, {"x": echo}]

                def bad_generator():
                    return {"gen": (i for i in range(3))}

                def cyclic():
                    a = [1]
                    a.append({"self": a})
                    return a

                def chained():
                    try:
                        {}["missing"]
                    except KeyError as e:
                        raise ValueError("wrapped failure") from e

                def exits():
                    raise SystemExit(3)

                def json_error():
                    json.loads("{not json")

                class Shapes:
                    @staticmethod
                    def area(w, h):
                        return w * h

                not_callable = 42
                """);
    }

    @AfterAll
    static void tearDown() {
        ctx.close();
        engine.close();
    }

    private static Object call(String fn, Object... args) {
        String target = "__main__:" + fn;
        return rt.invoke(rt.resolve(target), target, Arrays.asList(args), Map.of());
    }

    private static Object echo(Object value) {
        return call("echo", value);
    }

    @Test
    void scalarsRoundTrip() {
        assertThat(echo(null)).isNull();
        assertThat(echo(true)).isEqualTo(true);
        assertThat(echo(false)).isEqualTo(false);
        assertThat(echo((byte) -7)).isEqualTo(-7L);
        assertThat(echo((short) 300)).isEqualTo(300L);
        assertThat(echo(42)).isEqualTo(42L);
        assertThat(echo(Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(echo(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(echo(new AtomicInteger(5))).isEqualTo(5L);
        assertThat(echo(new AtomicLong(6))).isEqualTo(6L);
        assertThat(echo(1.5f)).isEqualTo(1.5);
        assertThat(echo(-0.1)).isEqualTo(-0.1);
        assertThat(echo("h\u00e9llo \u4e2d \uD83D\uDE00")).isEqualTo("h\u00e9llo \u4e2d \uD83D\uDE00");
        assertThat(echo("")).isEqualTo("");
        assertThat(echo('c')).isEqualTo("c");
        assertThat(echo(Color.GREEN)).isEqualTo("GREEN");
        assertThat((byte[]) echo(new byte[] {0, -1, 127, -128})).containsExactly(0, -1, 127, -128);
        assertThat(echo(new BigDecimal("1.10"))).isEqualTo(new BigDecimal("1.10"));
        assertThat(echo(new BigDecimal("-1.5E+30"))).isEqualTo(new BigDecimal("-1.5E+30"));
    }

    @Test
    void bigIntegersKeepEveryDigit() {
        BigInteger huge = BigInteger.TWO.pow(1000).negate().add(BigInteger.ONE);
        assertThat(echo(huge)).isEqualTo(huge);
        assertThat(echo(BigInteger.TWO.pow(63))).isEqualTo(BigInteger.TWO.pow(63));
        assertThat(echo(BigInteger.valueOf(12))).isEqualTo(12L);
        // Python sees a real int: arithmetic on it works
        ctx.eval("python", "def plus_one(x):\n    return [x + 1, type(x) is int]");
        assertThat(call("plus_one", BigInteger.TWO.pow(100))).isEqualTo(List.of(BigInteger.TWO.pow(100).add(BigInteger.ONE), true));
    }

    @Test
    void nanAndInfinitiesSurvive() {
        Object r = call("floats", Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);
        assertThat(r).isEqualTo(List.of(true, true, true, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertThat(echo(List.of(Double.NaN, 1.0, Double.NEGATIVE_INFINITY, -0.0)))
                .isEqualTo(List.of(Double.NaN, 1.0, Double.NEGATIVE_INFINITY, -0.0));
    }

    @Test
    void pythonSeesRealTypes() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", List.of(1, 2));
        nested.put("set", Set.of(1));
        nested.put("bytes", new byte[] {1});
        nested.put("dec", BigDecimal.ONE);
        nested.put("arr", new int[] {1, 2, 3, 4, 5});
        nested.put("objs", new Object[] {"a", null});
        Map<Object, Object> keys = new LinkedHashMap<>();
        keys.put(1, "i");
        keys.put(false, "b"); // not true: Python folds True into the key 1
        keys.put(null, "n");
        keys.put(2.5, "f");
        nested.put("keys", keys);
        Object d = call("describe", nested);
        assertThat(d.toString()).isEqualTo("{dict=[[str, {list=[int, int]}], [str, {set=[int]}], [str, bytes], "
                + "[str, Decimal], [str, {list=[int, int, int, int, int]}], [str, {list=[str, NoneType]}], "
                + "[str, {dict=[[int, str], [bool, str], [NoneType, str], [float, str]]}]]}");

        List<Object> xs = new ArrayList<>(List.of(1, 2, 3));
        Object r = call("mutate", xs, Map.of("k", "v"));
        assertThat(r).isEqualTo(List.of(List.of(1L, 2L, 3L, 4L), Map.of("k", "v", "new", "[1, 2, 3, 4]"), true, true));
    }

    @Test
    void collectionsRoundTripWithNullsAndOrder() {
        List<Object> withNull = new ArrayList<>(Arrays.asList(1, null, "x", 2.0, null));
        assertThat(echo(withNull)).isEqualTo(withNull.stream().map(o -> o instanceof Integer i ? (Object) i.longValue() : o).toList());
        assertThat(echo(Arrays.asList("a", "b", null, "d"))).isEqualTo(Arrays.asList("a", "b", null, "d"));
        assertThat(echo(List.of("a", "b\u00e9", "", "\uD83D\uDE00"))).isEqualTo(List.of("a", "b\u00e9", "", "\uD83D\uDE00"));
        assertThat(echo(List.of("a\0b", "c", "d", "e"))).isEqualTo(List.of("a\0b", "c", "d", "e"));
        assertThat(echo(List.of(1, 2L, 3, (short) 4))).isEqualTo(List.of(1L, 2L, 3L, 4L));
        assertThat(echo(new TreeSet<>(List.of(3, 1, 2)))).isInstanceOf(LinkedHashSet.class).isEqualTo(Set.of(1L, 2L, 3L));
        assertThat(echo(new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE})).isEqualTo(List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE));
        assertThat(echo(new double[] {1.5, Double.NaN})).isEqualTo(List.of(1.5, Double.NaN));
        assertThat(echo(new boolean[] {true, false})).isEqualTo(List.of(true, false));
        assertThat(echo(new char[] {'a', 'b'})).isEqualTo(List.of("a", "b"));
        assertThat(echo(new float[] {0.5f})).isEqualTo(List.of(0.5));
        assertThat(echo(new short[] {1, 2})).isEqualTo(List.of(1L, 2L));
        assertThat(echo(new ArrayList<>(List.of(1)).stream().toList())).isEqualTo(List.of(1L));
        assertThat(echo(new java.util.ArrayDeque<>(List.of("q", "r")))).isEqualTo(List.of("q", "r"));

        Map<String, Object> ordered = new LinkedHashMap<>();
        for (int i = 9; i >= 0; i--) {
            ordered.put("k" + i, i % 2 == 0 ? i : "v" + i);
        }
        Object back = echo(ordered);
        assertThat(back).isInstanceOf(LinkedHashMap.class);
        assertThat(new ArrayList<Object>(((Map<?, ?>) back).keySet())).isEqualTo(new ArrayList<Object>(ordered.keySet()));

        Map<Object, Object> nonString = new LinkedHashMap<>();
        nonString.put(1, "one");
        nonString.put(null, List.of());
        nonString.put(new byte[] {1}.length == 1 ? 2.5 : 0, Map.of());
        nonString.put(Color.RED, true);
        nonString.put(BigInteger.TWO.pow(70), "big");
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put(1L, "one");
        expected.put(null, List.of());
        expected.put(2.5, Map.of());
        expected.put("RED", true);
        expected.put(BigInteger.TWO.pow(70), "big");
        assertThat(echo(nonString)).isEqualTo(expected);

        List<Object> deep = new ArrayList<>();
        List<Object> cur = deep;
        for (int i = 0; i < 100; i++) {
            List<Object> next = new ArrayList<>();
            cur.add(next);
            cur = next;
        }
        assertThat(echo(deep)).isEqualTo(deep);
    }

    @Test
    void pythonBuiltValuesArrive() {
        Map<?, ?> r = (Map<?, ?>) call("built");
        List<?> a = (List<?>) r.get("a");
        assertThat(a.get(0)).isEqualTo(1L);
        assertThat(a.get(1)).isEqualTo(BigInteger.TWO.pow(80));
        assertThat(a.get(2)).isEqualTo(1.5);
        assertThat(a.get(3)).isNull();
        assertThat((byte[]) a.get(4)).containsExactly('x');
        assertThat(a.get(5)).isInstanceOf(LinkedHashSet.class).isEqualTo(Set.of(1L, 2L));
        assertThat(a.get(6)).isInstanceOf(ArrayList.class).isEqualTo(List.of(1L, 2L));
        assertThat(a.get(7)).isEqualTo(new BigDecimal("1.10"));
        assertThat(a.get(8)).isEqualTo(true);
        assertThat((byte[]) a.get(9)).containsExactly('y', 'z');
        assertThat((byte[]) a.get(10)).containsExactly('m');
        assertThat(a.get(11)).isEqualTo(Set.of(3L));
        assertThat(a.get(12)).isEqualTo(BigInteger.TWO.pow(70).negate());
        assertThat(a.get(13)).isEqualTo("\u00e9\u4e2d\uD83D\uDE00");
        assertThat(r.get(5L)).isEqualTo("int key");
        assertThat(r.get(null)).isEqualTo("none key");
        assertThat(r.get(List.of(1L, 2L))).isEqualTo("tuple key");
        assertThat(r.get(2.5)).isEqualTo("float key");
        assertThat(r.get(false)).isEqualTo("bool key");
    }

    @Test
    void dataclassesAndEnumsBecomeData() {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("x", 1L);
        point.put("y", List.of("happy"));
        assertThat(call("special")).isEqualTo(List.of(point, 7L));
    }

    @Test
    void keywordArgumentsAndAttributeTargets() {
        Value kw = rt.resolve("__main__:kw");
        assertThat(rt.invoke(kw, "__main__:kw", List.of(1), Map.of("limit", 5))).isEqualTo(List.of(1L, 2L, 5L));
        Value area = rt.resolve("__main__:Shapes.area");
        assertThat(rt.invoke(area, "__main__:Shapes.area", List.of(3, 4), null)).isEqualTo(12L);
        assertThat(rt.resolve("json:dumps").canExecute()).isTrue();
    }

    @Test
    void largeListsConvertBothWays() {
        List<Long> million = IntStream.range(0, 1_000_000).mapToObj(i -> (long) i * 3).toList();
        assertThat(echo(million)).isEqualTo(million);
        List<Object> mixed = new ArrayList<>(million.subList(0, 1000));
        mixed.add("tail");
        assertThat(echo(mixed)).isEqualTo(mixed);
        ctx.eval("python", "def big():\n    return [list(range(1_000_000)), [i * 0.5 for i in range(10)], [str(i) for i in range(10)], [1, 2**64, 3, 4]]");
        List<?> big = (List<?>) call("big");
        assertThat((List<?>) big.get(0)).hasSize(1_000_000).element(999_999).isEqualTo(999_999L);
        assertThat((List<?>) big.get(1)).element(3).isEqualTo(1.5);
        assertThat((List<?>) big.get(2)).element(9).isEqualTo("9");
        assertThat(big.get(3)).isEqualTo(List.of(1L, BigInteger.TWO.pow(64), 3L, 4L));
    }

    @Test
    void unsupportedArgumentsFailBeforePythonRunsWithPath() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("x", new Thread());
        List<Object> arg = List.of(0, 1, 2, inner);
        assertThatThrownBy(() -> rt.invoke(rt.resolve("__main__:echo"), "__main__:echo", List.of("a", "b", arg), Map.of()))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("argument 2[3][\"x\"]: unsupported Java type java.lang.Thread")
                .satisfies(e -> assertThat(((ConversionException) e).path()).isEqualTo("argument 2[3][\"x\"]"));
        assertThatThrownBy(() -> CallEncoder.encode(List.of(), Map.of("limit", List.of((Runnable) () -> { }))))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("keyword argument 'limit'[0]: unsupported Java type");
    }

    @Test
    void unconvertibleResultsNamePythonTypeAndPath() {
        assertThatThrownBy(() -> call("bad_function"))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("result[2][\"x\"]: cannot convert Python type 'function' to Java")
                .satisfies(e -> assertThat(((ConversionException) e).path()).isEqualTo("result[2][\"x\"]"));
        assertThatThrownBy(() -> call("bad_generator"))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("result[\"gen\"]: cannot convert Python type 'generator' to Java");
        assertThatThrownBy(() -> call("cyclic"))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("result[1][\"self\"]: cyclic reference");
        ctx.eval("python", "class Custom: pass\ndef custom():\n    return [Custom()]\nimport sys\ndef module():\n    return sys");
        assertThatThrownBy(() -> call("custom")).hasMessageStartingWith("result[0]: cannot convert Python type '__main__.Custom' to Java");
        assertThatThrownBy(() -> call("module")).hasMessageStartingWith("result: cannot convert Python type 'module' to Java");
    }

    @Test
    void pythonExceptionsCarryTypeMessageTracebackAndFrames() {
        PythonException e = catchThrowableOfType(PythonException.class, () -> call("chained"));
        assertThat(e.pythonType()).isEqualTo("ValueError");
        assertThat(e.pythonMessage()).isEqualTo("wrapped failure");
        assertThat(e.target()).isEqualTo("__main__:chained");
        assertThat(e.getMessage()).isEqualTo("ValueError: wrapped failure (in __main__:chained)");
        assertThat(e.pythonTraceback())
                .contains("KeyError: 'missing'")
                .contains("The above exception was the direct cause of the following exception")
                .contains("ValueError: wrapped failure")
                .doesNotContain("in invoke");
        StackTraceElement top = e.getStackTrace()[0];
        assertThat(top.getClassName()).isEqualTo("__main__");
        assertThat(top.getMethodName()).isEqualTo("chained");
        assertThat(top.getLineNumber()).isPositive();
        assertThat(e.getStackTrace()).noneMatch(f -> f.getMethodName().contains("invoke") || f.getClassName().startsWith("io.interpy"));

        PythonException json = catchThrowableOfType(PythonException.class, () -> call("json_error"));
        assertThat(json.pythonType()).isEqualTo("json.decoder.JSONDecodeError");
        assertThat(json.getStackTrace()[json.getStackTrace().length - 1].getMethodName()).isEqualTo("json_error");
        assertThat(json.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("json"));

        PythonException exit = catchThrowableOfType(PythonException.class, () -> call("exits"));
        assertThat(exit.pythonType()).isEqualTo("SystemExit");
        assertThat(exit.pythonMessage()).isEqualTo("3");
        // the context survives a SystemExit
        assertThat(echo(1)).isEqualTo(1L);

        PythonException wrongArgs = catchThrowableOfType(PythonException.class, () -> call("kw"));
        assertThat(wrongArgs.pythonType()).isEqualTo("TypeError");
        assertThat(wrongArgs.pythonMessage()).contains("missing 1 required positional argument: 'a'");
    }

    @Test
    void resolveErrorsNameTargetModuleAndPath() {
        PythonException missing = catchThrowableOfType(PythonException.class, () -> rt.resolve("no_such_mod.sub:f"));
        assertThat(missing.pythonType()).isEqualTo("ModuleNotFoundError");
        assertThat(missing.pythonMessage()).startsWith("module 'no_such_mod.sub' not found for target 'no_such_mod.sub:f' (searched sys.path: [");
        PythonException attr = catchThrowableOfType(PythonException.class, () -> rt.resolve("json:nope"));
        assertThat(attr.pythonType()).isEqualTo("AttributeError");
        assertThat(attr.pythonMessage()).startsWith("module 'json' has no attribute 'nope' (target 'json:nope'");
        PythonException nested = catchThrowableOfType(PythonException.class, () -> rt.resolve("__main__:Shapes.volume"));
        assertThat(nested.pythonMessage()).isEqualTo("'__main__:Shapes' has no attribute 'volume' (target '__main__:Shapes.volume')");
        PythonException notCallable = catchThrowableOfType(PythonException.class, () -> rt.resolve("__main__:not_callable"));
        assertThat(notCallable.pythonType()).isEqualTo("TypeError");
        assertThat(notCallable.pythonMessage()).isEqualTo("target '__main__:not_callable' is not callable: it is a int");
    }

    @Test
    void checkSignatureReportsBindErrors() {
        Value kw = rt.resolve("__main__:kw");
        assertThat(rt.checkSignature(kw, 1, List.of())).isNull();
        assertThat(rt.checkSignature(kw, 2, List.of("limit"))).isNull();
        assertThat(rt.checkSignature(kw, 0, List.of())).isEqualTo("missing a required argument: 'a'");
        assertThat(rt.checkSignature(kw, 1, List.of("nope"))).isEqualTo("got an unexpected keyword argument 'nope'");
        assertThat(rt.checkSignature(kw, 3, List.of())).isEqualTo("too many positional arguments");
    }

    @Test
    void loadingTheRuntimeImportsNoSlowStandardModulesYetConvertsTheirTypes() {
        // Each of these modules costs a new worker 0.1-0.7 s of interpreted module code; the
        // runtime must reach them only when a value or an error needs them.
        try (Context fresh = Context.newBuilder("python").engine(engine).allowHostAccess(HostAccess.NONE).build()) {
            PythonRuntime runtime = PythonRuntime.load(fresh);
            String heavy = "[m for m in ('enum', 'dataclasses', 'decimal', 'traceback', 'inspect', 'json', 'typing') "
                    + "if m in __import__('sys').modules]";
            assertThat(fresh.eval("python", heavy).getArraySize()).isZero();

            fresh.eval("python", "def ident(x):\n    return x\ndef boom():\n    raise KeyError('k')\n");
            assertThat(runtime.invoke(runtime.resolve("__main__:ident"), "ident", List.of(new BigDecimal("2.50")), Map.of()))
                    .isEqualTo(new BigDecimal("2.50"));
            PythonException error = catchThrowableOfType(PythonException.class,
                    () -> runtime.invoke(runtime.resolve("__main__:boom"), "boom", List.of(), Map.of()));
            assertThat(error.pythonTraceback()).contains("line 4, in boom", "KeyError: 'k'");
            assertThat(runtime.checkSignature(runtime.resolve("__main__:ident"), 2, List.of()))
                    .isEqualTo("too many positional arguments");
        }
    }

    @Test
    void integerListsArriveExactlyWhateverWidthTheyAreSentWith() {
        List<List<Long>> cases = List.of(
                List.of(-128L, 0L, 1L, 127L),                                   // 1 byte
                List.of(-129L, 0L, 127L, 128L),                                 // 2 bytes
                List.of(-32768L, 32767L, 5L, 6L),                               // 2 bytes, bounds
                List.of(-32769L, 0L, 1L, 32768L),                               // 4 bytes
                List.of((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, 0L, -1L),
                List.of((long) Integer.MIN_VALUE - 1, 0L, 1L, 2L),              // 8 bytes
                List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L));
        for (List<Long> values : cases) {
            assertThat(echo(values)).as("%s", values).isEqualTo(values);
            assertThat(echo(values.stream().mapToLong(Long::longValue).toArray())).as("long[] %s", values).isEqualTo(values);
            assertThat(call("describe", values)).isEqualTo(Map.of("list", List.of("int", "int", "int", "int")));
        }
        List<Integer> mixedBoxes = List.of(1, 2, 3, 40_000);
        assertThat(echo(new ArrayList<Object>(List.of(1, 2L, 3, 40_000L)))).isEqualTo(List.of(1L, 2L, 3L, 40_000L));
        assertThat(echo(new int[] {-1, 0, 70_000, Integer.MIN_VALUE})).isEqualTo(List.of(-1L, 0L, 70_000L, (long) Integer.MIN_VALUE));
        assertThat(echo(mixedBoxes)).isEqualTo(List.of(1L, 2L, 3L, 40_000L));
        List<Object> notAllInts = new ArrayList<>(List.of(1L, 2L, 3L, true));
        assertThat(call("describe", notAllInts)).isEqualTo(Map.of("list", List.of("int", "int", "int", "bool")));
    }

    @Test
    void payloadIsReusableAcrossCalls() {
        String payload = CallEncoder.encode(List.of(Map.of("a", 1)), Map.of());
        Value echo = rt.resolve("__main__:echo");
        assertThat(rt.invokeEncoded(echo, "__main__:echo", payload, Object.class)).isEqualTo(Map.of("a", 1L));
        assertThat(rt.invokeEncoded(echo, "__main__:echo", payload, Object.class)).isEqualTo(Map.of("a", 1L));
    }

    @Test
    void roundTripTimingAfterWarmup() {
        Value echo = rt.resolve("__main__:echo");
        List<Long> ints = IntStream.range(0, 10_000).mapToObj(i -> (long) i).toList();
        Map<String, Object> dict = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            dict.put("key" + i, i);
        }
        List<?> intArgs = List.of(ints);
        List<?> dictArgs = List.of(dict);
        long intNanos = measure(() -> rt.invoke(echo, "t", intArgs, null));
        long dictNanos = measure(() -> rt.invoke(echo, "t", dictArgs, null));
        System.out.printf("echo round trip after warm-up: 10k-int list %d us, 1k-key dict %d us%n",
                intNanos / 1000, dictNanos / 1000);
        assertThat(rt.invoke(echo, "t", intArgs, null)).isEqualTo(ints);
    }

    private static long measure(Runnable r) {
        long deadline = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < deadline) {
            r.run();
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                r.run();
            }
            best = Math.min(best, (System.nanoTime() - start) / 200);
        }
        return best;
    }
}
