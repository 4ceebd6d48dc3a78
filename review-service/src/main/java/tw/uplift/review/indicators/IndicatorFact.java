package tw.uplift.review.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one event said that an indicator needs, stored under the event's id: storing it twice meets the unique
 * {@code _id}, which is how a redelivered event changes nothing.
 *
 * @param id         the event id
 * @param kind       what happened
 * @param agencyId   the agency (every event read here names it)
 * @param planId     the plan, or null (an overdue item or a survey not linked to one)
 * @param rocYear    the plan year when the event says it (submitted, approved), else null
 * @param revision   the plan revision (submitted, approved, returned), else 0
 * @param at         when it happened (submitted, approved, returned, completed, detected, published)
 * @param measures   an approval's dated measures; empty otherwise
 * @param itemId     a completed measure, an overdue item, or a survey; else null
 * @param itemKind   an overdue item's kind ({@code MEASURE}, {@code PROGRESS_REPORT}, …); else null
 * @param dueDate    an overdue item's due date; else null
 * @param responses  a survey's responses; else 0
 * @param rate       a survey's satisfaction rate 0..1; else null
 */
@Document("indicator_facts")
public record IndicatorFact(String id, Kind kind, @Indexed String agencyId, String planId, Integer rocYear,
        int revision, Instant at, List<DatedMeasure> measures, String itemId, String itemKind, LocalDate dueDate,
        long responses, Double rate) {

    public IndicatorFact {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** What an event said. */
    public enum Kind {
        /** A plan revision was submitted (PlanSubmitted). */
        SUBMITTED,
        /** A plan revision was approved, with its measures (PlanApproved). */
        APPROVED,
        /** A plan revision was returned (PlanReturned, or PlanReviewDecided RETURNED: the same return twice). */
        RETURNED,
        /** A measure was completed (MeasureCompleted). */
        COMPLETED,
        /** A tracked deadline passed (ItemOverdue). */
        OVERDUE,
        /** A survey's results were published (SurveyResultsPublished). */
        SURVEY
    }

    /** A measure of an approved plan with its completion deadline. */
    public record DatedMeasure(String measureId, LocalDate dueDate) {
    }
}
