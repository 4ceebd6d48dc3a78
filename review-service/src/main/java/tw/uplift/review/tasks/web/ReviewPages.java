package tw.uplift.review.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.review.tasks.DeskFilter;
import tw.uplift.contracts.review.ReviewTaskKind;

/**
 * The reviewer's pages: their desk ({@code /reviews}, in the order of the API) and a task's page
 * ({@code /reviews/{id}}) with the submitted plan in the documents' table layout, a comment box per measure and
 * one for the whole plan, and the decision form. Only the assignee decides; an admin reads; anyone else finds no
 * such task (the 404 page).
 */
@PageController
class ReviewPages {

    private final ReviewTaskService tasks;
    private final ScoringViews scoring;
    private final MessageSource messages;

    ReviewPages(ReviewTaskService tasks, ScoringViews scoring, MessageSource messages) {
        this.tasks = tasks;
        this.scoring = scoring;
        this.messages = messages;
    }

    /**
     * A desk: mine (the default), my body's candidate group (待認領) or my body's all (every body for an admin), with
     * the kind and open/closed filters; after a decision ({@code ?decided=<task>}) with a banner saying it was sent.
     */
    @GetMapping("/reviews")
    String desk(CurrentUser user, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String state,
            @RequestParam(required = false) String decided, Model model) {
        DeskFilter filter = new DeskFilter(
                parse(DeskFilter.Scope.class, scope, user.has(Role.ADMIN) ? DeskFilter.Scope.BODY : DeskFilter.Scope.MINE),
                parse(ReviewTaskKind.class, kind, null), parse(DeskFilter.State.class, state, DeskFilter.State.ALL));
        LocalDate today = tasks.today();
        List<ReviewTaskView> rows = tasks.desk(user, filter).stream().map(t -> ReviewTaskView.summaryOf(t, today))
                .toList();
        model.addAttribute("tasks", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", ReviewTaskKind.values());
        model.addAttribute("openCount", rows.stream().filter(ReviewPages::isOpen).count());
        model.addAttribute("overdueCount", rows.stream().filter(ReviewTaskView::overdue).count());
        model.addAttribute("admin", user.has(Role.ADMIN));
        model.addAttribute("waiting", user.has(Role.ADMIN) ? 0
                : tasks.desk(user, new DeskFilter(DeskFilter.Scope.GROUP, null, DeskFilter.State.OPEN)).size());
        model.addAttribute("decided", decided == null ? null : rows.stream()
                .filter(t -> decided.equals(t.id()) && t.decision() != null).findFirst().orElse(null));
        return "review/list";
    }

    /** A filter value from the query string; anything unknown is the default (a desk never answers 400). */
    private static <E extends Enum<E>> E parse(Class<E> type, String value, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
    }

    @GetMapping("/reviews/{id}")
    ModelAndView task(@PathVariable String id, @RequestParam(required = false) String done, CurrentUser user) {
        ModelAndView page = page(tasks.get(id, user), user, DecisionForm.empty(), List.of(), HttpStatus.OK);
        page.addObject("done", done != null && DONE.contains(done) ? done : null);
        return page;
    }

    /** The handling steps a banner may report after a redirect. */
    private static final java.util.Set<String> DONE =
            java.util.Set.of("claimed", "unclaimed", "reassigned", "cancelled", "followUp", "opened", "sampled",
                    "checked", "scored", "scoredFinal", "annualOpened", "verified");

    /**
     * The decision. The task is read first to know its measures (the boxes of the form); the decision itself is
     * checked again where it is taken ({@link ReviewTaskService#decide}: assignee, not decided yet, a returned plan
     * has a comment), and what the domain refuses comes back as the form with its errors, nothing saved.
     */
    @PostMapping("/reviews/{id}/decision")
    Object decide(@PathVariable String id, @RequestParam Map<String, String> fields, CurrentUser user,
            Locale locale) {
        ReviewTask task = tasks.get(id, user);
        if (!task.open()) {
            return SeeOther.to("/reviews/" + id); // decided before (a second click, the back button): shown read-only
        }
        TaskContent content = TaskContent.of(task.content(), Map.of());
        List<String> refs = content.itemRefs();
        DecisionForm form = DecisionForm.of(fields, refs);
        List<PageError> errors = new ArrayList<>();
        for (String ref : form.tooLong(refs)) {
            errors.add(new PageError(content.boxOf(ref), text("review.error.commentTooLong", locale,
                    DecisionForm.MAX_COMMENT)));
        }
        if (form.decision() == null) {
            errors.add(new PageError("decision", text("review.error.decisionRequired", locale)));
        }
        if (errors.isEmpty()) {
            try {
                tasks.decide(id, user, form.decision(), form.itemComments(refs));
                return SeeOther.to("/reviews?decided=" + id);
            } catch (InvalidInput refused) {
                refused.problems().forEach(p -> errors.add(errorOf(p, content, locale)));
            } catch (RuleViolationException e) {
                if ("already-decided".equals(e.code())) {
                    return SeeOther.to("/reviews/" + id);
                }
                throw e;
            }
        }
        return page(task, user, form, errors, HttpStatus.BAD_REQUEST);
    }

    @PostMapping("/reviews/{id}/claim")
    Object claim(@PathVariable String id, CurrentUser user, Locale locale) {
        return act(id, user, locale, () -> tasks.claim(id, user), "claimed");
    }

    @PostMapping("/reviews/{id}/unclaim")
    Object unclaim(@PathVariable String id, @RequestParam(required = false) String note, CurrentUser user,
            Locale locale) {
        return act(id, user, locale, () -> tasks.unclaim(id, user, note), "unclaimed");
    }

    @PostMapping("/reviews/{id}/reassign")
    Object reassign(@PathVariable String id, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String reason, CurrentUser user, Locale locale) {
        return act(id, user, locale, () -> tasks.reassign(id, user, assignee, reason), "reassigned");
    }

    @PostMapping("/reviews/{id}/cancel")
    Object cancel(@PathVariable String id, @RequestParam(required = false) String reason, CurrentUser user,
            Locale locale) {
        return act(id, user, locale, () -> tasks.cancel(id, user, reason), "cancelled");
    }

    @PostMapping("/reviews/{id}/follow-up")
    Object followUp(@PathVariable String id, @RequestParam(required = false) String date, CurrentUser user,
            Locale locale) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return page(tasks.get(id, user), user, DecisionForm.empty(),
                    List.of(new PageError("follow-up-date", text("review.error.followUpDate", locale))),
                    HttpStatus.BAD_REQUEST);
        }
        return act(id, user, locale, () -> tasks.followUpOn(id, user, day), "followUp");
    }

    /**
     * One handling step from the task's page: done, back to the page with a banner saying so; refused by a rule or
     * bad input, the page again with the reason in its error summary, nothing changed.
     */
    private Object act(String id, CurrentUser user, Locale locale, Runnable step, String done) {
        try {
            step.run();
            return SeeOther.to("/reviews/" + id + "?done=" + done);
        } catch (InvalidInput refused) {
            List<PageError> errors = refused.problems().stream()
                    .map(p -> new PageError(actionField(done, p.field()),
                            text("review.error.action." + p.field(), locale, p.message()))).toList();
            return page(tasks.get(id, user), user, DecisionForm.empty(), errors, HttpStatus.BAD_REQUEST);
        } catch (RuleViolationException refused) {
            return page(tasks.get(id, user), user, DecisionForm.empty(),
                    List.of(new PageError("task-actions", text("review.error.rule." + refused.code(), locale))),
                    HttpStatus.CONFLICT);
        }
    }

    /** The id of the form field a refused step's problem is about, so the error summary links to it. */
    private static String actionField(String step, String field) {
        return switch (step) {
            case "reassigned" -> "reassign-" + field;
            case "cancelled" -> "cancel-reason";
            case "unclaimed" -> "unclaim-note";
            default -> "task-actions";
        };
    }

    private PageError errorOf(InvalidInput.Problem problem, TaskContent content, Locale locale) {
        return switch (problem.field()) {
            case "comments" -> new PageError(content.firstBox(), text("review.error.commentsRequired", locale));
            case "decision" -> new PageError("decision", text("review.error.decisionRequired", locale));
            default -> new PageError("decision", problem.message());
        };
    }

    /**
     * A task's page: {@code review/task} (plan approvals, follow-ups), {@code review/check} (routine checks, with
     * their forms as {@code check}) or {@code review/annual} (annual reviews, with the rubric, the sheets and the
     * indicators as {@code scoring} and the caller's sheet as {@code form}).
     */
    ModelAndView page(ReviewTask task, CurrentUser user, DecisionForm form, List<PageError> errors,
            HttpStatus status) {
        boolean mayDecide = task.open() && task.kind() == ReviewTaskKind.PLAN_APPROVAL && user.has(Role.REVIEWER)
                && task.isAssignedTo(user.username());
        // An open task shows what the reviewer typed; a decided one the comments given.
        Map<String, String> shown = new LinkedHashMap<>();
        if (task.open()) {
            shown.putAll(form.comments());
        } else {
            for (ItemComment c : task.comments()) {
                shown.merge(c.itemRef(), c.comment(), (a, b) -> a + "\n" + b);
            }
        }
        TaskContent content = TaskContent.of(task.content(), shown);
        List<String> known = content.itemRefs();
        ModelAndView page = new ModelAndView("review/task", status);
        page.addObject("task", ReviewTaskView.summaryOf(task, tasks.today()));
        page.addObject("table", content.table());
        page.addObject("planBox", TaskContent.Box.of(TaskContent.WHOLE_PLAN_BOX, TaskContent.WHOLE_PLAN, shown));
        page.addObject("otherComments", task.comments().stream().filter(c -> !known.contains(c.itemRef())).toList());
        page.addObject("mayDecide", mayDecide);
        page.addObject("actions", TaskActions.of(task, user, tasks));
        page.addObject("history", task.history());
        page.addObject("decision", form.decision() == null ? null : form.decision().name());
        page.addObject("errors", errors);
        page.addObject("errorFields", errors.stream().map(PageError::field).collect(Collectors.toSet()));
        page.addObject("changes", tasks.changes(task).orElse(null));
        if (task.kind() == ReviewTaskKind.ROUTINE_CHECK) {
            page.setViewName("review/check");
            page.addObject("check", CheckView.of(task, mayWork(task, user), CheckView.SampleForm.DEFAULT, Map.of(),
                    tasks.correctiveActionDueDate()));
            page.addObject("verdicts", CheckView.VERDICTS);
        } else if (task.kind() == ReviewTaskKind.CORRECTIVE_ACTION_VERIFICATION) {
            page.setViewName("review/verification");
            page.addObject("mayWork", mayWork(task, user));
            page.addObject("verification", ReviewTaskView.verificationOf(task));
            page.addObject("form", VerificationForm.empty(tasks.correctiveActionDueDate()));
        }
        if (task.kind() == ReviewTaskKind.ANNUAL_REVIEW) {
            page.setViewName("review/annual");
            page.addObject("scoring", scoring.of(task));
            page.addObject("form", scoringForm(task, user, Map.of()));
        }
        return page;
    }

    /** The caller's score-sheet form on an annual review, with what they typed ({@code typed}) or their sheet. */
    ScoringForm scoringForm(ReviewTask task, CurrentUser user, Map<String, String> typed) {
        boolean mayScore = task.open() && user.has(Role.REVIEWER) && tasks.claimRefusal(task, user).isEmpty();
        boolean mayFinalise = mayWork(task, user) && !task.scoreSheets().isEmpty();
        return ScoringForm.of(task, scoring.of(task).criteria(), user.username(), mayScore, mayFinalise, typed);
    }

    /** Whether the caller does the work of this task (its assignee, while it is open). */
    static boolean mayWork(ReviewTask task, CurrentUser user) {
        return task.open() && user.has(Role.REVIEWER) && task.isAssignedTo(user.username());
    }

    private static boolean isOpen(ReviewTaskView t) {
        return t.status().open();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
