package tw.uplift.review.reviewers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import tw.uplift.review.ReviewProperties;

/**
 * Upserts the configured reviewers while the context starts, before the Kafka consumers do (so the first
 * event already finds the pool); running it again changes nothing.
 */
@Component
class ReviewerSeeder implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReviewerSeeder.class);

    private final ReviewProperties properties;
    private final Reviewers reviewers;

    ReviewerSeeder(ReviewProperties properties, Reviewers reviewers) {
        this.properties = properties;
        this.reviewers = reviewers;
    }

    @Override
    public void afterPropertiesSet() {
        properties.reviewers().forEach(seed -> reviewers.upsert(
                new Reviewer(seed.id(), seed.name(), seed.bodyId(), blankToNull(seed.homeAgencyId()))));
        log.info("reviewer pool: {} reviewers seeded from configuration", properties.reviewers().size());
    }

    /** YAML {@code null} arrives as an empty string. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
