package tw.uplift.notification.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import tw.uplift.notification.audit.application.AuditTrail;
import tw.uplift.notification.audit.persistence.AuditQuery;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.FormErrors;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;

/**
 * 稽核軌跡 ({@code /admin/audit}, ADMIN only): the chain's verification at the top, pointing at the first broken
 * link; the newest entries with filters (item, actor, service, Taipei dates); the export links with the same
 * filters. {@code ?at=<position>} lists the entries around one position (where the verification points).
 */
@PageController
class AuditPage {

    /** Entries one page lists. */
    static final int SHOWN = 200;
    /** Entries either side of {@code ?at=}. */
    private static final int AROUND = 5;

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditPage(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    ModelAndView audit(@RequestParam(required = false) String item, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String service, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long at, CurrentUser user,
            Locale locale) {
        AuditSelection.requireReader(user);
        AuditSelection selection = new AuditSelection(item, actor, service, from, to);
        ModelAndView page = new ModelAndView("audit/audit");
        page.addObject("selection", selection);
        page.addObject("report", trail.verify());
        page.addObject("shown", SHOWN);
        page.addObject("at", at);
        List<PageError> errors = new ArrayList<>();
        AuditQuery query = AuditQuery.ALL;
        try {
            query = selection.query();
        } catch (InvalidInput invalid) {
            for (InvalidInput.Problem p : invalid.problems()) {
                errors.add(new PageError(p.field(), messages.getMessage("audit.error." + p.field(), null, p.message(),
                        locale)));
            }
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        if (at != null) {
            query = new AuditQuery(null, null, null, null, null, Math.max(1, at - AROUND), at + AROUND);
        }
        page.addObject("entries", errors.isEmpty()
                ? trail.newest(query, SHOWN).stream().map(AuditEntryView::of).toList() : List.of());
        page.addObject("errors", errors);
        page.addObject("formErrors", new FormErrors(errors));
        page.addObject("exportQuery", errors.isEmpty() ? exportQuery(selection) : "");
        return page;
    }

    private static String exportQuery(AuditSelection s) {
        return UriComponentsBuilder.newInstance().queryParamIfPresent("item", Optional.ofNullable(s.item()))
                .queryParamIfPresent("actor", Optional.ofNullable(s.actor()))
                .queryParamIfPresent("service", Optional.ofNullable(s.service()))
                .queryParamIfPresent("from", Optional.ofNullable(s.from()))
                .queryParamIfPresent("to", Optional.ofNullable(s.to())).encode().build().toUriString();
    }
}
