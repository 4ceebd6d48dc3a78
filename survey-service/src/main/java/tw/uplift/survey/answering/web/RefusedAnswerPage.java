package tw.uplift.survey.answering.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.pages.PageController;

/**
 * What a citizen sees when {@link PublicPostGuard} refuses their form: too many answers from their connection (429)
 * or answers too long to take (413), and that nothing was sent, in their language. Only the guard forwards here;
 * asked for directly there is no such page.
 */
@PageController
class RefusedAnswerPage {

    @RequestMapping(PublicPostGuard.REFUSED_PAGE)
    ModelAndView refused(HttpServletRequest request) {
        if (!(request.getAttribute(PublicPostGuard.REFUSAL) instanceof Integer status)) {
            throw new NotFoundException("page", PublicPostGuard.REFUSED_PAGE);
        }
        ModelAndView page = new ModelAndView("survey/refused", HttpStatus.valueOf(status));
        page.addObject("reason", status == HttpStatus.TOO_MANY_REQUESTS.value() ? "busy" : "tooLarge");
        return page;
    }
}
