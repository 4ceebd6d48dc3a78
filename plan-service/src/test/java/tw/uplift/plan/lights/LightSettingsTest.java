package tw.uplift.plan.lights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The thresholds per supervising body, bound by Spring Boot's own binder from properties as a deployment writes them. */
class LightSettingsTest {

    static LightSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("uplift.plan.lights", LightSettings.class);
    }

    static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    @Test
    void nothingConfiguredIsTheDefaultsForEveryBody() {
        LightSettings settings = bind(Map.of());

        assertThat(settings.defaults()).isEqualTo(LightThresholds.DEFAULTS);
        assertThat(settings.forBody("kcg-rdec")).isEqualTo(LightThresholds.DEFAULTS);
        assertThat(settings.forBody(null)).isEqualTo(LightThresholds.DEFAULTS);
    }

    @Test
    void theDefaultsChangeOnlyWhatTheyName() {
        LightSettings settings = bind(Map.of("uplift.plan.lights.defaults.report-grace-days", "7"));

        assertThat(settings.defaults()).isEqualTo(new LightThresholds(true, 14, 80, 0.75, 50, 7, 0.2, 30));
    }

    @Test
    void aBodyChangesOnlyWhatItNamesOverTheConfiguredDefaults() {
        LightSettings settings = bind(Map.of(
                "uplift.plan.lights.defaults.report-grace-days", "7",
                "uplift.plan.lights.bodies.kcg-rdec.due-soon-days", "21",
                "uplift.plan.lights.bodies.kcg-rdec.require-evidence", "false",
                "uplift.plan.lights.bodies.kcg-rdec.pace-time-share", "0.6"));

        assertThat(settings.forBody("kcg-rdec")).isEqualTo(new LightThresholds(false, 21, 80, 0.6, 50, 7, 0.2, 30));
        assertThat(settings.forBody("tpe-rdec")).isEqualTo(new LightThresholds(true, 14, 80, 0.75, 50, 7, 0.2, 30));
    }

    @Test
    void aBodysThresholdsLightItsMeasures() {
        LightSettings settings = bind(Map.of("uplift.plan.lights.bodies.kcg-rdec.due-soon-days", "30"));
        Measures measure = Measures.dueOn(LightRulesTest.DUE).approvedOn(LightRulesTest.APPROVED)
                .reported(LightRulesTest.DUE.minusDays(30), 60);

        assertThat(measure.lightOn(LightRulesTest.DUE.minusDays(20), settings.forBody("kcg-rdec")).light())
                .isEqualTo(Light.YELLOW);
        assertThat(measure.lightOn(LightRulesTest.DUE.minusDays(20), settings.forBody("other")).light())
                .isEqualTo(Light.GREEN);
    }

    @Test
    void aThresholdThatMakesNoSenseStopsTheBindingNamingBodyAndField() {
        assertThatThrownBy(() -> bind(Map.of("uplift.plan.lights.bodies.kcg-rdec.pace-time-share", "1.5")))
                .isInstanceOf(BindException.class)
                .satisfies(e -> assertThat(causes(e)).anySatisfy(cause -> assertThat(cause.getMessage())
                        .contains("uplift.plan.lights.bodies.kcg-rdec", "paceTimeShare", "1.5")));
    }

    @Test
    void aThresholdThatIsNoNumberStopsTheBinding() {
        assertThatThrownBy(() -> bind(Map.of("uplift.plan.lights.defaults.due-soon-days", "two weeks")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("uplift.plan.lights.defaults.due-soon-days");
    }
}
