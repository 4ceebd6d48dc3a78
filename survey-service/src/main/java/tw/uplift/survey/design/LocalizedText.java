package tw.uplift.survey.design;

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

    /** Whether there is a text and it has its 繁體中文 (the part every public page shows first). */
    public static boolean hasChinese(LocalizedText text) {
        return text != null && text.zh() != null && !text.zh().isBlank();
    }
}
