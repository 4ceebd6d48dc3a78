package tw.uplift.plan.organisations.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.plan.organisations.AgencyDetails;
import tw.uplift.plan.organisations.InputIssue;
import tw.uplift.plan.organisations.OrganisationId;
import tw.uplift.platform.pages.FormErrors;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageError;

/**
 * What the organisation pages share: the domain's findings ({@link InputIssue}s and broken rules) in the viewer's
 * words under the form's field names, the form page with its error summary, and the redirect after a save.
 */
@Component
class OrganisationPageSupport {

    private final MessageSource messages;

    OrganisationPageSupport(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The issues as the form shows them, in the form's field order. An issue with one unit ({@code units[2]}) is the
     * units box's, naming the unit by its place among the units typed.
     */
    List<PageError> errorsOf(List<InputIssue> issues, List<String> units, List<String> fieldOrder, Locale locale) {
        List<PageError> errors = new ArrayList<>();
        for (InputIssue issue : issues) {
            String field = issue.field().startsWith("units[") ? "units" : issue.field();
            errors.add(new PageError(field, message(issue, field, units, locale)));
        }
        errors.sort(Comparator.comparingInt(e -> fieldOrder.indexOf(e.field())));
        return errors;
    }

    /** A broken rule that names a field is that field's error; the message in the viewer's words. */
    PageError errorOf(RuleViolationException rule, Locale locale) {
        return new PageError(rule.field() == null ? "name" : rule.field(),
                messages.getMessage("organisations.rule." + rule.code(), null, rule.getMessage(), locale));
    }

    private String message(InputIssue issue, String field, List<String> units, Locale locale) {
        String label = text("organisations.field." + field, locale);
        return switch (issue.code()) {
            case InputIssue.REQUIRED -> messages.getMessage("organisations.error.required." + field, null,
                    text("organisations.error.required", locale, label), locale);
            case InputIssue.NOT_A_SLUG -> text("organisations.error.not-a-slug", locale, OrganisationId.MAX_LENGTH);
            case InputIssue.TOO_LONG -> field.equals("units")
                    ? text("organisations.error.unit-too-long", locale, unitPosition(issue) + 1,
                            AgencyDetails.MAX_UNIT_NAME)
                    : text("organisations.error.too-long", locale, label, AgencyDetails.MAX_NAME);
            case InputIssue.TOO_MANY -> text("organisations.error.too-many-units", locale, AgencyDetails.MAX_UNITS);
            case InputIssue.DUPLICATE -> text("organisations.error.duplicate-unit", locale,
                    units.get(unitPosition(issue)));
            default -> text("organisations.error.invalid", locale, label);
        };
    }

    private static int unitPosition(InputIssue issue) {
        String field = issue.field();
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    /** A form shown again: 400 with input errors, 409 with a broken rule, so the answer says what happened. */
    static ModelAndView form(String view, List<PageError> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("errors", errors);
        page.addObject("fieldErrors", new FormErrors(errors));
        if (!errors.isEmpty()) {
            page.setStatus(status);
        }
        return page;
    }

    /** After a POST: 303, so a reload does not post again. Relative, so it stays on the gateway's address. */
    static ModelAndView seeOther(String path) {
        return new ModelAndView(SeeOther.to(path));
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
