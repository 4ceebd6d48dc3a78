package tw.uplift.plan.lights;

import java.time.LocalDate;
import java.util.Objects;
import tw.uplift.contracts.values.ReportingPeriod;

/**
 * One progress report (進度填報) as the lights need it.
 *
 * @param period      the period it reports on (填報期別)
 * @param reportedOn  the day it was filed (Asia/Taipei)
 * @param percent     the progress it states, 0..100
 * @param hasEvidence whether it carries evidence (佐證資料)
 */
public record ReportFact(ReportingPeriod period, LocalDate reportedOn, int percent, boolean hasEvidence) {

    public ReportFact {
        Objects.requireNonNull(period, "a progress report names its period");
        Objects.requireNonNull(reportedOn, "a progress report has the day it was filed");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a progress report's percent is 0..100, was " + percent);
        }
    }
}
