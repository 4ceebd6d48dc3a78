package tw.uplift.review.reviewers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import tw.uplift.review.ReviewProperties;
import tw.uplift.review.ReviewProperties.ReviewerSeed;

/**
 * Adds the configured reviewers that are not stored yet while the context starts, before the Kafka consumers do (so
 * the first event already finds the pool). A reviewer already stored is left alone: what a lead or an administrator
 * changed since (availability, coverage, who leads) outlives every restart.
 */
@Component
class ReviewerSeeder implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReviewerSeeder.class);

    private final ReviewProperties properties;
    private final Reviewers reviewers;
    private final ReviewerMetrics metrics;

    ReviewerSeeder(ReviewProperties properties, Reviewers reviewers, ReviewerMetrics metrics) {
        this.properties = properties;
        this.reviewers = reviewers;
        this.metrics = metrics;
    }

    @Override
    public void afterPropertiesSet() {
        long added = properties.reviewers().stream().map(ReviewerSeeder::reviewerOf).filter(reviewers::addIfMissing)
                .count();
        log.info("reviewer pool: {} of {} configured reviewers added, the others were stored already", added,
                properties.reviewers().size());
        reviewers.bodies().forEach(metrics::watch);
    }

    private static Reviewer reviewerOf(ReviewerSeed seed) {
        return new Reviewer(seed.id(), seed.name(), seed.bodyId(), blankToNull(seed.homeAgencyId()), seed.lead(),
                seed.active(), seed.covers(), Availability.ALWAYS);
    }

    /** YAML {@code null} arrives as an empty string. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
