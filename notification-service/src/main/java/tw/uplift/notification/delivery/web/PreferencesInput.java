package tw.uplift.notification.delivery.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tw.uplift.notification.delivery.Language;
import tw.uplift.notification.delivery.Preferences;
import tw.uplift.notification.delivery.QuietHours;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.platform.domain.InvalidInput;

/**
 * Preferences as the API and the page send them, flat: every field named as the form names it, so a problem
 * names the field to fix.
 *
 * @param language   {@code zh-TW} or {@code en}
 * @param emailOff   the kinds of notice NOT wanted by e-mail (the inbox still has them)
 * @param quietFrom  quiet hours from, {@code HH:mm} (Taipei), or empty for none
 * @param quietUntil quiet hours until, {@code HH:mm}; may be earlier than from (past midnight)
 * @param digest     a daily digest of reminders instead of one e-mail each
 * @param digestAt   the digest's time, {@code HH:mm} (default 08:30)
 */
public record PreferencesInput(String language, List<String> emailOff, String quietFrom, String quietUntil,
        Boolean digest, String digestAt) {

    /** The form as a person's stored preferences show it. */
    public static PreferencesInput of(Preferences p) {
        return new PreferencesInput(p.language().tag(), p.emailOff().stream().map(Enum::name).sorted().toList(),
                p.quietHours() == null ? "" : p.quietHours().from().toString(),
                p.quietHours() == null ? "" : p.quietHours().until().toString(), p.digest(), p.digestAt().toString());
    }

    /** @throws InvalidInput naming every field that is wrong */
    public Preferences toPreferences(String username) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        Language lang = language == null || language.isBlank() ? Language.ZH_TW : Language.ofTag(language);
        if (lang == null) {
            problems.add(new InvalidInput.Problem("language", "zh-TW or en"));
        }
        Set<InboxKind> off = EnumSet.noneOf(InboxKind.class);
        List<String> kinds = emailOff == null ? List.of() : emailOff;
        for (int i = 0; i < kinds.size(); i++) {
            try {
                off.add(InboxKind.valueOf(kinds.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new InvalidInput.Problem("emailOff[" + i + "]", "one of " + List.of(InboxKind.values())));
            }
        }
        LocalTime from = time(quietFrom, "quietFrom", problems);
        LocalTime until = time(quietUntil, "quietUntil", problems);
        QuietHours quiet = null;
        if ((from == null) != (until == null) && !problems.stream().anyMatch(p -> p.field().startsWith("quiet"))) {
            problems.add(new InvalidInput.Problem(from == null ? "quietFrom" : "quietUntil",
                    "quiet hours need both a start and an end"));
        } else if (from != null && until != null) {
            if (from.equals(until)) {
                problems.add(new InvalidInput.Problem("quietUntil", "quiet hours cannot end when they start"));
            } else {
                quiet = new QuietHours(from, until);
            }
        }
        LocalTime at = time(digestAt, "digestAt", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Preferences(username, lang, off, quiet, Boolean.TRUE.equals(digest), at);
    }

    private static LocalTime time(String value, String field, List<InvalidInput.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidInput.Problem(field, "a time of day as HH:mm, e.g. 22:00"));
            return null;
        }
    }
}
