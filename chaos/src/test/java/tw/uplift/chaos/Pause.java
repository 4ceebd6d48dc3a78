package tw.uplift.chaos;

import java.io.IOException;
import java.util.List;
import tw.uplift.launcher.ServiceProcess;

/**
 * Freezes processes with {@code SIGSTOP} and thaws them with {@code SIGCONT}: nothing they do moves on meanwhile, not
 * even a write half-sent, so a copy taken in between is of one instant. What an operator's "pause the services for the
 * backup" is, without their cooperation.
 */
final class Pause {

    private Pause() {
    }

    static void freeze(List<ServiceProcess> services) {
        services.forEach(s -> signal("STOP", s.process().pid()));
    }

    static void thaw(List<ServiceProcess> services) {
        services.forEach(s -> signal("CONT", s.process().pid()));
    }

    private static void signal(String signal, long pid) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot signal " + pid + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
