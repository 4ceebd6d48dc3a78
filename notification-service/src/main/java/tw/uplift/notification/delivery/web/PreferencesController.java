package tw.uplift.notification.delivery.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.notification.delivery.application.PreferenceBook;
import tw.uplift.platform.security.CurrentUser;

/** The caller's own notification preferences (通知設定): nobody reads or writes another's. */
@RestController
@RequestMapping("/api/preferences/me")
class PreferencesController {

    private final PreferenceBook book;

    PreferencesController(PreferenceBook book) {
        this.book = book;
    }

    @GetMapping
    PreferencesInput get(CurrentUser user) {
        return PreferencesInput.of(book.of(user.username()));
    }

    /** Replaces them (the same request twice leaves the same). */
    @PutMapping
    PreferencesInput put(@RequestBody PreferencesInput in, CurrentUser user) {
        return PreferencesInput.of(book.put(in.toPreferences(user.username())));
    }
}
