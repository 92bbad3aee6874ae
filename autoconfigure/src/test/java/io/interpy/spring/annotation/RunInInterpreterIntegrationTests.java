package io.interpy.spring.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.CallTimeoutException;
import io.interpy.InterpreterExecutor;
import io.interpy.PythonException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The annotation end to end, through Boot's auto-configuration and its JsonMapper. */
@SpringBootTest(classes = RunInInterpreterIntegrationTests.App.class,
        properties = { "interpy.pool.min-size=1", "interpy.pool.max-size=2", "app.short-timeout=300ms" })
class RunInInterpreterIntegrationTests {

    @Autowired
    private Calculator calculator;

    @Autowired
    private Shapes shapes;

    @Autowired
    private InterpreterExecutor executor;

    @Test
    void scalarResultConvertsToTheDeclaredType() throws Exception {
        assertThat(AopUtils.isAopProxy(calculator)).isTrue();
        assertThat(calculator.add(40, 2).get(30, TimeUnit.SECONDS)).isEqualTo(42);
    }

    @Test
    void dictResultConvertsToARecord() throws Exception {
        Summary summary = calculator.summary(List.of(1.0, 2.0, 3.0, 4.0)).get(30, TimeUnit.SECONDS);
        assertThat(summary.count()).isEqualTo(4);
        assertThat(summary.mean()).isEqualTo(2.5);
        assertThat(summary.median()).isEqualTo(2.5);
        assertThat(summary.stdev()).isCloseTo(1.29099, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void listOfDictsConvertsToAListOfRecords() throws Exception {
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        groups.put("a", List.of(1.0, 3.0));
        groups.put("b", List.of(10.0));
        List<NamedSummary> result = calculator.summaries(groups).toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertThat(result).extracting(NamedSummary::name).containsExactly("a", "b");
        assertThat(result.get(0).mean()).isEqualTo(2.0);
        assertThat(result.get(1).count()).isEqualTo(1);
    }

    @Test
    void nestedGenericsConvertElementByElement() throws Exception {
        Map<String, List<Long>> buckets = calculator.buckets(5).get(30, TimeUnit.SECONDS);
        assertThat(buckets).containsOnlyKeys("even", "odd");
        assertThat(buckets.get("even")).containsExactly(0L, 2L, 4L);
        assertThat(buckets.get("odd")).containsExactly(1L, 3L);
    }

    @Test
    void keywordParameterIsPassedByName() throws Exception {
        assertThat(calculator.scale(List.of(1L, 2L), 10).get(30, TimeUnit.SECONDS)).containsExactly(10L, 20L);
    }

    @Test
    void recordArgumentArrivesAsADict() throws Exception {
        assertThat(calculator.describe(new Point("home", 3, 4)).get(30, TimeUnit.SECONDS)).isEqualTo("home at (3, 4)");
    }

    @Test
    void voidFutureCompletesWithNull() throws Exception {
        assertThat(calculator.nothing().get(30, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void pythonExceptionCompletesTheFutureExceptionally() {
        CompletableFuture<Long> failed = calculator.fail("bad input");
        assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(PythonException.class, python -> {
                    assertThat(python.pythonType()).isEqualTo("ValueError");
                    assertThat(python.pythonMessage()).isEqualTo("bad input");
                });
    }

    @Test
    void annotationTimeoutInterruptsTheCall() {
        long start = System.nanoTime();
        CompletableFuture<Double> slow = calculator.slow(20);
        assertThatThrownBy(() -> slow.get(15, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CallTimeoutException.class);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
    }

    @Test
    void resultThatCannotConvertFailsTheFutureInsteadOfThrowing() {
        CompletableFuture<Point> bad = calculator.addAsPoint(1, 2);
        assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(io.interpy.ConversionException.class);
    }

    @Test
    void classLevelAnnotationUsesTheMethodNameAsFunction() throws Exception {
        assertThat(shapes.area(3, 4).get(30, TimeUnit.SECONDS)).isEqualTo(12);
        assertThat(shapes.perimeter(3, 4).get(30, TimeUnit.SECONDS)).isEqualTo(14);
        assertThat(shapes.toString()).doesNotContain("calc");
    }

    @Test
    void callsRunOnTheAutoConfiguredPool() throws Exception {
        long before = executor.stats().completed();
        calculator.add(1, 1).get(30, TimeUnit.SECONDS);
        assertThat(executor.stats().completed()).isGreaterThan(before);
    }

    public record Summary(int count, double mean, double median, double stdev) {
    }

    public record NamedSummary(String name, int count, double mean, double median, double stdev) {
    }

    public record Point(String label, int x, int y) {
    }

    public static class Calculator {

        @RunInInterpreter("calc")
        public CompletableFuture<Integer> add(int a, int b) {
            return null;
        }

        @RunInInterpreter("calc:add")
        public CompletableFuture<Point> addAsPoint(int a, int b) {
            return null;
        }

        @RunInInterpreter("calc:summary")
        public CompletableFuture<Summary> summary(List<Double> values) {
            return null;
        }

        @RunInInterpreter("calc:summaries")
        public CompletionStage<List<NamedSummary>> summaries(Map<String, List<Double>> groups) {
            return null;
        }

        @RunInInterpreter("calc:buckets")
        public CompletableFuture<Map<String, List<Long>>> buckets(int n) {
            return null;
        }

        @RunInInterpreter("calc:scale")
        public CompletableFuture<List<Long>> scale(List<Long> values, @PyKwarg int factor) {
            return null;
        }

        @RunInInterpreter("calc:describe")
        public CompletableFuture<String> describe(Point point) {
            return null;
        }

        @RunInInterpreter("calc:nothing")
        public CompletableFuture<Void> nothing() {
            return null;
        }

        @RunInInterpreter("calc:fail")
        public CompletableFuture<Long> fail(String message) {
            return null;
        }

        @RunInInterpreter(value = "calc:slow", timeout = "${app.short-timeout}")
        public CompletableFuture<Double> slow(double seconds) {
            return null;
        }
    }

    @RunInInterpreter("shapes")
    public static class Shapes {

        public CompletableFuture<Integer> area(int width, int height) {
            return null;
        }

        public CompletableFuture<Integer> perimeter(int width, int height) {
            return null;
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({ Calculator.class, Shapes.class })
    static class App {
    }
}
