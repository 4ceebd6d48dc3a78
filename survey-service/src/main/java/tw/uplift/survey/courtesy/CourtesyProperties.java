package tw.uplift.survey.courtesy;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.survey.design.LocalizedText;

/**
 * {@code uplift.survey.courtesy.*}: the rubric of a kind of courtesy test, replacing the shipped one
 * ({@link DefaultRubrics}) when given. A configured rubric must still add up to 100 with every text in 繁體中文 and
 * English; the service refuses to start otherwise.
 *
 * @param rubrics by kind ({@code PHONE}, {@code VISIT}): the criteria in the order the form asks them
 */
@ConfigurationProperties("uplift.survey.courtesy")
public record CourtesyProperties(@DefaultValue Map<CourtesyTestKind, List<CriterionSetting>> rubrics) {

    /** @throws IllegalArgumentException at start-up, naming what is wrong with a configured rubric */
    public CourtesyProperties {
        rubrics = Map.copyOf(rubrics);
        rubrics.forEach(CourtesyProperties::build);
    }

    /**
     * One configured criterion.
     *
     * @param id        stable key (lower-case letters, digits, '-')
     * @param sectionZh its part of the test in 繁體中文, or empty
     * @param sectionEn the same in English
     * @param zh        what the tester looks for, in 繁體中文
     * @param en        the same in English
     * @param maxPoints its maximum
     */
    public record CriterionSetting(String id, String sectionZh, String sectionEn, String zh, String en, int maxPoints) {

        Criterion toCriterion() {
            LocalizedText section = sectionZh == null || sectionZh.isBlank() ? null
                    : new LocalizedText(sectionZh, sectionEn);
            return new Criterion(id, section, new LocalizedText(zh, en), maxPoints);
        }
    }

    /** The rubric of a kind: the configured one, or the shipped one. */
    public Rubric rubricOf(CourtesyTestKind kind) {
        return build(kind, rubrics.get(kind));
    }

    private static Rubric build(CourtesyTestKind kind, List<CriterionSetting> configured) {
        if (configured == null || configured.isEmpty()) {
            return DefaultRubrics.of(kind);
        }
        return new Rubric(kind, configured.stream().map(CriterionSetting::toCriterion).toList());
    }
}
