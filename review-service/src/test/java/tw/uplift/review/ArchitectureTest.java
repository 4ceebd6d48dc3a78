package tw.uplift.review;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import tw.uplift.platform.test.architecture.UpliftArchitecture;

@AnalyzeClasses(packages = "tw.uplift.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules of every Uplift service. */
    @ArchTest
    static final ArchTests uplift = ArchTests.in(UpliftArchitecture.class);

    /** The assignment rule: plain Java (the working-day calendar is the platform's, plain Java as well). */
    @ArchTest
    static final ArchRule rulesArePlainJava = noClasses()
            .that().resideInAPackage("tw.uplift.review.inspection..")
            .or().resideInAPackage("tw.uplift.review.scoring..")
            .or().haveSimpleName("AssignmentRule").or().haveSimpleName("Candidate")
            .or().haveSimpleName("AssignmentSubject").or().haveSimpleName("Rotation").or().haveSimpleName("Refusal")
            .or().haveSimpleName("AsOf")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    /** The aggregate may carry Spring Data mapping hints, nothing else of Spring. */
    @ArchTest
    static final ArchRule aggregateUsesOnlyMappingHints = noClasses()
            .that().haveSimpleName("ReviewTask")
            .should().dependOnClassesThat(resideInAPackage("org.springframework..")
                    .and(not(resideInAPackage("org.springframework.data.."))));
}
