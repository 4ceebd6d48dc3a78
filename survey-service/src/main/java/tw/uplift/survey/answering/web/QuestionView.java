package tw.uplift.survey.answering.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import tw.uplift.survey.design.ChoiceOption;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;

/**
 * One question as the public form shows it, in the reader's language.
 *
 * @param field    the form field's name, also the id of its first input (where the error summary's link lands)
 * @param text     the question
 * @param textLang the language of {@code text} when it is not the page's (an English page shows the 繁體中文 of a
 *                 question that has no English), so a screen reader reads it in the right voice; else null
 * @param kind     how it is answered: radios (LIKERT_5, CHOICE, NPS_10), boxes to tick (MULTI_CHOICE) or a text
 *                 box (TEXT)
 * @param required whether it must be answered (the optional ones say so)
 * @param choices  the radios or boxes, in the order shown
 * @param values   what was posted for it, shown again beside an error
 */
record QuestionView(String field, String text, String textLang, QuestionKind kind, boolean required,
        List<Choice> choices, List<String> values) {

    /**
     * One radio or box.
     *
     * @param id    the input's id: the field's for the first, so the field's anchor is on the page
     * @param value what it posts
     * @param label its label
     * @param lang  the label's language when it is not the page's, else null
     */
    record Choice(String id, String value, String label, String lang) {
    }

    /**
     * @param likertLabel the label of a score, 5 (very satisfied) .. 1 (very dissatisfied), in the reader's language
     */
    static QuestionView of(Question q, List<String> values, Locale locale, IntFunction<String> likertLabel) {
        String field = AnswerForm.fieldOf(q.id());
        List<Choice> choices = new ArrayList<>();
        switch (q.kind()) {
            // Most satisfied first, as the paper forms agencies use read.
            case LIKERT_5 -> {
                for (int score = 5; score >= 1; score--) {
                    choices.add(new Choice(idOf(field, choices, String.valueOf(score)), String.valueOf(score),
                            likertLabel.apply(score), null));
                }
            }
            // 0 to 10 in reading order, as the item is always printed; the hint says what the ends mean.
            case NPS_10 -> {
                for (int score = 0; score <= 10; score++) {
                    choices.add(new Choice(idOf(field, choices, String.valueOf(score)), String.valueOf(score),
                            String.valueOf(score), null));
                }
            }
            case CHOICE, MULTI_CHOICE -> {
                for (ChoiceOption option : q.options()) {
                    choices.add(new Choice(idOf(field, choices, option.id()), option.id(), option.text().in(locale),
                            otherLanguage(option.text(), locale)));
                }
            }
            case TEXT -> {
                // a text box, no choices
            }
        }
        return new QuestionView(field, q.text().in(locale), otherLanguage(q.text(), locale), q.kind(), q.required(),
                choices, values == null ? List.of() : List.copyOf(values));
    }

    /** The first thing posted for it, or null. */
    public String value() {
        return values.isEmpty() ? null : values.getFirst();
    }

    public boolean multiple() {
        return kind == QuestionKind.MULTI_CHOICE;
    }

    public boolean scale0to10() {
        return kind == QuestionKind.NPS_10;
    }

    private static String idOf(String field, List<Choice> before, String value) {
        return before.isEmpty() ? field : field + "-" + value;
    }

    /** {@code zh-Hant-TW} when an English page falls back to a text's 繁體中文; null when it is in the page's language. */
    private static String otherLanguage(LocalizedText text, Locale locale) {
        boolean englishPage = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return englishPage && text.en() == null ? "zh-Hant-TW" : null;
    }
}
