package tw.uplift.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "tw.uplift.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"tw.uplift.notification.deadlines", "tw.uplift.notification.inbox"};

    @ArchTest
    static final ArchRule domainIsFreeOfWebAndMessaging = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.kafka..", "org.apache.kafka..", "org.springframework.cloud.stream..",
                    "org.springframework.messaging..")
            .because("the domain decides; adapters talk HTTP and Kafka");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoItsAdapters = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..notification.deadlines.application..",
                    "..notification.deadlines.persistence..", "..notification.deadlines.web..",
                    "..notification.inbox.application..", "..notification.inbox.web..");

    @ArchTest
    static final ArchRule nothingButConfigurationTouchesKafka = noClasses().that()
            .resideOutsideOfPackage("tw.uplift.notification")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.kafka..", "org.apache.kafka..",
                    "org.springframework.cloud.stream..");
}
