package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class PortPlanTest {

    @Test
    void defaultsAreTheWellKnownPortsOfTheLocalRun() {
        PortPlan ports = PortPlan.defaults();

        assertThat(ports.mongo()).isEqualTo(27017);
        assertThat(ports.kafka()).isEqualTo(9092);
        assertThat(ports.identity()).isEqualTo(9000);
        assertThat(ports.gateway()).isEqualTo(8080);
        assertThat(ports.portOf(ServiceSpec.PLAN)).isEqualTo(8081);
        assertThat(ports.portOf(ServiceSpec.NOTIFICATION)).isEqualTo(8084);
        assertThat(ports.mail()).isEqualTo(new PortPlan.MailPorts(3025, 8025, 3143));
        assertThat(ports.traces()).isEqualTo(9411);
    }

    @Test
    void randomPortsAreAllDifferentAndAwayFromTheDefaults() {
        PortPlan ports = PortPlan.random();
        List<Integer> all = new ArrayList<>(List.of(ports.mongo(), ports.kafka(), ports.kafkaController(), ports.identity(),
                ports.gateway(), ports.mail().smtp(), ports.mail().api(), ports.mail().imap(), ports.traces()));
        all.addAll(ports.services().values());

        assertThat(new HashSet<>(all)).hasSize(9 + ServiceSpec.ALL.size());
        assertThat(all).doesNotContain(27017, 9092, 9000, 8080, 8081, 3025, 8025, 9411);
    }

    @Test
    void namesThePortsSomethingAlreadyListensOn() throws Exception {
        PortPlan ports = PortPlan.random();
        assertThat(ports.busy()).isEmpty();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(ports.portOf(ServiceSpec.REVIEW))) {
            assertThat(ports.busy()).containsExactly(java.util.Map.entry("review-service", taken.getLocalPort()));
        }
    }
}
