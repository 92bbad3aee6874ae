package io.interpy.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.ConversionException;
import io.interpy.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JavaTypeConverterTest {

    enum Level { LOW, HIGH }

    record Point(int x, int y) { }

    private static Object convert(Object v, TypeRef<?> t) {
        return JavaTypeConverter.convert(v, t.type());
    }

    @Test
    void numbersNarrowWithOverflowChecks() {
        assertThat(JavaTypeConverter.convert(100L, Byte.class)).isEqualTo((byte) 100);
        assertThat(JavaTypeConverter.convert(-5L, int.class)).isEqualTo(-5);
        assertThat(JavaTypeConverter.convert(7L, short.class)).isEqualTo((short) 7);
        assertThat(JavaTypeConverter.convert(3.0, Integer.class)).isEqualTo(3);
        assertThat(JavaTypeConverter.convert(2L, double.class)).isEqualTo(2.0);
        assertThat(JavaTypeConverter.convert(1.5, float.class)).isEqualTo(1.5f);
        assertThat(JavaTypeConverter.convert(Double.NaN, Double.class)).isEqualTo(Double.NaN);
        assertThat(JavaTypeConverter.convert(5L, BigInteger.class)).isEqualTo(BigInteger.valueOf(5));
        assertThat(JavaTypeConverter.convert(0.1, BigDecimal.class)).isEqualTo(new BigDecimal("0.1"));
        assertThat(JavaTypeConverter.convert(BigInteger.TWO.pow(70), Number.class)).isEqualTo(BigInteger.TWO.pow(70));

        assertThatThrownBy(() -> JavaTypeConverter.convert(300L, Byte.class))
                .isInstanceOf(ConversionException.class)
                .hasMessage("result: cannot convert Long 300 to java.lang.Byte: out of range [-128, 127]");
        assertThatThrownBy(() -> JavaTypeConverter.convert(1L << 40, int.class)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> JavaTypeConverter.convert(BigInteger.TWO.pow(64), long.class)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> JavaTypeConverter.convert(2.5, Long.class)).hasMessageContaining("not an integral number");
        assertThatThrownBy(() -> JavaTypeConverter.convert(1e300, Float.class)).hasMessageContaining("out of float range");
        assertThatThrownBy(() -> JavaTypeConverter.convert("12", Integer.class)).hasMessageContaining("cannot convert String '12'");
        assertThatThrownBy(() -> JavaTypeConverter.convert(true, Integer.class)).isInstanceOf(ConversionException.class);
        assertThatThrownBy(() -> JavaTypeConverter.convert(null, int.class)).hasMessageContaining("None cannot become a primitive int");
        assertThatThrownBy(() -> JavaTypeConverter.convert(Double.NaN, BigDecimal.class)).isInstanceOf(ConversionException.class);
    }

    @Test
    void scalarsStringsEnumsAndBytes() {
        assertThat(JavaTypeConverter.convert(null, Integer.class)).isNull();
        assertThat(JavaTypeConverter.convert("x", char.class)).isEqualTo('x');
        assertThatThrownBy(() -> JavaTypeConverter.convert("xy", Character.class)).hasMessageContaining("one-character");
        assertThat(JavaTypeConverter.convert("abc", CharSequence.class)).isEqualTo("abc");
        assertThat(JavaTypeConverter.convert(true, boolean.class)).isEqualTo(true);
        assertThat(JavaTypeConverter.convert("HIGH", Level.class)).isEqualTo(Level.HIGH);
        assertThatThrownBy(() -> JavaTypeConverter.convert("MID", Level.class)).hasMessageContaining("[LOW, HIGH]");
        byte[] bytes = {1, 2};
        assertThat(JavaTypeConverter.convert(bytes, byte[].class)).isSameAs(bytes);
        Object anything = List.of(1L);
        assertThat(JavaTypeConverter.convert(anything, Object.class)).isSameAs(anything);
    }

    @Test
    void genericCollectionsConvertElementsAndKeys() {
        Map<Object, Object> raw = new LinkedHashMap<>();
        raw.put(2L, "two");
        raw.put(1L, "one");
        Object m = convert(raw, new TypeRef<Map<Integer, String>>() { });
        assertThat(m).isInstanceOf(LinkedHashMap.class);
        assertThat(new ArrayList<Object>(((Map<?, ?>) m).keySet())).isEqualTo(List.of(2, 1));

        Object nested = convert(Map.of("a", List.of(1L, 2L)), new TypeRef<Map<String, List<Short>>>() { });
        assertThat(nested).isEqualTo(Map.of("a", List.of((short) 1, (short) 2)));

        assertThat(convert(List.of(1L, 1L, 2L), new TypeRef<Set<Long>>() { }))
                .isInstanceOf(LinkedHashSet.class).isEqualTo(Set.of(1L, 2L));
        assertThat(convert(new LinkedHashSet<>(List.of("a")), new TypeRef<List<String>>() { })).isEqualTo(List.of("a"));
        assertThat(convert(List.of(1L), new TypeRef<Collection<Double>>() { })).isEqualTo(List.of(1.0));
        assertThat(convert(List.of("x"), new TypeRef<Iterable<? extends CharSequence>>() { })).isEqualTo(List.of("x"));
        assertThat(convert(null, new TypeRef<Optional<String>>() { })).isEqualTo(Optional.empty());
        assertThat(convert(5L, new TypeRef<Optional<Integer>>() { })).isEqualTo(Optional.of(5));
        assertThat(convert(Arrays.asList(1L, null), new TypeRef<List<Integer>>() { })).isEqualTo(Arrays.asList(1, null));

        Map<Object, Object> bad = new LinkedHashMap<>();
        bad.put("a", List.of(1L, 300L));
        assertThatThrownBy(() -> convert(bad, new TypeRef<Map<String, List<Byte>>>() { }))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("result[\"a\"][1]: cannot convert Long 300 to java.lang.Byte")
                .satisfies(e -> assertThat(((ConversionException) e).path()).isEqualTo("result[\"a\"][1]"));
        assertThatThrownBy(() -> convert(Map.of(1L, "x"), new TypeRef<Map<String, String>>() { }))
                .hasMessageStartingWith("result<key 1>: cannot convert Long 1 to java.lang.String");
        assertThatThrownBy(() -> convert("not a list", new TypeRef<List<String>>() { }))
                .hasMessageContaining("a Python list, tuple or set is required");
    }

    @Test
    void arraysOfEveryKind() {
        assertThat((long[]) JavaTypeConverter.convert(List.of(1L, 2L), long[].class)).containsExactly(1L, 2L);
        assertThat((int[]) JavaTypeConverter.convert(List.of(1L, 2L), int[].class)).containsExactly(1, 2);
        assertThat((double[]) JavaTypeConverter.convert(List.of(1L, 2.5), double[].class)).containsExactly(1.0, 2.5);
        assertThat((short[]) JavaTypeConverter.convert(List.of(3L), short[].class)).containsExactly((short) 3);
        assertThat((String[]) JavaTypeConverter.convert(List.of("a", "b"), String[].class)).containsExactly("a", "b");
        Object generic = convert(List.of(List.of(1L)), new TypeRef<List<Integer>[]>() { });
        assertThat(((List<?>[]) generic)[0]).isEqualTo(List.of(1));
        assertThatThrownBy(() -> JavaTypeConverter.convert(List.of(1L, 1L << 33), int[].class))
                .hasMessageStartingWith("result[1]: cannot convert Long 8589934592 to int");
        assertThatThrownBy(() -> JavaTypeConverter.convert(Arrays.asList(1L, null), long[].class))
                .hasMessageStartingWith("result[1]: cannot convert None");
    }

    @Test
    void recordsAndPojosAskForMapInstead() {
        assertThatThrownBy(() -> JavaTypeConverter.convert(Map.of("x", 1L, "y", 2L), Point.class))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("records and POJOs are not mapped here; request Map<String, Object>");
        assertThatThrownBy(() -> convert(List.of(), new TypeRef<java.util.concurrent.atomic.AtomicReference<String>>() { }))
                .hasMessageContaining("unsupported generic target type");
    }
}
