package tw.uplift.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanPublished;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.survey.SurveyResultsPublished;

/** The schemas reject what a consumer could not handle, and accept what it must tolerate. */
class SchemaNegativeTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static ObjectNode sample(Class<? extends DomainEvent> type) {
        return (ObjectNode) Schemas.json(MAPPER.writeValueAsString(SampleEvents.of(type).orElseThrow()));
    }

    private static boolean valid(Class<? extends DomainEvent> type, ObjectNode payload) {
        return Schemas.validate(EventCatalog.of(type), payload.toString()).isEmpty();
    }

    @Test
    void theUnchangedSampleIsValid() {
        assertThat(valid(PlanSubmitted.class, sample(PlanSubmitted.class))).isTrue();
    }

    @Test
    void missingRequiredFieldFails() {
        ObjectNode payload = sample(PlanSubmitted.class);
        payload.remove("agencyId");
        assertThat(Schemas.validate(EventCatalog.of(PlanSubmitted.class), payload.toString()))
                .extracting(m -> m.getMessage()).anySatisfy(m -> assertThat(m).contains("agencyId"));
    }

    @Test
    void nullInANonNullableFieldFails() {
        ObjectNode payload = sample(PlanSubmitted.class);
        payload.putNull("title");
        assertThat(valid(PlanSubmitted.class, payload)).isFalse();
    }

    @Test
    void wrongEnumValueFails() {
        ObjectNode payload = sample(ReviewTaskAssigned.class);
        payload.put("kind", "SPOT_CHECK");
        assertThat(valid(ReviewTaskAssigned.class, payload)).isFalse();

        ObjectNode deadline = sample(DeadlineApproaching.class);
        deadline.put("itemKind", "measure");
        assertThat(valid(DeadlineApproaching.class, deadline)).isFalse();
    }

    @Test
    void wrongEnumInNestedRecordFails() {
        ObjectNode payload = sample(PlanApproved.class);
        ((ObjectNode) payload.withArray("measures").get(1)).put("cadence", "WEEKLY");
        assertThat(valid(PlanApproved.class, payload)).isFalse();
    }

    @Test
    void datesWrittenAsNumbersFail() {
        ObjectNode payload = sample(ReviewTaskAssigned.class);
        payload.put("assignedAt", 1769825700000L);
        assertThat(valid(ReviewTaskAssigned.class, payload)).isFalse();

        ObjectNode date = sample(ReviewTaskAssigned.class);
        date.putArray("dueDate").add(2026).add(1).add(31);
        assertThat(valid(ReviewTaskAssigned.class, date)).isFalse();
    }

    @Test
    void malformedDateStringsFail() {
        ObjectNode payload = sample(ReviewTaskAssigned.class);
        payload.put("dueDate", "115/01/31");
        assertThat(valid(ReviewTaskAssigned.class, payload)).isFalse();

        ObjectNode instant = sample(ReviewTaskAssigned.class);
        instant.put("assignedAt", "yesterday");
        assertThat(valid(ReviewTaskAssigned.class, instant)).isFalse();
    }

    @Test
    void outOfRangeNumbersFail() {
        ObjectNode progress = sample(MeasureProgressReported.class);
        progress.put("percentComplete", 101);
        assertThat(valid(MeasureProgressReported.class, progress)).isFalse();

        ObjectNode results = sample(SurveyResultsPublished.class);
        results.put("satisfactionRate", 87);
        assertThat(valid(SurveyResultsPublished.class, results)).isFalse();

        ObjectNode submitted = sample(PlanSubmitted.class);
        submitted.put("rocYear", 0);
        assertThat(valid(PlanSubmitted.class, submitted)).isFalse();
    }

    @Test
    void emptyIdsFail() {
        ObjectNode payload = sample(PlanSubmitted.class);
        payload.put("planId", "");
        assertThat(valid(PlanSubmitted.class, payload)).isFalse();
    }

    @Test
    void aPublicUrlMustBeAUri() {
        ObjectNode payload = sample(PlanPublished.class);
        payload.put("publicUrl", "not a url");
        assertThat(valid(PlanPublished.class, payload)).isFalse();
    }

    @Test
    void aReturnDecisionNeedsComments() {
        ObjectNode payload = sample(PlanReviewDecided.class);
        payload.putArray("comments");
        assertThat(valid(PlanReviewDecided.class, payload)).isFalse();

        payload.put("decision", "APPROVED");
        assertThat(valid(PlanReviewDecided.class, payload)).isTrue();
    }

    @Test
    void documentedOptionalFieldsMayBeNullOrAbsent() {
        ObjectNode payload = sample(SurveyOpened.class);
        payload.putNull("planId");
        payload.putNull("closesAt");
        payload.remove("measureId");
        assertThat(valid(SurveyOpened.class, payload)).isTrue();
    }

    @Test
    void aSubmittedMeasureNeedsItsIdTitleAndUnits() {
        for (String field : new String[] {"id", "title", "units", "code"}) {
            ObjectNode payload = sample(PlanSubmitted.class);
            firstSubmittedMeasure(payload).remove(field);
            assertThat(valid(PlanSubmitted.class, payload)).as("without %s", field).isFalse();
        }
        ObjectNode blankId = sample(PlanSubmitted.class);
        firstSubmittedMeasure(blankId).put("id", "");
        assertThat(valid(PlanSubmitted.class, blankId)).isFalse();
    }

    @Test
    void aSubmittedMeasuresDatesAndCadenceAreChecked() {
        ObjectNode badDate = sample(PlanSubmitted.class);
        firstSubmittedMeasure(badDate).put("dueDate", "115/12/31");
        assertThat(valid(PlanSubmitted.class, badDate)).isFalse();

        ObjectNode badCadence = sample(PlanSubmitted.class);
        firstSubmittedMeasure(badCadence).put("cadence", "WEEKLY");
        assertThat(valid(PlanSubmitted.class, badCadence)).isFalse();

        ObjectNode halfYearly = sample(PlanSubmitted.class);
        firstSubmittedMeasure(halfYearly).put("cadence", "HALF_YEARLY").putNull("dueDate");
        assertThat(valid(PlanSubmitted.class, halfYearly)).as("every cadence the deadline parser gives").isTrue();
    }

    @Test
    void submittedContentMustBeAnObjectWithDimensions() {
        ObjectNode notAnObject = sample(PlanSubmitted.class);
        notAnObject.put("content", "一、完備基礎服務項目");
        assertThat(valid(PlanSubmitted.class, notAnObject)).isFalse();

        ObjectNode noDimensions = sample(PlanSubmitted.class);
        ((ObjectNode) noDimensions.get("content")).remove("dimensions");
        assertThat(valid(PlanSubmitted.class, noDimensions)).isFalse();

        ObjectNode nullContent = sample(PlanSubmitted.class);
        nullContent.putNull("content");
        assertThat(valid(PlanSubmitted.class, nullContent)).as("optional: null").isTrue();
        nullContent.remove("content");
        assertThat(valid(PlanSubmitted.class, nullContent)).as("optional: absent").isTrue();
    }

    private static ObjectNode firstSubmittedMeasure(ObjectNode submitted) {
        return (ObjectNode) submitted.at("/content/dimensions/0/focusAreas/0/measures/0");
    }

    @Test
    void addedOptionalFieldsAreAccepted() {
        ObjectNode payload = sample(PlanSubmitted.class);
        payload.put("someFutureField", "新欄位");
        assertThat(valid(PlanSubmitted.class, payload)).isTrue();
    }
}
