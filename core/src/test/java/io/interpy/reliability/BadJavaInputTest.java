package io.interpy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.ConversionException;
import io.interpy.InterpreterExecutor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenario 7: arguments from Java either convert exactly or fail naming the argument; no worker crashes. */
class BadJavaInputTest {

    private static InterpreterExecutor executor;

    @BeforeAll
    static void start() {
        executor = InterpreterExecutor.builder().name("badinput").minSize(1).maxSize(1).preloadModules("mathmod").build();
    }

    @AfterAll
    static void stop() {
        executor.close();
    }

    @AfterEach
    void workerUntouched() throws Exception {
        assertThat(executor.call("mathmod:inc", Long.class, 1).get(60, TimeUnit.SECONDS)).isEqualTo(2L);
        assertThat(executor.stats().created()).isEqualTo(1);
    }

    private static Object echo(Object value) throws Exception {
        return executor.call("mathmod:echo", Object.class, value).get(60, TimeUnit.SECONDS);
    }

    @Test
    void aThreadArgumentFailsNamingItsPlaceAndType() {
        assertThatThrownBy(() -> executor.call("mathmod:echo", Object.class, Map.of("k", List.of(1, new Thread()))))
                .isInstanceOf(ConversionException.class).hasMessageContaining("argument 0").hasMessageContaining("java.lang.Thread");
    }

    @Test
    void aLambdaArgumentFailsNamingItsPlace() {
        Supplier<String> lambda = () -> "x";
        assertThatThrownBy(() -> executor.call("mathmod:add", Object.class, 1, lambda))
                .isInstanceOf(ConversionException.class).hasMessageContaining("argument 1");
    }

    @Test
    void aCyclicListFailsInsteadOfOverflowingTheStack() {
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);
        assertThatThrownBy(() -> executor.call("mathmod:echo", Object.class, cyclic))
                .isInstanceOf(ConversionException.class).hasMessageContaining("argument 0").hasMessageContaining("cycl");
    }

    @Test
    void aMillionElementListRoundTripsExactly() throws Exception {
        List<Long> big = IntStream.range(0, 1_000_000).mapToObj(i -> (long) i * 7).toList();
        assertThat(echo(big)).isEqualTo(big);
    }

    @Test
    void nanAndInfinitiesSurvive() throws Exception {
        List<Double> special = List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0);
        @SuppressWarnings("unchecked")
        List<Double> back = (List<Double>) echo(special);
        assertThat(back.get(0)).isNaN();
        assertThat(back.subList(1, 4)).containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0);
    }

    @Test
    void aHugeBigIntegerSurvivesExactly() throws Exception {
        BigInteger huge = BigInteger.TWO.pow(4000).add(BigInteger.valueOf(12345)).negate();
        assertThat(echo(huge)).isEqualTo(huge);
    }

    @Test
    void nullInsideCollectionsBecomesNoneAndBack() throws Exception {
        Map<String, Object> withNulls = new HashMap<>();
        withNulls.put("a", null);
        withNulls.put("b", Arrays.asList(1L, null, "x"));
        assertThat(echo(withNulls)).isEqualTo(withNulls);
    }

    @Test
    void nonStringMapKeysKeepTheirType() throws Exception {
        Map<Object, Object> keys = new HashMap<>();
        keys.put(1L, "int");
        keys.put(true, "bool");
        keys.put(2.5, "float");
        assertThat(echo(keys)).isEqualTo(keys);
    }
}
