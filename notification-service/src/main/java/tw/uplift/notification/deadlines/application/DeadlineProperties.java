package tw.uplift.notification.deadlines.application;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.notification.deadlines.DeadlineLadder;
import tw.uplift.notification.deadlines.Escalation;
import tw.uplift.notification.deadlines.ExtensionRules;
import tw.uplift.platform.calendar.OfficeCalendar;

/**
 * {@code uplift.deadlines.*}: the ladder, per kind and per supervising body, the bounds of extensions, and the
 * scheduler. The defaults live here and only here; {@code notification-service.yml} names a value only where it
 * differs. A ladder is resolved field by field: the body's setting for the kind
 * ({@code uplift.deadlines.bodies.<bodyId>.<KIND>.*}), else the kind's ({@code uplift.deadlines.kinds.<KIND>.*}),
 * else the kind's default below ({@link #KIND_DEFAULTS}), else the top-level value.
 *
 * @param reminderDays       days before the due date a reminder goes out (default 7 and 1)
 * @param reminderTime       local time (Asia/Taipei) of reminders and escalations (default 09:00)
 * @param headEscalationDays working days after the due date the agency head is told (查催; default 3; 0 = never)
 * @param escalationDays     working days after the due date the supervising body is told (逾期陳報; default 14;
 *                           0 = never)
 * @param kinds              per kind of item, what differs from the above
 * @param bodies             per supervising body, per kind, what differs from the kind's ladder
 * @param extensions         bounds of extensions (展期)
 * @param tickInterval       how often the scheduler looks for due steps (default 5 s)
 * @param bucketWidth        the span of one time bucket (default an hour; must divide a day)
 * @param lease              how long a claimed bucket stays with one instance if it dies (default a minute)
 */
@ConfigurationProperties("uplift.deadlines")
public record DeadlineProperties(
        @DefaultValue({"7", "1"}) List<Integer> reminderDays,
        @DefaultValue("09:00") LocalTime reminderTime,
        @DefaultValue("3") int headEscalationDays,
        @DefaultValue("14") int escalationDays,
        Map<TrackedItemKind, LadderSettings> kinds,
        Map<String, Map<TrackedItemKind, LadderSettings>> bodies,
        @DefaultValue ExtensionSettings extensions,
        @DefaultValue("PT5S") Duration tickInterval,
        @DefaultValue("PT1H") Duration bucketWidth,
        @DefaultValue("PT1M") Duration lease) {

    /**
     * What differs by kind unless configured otherwise: a review task is the reviewer's, so the head of the agency
     * under review is not the one to chase it (its body's lead hears at 14 days, as before); a survey's close date
     * is a reminder for the agency's own planning, with nobody above to tell.
     */
    static final Map<TrackedItemKind, LadderSettings> KIND_DEFAULTS = Map.of(
            TrackedItemKind.REVIEW_TASK, new LadderSettings(null, null, 0, null),
            TrackedItemKind.SURVEY_CLOSE, new LadderSettings(null, null, 0, 0));

    public DeadlineProperties {
        kinds = kinds == null ? Map.of() : kinds;
        bodies = bodies == null ? Map.of() : bodies;
        extensions = extensions == null ? new ExtensionSettings(3, 30) : extensions;
    }

    /**
     * What a kind's or a body's ladder sets; null (unset) leaves the value to the level below.
     *
     * @param reminderDays       days before the due date
     * @param reminderTime       time of day (Asia/Taipei)
     * @param headEscalationDays working days until the agency head is told; 0 = never
     * @param escalationDays     working days until the supervising body is told; 0 = never
     */
    public record LadderSettings(List<Integer> reminderDays, LocalTime reminderTime, Integer headEscalationDays,
            Integer escalationDays) {

        LadderSettings over(LadderSettings below) {
            if (below == null) {
                return this;
            }
            return new LadderSettings(reminderDays != null ? reminderDays : below.reminderDays,
                    reminderTime != null ? reminderTime : below.reminderTime,
                    headEscalationDays != null ? headEscalationDays : below.headEscalationDays,
                    escalationDays != null ? escalationDays : below.escalationDays);
        }
    }

    /**
     * Bounds of extensions (展期) per item.
     *
     * @param maxRequests how many requests an item may have, whatever was decided (default 3)
     * @param maxDays     calendar days beyond the original due date that all extensions together may reach (default 30)
     */
    public record ExtensionSettings(@DefaultValue("3") int maxRequests, @DefaultValue("30") int maxDays) {
    }

    /** The ladder for one kind of item under one supervising body (null: the kind's own). */
    public DeadlineLadder ladder(TrackedItemKind kind, String bodyId, OfficeCalendar calendar) {
        LadderSettings top = new LadderSettings(reminderDays, reminderTime, headEscalationDays, escalationDays);
        LadderSettings ofKind = kinds.getOrDefault(kind, new LadderSettings(null, null, null, null))
                .over(KIND_DEFAULTS.get(kind)).over(top);
        LadderSettings s = bodyId == null ? ofKind
                : bodies.getOrDefault(bodyId, Map.of()).getOrDefault(kind, new LadderSettings(null, null, null, null))
                        .over(ofKind);
        List<Escalation> escalations = new ArrayList<>();
        if (s.headEscalationDays() > 0) {
            escalations.add(Escalation.toAgencyHead(s.headEscalationDays()));
        }
        if (s.escalationDays() > 0) {
            escalations.add(Escalation.toSupervisingBody(s.escalationDays()));
        }
        return new DeadlineLadder(s.reminderDays(), s.reminderTime(), escalations, calendar);
    }

    /** Every kind's ladder for bodies without settings of their own (to check the configuration at start-up). */
    public Map<TrackedItemKind, DeadlineLadder> ladders(OfficeCalendar calendar) {
        Map<TrackedItemKind, DeadlineLadder> all = new EnumMap<>(TrackedItemKind.class);
        for (TrackedItemKind kind : TrackedItemKind.values()) {
            all.put(kind, ladder(kind, null, calendar));
        }
        return all;
    }

    public ExtensionRules extensionRules() {
        return new ExtensionRules(extensions.maxRequests(), extensions.maxDays());
    }
}
