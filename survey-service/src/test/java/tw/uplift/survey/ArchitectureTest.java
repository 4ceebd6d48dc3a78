package tw.uplift.survey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import tw.uplift.platform.test.architecture.UpliftArchitecture;

/**
 * The rules every Uplift service keeps (domain free of web and messaging types, controllers in {@code web},
 * features without cycles), plus one of this service: nothing but an adapter reaches into an adapter package.
 */
@AnalyzeClasses(packages = "tw.uplift.survey", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests uplift = ArchTests.in(UpliftArchitecture.class);

    @ArchTest
    static final ArchRule onlyAdaptersUseAdapters = noClasses()
            .that().resideOutsideOfPackages("..web..")
            .should().dependOnClassesThat().resideInAPackage("tw.uplift.survey..web..");
}
