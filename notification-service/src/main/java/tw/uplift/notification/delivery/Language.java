package tw.uplift.notification.delivery;

import java.util.Locale;

/** The language a person reads their notices in (通知語言): 繁體中文 unless they chose English. */
public enum Language {
    ZH_TW("zh-TW", Locale.TRADITIONAL_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** As the API and the page write it: {@code zh-TW} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** @return the language written {@code tag}, or null when it is none of ours */
    public static Language ofTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag)) {
                return l;
            }
        }
        return null;
    }
}
