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
import org.springframework.web.servlet.view.RedirectView;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.review.tasks.ReviewTaskStatus;

/**
 * The reviewer's pages: their desk ({@code /reviews}, in the order of the API) and a task's page
 * ({@code /reviews/{id}}) with the submitted plan in the documents' table layout, a comment box per measure and
 * one for the whole plan, and the decision form. Only the assignee decides; an admin reads; anyone else finds no
 * such task (the 404 page).
 */
@PageController
class ReviewPages {

    private final ReviewTaskService tasks;
    private final MessageSource messages;

    ReviewPages(ReviewTaskService tasks, MessageSource messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The desk; after a decision ({@code ?decided=<task>}) with a banner saying it was sent. */
    @GetMapping("/reviews")
    String desk(CurrentUser user, @RequestParam(required = false) String decided, Model model) {
        LocalDate today = tasks.today();
        List<ReviewTaskView> rows = tasks.list(user).stream().map(t -> ReviewTaskView.summaryOf(t, today)).toList();
        model.addAttribute("tasks", rows);
        model.addAttribute("openCount", rows.stream().filter(ReviewPages::isOpen).count());
        model.addAttribute("overdueCount", rows.stream().filter(ReviewTaskView::overdue).count());
        model.addAttribute("admin", user.has(Role.ADMIN));
        model.addAttribute("decided", decided == null ? null : rows.stream()
                .filter(t -> decided.equals(t.id()) && t.decision() != null).findFirst().orElse(null));
        return "review/list";
    }

    @GetMapping("/reviews/{id}")
    ModelAndView task(@PathVariable String id, CurrentUser user) {
        return page(tasks.get(id, user), user, DecisionForm.empty(), List.of(), HttpStatus.OK);
    }

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
            return redirect("/reviews/" + id); // decided before (a second click, the back button): shown read-only
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
                return redirect("/reviews?decided=" + id);
            } catch (InvalidInput refused) {
                refused.problems().forEach(p -> errors.add(errorOf(p, content, locale)));
            } catch (RuleViolationException e) {
                if ("already-decided".equals(e.code())) {
                    return redirect("/reviews/" + id);
                }
                throw e;
            }
        }
        return page(task, user, form, errors, HttpStatus.BAD_REQUEST);
    }

    private PageError errorOf(InvalidInput.Problem problem, TaskContent content, Locale locale) {
        return switch (problem.field()) {
            case "comments" -> new PageError(content.firstBox(), text("review.error.commentsRequired", locale));
            case "decision" -> new PageError("decision", text("review.error.decisionRequired", locale));
            default -> new PageError("decision", problem.message());
        };
    }

    private ModelAndView page(ReviewTask task, CurrentUser user, DecisionForm form, List<PageError> errors,
            HttpStatus status) {
        boolean mayDecide = task.open() && user.has(Role.REVIEWER) && task.isAssignedTo(user.username());
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
        page.addObject("decision", form.decision() == null ? null : form.decision().name());
        page.addObject("errors", errors);
        page.addObject("errorFields", errors.stream().map(PageError::field).collect(Collectors.toSet()));
        return page;
    }

    private static boolean isOpen(ReviewTaskView t) {
        return t.status() != ReviewTaskStatus.COMPLETED;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static RedirectView redirect(String to) {
        RedirectView redirect = new RedirectView(to, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
