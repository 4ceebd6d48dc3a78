package tw.uplift.plan;

import org.testcontainers.junit.jupiter.Testcontainers;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * {@link PlanFlowIT} again, against a {@code mongo} replica set and an {@code apache/kafka} broker in containers instead
 * of the in-JVM servers: the same submit, decision, redelivery and isolation checks on the production servers. Reported skipped ("Docker is not available") where there is no Docker engine.
 */
@WithUpliftInfrastructure(containers = true)
@Testcontainers(disabledWithoutDocker = true)
class PlanFlowContainerIT extends PlanFlowIT {
}
