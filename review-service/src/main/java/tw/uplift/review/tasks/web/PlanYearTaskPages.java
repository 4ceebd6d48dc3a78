package tw.uplift.review.tasks.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.review.tasks.annual.AnnualReviews;
import tw.uplift.review.tasks.checks.RoutineChecks;

/**
 * Opening a task about an approved plan's year by hand, on one form ({@code review/plan-year-new}): a routine check
 * ({@code /reviews/checks/new}) or an annual review ({@code /reviews/annual/new}). Which plan, why, by when; refused,
 * the form again with the summary linking to the field, nothing opened.
 */
@PageController
class PlanYearTaskPages {

    /**
     * What differs between the two forms.
     *
     * @param path      where the form posts
     * @param texts     the prefix of the form's words ({@code <texts>.new}, {@code <texts>.error.open.<field>}, …)
     * @param ruleTexts the prefix of a refused rule's words ({@code <ruleTexts><code>})
     * @param done      the banner the opened task's page shows
     */
    private record Opening(ReviewTaskKind kind, String path, String texts, String ruleTexts, String done) {
    }

    private static final Opening CHECK = new Opening(ReviewTaskKind.ROUTINE_CHECK, "/reviews/checks", "review.check",
            "review.error.rule.", "opened");
    private static final Opening ANNUAL = new Opening(ReviewTaskKind.ANNUAL_REVIEW, "/reviews/annual",
            "review.annual", "review.annual.error.rule.", "annualOpened");

    private final RoutineChecks checks;
    private final AnnualReviews reviews;
    private final ReviewTaskService tasks;
    private final MessageSource messages;

    PlanYearTaskPages(RoutineChecks checks, AnnualReviews reviews, ReviewTaskService tasks, MessageSource messages) {
        this.checks = checks;
        this.reviews = reviews;
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping("/reviews/checks/new")
    String newCheck(CurrentUser user, @RequestParam(required = false) String plan, Model model) {
        return form(CHECK, user, model, plan, "", "", List.of());
    }

    @GetMapping("/reviews/annual/new")
    String newReview(CurrentUser user, @RequestParam(required = false) String plan, Model model) {
        return form(ANNUAL, user, model, plan, "", "", List.of());
    }

    @PostMapping("/reviews/checks")
    Object openCheck(CurrentUser user, @RequestParam(required = false) String planId,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String dueDate,
            Model model, Locale locale) {
        return open(CHECK, user, planId, reason, dueDate, model, locale);
    }

    @PostMapping("/reviews/annual")
    Object openReview(CurrentUser user, @RequestParam(required = false) String planId,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String dueDate,
            Model model, Locale locale) {
        return open(ANNUAL, user, planId, reason, dueDate, model, locale);
    }

    private Object open(Opening opening, CurrentUser user, String planId, String reason, String dueDate, Model model,
            Locale locale) {
        LocalDate due;
        try {
            due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
        } catch (DateTimeParseException e) {
            return bad(form(opening, user, model, planId, reason, dueDate,
                    List.of(new PageError("dueDate", text("review.check.error.date", locale)))));
        }
        try {
            ReviewTask task = opening.kind() == ReviewTaskKind.ROUTINE_CHECK
                    ? checks.open(user, planId, reason, due) : reviews.open(user, planId, reason, due);
            return SeeOther.to("/reviews/" + task.getId() + "?done=" + opening.done());
        } catch (InvalidInput refused) {
            return bad(form(opening, user, model, planId, reason, dueDate, refused.problems().stream()
                    .map(p -> new PageError(p.field().equals("planId") ? "plan-1" : p.field(),
                            text(opening.texts() + ".error.open." + p.field(), locale))).toList()));
        } catch (RuleViolationException refused) {
            return bad(form(opening, user, model, planId, reason, dueDate,
                    List.of(new PageError("plan-1", text(opening.ruleTexts() + refused.code(), locale)))));
        }
    }

    private String form(Opening opening, CurrentUser user, Model model, String planId, String reason, String dueDate,
            List<PageError> errors) {
        List<ReviewTask> plans = tasks.approvedPlans(user);
        model.addAttribute("plans", plans);
        model.addAttribute("openTasks", tasks.openAbout(opening.kind(),
                plans.stream().map(ReviewTask::subjectId).toList()).keySet());
        model.addAttribute("texts", opening.texts());
        model.addAttribute("openAction", opening.path());
        model.addAttribute("planId", planId);
        model.addAttribute("reason", reason);
        model.addAttribute("dueDate", dueDate);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(PageError::field).collect(Collectors.toSet()));
        return "review/plan-year-new";
    }

    private static ModelAndView bad(String view) {
        return new ModelAndView(view, HttpStatus.BAD_REQUEST);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
