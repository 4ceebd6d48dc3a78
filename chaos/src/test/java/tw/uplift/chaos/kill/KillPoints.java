package tw.uplift.chaos.kill;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The points inside the kill host where a kill may be aimed. The test picks a phase and a count {@code n} for each
 * life of the host: the n-th time any thread passes a point of that phase, that thread prints {@code HOLD <phase>
 * <step>} and stops there, and the test kills the whole process while it stands inside the phase (the other threads
 * go on, as they would in a real crash). Which step of the phase that is follows from n, so over many lives every step
 * is hit. This is test code wrapped around the real classes; nothing in the platform knows about it.
 */
final class KillPoints {

    static final String HOLD = "HOLD";

    private final KillPhase target;
    private final AtomicInteger countdown;

    KillPoints(KillPhase target, int nth) {
        this.target = target;
        this.countdown = new AtomicInteger(nth);
    }

    /** A point as a {@code HOLD} line names it after the word HOLD, and as the test counts it: "CONSUMER before the effect". */
    static String named(KillPhase phase, String step) {
        return phase.name() + " " + step;
    }

    /** Passes the point, or holds the calling thread here for good when it is the one the kill is aimed at. */
    void at(KillPhase phase, String step) {
        if (phase != target || countdown.decrementAndGet() != 0) {
            return;
        }
        KillHost.say(HOLD + " " + named(phase, step));
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // still held: only the SIGKILL ends this
            }
        }
    }
}
