package tw.uplift.platform.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

/**
 * Group commit: concurrent writes to the same key (one hot document: a survey's running aggregate, a client's
 * rate-limit window) wait in memory, and whichever caller holds the key's lock writes all those waiting in one
 * store operation, each caller returning with its own result of that write. Alone, a write goes by itself, as
 * without this; under load one store round trip carries many. Nothing returns before its batch is written, so a
 * caller is never told "done" for a write that is not stored.
 *
 * <p>Per process: several instances each batch their own callers, and the store's atomic update orders the
 * batches. A key's lane lives while writes to it wait, so memory follows the keys being written, not all keys ever.
 *
 * @param <K> what the writes are to (the key of the document)
 * @param <T> one caller's write
 * @param <R> one caller's result
 */
public final class GroupCommit<K, T, R> {

    /**
     * Writes one batch of the same key and gives each its result, in the batch's order. A failure thrown here is
     * thrown to every caller of the batch.
     */
    @FunctionalInterface
    public interface BatchWriter<K, T, R> extends BiFunction<K, List<T>, List<R>> {
    }

    private final int maxBatch;
    private final BatchWriter<K, T, R> writer;
    private final ConcurrentMap<K, Lane<T, R>> lanes = new ConcurrentHashMap<>();

    public GroupCommit(int maxBatch, BatchWriter<K, T, R> writer) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a batch holds at least one write");
        }
        this.maxBatch = maxBatch;
        this.writer = writer;
    }

    /** Writes this (with whatever else is waiting for the same key) and returns its result once stored. */
    public R write(K key, T item) {
        Lane<T, R> lane = lanes.computeIfAbsent(key, k -> new Lane<>());
        Waiting<T, R> mine = new Waiting<>(item);
        lane.waiting.add(mine);
        lane.lock.lock();
        try {
            // Not written yet: no holder of the lock took it, so it is still queued and draining reaches it.
            while (!mine.done) {
                List<Waiting<T, R>> batch = new ArrayList<>();
                for (Waiting<T, R> w; batch.size() < maxBatch && (w = lane.waiting.poll()) != null; ) {
                    batch.add(w);
                }
                writeBatch(key, batch);
            }
        } finally {
            lane.lock.unlock();
            // An idle key's lane goes, so the map holds only keys being written. A caller that took this lane just
            // before it went still writes through it, alone or with others that did: two lanes of one key are two
            // writers, which the store's atomic update orders like any two instances.
            if (lane.waiting.isEmpty()) {
                lanes.remove(key, lane);
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }

    private void writeBatch(K key, List<Waiting<T, R>> batch) {
        try {
            List<R> results = writer.apply(key, batch.stream().map(w -> w.item).toList());
            if (results.size() != batch.size()) {
                throw new IllegalStateException("a batch of " + batch.size() + " gave " + results.size() + " results");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result = results.get(i);
            }
        } catch (RuntimeException failed) {
            batch.forEach(w -> w.failure = failed);
        } catch (Error fatal) {
            // this caller rethrows it; the others of its batch must not return as if written
            batch.forEach(w -> w.failure = new IllegalStateException("the batch's write failed", fatal));
            throw fatal;
        } finally {
            batch.forEach(w -> w.done = true);
        }
    }

    /** One caller's write; its result or failure is set by the caller that writes its batch, under the lane's lock. */
    private static final class Waiting<T, R> {
        final T item;
        R result;
        RuntimeException failure;
        boolean done;

        Waiting(T item) {
            this.item = item;
        }
    }

    /** The writes waiting for one key, and the lock of the caller writing them. */
    private static final class Lane<T, R> {
        final Queue<Waiting<T, R>> waiting = new ConcurrentLinkedQueue<>();
        final ReentrantLock lock = new ReentrantLock();
    }
}
