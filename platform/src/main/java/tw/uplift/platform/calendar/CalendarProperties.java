package tw.uplift.platform.calendar;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code uplift.calendar.*}: where an admin drops calendar files, and handling times other than the standard ones.
 *
 * @param directory a folder of year files ({@code *.csv}) that replace or extend the shipped years; unset: the
 *                  shipped years only
 * @param urgency   working days per urgency, e.g. {@code uplift.calendar.urgency.ordinary=5}; an urgency not given
 *                  keeps its standard days ({@link Urgency#standardWorkingDays()})
 */
@ConfigurationProperties("uplift.calendar")
public record CalendarProperties(Path directory, @DefaultValue Map<Urgency, Integer> urgency) {
}
