package tw.uplift.survey.design;

import java.util.Locale;

/**
 * A text in 繁體中文 (required) and English (optional).
 *
 * @param zh Traditional Chinese, shown first
 * @param en English, or null
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = zh == null ? null : zh.strip();
        en = en == null || en.isBlank() ? null : en.strip();
    }

    /** The text in the reader's language: English where they chose it and there is one, 繁體中文 otherwise. */
    public String in(Locale locale) {
        return en != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : zh;
    }

    /** Whether there is a text and it has its 繁體中文 (the part every public page shows first). */
    public static boolean hasChinese(LocalizedText text) {
        return text != null && text.zh() != null && !text.zh().isBlank();
    }
}
