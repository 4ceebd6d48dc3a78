package tw.uplift.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.inbox.InboxKind;

/**
 * One person's notification preferences (通知設定): their language, which kinds of notice also come by e-mail
 * (all, unless turned off; the in-app inbox always has them), quiet hours, and a daily digest of reminders.
 * Overdue and escalation notices are critical: quiet hours and the digest never hold them.
 */
@Document("notification_preferences")
public class Preferences {

    /** The digest's time unless the person chose another. */
    public static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(8, 30);

    @Id
    private String username;
    private Language language;
    private Set<InboxKind> emailOff = EnumSet.noneOf(InboxKind.class);
    private QuietHours quietHours;
    private boolean digest;
    private LocalTime digestAt;

    protected Preferences() {
    }

    public Preferences(String username, Language language, Set<InboxKind> emailOff, QuietHours quietHours,
            boolean digest, LocalTime digestAt) {
        this.username = username;
        this.language = language == null ? Language.ZH_TW : language;
        this.emailOff = emailOff == null || emailOff.isEmpty() ? EnumSet.noneOf(InboxKind.class) : EnumSet.copyOf(emailOff);
        this.quietHours = quietHours;
        this.digest = digest;
        this.digestAt = digestAt == null ? DEFAULT_DIGEST_AT : digestAt;
    }

    /** What a person who never chose has: 繁體中文, e-mail for everything, no quiet hours, no digest. */
    public static Preferences defaults(String username) {
        return new Preferences(username, Language.ZH_TW, null, null, false, DEFAULT_DIGEST_AT);
    }

    /** Whether notices of this kind also come on this channel (in-app always does). */
    public boolean wants(InboxKind kind, Channel channel) {
        return switch (channel) {
            case IN_APP -> true;
            case EMAIL -> kind == null || !emailOff().contains(kind);
            case WEBHOOK -> false; // endpoints, not people, take webhooks
        };
    }

    /**
     * When a notice may go out. Critical ones (逾期、陳報) at once; reminders (屆期提醒) into the digest when it is
     * on; anything else after the quiet hours when {@code now} is within them.
     */
    public Timing timing(InboxKind kind, boolean critical, Instant now) {
        if (critical) {
            return new Timing.Now();
        }
        if (digest && kind == InboxKind.DEADLINE_APPROACHING) {
            ZonedDateTime at = TaipeiTime.at(now);
            LocalDate date = at.toLocalTime().isBefore(digestAt()) ? at.toLocalDate() : at.toLocalDate().plusDays(1);
            return new Timing.InDigest(date, date.atTime(digestAt()).atZone(TaipeiTime.ZONE).toInstant());
        }
        if (quietHours != null) {
            return quietHours.endOf(now).<Timing>map(Timing.AfterQuietHours::new).orElseGet(Timing.Now::new);
        }
        return new Timing.Now();
    }

    public String username() {
        return username;
    }

    public Language language() {
        return language == null ? Language.ZH_TW : language;
    }

    public Set<InboxKind> emailOff() {
        return emailOff == null ? Set.of() : Set.copyOf(emailOff);
    }

    /** Quiet hours, or null. */
    public QuietHours quietHours() {
        return quietHours;
    }

    public boolean digest() {
        return digest;
    }

    public LocalTime digestAt() {
        return digestAt == null ? DEFAULT_DIGEST_AT : digestAt;
    }
}
