package tw.uplift.platform.work;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A virtual thread that runs one {@link #pass} of some background work whenever it is {@link #wake woken}, and
 * at the latest every {@code interval}; started after and stopped before the clients it uses (by its lifecycle
 * phase). The outbox relay and the deadline scheduler are both one of these.
 *
 * <p>A wake-up is never lost: pending wake-ups are cleared <em>before</em> a pass begins, so one that arrives
 * while a pass runs leaves a permit behind and the next pass starts as soon as this one ends, instead of at
 * the next timer tick.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWorker.class);

    private final String name;
    private final Duration interval;
    private final int phase;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile boolean stopRequested;
    private volatile Thread thread;
    private boolean autoStartup = true;

    /**
     * @param name     the thread's name, also in log lines
     * @param interval the longest wait between passes when nobody wakes the worker
     * @param phase    lifecycle phase: higher starts later and stops earlier
     */
    protected BackgroundWorker(String name, Duration interval, int phase) {
        this.name = name;
        this.interval = interval;
        this.phase = phase;
    }

    /** One pass of the work. A failure is logged and the worker tries again after the interval. */
    protected abstract void pass() throws Exception;

    /** Runs once on the worker's thread before its first pass (e.g. a start-up sweep). */
    protected void beforeFirstPass() {
    }

    /** Asks for a pass as soon as possible. Cheap; safe from any thread, at any time. */
    public void wake() {
        wakeUps.release();
    }

    /** Whether the worker was asked to stop: a long pass checks this between items and returns early. */
    protected boolean stopping() {
        return stopRequested;
    }

    private void loop() {
        try {
            beforeFirstPass();
        } catch (RuntimeException e) {
            log.warn("{}: start-up step failed: {}", name, e.toString());
        }
        while (!stopRequested) {
            wakeUps.drainPermits(); // before the pass: a wake-up during the pass must lead to another one
            try {
                pass();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.warn("{}: pass failed, trying again within {}: {}", name, interval, e.toString());
            }
            try {
                wakeUps.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        stopRequested = false;
        running = true;
        thread = Thread.ofVirtual().name(name).start(this::loop);
    }

    @Override
    public void stop() {
        stopRequested = true;
        Thread t = thread;
        if (t != null) {
            wakeUps.release();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    /** Tests that drive the passes by hand turn the background thread off. */
    public void setAutoStartup(boolean autoStartup) {
        this.autoStartup = autoStartup;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
