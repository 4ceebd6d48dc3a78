package tw.uplift.platform.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aWriteAloneGoesByItselfAndGetsItsOwnResult() {
        List<List<String>> batches = new ArrayList<>();
        GroupCommit<String, String, String> commit = new GroupCommit<>(8, (key, items) -> {
            batches.add(items);
            return items.stream().map(i -> key + ":" + i).toList();
        });
        assertThat(commit.write("k", "a")).isEqualTo("k:a");
        assertThat(commit.write("k", "b")).isEqualTo("k:b");
        assertThat(batches).containsExactly(List.of("a"), List.of("b"));
    }

    /**
     * While one batch is being written, the writes that arrive wait and go together in the next one, each with its
     * own result: a counter raised once per batch hands out every number exactly once.
     */
    @Test
    void writesThatArriveWhileOneIsWrittenGoTogetherInTheNext() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        AtomicLong counter = new AtomicLong();
        AtomicInteger storeWrites = new AtomicInteger();
        GroupCommit<String, Integer, Long> commit = new GroupCommit<>(64, (key, items) -> {
            if (storeWrites.incrementAndGet() == 1) {
                firstStarted.countDown();
                await(othersQueued);
            }
            long last = counter.addAndGet(items.size());
            List<Long> turns = new ArrayList<>();
            for (long t = last - items.size() + 1; t <= last; t++) {
                turns.add(t);
            }
            return turns;
        });
        try (var threads = Executors.newFixedThreadPool(11)) {
            Future<Long> first = threads.submit(() -> commit.write("k", 0));
            assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<Long>> others = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                int item = i;
                others.add(threads.submit(() -> commit.write("k", item)));
            }
            Thread.sleep(200); // let them queue behind the first
            othersQueued.countDown();
            List<Long> turns = new ArrayList<>(List.of(first.get()));
            for (Future<Long> f : others) {
                turns.add(f.get());
            }
            assertThat(turns).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        }
        assertThat(storeWrites.get()).as("the ten that waited went in one write").isEqualTo(2);
    }

    @Test
    void aFailedWriteFailsEveryCallerOfItsBatchAndTheNextWriteGoesOn() {
        AtomicInteger calls = new AtomicInteger();
        GroupCommit<String, String, String> commit = new GroupCommit<>(8, (key, items) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("store down");
            }
            return items;
        });
        assertThatThrownBy(() -> commit.write("k", "a")).hasMessage("store down");
        assertThat(commit.write("k", "b")).isEqualTo("b");
    }

    @Test
    void aWriterGivingTheWrongNumberOfResultsFailsTheBatch() {
        GroupCommit<String, String, String> commit = new GroupCommit<>(8, (key, items) -> List.of());
        assertThatThrownBy(() -> commit.write("k", "a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gave 0 results");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
