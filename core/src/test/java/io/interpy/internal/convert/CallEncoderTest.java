package io.interpy.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interpy.ConversionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Failures that must happen in the caller's thread, before any context is involved. */
class CallEncoderTest {

    @Test
    void cyclesFailWithPathInsteadOfStackOverflow() {
        List<Object> self = new ArrayList<>();
        self.add(1);
        self.add(self);
        assertThatThrownBy(() -> CallEncoder.encode(List.of("x", self), Map.of()))
                .isInstanceOf(ConversionException.class)
                .hasMessageStartingWith("argument 1[1]: cyclic reference: this java.util.ArrayList contains itself");

        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", List.of(map));
        assertThatThrownBy(() -> CallEncoder.encode(List.of(), Map.of("cfg", map)))
                .hasMessageStartingWith("keyword argument 'cfg'[\"b\"][0]: cyclic reference");
    }

    @Test
    void sameContainerTwiceIsNotACycle() {
        List<Integer> shared = List.of(1, 2);
        assertThat(CallEncoder.encode(List.of(List.of(shared, shared)), Map.of())).isNotEmpty();
    }

    @Test
    void unhashableKeysAndSetElementsFail() {
        Map<Object, Object> listKey = new LinkedHashMap<>();
        listKey.put(List.of(1), "v");
        assertThatThrownBy(() -> CallEncoder.encode(List.of(listKey), Map.of()))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("map key of type")
                .hasMessageContaining("would become a Python list, which is unhashable");
        Set<Object> setOfSets = new HashSet<>();
        setOfSets.add(Set.of(1));
        assertThatThrownBy(() -> CallEncoder.encode(List.of(0, setOfSets), Map.of()))
                .hasMessageStartingWith("argument 1[0]: set element of type")
                .hasMessageContaining("Python set, which is unhashable");
        Map<Object, Object> mapKey = new LinkedHashMap<>();
        mapKey.put(Map.of(), 1);
        assertThatThrownBy(() -> CallEncoder.encode(List.of(mapKey), Map.of()))
                .hasMessageContaining("Python dict, which is unhashable");
    }

    @Test
    void unsupportedTypesNameTheJavaTypeInEveryContainer() {
        Object lambda = (Runnable) () -> { };
        Map<String, Object> strKeyed = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            strKeyed.put("k" + i, i);
        }
        strKeyed.put("bad", new Object());
        assertThatThrownBy(() -> CallEncoder.encode(List.of(strKeyed), Map.of()))
                .hasMessageStartingWith("argument 0[\"bad\"]: unsupported Java type java.lang.Object");
        assertThatThrownBy(() -> CallEncoder.encode(java.util.Collections.singletonList(new Object[] {1, 2, 3, 4, lambda}), Map.of()))
                .hasMessageStartingWith("argument 0[4]: unsupported Java type");
        assertThatThrownBy(() -> CallEncoder.encode(List.of(Set.of(new Thread())), Map.of()))
                .hasMessageStartingWith("argument 0[0]: unsupported Java type java.lang.Thread");
        // any Object[] is a list, so a Thread[] holding only nulls is fine; the Thread itself is not
        assertThat(CallEncoder.encode(java.util.Collections.singletonList(new Thread[] {null}), Map.of())).isNotEmpty();
        assertThatThrownBy(() -> CallEncoder.encode(java.util.Collections.singletonList(new Thread[] {Thread.currentThread()}), Map.of()))
                .hasMessageStartingWith("argument 0[0]: unsupported Java type java.lang.Thread (supported:");
    }

    @Test
    void absurdNestingFailsCleanly() {
        List<Object> root = new ArrayList<>();
        List<Object> cur = root;
        for (int i = 0; i < 10_000; i++) {
            List<Object> next = new ArrayList<>();
            cur.add(next);
            cur = next;
        }
        assertThatThrownBy(() -> CallEncoder.encode(List.of(root), Map.of()))
                .isInstanceOf(ConversionException.class)
                .hasMessageContaining("nested more than " + CallEncoder.MAX_DEPTH + " levels deep");
    }
}
