package tw.uplift.notification.deadlines.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.ExtensionRequest;
import tw.uplift.notification.deadlines.application.DeadlineExtensions;
import tw.uplift.notification.deadlines.application.DeadlineQueries;
import tw.uplift.notification.deadlines.web.DeadlineViews.DeadlineDetail;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.pages.FormErrors;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * The tracker's pages (列管事項): the caller's tracked items ({@code /deadlines}: the agency's own, or the
 * supervising body's; overdue first), one item with its ladder, its extensions and the form to ask for one
 * (agency) or decide one (body) ({@code /deadlines/{id}}), and the body's requests awaiting a decision
 * ({@code /deadlines/extensions}). A form in error is shown again with an error summary linking to each field.
 */
@PageController
class DeadlinePages {

    static final int SHOWN = 500;

    private final DeadlineQueries queries;
    private final AggregateStore store;
    private final DeadlineExtensions extensions;
    private final MessageSource messages;
    private final ItemNotices notices;
    private final Clock clock;

    DeadlinePages(DeadlineQueries queries, AggregateStore store, DeadlineExtensions extensions, MessageSource messages,
            ObjectProvider<ItemNotices> notices, Clock clock) {
        this.queries = queries;
        this.notices = notices.getIfAvailable(ItemNotices::none);
        this.store = store;
        this.extensions = extensions;
        this.messages = messages;
        this.clock = clock;
    }

    /** Which items a list shows. */
    enum Filter { OPEN, OVERDUE, CLOSED, ALL }

    @GetMapping("/deadlines")
    ModelAndView list(CurrentUser user, @RequestParam(defaultValue = "OPEN") String state) {
        Filter filter = parseFilter(state);
        List<Deadline> found;
        if (user.isAgencyUser()) {
            found = queries.tracked(user.requireAgency(), null, SHOWN);
        } else if (user.has(Role.REVIEWER)) {
            found = queries.tracked(null, user.requireBody(), SHOWN);
        } else {
            user.requireAny(Role.ADMIN, Role.OPS);
            found = queries.tracked(null, null, SHOWN);
        }
        List<DeadlineDetail> rows = found.stream().filter(d -> shows(filter, d))
                .sorted(Comparator.comparing((Deadline d) -> !d.isOverdue())
                        .thenComparing(d -> d.status() != DeadlineStatus.OPEN).thenComparing(Deadline::dueDate))
                .map(DeadlineDetail::of).toList();
        ModelAndView page = new ModelAndView("deadlines/list");
        page.addObject("deadlines", rows);
        page.addObject("filter", filter.name());
        page.addObject("filters", List.of(Filter.values()).stream().map(Enum::name).toList());
        page.addObject("reviewer", user.has(Role.REVIEWER));
        page.addObject("shown", SHOWN);
        return page;
    }

    private static Filter parseFilter(String state) {
        try {
            return Filter.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Filter.OPEN;
        }
    }

    private static boolean shows(Filter filter, Deadline d) {
        return switch (filter) {
            case OPEN -> d.status() == DeadlineStatus.OPEN;
            case OVERDUE -> d.isOverdue();
            case CLOSED -> d.status() != DeadlineStatus.OPEN;
            case ALL -> true;
        };
    }

    /** The supervising body's requests awaiting its decision, oldest due date first. */
    @GetMapping("/deadlines/extensions")
    ModelAndView awaiting(CurrentUser user) {
        ModelAndView page = new ModelAndView("deadlines/extensions");
        page.addObject("deadlines", queries.awaitingExtensionDecision(user.requireBody()).stream()
                .map(DeadlineDetail::of).toList());
        return page;
    }

    @GetMapping("/deadlines/{id}")
    ModelAndView item(@PathVariable String id, CurrentUser user) {
        return itemPage(readable(id, user), user, List.of(), null, null, null);
    }

    /** The agency asks for more time; a double submit (the form's key again) adds nothing. */
    @PostMapping("/deadlines/{id}/extensions")
    Object request(@PathVariable String id, @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String requestKey,
            CurrentUser user, Locale locale) {
        Deadline d = readable(id, user);
        DeadlineAccess.requireRequest(d, user);
        try {
            LocalDate date = parseDate(dueDate, "dueDate", locale);
            extensions.request(id, new ExtensionRequest(ExtensionController.blankToNull(requestKey), date, reason,
                    user.username()));
            return SeeOther.to("/deadlines/" + id + "#extensions");
        } catch (InvalidInput e) {
            return itemPage(d, user, pageErrors(e, "request", locale), new RequestForm(dueDate, reason, requestKey),
                    null, null);
        } catch (RuleViolationException e) {
            return itemPage(d, user, List.of(new PageError(e.field() == null ? "dueDate" : e.field(), e.getMessage())),
                    new RequestForm(dueDate, reason, requestKey), null, null);
        }
    }

    /** The supervising body decides request {@code number}. */
    @PostMapping("/deadlines/{id}/extensions/{number}/decision")
    Object decide(@PathVariable String id, @PathVariable int number, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String grantedDate, @RequestParam(required = false) String reason,
            CurrentUser user, Locale locale) {
        Deadline d = readable(id, user);
        DeadlineAccess.requireDecide(d, user);
        DecideForm form = new DecideForm(decision, grantedDate, reason);
        try {
            LocalDate granted = grantedDate == null || grantedDate.isBlank() ? null
                    : parseDate(grantedDate, "grantedDate", locale);
            extensions.decide(id, number, ExtensionController.decisionOf(decision, granted, reason, user.username()));
            return SeeOther.to("/deadlines/" + id + "#extensions");
        } catch (InvalidInput e) {
            return itemPage(d, user, pageErrors(e, "decide", locale), null, form, number);
        } catch (RuleViolationException e) {
            return itemPage(d, user, List.of(new PageError(e.field() == null ? "decision" : e.field(), e.getMessage())),
                    null, form, number);
        }
    }

    /**
     * The problems as the page says them, in the page's language only: the domain's messages carry both languages
     * in one string (for the API), which a screen reader would read in the page's voice. A field with a message of
     * its own ({@code deadline.error.<form>.<field>}) uses it; others (the dates, already said in the page's
     * language) keep theirs.
     */
    private List<PageError> pageErrors(InvalidInput e, String form, Locale locale) {
        return e.problems().stream().map(p -> new PageError(p.field(),
                messages.getMessage("deadline.error." + form + "." + p.field(), null, p.message(), locale))).toList();
    }

    private LocalDate parseDate(String value, String field, Locale locale) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, messages.getMessage("deadline.form.date.missing", null, locale));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of(field, messages.getMessage("deadline.form.date.invalid", null, locale));
        }
    }

    /** What the agency typed, shown again with its errors. */
    public record RequestForm(String dueDate, String reason, String requestKey) {
    }

    /** What the reviewer chose, shown again with its errors. */
    public record DecideForm(String decision, String grantedDate, String reason) {
    }

    private ModelAndView itemPage(Deadline d, CurrentUser user, List<PageError> errors, RequestForm request,
            DecideForm decide, Integer decidingNumber) {
        ModelAndView page = new ModelAndView("deadlines/item");
        DeadlineDetail detail = DeadlineDetail.of(d);
        page.addObject("deadline", detail);
        page.addObject("errors", errors);
        page.addObject("formErrors", new FormErrors(errors));
        boolean canRequest = DeadlineAccess.mayRequest(d, user) && d.isExtendable()
                && d.status() == DeadlineStatus.OPEN && d.pendingExtension().isEmpty()
                && d.extensions().size() < extensions.rules().maxRequests();
        page.addObject("canRequest", canRequest);
        page.addObject("canDecide", DeadlineAccess.mayDecide(d, user) && d.pendingExtension().isPresent());
        page.addObject("pending", d.pendingExtension().map(DeadlineViews.ExtensionView::of).orElse(null));
        page.addObject("requestForm", request != null ? request
                : new RequestForm("", "", UUID.randomUUID().toString()));
        page.addObject("decideForm", decide != null ? decide : new DecideForm("", "", ""));
        page.addObject("latestDate", d.plannedDueDate().plusDays(extensions.rules().maxDays()));
        page.addObject("requestsLeft", Math.max(0, extensions.rules().maxRequests() - d.extensions().size()));
        page.addObject("today", TaipeiTime.today(clock));
        // The evidence that the agency was told: every notice about the item, on every channel, with its status.
        page.addObject("deliveries", notices.about(d.getId(), user));
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return page;
    }

    private Deadline readable(String id, CurrentUser user) {
        return DeadlineAccess.readable(store.findById(id, Deadline.class)
                .orElseThrow(() -> new NotFoundException("deadline", id)), user);
    }
}
