package tw.uplift.notification.inbox;

import java.time.LocalDate;

/**
 * The facts of a notice as structured values, for the channels that write their own text in the reader's
 * language (an e-mail in 繁體中文 or English) rather than repeat the inbox's Chinese title and body.
 * Every field may be null: a notice says what it knows.
 *
 * @param itemKind    what the item is, as {@code TrackedItemKind} names it (MEASURE, REVIEW_TASK, ...), or null
 * @param itemId      the item's id, or null
 * @param itemTitle   the item's own title (e.g. 「1. 推動線上申辦」), without the notice's prefix
 * @param dueDate     its due date (完成期限 / 改善期限)
 * @param daysLeft    days left before it (屆期提醒)
 * @param daysOverdue days past it (逾期陳報)
 * @param agencyId    the agency concerned
 * @param bodyId      its supervising body
 * @param unit        the responsible unit (承辦科室) within the agency, when the notice names one
 */
public record NoticeFacts(String itemKind, String itemId, String itemTitle, LocalDate dueDate, Integer daysLeft,
        Integer daysOverdue, String agencyId, String bodyId, String unit) {

    public static NoticeFacts none() {
        return new NoticeFacts(null, null, null, null, null, null, null, null, null);
    }

    public NoticeFacts item(String kind, String id, String title) {
        return new NoticeFacts(kind, id, title, dueDate, daysLeft, daysOverdue, agencyId, bodyId, unit);
    }

    public NoticeFacts due(LocalDate date, Integer left, Integer overdue) {
        return new NoticeFacts(itemKind, itemId, itemTitle, date, left, overdue, agencyId, bodyId, unit);
    }

    public NoticeFacts agency(String agency, String body) {
        return new NoticeFacts(itemKind, itemId, itemTitle, dueDate, daysLeft, daysOverdue, agency, body, unit);
    }

    public NoticeFacts unit(String responsibleUnit) {
        return new NoticeFacts(itemKind, itemId, itemTitle, dueDate, daysLeft, daysOverdue, agencyId, bodyId,
                responsibleUnit);
    }
}
