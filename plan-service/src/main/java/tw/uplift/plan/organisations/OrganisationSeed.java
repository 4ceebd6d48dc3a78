package tw.uplift.plan.organisations;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * Registers the configured organisations ({@link OrganisationSeedProperties}) on start, each only if absent: a
 * restart changes nothing and announces nothing, and what administrators changed since stays as they left it. The id
 * of a configured organisation is its own derived id, so two instances starting at once both try to insert the same
 * {@code _id}; the second meets the duplicate key and takes it as done (as {@code PlanAuthoring.createOnce} does).
 * A configuration that breaks a rule stops the start, saying which organisation and why.
 */
@Component
public class OrganisationSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganisationSeed.class);

    private final OrganisationSeedProperties configured;
    private final AggregateStore store;
    private final AgencyDirectory directory;
    private final Clock clock;

    public OrganisationSeed(OrganisationSeedProperties configured, AggregateStore store, AgencyDirectory directory,
            Clock clock) {
        this.configured = configured;
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int registered = registerConfigured();
        log.info("organisations: {} of {} configured registered now, the others were already registered", registered,
                configured.bodies().size() + configured.agencies().size());
    }

    /** Registers what is configured and absent; returns how many this call registered. */
    public int registerConfigured() {
        OrganisationChart chart = new ConfiguredChart();
        int registered = 0;
        for (OrganisationSeedProperties.BodySeed body : configured.bodies()) {
            if (directory.bodyRegistration(body.id()).isEmpty()) {
                registered += insertOnce("supervising body " + body.id(),
                        () -> BodyRegistration.register(body.id(), body.details(), chart, clock.instant()));
            }
        }
        for (OrganisationSeedProperties.AgencySeed agency : configured.agencies()) {
            if (directory.registration(agency.id()).isEmpty()) {
                registered += insertOnce("agency " + agency.id(),
                        () -> AgencyRegistration.register(agency.id(), agency.details(), chart, clock.instant()));
            }
        }
        return registered;
    }

    private int insertOnce(String what, Supplier<? extends OutboxAggregate> registration) {
        try {
            store.save(registration.get());
            return 1;
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return 0;
        } catch (RuntimeException brokenConfiguration) {
            throw new IllegalStateException("uplift.plan.organisations: the " + what + " cannot be registered: "
                    + brokenConfiguration.getMessage(), brokenConfiguration);
        }
    }

    /**
     * The registered organisations and, for those not yet registered, the configured ones: a configured agency may
     * name a parent or body configured after it, and a body the agency it is part of.
     */
    private final class ConfiguredChart implements OrganisationChart {

        private final Map<String, Entry> agencies = new LinkedHashMap<>();
        private final Map<String, Entry> bodies = new LinkedHashMap<>();

        ConfiguredChart() {
            configured.agencies().forEach(a -> agencies.put(a.id(), new Entry(a.id(), a.details().parentId(), true)));
            configured.bodies().forEach(b -> bodies.put(b.id(), new Entry(b.id(), null, true)));
        }

        @Override
        public Optional<Entry> agency(String agencyId) {
            return directory.agency(agencyId).or(() -> Optional.ofNullable(agencies.get(agencyId)));
        }

        @Override
        public Optional<Entry> body(String bodyId) {
            return directory.body(bodyId).or(() -> Optional.ofNullable(bodies.get(bodyId)));
        }
    }
}
