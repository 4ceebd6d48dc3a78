package tw.uplift.plan;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import tw.uplift.platform.test.architecture.UpliftArchitecture;

@AnalyzeClasses(packages = "tw.uplift.plan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The rules of every Uplift service. */
    @ArchTest
    static final ArchTests uplift = ArchTests.in(UpliftArchitecture.class);
}
