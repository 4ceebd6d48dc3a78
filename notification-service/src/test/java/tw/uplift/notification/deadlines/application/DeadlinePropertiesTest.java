package tw.uplift.notification.deadlines.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.notification.deadlines.DeadlineLadder;
import tw.uplift.notification.deadlines.Escalation;
import tw.uplift.notification.deadlines.ExtensionRules;
import tw.uplift.platform.calendar.OfficeCalendar;
import tw.uplift.platform.calendar.OfficeCalendarLoader;

/** {@code uplift.deadlines.*} bound as Spring binds it: the defaults, per kind, per body, field by field. */
class DeadlinePropertiesTest {

    private static final OfficeCalendar CALENDAR = OfficeCalendarLoader.load(null);

    private static DeadlineProperties bound(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("uplift.deadlines", DeadlineProperties.class);
    }

    @Test
    void theDefaultsAreTheOfficeLadderForEveryKind() {
        DeadlineProperties props = bound(Map.of());

        DeadlineLadder measure = props.ladder(TrackedItemKind.MEASURE, "kcg-rdec", CALENDAR);
        assertThat(measure.reminderDays()).containsExactly(7, 1);
        assertThat(measure.reminderTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(measure.escalations()).containsExactly(Escalation.toAgencyHead(3), Escalation.toSupervisingBody(14));
        assertThat(props.ladder(TrackedItemKind.SURVEY_CLOSE, null, CALENDAR).escalations()).isEmpty();
        assertThat(props.ladder(TrackedItemKind.REVIEW_TASK, null, CALENDAR).escalations())
                .extracting(Escalation::to).containsExactly(EscalationLevel.SUPERVISING_BODY);
        assertThat(props.extensionRules()).isEqualTo(new ExtensionRules(3, 30));
    }

    @Test
    void aKindAndABodyChangeOnlyWhatTheySet() {
        DeadlineProperties props = bound(Map.of(
                "uplift.deadlines.kinds.CORRECTIVE_ACTION.reminder-days", "3",
                "uplift.deadlines.kinds.CORRECTIVE_ACTION.head-escalation-days", "0",
                "uplift.deadlines.kinds.SURVEY_CLOSE.head-escalation-days", "2",
                "uplift.deadlines.bodies.[tpe-rdec].CORRECTIVE_ACTION.escalation-days", "10",
                "uplift.deadlines.extensions.max-requests", "2"));

        DeadlineLadder kcg = props.ladder(TrackedItemKind.CORRECTIVE_ACTION, "kcg-rdec", CALENDAR);
        assertThat(kcg.reminderDays()).containsExactly(3);
        assertThat(kcg.escalations()).containsExactly(Escalation.toSupervisingBody(14));
        DeadlineLadder tpe = props.ladder(TrackedItemKind.CORRECTIVE_ACTION, "tpe-rdec", CALENDAR);
        assertThat(tpe.reminderDays()).as("the kind's, not set by the body").containsExactly(3);
        assertThat(tpe.escalations()).containsExactly(Escalation.toSupervisingBody(10));
        assertThat(props.ladder(TrackedItemKind.SURVEY_CLOSE, null, CALENDAR).escalations())
                .as("the body's escalation stays off by the kind's default").containsExactly(Escalation.toAgencyHead(2));
        assertThat(props.ladder(TrackedItemKind.MEASURE, "tpe-rdec", CALENDAR).escalations()).hasSize(2);
        assertThat(props.extensionRules()).isEqualTo(new ExtensionRules(2, 30));
    }

    @Test
    void twoEscalationsOfOneLevelAreRefused() {
        assertThatThrownBy(() -> new DeadlineLadder(List.of(7), LocalTime.NOON,
                List.of(Escalation.toSupervisingBody(3), Escalation.toSupervisingBody(14)), CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
