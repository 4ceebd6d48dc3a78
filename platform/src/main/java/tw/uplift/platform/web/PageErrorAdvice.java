package tw.uplift.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageModelAdvice;

/**
 * Errors of page controllers as pages on the layout, where {@link ProblemDetailsAdvice} answers the APIs with
 * problem documents. A form shows its own field errors itself; what reaches this is what a form could not foresee.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    private final PageModelAdvice layout;
    private final MessageSource messages;

    public PageErrorAdvice(PageModelAdvice layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletRequest request) {
        return page(request, HttpStatus.FORBIDDEN, null);
    }

    /**
     * The rule in the viewer's words where the service's messages have it ({@code rule.<code>}, e.g.
     * {@code rule.not-editable}); the domain's own (English) message otherwise.
     */
    @ExceptionHandler(RuleViolationException.class)
    ModelAndView ruleViolation(HttpServletRequest request, RuleViolationException e, Locale locale) {
        return page(request, HttpStatus.CONFLICT, messages.getMessage("rule." + e.code(), null, e.getMessage(), locale));
    }

    /**
     * A form field name no form of ours makes ({@code dimensions[5000].title}: beyond what the binder grows a list
     * to): a bad request, not an error of the service.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView notOurForm(HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, null);
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalidInput(HttpServletRequest request, InvalidInput e) {
        return page(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(HttpServletRequest request, Exception e) {
        if (e instanceof ErrorResponse mvc && mvc.getStatusCode().is4xxClientError()) {
            // Spring MVC's own refusals of a request (a missing parameter, a wrong type, a method not allowed)
            return page(request, mvc.getStatusCode(), null);
        }
        log.error("unexpected error on page {}", request.getRequestURI(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private ModelAndView page(HttpServletRequest request, HttpStatusCode status, String detail) {
        ModelAndView page = new ModelAndView("uplift/error", layout.layoutModel(request), status);
        page.addObject("status", status.value());
        page.addObject("detail", detail == null ? "" : detail);
        return page;
    }
}
