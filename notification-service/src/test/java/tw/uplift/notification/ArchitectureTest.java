package tw.uplift.notification;

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
            .that().resideInAnyPackage("tw.uplift.notification.deadlines", "tw.uplift.notification.inbox")
            .should().dependOnClassesThat().resideInAnyPackage("..notification.*.application..",
                    "..notification.*.persistence..", "..notification.*.web..", "..notification.*.messaging..");
}
