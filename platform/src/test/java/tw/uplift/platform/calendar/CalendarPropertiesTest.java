package tw.uplift.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CalendarPropertiesTest {

    @Test
    void urgencyDaysBindByTheirKebabNames() {
        CalendarProperties properties = bind(Map.of("uplift.calendar.urgency.most-urgent", "2",
                "uplift.calendar.directory", "/etc/uplift/calendar"));

        assertThat(properties.urgency()).containsExactly(Map.entry(Urgency.MOST_URGENT, 2));
        assertThat(properties.directory()).isEqualTo(Path.of("/etc/uplift/calendar"));
    }

    @Test
    void nothingConfiguredMeansShippedYearsAndStandardDays() {
        CalendarProperties properties = bind(Map.of("uplift.other", "x"));

        assertThat(properties.directory()).isNull();
        assertThat(properties.urgency()).isEmpty();
    }

    private static CalendarProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("uplift.calendar", CalendarProperties.class);
    }
}
