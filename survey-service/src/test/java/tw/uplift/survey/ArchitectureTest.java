package tw.uplift.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Domain and application code of each feature knows neither HTTP nor Kafka; adapters live in {@code .web}. */
@AnalyzeClasses(packages = "tw.uplift.survey", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfWebAndKafka = noClasses()
            .that().resideInAnyPackage("tw.uplift.survey.design", "tw.uplift.survey.answering",
                    "tw.uplift.survey.results")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                    "org.springframework.kafka..", "org.apache.kafka..", "org.springframework.cloud.stream..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersAdapters = noClasses()
            .that().resideOutsideOfPackages("..web..")
            .should().dependOnClassesThat().resideInAPackage("tw.uplift.survey..web..");
}
