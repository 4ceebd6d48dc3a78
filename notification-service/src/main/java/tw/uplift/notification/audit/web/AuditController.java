package tw.uplift.notification.audit.web;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.notification.audit.ChainReport;
import tw.uplift.notification.audit.application.AuditTrail;
import tw.uplift.platform.opendata.OpenDataCsv;
import tw.uplift.platform.opendata.OpenDataDownloads;
import tw.uplift.platform.security.CurrentUser;

/**
 * The audit trail for an inspector (ADMIN only): the chain's verification ({@code GET /api/audit/verification},
 * what {@code ./uplift audit-verify} prints) and the entries, filtered as on the page, in chain order as JSON or CSV
 * (UTF-8 with BOM). Read only: the trail has no write, update or delete operation anywhere.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/verification")
    ChainReport verification(CurrentUser user) {
        AuditSelection.requireReader(user);
        return trail.verify();
    }

    @GetMapping("/entries.json")
    List<AuditEntryView> json(@RequestParam(required = false) String item,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String service,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            CurrentUser user) {
        return entries(new AuditSelection(item, actor, service, from, to), user);
    }

    @GetMapping("/entries.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String item,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String service,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            CurrentUser user) {
        List<List<String>> rows = entries(new AuditSelection(item, actor, service, from, to), user).stream()
                .map(AuditEntryView::row).toList();
        return ResponseEntity.ok().contentType(OpenDataDownloads.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, OpenDataDownloads.attachment("audit-entries.csv",
                        "audit-entries.csv"))
                .body(OpenDataCsv.of(AuditEntryView.COLUMNS, rows));
    }

    private List<AuditEntryView> entries(AuditSelection selection, CurrentUser user) {
        AuditSelection.requireReader(user);
        return trail.export(selection.query()).stream().map(AuditEntryView::of).toList();
    }
}
