package tw.uplift.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Starts {@code count} actions at a steady rate, each on a virtual thread of its own, so a slow one never delays the
 * next start (an open-loop load: what many independent users do, not one user waiting for each answer).
 */
final class SteadyRate {

    private SteadyRate() {
    }

    static void run(int count, double perSecond, IntConsumer action) {
        long interval = (long) (1_000_000_000L / perSecond);
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> started = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int n = i;
                started.add(threads.submit(() -> action.accept(n)));
            }
            for (Future<?> f : started) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("an action of the steady load failed: " + e.getCause(), e.getCause());
        }
    }
}
