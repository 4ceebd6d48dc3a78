package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The TCP ports of one local system. {@link #defaults()} are the well-known ports of ADR 0001 (the local run);
 * {@link #random()} picks free ones, so tests never clash with a local run or with each other. {@code traces} is the
 * trace collector's (Zipkin's usual 9411 by default).
 */
public record PortPlan(int mongo, int kafka, int kafkaController, int identity, int gateway, MailPorts mail,
        int traces, Map<String, Integer> services) {

    /**
     * The mail sink's ports: SMTP (what notification-service sends to), its REST API (where people and e2e read what it
     * caught) and IMAP (for a mail client). The defaults are GreenMail's test ports and Mailpit's web port.
     */
    public record MailPorts(int smtp, int api, int imap) {
    }

    public PortPlan {
        services = Map.copyOf(services);
    }

    public static PortPlan defaults() {
        Map<String, Integer> services = new LinkedHashMap<>();
        ServiceSpec.ALL.forEach(s -> services.put(s.name(), s.defaultPort()));
        return new PortPlan(27017, 9092, 9093, 9000, GatewayProcess.DEFAULT_PORT, new MailPorts(3025, 8025, 3143), 9411, services);
    }

    /**
     * Ports that were free a moment ago. Another process could take one before it is bound, which is
     * unlikely enough for tests; the start then fails with the port named in the log.
     */
    public static PortPlan random() {
        Set<Integer> taken = new HashSet<>();
        Map<String, Integer> services = new LinkedHashMap<>();
        ServiceSpec.ALL.forEach(s -> services.put(s.name(), freePort(taken)));
        return new PortPlan(freePort(taken), freePort(taken), freePort(taken), freePort(taken), freePort(taken),
                new MailPorts(freePort(taken), freePort(taken), freePort(taken)), freePort(taken), services);
    }

    public int portOf(ServiceSpec service) {
        Integer port = services.get(service.name());
        if (port == null) {
            throw new IllegalArgumentException("No port planned for " + service.name());
        }
        return port;
    }

    /** Every planned port that something already listens on (on any address), by what it was planned for. */
    public Map<String, Integer> busy() {
        Map<String, Integer> planned = new LinkedHashMap<>();
        planned.put("MongoDB", mongo);
        planned.put("Kafka", kafka);
        planned.put("Kafka controller", kafkaController);
        planned.put("identity", identity);
        planned.put("gateway", gateway);
        planned.put("mail sink SMTP", mail.smtp());
        planned.put("mail sink API", mail.api());
        planned.put("mail sink IMAP", mail.imap());
        planned.put("trace collector (Zipkin)", traces);
        planned.putAll(services);
        Map<String, Integer> busy = new LinkedHashMap<>();
        planned.forEach((what, port) -> {
            try (ServerSocket probe = new ServerSocket(port)) {
                // bound, so free; closed again at once
            } catch (IOException inUse) {
                busy.put(what, port);
            }
        });
        return busy;
    }

    private static int freePort(Set<Integer> taken) {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (taken.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot find a free port", e);
            }
        }
    }
}
