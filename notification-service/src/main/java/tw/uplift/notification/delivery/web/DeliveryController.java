package tw.uplift.notification.delivery.web;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.application.DeliveryLog;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.opendata.OpenDataCsv;
import tw.uplift.platform.opendata.OpenDataDownloads;
import tw.uplift.platform.security.CurrentUser;

/**
 * The evidence of notices sent (通知紀錄), as JSON and as CSV (UTF-8 with BOM, for a spreadsheet): per item
 * ({@code ?deadlineId=} or {@code ?itemId=}), per agency and ROC year ({@code ?agencyId=&year=}) or per body and
 * year ({@code ?bodyId=&year=}); scoped to the caller (see {@link DeliveryLog}).
 */
@RestController
@RequestMapping("/api/deliveries")
class DeliveryController {

    private final DeliveryLog log;

    DeliveryController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping
    List<DeliveryView> list(@RequestParam(required = false) String deadlineId,
            @RequestParam(required = false) String itemId, @RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String bodyId, @RequestParam(required = false) Integer year,
            CurrentUser user) {
        return select(deadlineId, itemId, agencyId, bodyId, year, user).stream().map(DeliveryView::of).toList();
    }

    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String deadlineId,
            @RequestParam(required = false) String itemId, @RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String bodyId, @RequestParam(required = false) Integer year,
            CurrentUser user) {
        List<List<String>> rows = select(deadlineId, itemId, agencyId, bodyId, year, user).stream()
                .map(d -> DeliveryView.of(d).row()).toList();
        String name = "notices-" + firstOf(deadlineId, itemId, agencyId, bodyId) + (year == null ? "" : "-" + year)
                + ".csv";
        return ResponseEntity.ok().contentType(OpenDataDownloads.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, OpenDataDownloads.attachment(name.replaceAll("[^A-Za-z0-9._-]",
                        "_"), name))
                .body(OpenDataCsv.of(DeliveryView.COLUMNS, rows));
    }

    @GetMapping("/{id}")
    DeliveryView one(@PathVariable String id, CurrentUser user) {
        return DeliveryView.of(log.one(id, user));
    }

    /** An operator's re-send (重送) of a failed delivery: ADMIN or OPS. */
    @PostMapping("/{id}/resend")
    DeliveryView resend(@PathVariable String id, CurrentUser user) {
        return DeliveryView.of(log.resend(id, user));
    }

    private List<Delivery> select(String deadlineId, String itemId, String agencyId, String bodyId, Integer year,
            CurrentUser user) {
        if (deadlineId != null || itemId != null) {
            return log.ofItem(deadlineId, itemId, user);
        }
        if (agencyId == null && bodyId == null) {
            throw InvalidInput.of("deadlineId", "name an item (deadlineId or itemId) or an agencyId or bodyId with a year");
        }
        if (year == null || !RocYear.isValid(year)) {
            throw InvalidInput.of("year", "a ROC year between " + RocYear.MIN + " and " + RocYear.MAX);
        }
        return agencyId != null ? log.ofAgency(agencyId, year, user) : log.ofBody(bodyId, year, user);
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "all";
    }
}
