package tw.uplift.planimport.tree;

/**
 * Whether a piece of text says anything: it holds a letter, a digit or a CJK character. {@code --}, {@code …},
 * {@code 、} or {@code ()} alone say nothing — they are what is left of a table rule, an empty-cell placeholder or
 * stray punctuation, and an item made of them would be content the document never had.
 */
final class Wording {

    private Wording() {
    }

    static boolean hasWords(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(c -> Character.isLetterOrDigit(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
