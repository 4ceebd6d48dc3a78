package tw.uplift.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundWorkerTest {

    /** Far longer than any test waits: a pass that happens came from a wake-up, never from the timer. */
    private static final Duration TIMER = Duration.ofHours(1);

    private CountingWorker worker;

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.stop();
        }
    }

    @Test
    void aWakeUpDuringAPassLeadsToAnotherPassWithoutWaitingForTheTimer() throws Exception {
        CountDownLatch firstPassRunning = new CountDownLatch(1);
        CountDownLatch woken = new CountDownLatch(1);
        worker = new CountingWorker(pass -> {
            if (pass == 1) {
                firstPassRunning.countDown();
                woken.await(); // the wake-up arrives while this pass is still running
            }
        });
        worker.start();
        assertThat(firstPassRunning.await(10, TimeUnit.SECONDS)).isTrue();
        worker.wake();
        woken.countDown();

        assertThat(worker.passes.tryAcquire(2, 10, TimeUnit.SECONDS)).as("first pass and the one the wake-up asked for")
                .isTrue();
    }

    @Test
    void wakeUpsBeforeAPassAreServedByThatPass() throws Exception {
        CountDownLatch firstPassRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        worker = new CountingWorker(pass -> {
            if (pass == 1) {
                firstPassRunning.countDown();
                release.await();
            }
        });
        worker.start();
        assertThat(firstPassRunning.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 5; i++) {
            worker.wake(); // five wake-ups during one pass ask for one more pass, not five
        }
        release.countDown();
        assertThat(worker.passes.tryAcquire(2, 10, TimeUnit.SECONDS)).isTrue();
        assertThat(worker.passes.tryAcquire(1, 300, TimeUnit.MILLISECONDS)).as("no third pass without a reason").isFalse();
    }

    @Test
    void aFailingPassDoesNotStopTheWorker() throws Exception {
        worker = new CountingWorker(pass -> {
            if (pass == 1) {
                throw new IllegalStateException("broker unreachable");
            }
        });
        worker.start();
        assertThat(worker.passes.tryAcquire(1, 10, TimeUnit.SECONDS)).isTrue();
        worker.wake();
        assertThat(worker.passes.tryAcquire(1, 10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void stoppingEndsTheThreadAndALongPassSeesIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicInteger sawStopping = new AtomicInteger();
        worker = new CountingWorker(pass -> {
            running.countDown();
            while (!worker.stopping()) {
                Thread.sleep(5);
            }
            sawStopping.incrementAndGet();
        });
        worker.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        worker.stop();
        assertThat(worker.isRunning()).isFalse();
        assertThat(sawStopping).hasValue(1);
    }

    /** Runs {@code body} as its pass and releases one permit of {@link #passes} after each. */
    private static final class CountingWorker extends BackgroundWorker {

        interface Body {
            void run(int pass) throws Exception;
        }

        final Semaphore passes = new Semaphore(0);
        private final AtomicInteger count = new AtomicInteger();
        private final Body body;

        CountingWorker(Body body) {
            super("test-worker", TIMER, 0);
            this.body = body;
        }

        @Override
        protected void pass() throws Exception {
            try {
                body.run(count.incrementAndGet());
            } finally {
                passes.release();
            }
        }
    }
}
