package tw.uplift.review.corrective.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.review.corrective.CorrectiveAction;
import tw.uplift.review.corrective.CorrectiveActions;
import tw.uplift.review.tasks.ReviewTaskService;

/**
 * The corrective-action pages (改善事項): the list an agency answers from (its body follows the same list), and one
 * action with the agency's answer form while it waits for one.
 */
@PageController
class CorrectiveActionPages {

    private final CorrectiveActions actions;
    private final ReviewTaskService tasks;
    private final MessageSource messages;

    CorrectiveActionPages(CorrectiveActions actions, ReviewTaskService tasks, MessageSource messages) {
        this.actions = actions;
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping("/reviews/corrective-actions")
    ModelAndView list(CurrentUser user) {
        ModelAndView page = new ModelAndView("review/corrective-actions");
        page.addObject("actions", actions.visibleTo(user).stream()
                .map(a -> CorrectiveActionView.of(a, tasks.today())).toList());
        page.addObject("agencyView", user.isAgencyUser());
        return page;
    }

    @GetMapping("/reviews/corrective-actions/{id}")
    ModelAndView one(@PathVariable String id, @RequestParam(required = false) String done, CurrentUser user) {
        ModelAndView page = page(actions.get(id, user), user, "", List.of(), HttpStatus.OK);
        page.addObject("done", "answered".equals(done) ? done : null);
        return page;
    }

    @PostMapping("/reviews/corrective-actions/{id}/response")
    Object respond(@PathVariable String id, @RequestParam(required = false) String response, CurrentUser user,
            Locale locale) {
        CorrectiveAction action = actions.get(id, user);
        try {
            actions.respond(id, user, response);
            return SeeOther.to("/reviews/corrective-actions/" + id + "?done=answered");
        } catch (InvalidInput refused) {
            return page(action, user, response, List.of(new PageError("response",
                    messages.getMessage("review.corrective.error.response", null, locale))), HttpStatus.BAD_REQUEST);
        } catch (RuleViolationException refused) {
            return page(actions.get(id, user), user, response, List.of(new PageError("response",
                    messages.getMessage("review.error.rule." + refused.code(), null, locale))), HttpStatus.CONFLICT);
        }
    }

    private ModelAndView page(CorrectiveAction action, CurrentUser user, String typed, List<PageError> errors,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("review/corrective-action", status);
        page.addObject("action", CorrectiveActionView.of(action, tasks.today()));
        page.addObject("mayAnswer", action.status().awaitsAnswer()
                && (user.has(Role.AGENCY_STAFF) || user.has(Role.AGENCY_HEAD)));
        page.addObject("typed", typed == null ? "" : typed);
        page.addObject("errors", errors);
        page.addObject("errorFields", Set.copyOf(errors.stream().map(PageError::field).toList()));
        return page;
    }
}
