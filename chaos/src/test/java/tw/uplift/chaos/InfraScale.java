package tw.uplift.chaos;

import java.time.Duration;
import tw.uplift.chaos.support.ChaosScale;

/**
 * How big the infrastructure scenarios ({@link InfrastructureChaosIT}) run: {@code quick} in {@code ./uplift test}
 * (short outages, a modest load), {@code full} in
 * {@code ./uplift chaos} (the 60 s broker outage): the sizes of {@link ChaosScale#current()}.
 *
 * @param name             quick or full
 * @param brokerOutage     how long the broker stays down under load
 * @param storeOutage      how long the store stays down under load
 * @param answersPerSecond the citizens' steady rate of survey answers, all clients together
 * @param clients          distinct citizens (addresses); enough that each stays under the public limit of 30 a minute
 * @param plans            plans submitted by agency heads in each phase of a scenario
 */
record InfraScale(String name, Duration brokerOutage, Duration storeOutage, double answersPerSecond, int clients,
        int plans) {

    static final InfraScale QUICK = new InfraScale("quick", Duration.ofSeconds(10), Duration.ofSeconds(5), 20, 64, 4);
    static final InfraScale FULL = new InfraScale("full", Duration.ofSeconds(60), Duration.ofSeconds(20), 60, 192, 20);

    static InfraScale current() {
        return ChaosScale.current().isFull() ? FULL : QUICK;
    }
}
