package tw.uplift.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.ReviewTaskAssigned;

/**
 * Every catalogued type: a sample serialised by Jackson 3 as the services do validates against its
 * schema and reads back to an equal record.
 */
class EventRoundTripTest {

    /** As the services build it: Jackson 3 defaults (java.time built in, dates as ISO strings). */
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<EventCatalog.Entry> entries() {
        return EventCatalog.all().stream();
    }

    private static DomainEvent sampleOf(EventCatalog.Entry entry) {
        return SampleEvents.of(entry.payloadClass()).orElseThrow(() -> new AssertionError(
                "no sample for catalogued type " + entry.type() + ": add one to SampleEvents"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void sampleValidatesAgainstSchemaAndRoundTrips(EventCatalog.Entry entry) {
        DomainEvent sample = sampleOf(entry);
        assertThat(EventCatalog.of(sample)).isEqualTo(entry);
        assertThat(sample.aggregateId()).isNotBlank();

        String json = MAPPER.writeValueAsString(sample);

        assertThat(Schemas.validate(entry, json)).as("%s: %s", entry.type(), json).isEmpty();
        assertJavaTimeWrittenAsIsoStrings(sample, Schemas.json(json));
        assertThat(MAPPER.readValue(json, entry.payloadClass())).isEqualTo(sample);
    }

    @Test
    void everySampleIsCataloguedAndEveryTypeHasOne() {
        assertThat(SampleEvents.all()).hasSameSizeAs(EventCatalog.all());
        assertThat(SampleEvents.all()).allSatisfy(e -> assertThat(EventCatalog.of(e)).isNotNull());
    }

    @Test
    void datesAreIsoCalendarDatesAndInstantsAreIsoStrings() {
        JsonNode assigned = Schemas.json(MAPPER.writeValueAsString(SampleEvents.of(ReviewTaskAssigned.class).orElseThrow()));
        assertThat(assigned.get("dueDate").isTextual()).isTrue();
        assertThat(assigned.get("dueDate").asText()).isEqualTo("2026-01-31");
        assertThat(assigned.get("assignedAt").isTextual()).isTrue();
        assertThat(assigned.get("assignedAt").asText()).isEqualTo("2026-01-31T02:15:00Z");

        JsonNode approved = Schemas.json(MAPPER.writeValueAsString(SampleEvents.of(PlanApproved.class).orElseThrow()));
        JsonNode measures = approved.get("measures");
        assertThat(measures.get(0).get("dueDate").asText()).isEqualTo("2026-12-31");
        assertThat(measures.get(1).get("dueDate").isNull()).isTrue();
        assertThat(measures.get(1).get("cadence").asText()).isEqualTo("QUARTERLY");
        assertThat(approved.get("rocYear").isInt()).isTrue();
    }

    @Test
    void aSubmissionCarriesItsContentWithDatesAsIsoStrings() {
        JsonNode submitted = Schemas.json(MAPPER.writeValueAsString(SampleEvents.of(PlanSubmitted.class).orElseThrow()));
        JsonNode measures = submitted.at("/content/dimensions/0/focusAreas/0/measures");
        assertThat(measures.get(0).get("id").asText()).isEqualTo(SampleEvents.MEASURE_ID);
        assertThat(measures.get(0).get("units").get(1).asText()).isEqualTo("資訊室");
        assertThat(measures.get(0).get("deadlineText").asText()).isEqualTo("12月31日前");
        assertThat(measures.get(0).get("dueDate").asText()).isEqualTo("2026-12-31");
        assertThat(measures.get(1).get("dueDate").isNull()).isTrue();
        assertThat(measures.get(1).get("cadence").asText()).isEqualTo("QUARTERLY");
        assertThat(measures.get(0).get("expectedBenefit").asText()).isEqualTo("民眾免臨櫃即可取得謄本");
    }

    @Test
    void aSubmissionWithoutContentAsOlderProducersWroteItStillValidatesAndReads() {
        PlanSubmitted sample = (PlanSubmitted) SampleEvents.of(PlanSubmitted.class).orElseThrow();
        PlanSubmitted older = new PlanSubmitted(sample.planId(), sample.agencyId(), sample.agencyName(),
                sample.parentAgencyId(), sample.supervisingBodyId(), sample.rocYear(), sample.title(), sample.revision(),
                sample.measureCount(), sample.submittedBy(), sample.submittedAt());
        assertThat(older.content()).isNull();
        EventCatalog.Entry entry = EventCatalog.of(PlanSubmitted.class);

        String withNull = MAPPER.writeValueAsString(older);
        assertThat(Schemas.validate(entry, withNull)).as(withNull).isEmpty();
        assertThat(MAPPER.readValue(withNull, PlanSubmitted.class)).isEqualTo(older);

        // Records written before the field existed have no such key at all.
        ObjectNode withoutKey = (ObjectNode) Schemas.json(withNull);
        withoutKey.remove("content");
        assertThat(Schemas.validate(entry, withoutKey.toString())).as(withoutKey.toString()).isEmpty();
        assertThat(MAPPER.readValue(withoutKey.toString(), PlanSubmitted.class)).isEqualTo(older);
    }

    @Test
    void anEscalationWithoutALevelIsOneToTheSupervisingBody() {
        EventCatalog.Entry entry = EventCatalog.of(OverdueEscalated.class);
        OverdueEscalated toBody = new OverdueEscalated("deadline-m1", TrackedItemKind.MEASURE, SampleEvents.MEASURE_ID,
                SampleEvents.AGENCY_ID, SampleEvents.BODY_ID, "推動線上申辦戶籍謄本", SampleEvents.DUE, 14,
                Instant.parse("2026-02-20T01:00:00Z"));
        ObjectNode written = (ObjectNode) Schemas.json(MAPPER.writeValueAsString(toBody));
        assertThat(Schemas.validate(entry, written.toString())).as(written.toString()).isEmpty();

        // written before escalatedTo existed: no such key
        written.remove("escalatedTo");
        assertThat(Schemas.validate(entry, written.toString())).as(written.toString()).isEmpty();
        OverdueEscalated old = MAPPER.readValue(written.toString(), OverdueEscalated.class);
        assertThat(old.escalatedTo()).isNull();
        assertThat(old.reachesSupervisingBody()).isTrue();

        ObjectNode toHead = (ObjectNode) Schemas.json(MAPPER.writeValueAsString(
                SampleEvents.of(OverdueEscalated.class).orElseThrow()));
        assertThat(MAPPER.readValue(toHead.toString(), OverdueEscalated.class).reachesSupervisingBody()).isFalse();
        toHead.put("escalatedTo", "AGENCY_LEAD");
        assertThat(Schemas.validate(entry, toHead.toString())).as("an unknown level is a new type, not v1").isNotEmpty();
    }

    @Test
    void aConsumerToleratesAnAddedOptionalField() {
        DomainEvent sample = SampleEvents.of(PlanApproved.class).orElseThrow();
        String json = MAPPER.writeValueAsString(sample);
        String withExtra = "{\"someFutureField\":\"新欄位\"," + json.substring(1);
        assertThat(MAPPER.readValue(withExtra, PlanApproved.class)).isEqualTo(sample);
    }

    @Test
    void chineseTextSurvivesTheRoundTrip() {
        DomainEvent sample = SampleEvents.all().getFirst();
        String json = MAPPER.writeValueAsString(sample);
        assertThat(json).contains("高雄市政府民政局115年度服務躍升執行計畫");
        assertThat(MAPPER.readValue(json, sample.getClass())).isEqualTo(sample);
    }

    /** Every Instant / LocalDate component of the record is a JSON string in ISO-8601 form, never a number. */
    private static void assertJavaTimeWrittenAsIsoStrings(DomainEvent sample, JsonNode json) {
        for (var component : sample.getClass().getRecordComponents()) {
            JsonNode value = json.get(component.getName());
            assertThat(value).as(component.getName()).isNotNull();
            if (value.isNull()) {
                continue;
            }
            if (component.getType() == Instant.class) {
                assertThat(value.isTextual()).as(component.getName()).isTrue();
                assertThat(Instant.parse(value.asText())).isNotNull();
            } else if (component.getType() == LocalDate.class) {
                assertThat(value.isTextual()).as(component.getName()).isTrue();
                assertThat(value.asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
    }
}
