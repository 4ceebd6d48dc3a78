package tw.uplift.notification.deadlines.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.notification.deadlines.DeadlineLadder;
import tw.uplift.platform.calendar.OfficeCalendar;

/**
 * The ladder each deadline walks, by its kind and its supervising body, as {@link DeadlineProperties} configures
 * them. Resolved once per pair: the configuration does not change while the service runs.
 */
public class DeadlineLadders {

    private final DeadlineProperties props;
    private final OfficeCalendar calendar;
    private final Map<String, DeadlineLadder> resolved = new ConcurrentHashMap<>();

    public DeadlineLadders(DeadlineProperties props, OfficeCalendar calendar) {
        this.props = props;
        this.calendar = calendar;
        props.ladders(calendar); // a ladder configured wrongly fails the start, not the first event of its kind
    }

    public DeadlineLadder of(TrackedItemKind kind, String supervisingBodyId) {
        return resolved.computeIfAbsent(kind + "|" + supervisingBodyId,
                k -> props.ladder(kind, supervisingBodyId, calendar));
    }
}
