package tw.uplift.notification;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import tw.uplift.platform.test.architecture.UpliftArchitecture;

@AnalyzeClasses(packages = "tw.uplift.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests uplift = ArchTests.in(UpliftArchitecture.class);

    /** The domain decides; its application classes, stores and adapters use it, never the other way. */
    @ArchTest
    static final ArchRule domainDoesNotReachIntoItsAdapters = noClasses()
            .that().resideInAnyPackage("tw.uplift.notification.deadlines", "tw.uplift.notification.inbox",
                    "tw.uplift.notification.audit")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.*.application..",
                    "..notification.*.persistence..", "..notification.*.web..", "..notification.*.messaging..");

    /**
     * The audit trail is append-only: nothing in it calls a store operation that changes or removes a document
     * (MongoDB driver or Spring Data), so no endpoint, worker or admin action can either.
     */
    @ArchTest
    static final ArchRule theAuditTrailNeverChangesOrRemovesAnEntry = noClasses()
            .that().resideInAPackage("tw.uplift.notification.audit..")
            .should().callMethodWhere(target(nameMatching(
                    "(update|upsert|replace|delete|remove|findAndModify|findAndReplace|findAndRemove|findAllAndRemove"
                            + "|findOneAnd|bulk|drop).*"))
                    .and(target(owner(resideInAnyPackage("com.mongodb..", "org.springframework.data.mongodb..")))))
            .because("the audit trail has no update or delete path (SPEC §6, docs/adr/0007-audit-trail.md)");
}
