package tw.uplift.notification.delivery.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.notification.delivery.application.PreferenceBook;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.FormErrors;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.security.CurrentUser;

/**
 * The caller's notification settings (通知設定) as a page: language, which notices also come by e-mail, quiet
 * hours and the daily digest. A wrong time is shown again with the error summary linking to its field.
 */
@PageController
class PreferencesPage {

    private final PreferenceBook book;
    private final MessageSource messages;

    PreferencesPage(PreferenceBook book, MessageSource messages) {
        this.book = book;
        this.messages = messages;
    }

    @GetMapping("/inbox/preferences")
    ModelAndView show(CurrentUser user, @RequestParam(required = false) String saved) {
        ModelAndView page = form(PreferencesInput.of(book.of(user.username())), List.of());
        page.addObject("saved", saved != null);
        return page;
    }

    @PostMapping("/inbox/preferences")
    ModelAndView save(CurrentUser user, @RequestParam(required = false) String language,
            @RequestParam(required = false) List<String> emailOn, @RequestParam(required = false) String quietFrom,
            @RequestParam(required = false) String quietUntil, @RequestParam(required = false) String digest,
            @RequestParam(required = false) String digestAt, Locale locale) {
        List<String> on = emailOn == null ? List.of() : emailOn;
        List<String> off = Arrays.stream(InboxKind.values()).map(Enum::name).filter(k -> !on.contains(k)).toList();
        PreferencesInput input = new PreferencesInput(language, off, quietFrom, quietUntil, digest != null, digestAt);
        try {
            book.put(input.toPreferences(user.username()));
        } catch (InvalidInput invalid) {
            List<PageError> errors = new ArrayList<>();
            for (InvalidInput.Problem p : invalid.problems()) {
                String key = "preferences.error." + p.field().replaceAll("\\[.*", "");
                errors.add(new PageError(p.field(), messages.getMessage(key, null, p.message(), locale)));
            }
            ModelAndView page = form(input, errors);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        return new ModelAndView(SeeOther.to("/inbox/preferences?saved"));
    }

    private static ModelAndView form(PreferencesInput input, List<PageError> errors) {
        ModelAndView page = new ModelAndView("delivery/preferences");
        page.addObject("form", input);
        page.addObject("kinds", Arrays.stream(InboxKind.values()).map(Enum::name).toList());
        page.addObject("errors", errors);
        page.addObject("formErrors", new FormErrors(errors));
        page.addObject("saved", false);
        return page;
    }
}
