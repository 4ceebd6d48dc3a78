package tw.uplift.review.tasks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.scoring.Criterion;
import tw.uplift.review.scoring.ScoreSheet;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.review.tasks.annual.AnnualReviews;

/**
 * The annual-review pages: on the review's page a reviewer hands in their score sheet and the assignee finalises;
 * {@code /reviews/annual/ranking?year=115} ranks the body's agencies by final score. What is refused comes back as
 * the page with an error summary linking to the box, nothing saved.
 */
@PageController
class AnnualReviewPages {

    private final AnnualReviews reviews;
    private final ReviewTaskService tasks;
    private final ReviewPages pages;
    private final MessageSource messages;

    AnnualReviewPages(AnnualReviews reviews, ReviewTaskService tasks, ReviewPages pages, MessageSource messages) {
        this.reviews = reviews;
        this.tasks = tasks;
        this.pages = pages;
        this.messages = messages;
    }

    @PostMapping("/reviews/{id}/scores")
    Object score(@PathVariable String id, @RequestParam Map<String, String> fields, CurrentUser user,
            Locale locale) {
        ReviewTask task = tasks.get(id, user);
        if (!task.open()) {
            return SeeOther.to("/reviews/" + id);
        }
        List<Criterion> criteria = reviews.rubric(task).criteria();
        List<PageError> errors = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Criterion c : criteria) {
            String typed = fields.getOrDefault("score-" + c.number(), "").strip();
            Double score = null;
            try {
                score = typed.isEmpty() ? null : Double.valueOf(typed);
            } catch (NumberFormatException notANumber) {
                // left null: the sheet's own check names this box
            }
            scores.add(score);
        }
        try {
            reviews.score(id, user, scores, fields.get("comment"));
            return SeeOther.to("/reviews/" + id + "?done=scored#scoring");
        } catch (InvalidInput refused) {
            for (InvalidInput.Problem p : refused.problems()) {
                errors.add(p.field().startsWith("scores")
                        ? scoreError(criteria, p.field(), locale)
                        : new PageError("comment", text("review.annual.error.comment", locale,
                                ScoreSheet.MAX_COMMENT)));
            }
        } catch (RuleViolationException refused) {
            errors.add(new PageError(criteria.isEmpty() ? "scoring" : "score-1",
                    text("review.annual.error.rule." + refused.code(), locale)));
        } catch (AccessDeniedException refused) {
            // Their form is not shown to them: the summary points at the reviewers' scores instead.
            errors.add(new PageError("sheets", text("review.annual.error.mayNotScore", locale)));
        }
        return withForm(task, user, fields, errors);
    }

    @PostMapping("/reviews/{id}/finalise")
    Object finalise(@PathVariable String id, CurrentUser user, Locale locale) {
        ReviewTask task = tasks.get(id, user);
        if (!task.open()) {
            return SeeOther.to("/reviews/" + id);
        }
        try {
            reviews.finalise(id, user);
            return SeeOther.to("/reviews/" + id + "?done=scoredFinal");
        } catch (InvalidInput refused) {
            return withForm(task, user, Map.of(),
                    List.of(new PageError("finalise", text("review.annual.error.noSheet", locale))));
        } catch (RuleViolationException refused) {
            return withForm(task, user, Map.of(),
                    List.of(new PageError("finalise", text("review.annual.error.rule." + refused.code(), locale))));
        }
    }

    @GetMapping("/reviews/annual/ranking")
    ModelAndView ranking(@RequestParam(required = false) String year, CurrentUser user, Model model,
            Locale locale) {
        int shown = RocYear.of(tasks.today()).value();
        List<PageError> errors = List.of();
        if (year != null && !year.isBlank()) {
            Integer typed = parse(year.strip());
            if (typed == null || !RocYear.isValid(typed)) {
                errors = List.of(new PageError("year", text("review.annual.error.year", locale, RocYear.MIN,
                        RocYear.MAX)));
            } else {
                shown = typed;
            }
        }
        ModelAndView page = new ModelAndView("review/ranking", errors.isEmpty() ? HttpStatus.OK
                : HttpStatus.BAD_REQUEST);
        page.addObject("year", errors.isEmpty() ? String.valueOf(shown) : year);
        page.addObject("rocYear", shown);
        page.addObject("ranking", errors.isEmpty() ? reviews.ranking(user, shown) : List.of());
        page.addObject("errors", errors);
        page.addObject("errorFields", errors.stream().map(PageError::field).collect(Collectors.toSet()));
        return page;
    }

    private ModelAndView withForm(ReviewTask task, CurrentUser user, Map<String, String> typed,
            List<PageError> errors) {
        ModelAndView page = pages.page(task, user, DecisionForm.empty(), errors, HttpStatus.BAD_REQUEST);
        page.addObject("form", pages.scoringForm(task, user, typed));
        return page;
    }

    /** {@code scores[2]} → the box {@code score-2}, with the dimension's title in the message. */
    private PageError scoreError(List<Criterion> criteria, String field, Locale locale) {
        int n = field.startsWith("scores[") ? Integer.parseInt(field.substring("scores[".length(),
                field.length() - 1)) : 1;
        String title = criteria.stream().filter(c -> c.number() == n).map(Criterion::title).findFirst().orElse("");
        return new PageError("score-" + n, text("review.annual.error.score", locale, title));
    }

    private static Integer parse(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
