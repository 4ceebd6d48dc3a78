package tw.uplift.platform.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/**
 * The architecture every Uplift service keeps, as ArchUnit rules. A service runs them all with
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "tw.uplift.plan", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest static final ArchTests uplift = ArchTests.in(UpliftArchitecture.class);
 * }
 * </pre>
 *
 * A service is packaged by feature ({@code tw.uplift.<service>.<feature>}); a feature keeps its domain types
 * and application classes in its own package and its adapters in {@code web} and {@code messaging}
 * sub-packages (persistence helpers in {@code persistence}).
 */
public final class UpliftArchitecture {

    /** Types of the web and of messaging: only adapters may know them. */
    private static final String[] ADAPTER_TYPES = {"org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet..", "org.springframework.kafka..", "org.apache.kafka..", "org.springframework.cloud.stream..",
            "org.springframework.messaging.."};

    private UpliftArchitecture() {
    }

    /** Domain and application code is free of web, messaging and Kafka types: they stay in the adapters. */
    @ArchTest
    public static final ArchRule domainIsFreeOfWebAndMessaging = noClasses()
            .that().resideOutsideOfPackages("..web..", "..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_TYPES)
            .because("the domain and its application classes must not know how they are reached (SPEC, STYLE §1)");

    /** Controllers are web adapters. */
    @ArchTest
    public static final ArchRule controllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("..web..").allowEmptyShould(true);

    /** Consumers are messaging adapters named for what they take in. */
    @ArchTest
    public static final ArchRule intakesLiveInMessagingPackages = classes()
            .that().implement(EventIntake.class)
            .should().resideInAPackage("..messaging..").andShould().haveSimpleNameEndingWith("Intake")
            .allowEmptyShould(true); // a service may consume nothing

    /** Configuration wires; it does not handle events (that is an intake's job, which delegates). */
    @ArchTest
    public static final ArchRule configurationHandlesNoEvents = noClasses()
            .that().areAnnotatedWith(Configuration.class)
            .should().dependOnClassesThat().areAssignableTo(EventEnvelope.class).allowEmptyShould(true);

    /** Features may use each other, but never in a circle. */
    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles = slices().matching("tw.uplift.*.(*)..")
            .should().beFreeOfCycles();
}
