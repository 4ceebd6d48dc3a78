package tw.uplift.notification.audit.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.uplift.contracts.Topic;
import tw.uplift.notification.audit.application.AuditTrail;
import tw.uplift.platform.events.EventCodec;

/**
 * The audit trail reads every topic of the four services, each in its own consumer group's function
 * ({@code audit<Topic>Events} in {@code notification-service.yml}): plan-, review-, survey-events and the
 * service's own deadline- and notification-events.
 */
@Configuration(proxyBeanMethods = false)
class AuditIntakes {

    @Bean
    AuditIntake planAuditIntake(AuditTrail trail, EventCodec codec) {
        return new AuditIntake(Topic.PLAN, trail, codec);
    }

    @Bean
    AuditIntake reviewAuditIntake(AuditTrail trail, EventCodec codec) {
        return new AuditIntake(Topic.REVIEW, trail, codec);
    }

    @Bean
    AuditIntake surveyAuditIntake(AuditTrail trail, EventCodec codec) {
        return new AuditIntake(Topic.SURVEY, trail, codec);
    }

    @Bean
    AuditIntake deadlineAuditIntake(AuditTrail trail, EventCodec codec) {
        return new AuditIntake(Topic.DEADLINE, trail, codec);
    }

    @Bean
    AuditIntake notificationAuditIntake(AuditTrail trail, EventCodec codec) {
        return new AuditIntake(Topic.NOTIFICATION, trail, codec);
    }
}
