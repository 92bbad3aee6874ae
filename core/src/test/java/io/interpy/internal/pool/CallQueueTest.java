package io.interpy.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The hand-off between callers and workers without GraalPy. An offer wakes a parked worker only
 * when spinning workers will not take every queued call, so the risk is a lost wake-up: a call
 * left in the queue while every worker parks. Bursts with pauses make workers alternate between
 * spinning and parking around each offer, and single calls after a pause find them all parked;
 * a lost wake-up strands a call for the 60-s poll.
 */
class CallQueueTest {

    @Test
    void everyOfferedCallIsTakenOnceWhileWorkersSpinAndPark() throws Exception {
        CallQueue queue = new CallQueue();
        int producers = 2;
        int perProducer = 20_000;
        Set<PendingCall> taken = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            workers.add(Thread.ofPlatform().daemon(true).start(() -> {
                try {
                    while (true) {
                        PendingCall call = queue.poll(TimeUnit.SECONDS.toNanos(60), false);
                        if (call == null) {
                            return;
                        }
                        if (!taken.add(call)) {
                            duplicates.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        List<Thread> callers = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            callers.add(Thread.ofPlatform().daemon(true).start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < perProducer; i++) {
                    assertThat(queue.offer(new PendingCall("m:f", null, null, null)))
                            .isNotEqualTo(CallQueue.CLOSED);
                    if (random.nextInt(8) == 0) {
                        // long enough for some workers to stop spinning and park
                        LockSupport.parkNanos(random.nextLong(5_000, 60_000));
                    }
                }
            }));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (taken.size() < producers * perProducer && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(taken).as("calls taken (queue still holds %d)", queue.size()).hasSize(producers * perProducer);
        // Then single calls, each offered once every worker has stopped spinning and parked.
        for (int i = 1; i <= 100; i++) {
            Thread.sleep(1);
            queue.offer(new PendingCall("m:f", null, null, null));
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (taken.size() < producers * perProducer + i && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            assertThat(taken).as("single call %d taken by a parked worker", i).hasSize(producers * perProducer + i);
        }
        assertThat(duplicates).hasValue(0);
        // A worker that said it would be back at once but is not (its thread ends): the call that
        // counted on it goes to a parked worker.
        int before = taken.size();
        Thread.sleep(1);
        queue.returning();
        queue.offer(new PendingCall("m:f", null, null, null));
        queue.notReturning();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (taken.size() == before && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
        assertThat(taken).as("call handed on by notReturning").hasSize(before + 1);
        assertThat(queue.closeAndDrain()).isEmpty();
        for (Thread worker : workers) {
            worker.join(5_000);
            assertThat(worker.isAlive()).as("worker woken by close").isFalse();
        }
    }
}
