package tw.uplift.survey.results;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the running aggregates ({@code uplift.survey.results.*}); the defaults here are the only ones.
 *
 * @param appliedReceiptWindow how many receipt ids each survey's running aggregate remembers, to make a retried
 *                             {@code $inc} a no-op (default 256; see {@link TallyStore})
 * @param minimumSegmentSize   a segment (分眾) or respondent group with fewer responses is suppressed in anything
 *                             published, so nobody in a small group can be recognised by their answers (default 10)
 */
@ConfigurationProperties("uplift.survey.results")
public record ResultsProperties(@DefaultValue("256") int appliedReceiptWindow,
        @DefaultValue("10") int minimumSegmentSize) {

    public ResultsProperties {
        if (appliedReceiptWindow < 1) {
            throw new IllegalArgumentException("uplift.survey.results.applied-receipt-window must be positive");
        }
        if (minimumSegmentSize < 1) {
            throw new IllegalArgumentException("uplift.survey.results.minimum-segment-size must be positive");
        }
    }
}
