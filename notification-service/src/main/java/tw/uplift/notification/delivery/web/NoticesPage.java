package tw.uplift.notification.delivery.web;

import java.time.Instant;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.uplift.notification.deadlines.web.ItemNotices;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.DeliveryStatus;
import tw.uplift.notification.delivery.DeliveryStep;
import tw.uplift.notification.delivery.application.DeliveryLog;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.security.CurrentUser;

/**
 * The notices sent about one item (通知紀錄) with their status and history: {@code /inbox/notices?deadlineId=}.
 * The list itself is the fragment {@code delivery/notices :: notices(${deliveries})}, for the tracker's item page
 * ({@code /deadlines/{id}}, its {@code <section id="notices">}) to include with rows from {@link #rowsOf}.
 */
@PageController
class NoticesPage implements ItemNotices {

    private final DeliveryLog log;

    NoticesPage(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/inbox/notices")
    String notices(@RequestParam(required = false) String deadlineId, @RequestParam(required = false) String itemId,
            CurrentUser user, Model model) {
        if (deadlineId == null && itemId == null) {
            throw InvalidInput.of("deadlineId", "name the item: deadlineId or itemId");
        }
        model.addAttribute("deliveries", rowsOf(log.ofItem(deadlineId, itemId, user)));
        model.addAttribute("deadlineId", deadlineId);
        return "delivery/notices-page";
    }

    /** The rows the fragment lists. */
    @Override
    public List<NoticeRow> about(String deadlineId, CurrentUser reader) {
        return rowsOf(log.ofItem(deadlineId, null, reader));
    }

    static List<NoticeRow> rowsOf(List<Delivery> deliveries) {
        return deliveries.stream().map(NoticeRow::of).toList();
    }

    /**
     * One delivery as the list shows it.
     *
     * @param id        the delivery
     * @param kind      the notice's kind ({@code DIGEST} for a digest; the label's message key)
     * @param channel   EMAIL, WEBHOOK (message key)
     * @param recipient who, as the directory names them
     * @param address   where
     * @param status    where it stands (message key)
     * @param tag       the GOV.UK tag colour of the status
     * @param updatedAt when it entered that status
     * @param history   every step
     */
    public record NoticeRow(String id, String kind, String channel, String recipient, String address, String status,
            String tag, Instant updatedAt, List<DeliveryStep> history) {

        static NoticeRow of(Delivery d) {
            return new NoticeRow(d.getId(), d.isDigest() ? "DIGEST" : d.kind().name(), d.channel().name(),
                    d.recipient(), d.address(), d.status().name(), tagOf(d.status()), d.updatedAt(), d.history());
        }

        private static String tagOf(DeliveryStatus s) {
            return switch (s) {
                case DELIVERED -> "govuk-tag--green";
                case PERMANENT_FAILURE, TECHNICAL_FAILURE -> "govuk-tag--red";
                case TEMPORARY_FAILURE -> "govuk-tag--orange";
                case HELD -> "govuk-tag--yellow";
                default -> "govuk-tag--grey";
            };
        }
    }
}
