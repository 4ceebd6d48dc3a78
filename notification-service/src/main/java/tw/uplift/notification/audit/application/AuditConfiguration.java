package tw.uplift.notification.audit.application;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.notification.audit.persistence.AuditEntries;

/** Wires the audit trail on the service's database. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditEntries auditEntries(MongoTemplate mongo) {
        return new AuditEntries(mongo);
    }

    @Bean
    AuditTrail auditTrail(AuditEntries entries, MeterRegistry meters) {
        return new AuditTrail(entries, meters);
    }
}
