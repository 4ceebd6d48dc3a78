package tw.uplift.survey.design;

import java.util.Arrays;
import java.util.List;

/** Questions as a designer writes them, by kind; labels in 繁體中文 only, since no rule here looks at English. */
public final class Questions {

    private Questions() {
    }

    /** A required 1..5 satisfaction score. */
    public static Question likert(String id) {
        return new Question(id, new LocalizedText("整體而言，您對本次服務滿意嗎？", null), QuestionKind.LIKERT_5, List.of(), true);
    }

    /** A required choice of one of these options (each labelled with its id). */
    public static Question choice(String id, String... optionIds) {
        return choiceOf(id, Arrays.stream(optionIds).map(o -> new ChoiceOption(o, new LocalizedText(o, null))).toList());
    }

    /** A choice of exactly these options, broken ones included (to test the rules). */
    public static Question choiceOf(String id, List<ChoiceOption> options) {
        return new Question(id, new LocalizedText("您如何辦理？", null), QuestionKind.CHOICE, options, true);
    }

    /** A required choice of any of these options (each labelled with its id). */
    public static Question multiChoice(String id, String... optionIds) {
        return new Question(id, new LocalizedText("您如何得知本項服務？", null), QuestionKind.MULTI_CHOICE,
                Arrays.stream(optionIds).map(o -> new ChoiceOption(o, new LocalizedText(o, null))).toList(), true);
    }

    /** A required 0..10 "would you recommend" score. */
    public static Question nps(String id) {
        return new Question(id, new LocalizedText("您有多大可能向親友推薦本機關的服務？", null), QuestionKind.NPS_10,
                List.of(), true);
    }

    /** An optional choice that sorts respondents into groups, one per option. */
    public static Question respondentGroup(String id, String... optionIds) {
        return new Question(id, new LocalizedText("您的年齡", null), QuestionKind.CHOICE,
                Arrays.stream(optionIds).map(o -> new ChoiceOption(o, new LocalizedText(o, null))).toList(), false,
                true);
    }

    /** An optional free-text comment. */
    public static Question freeText(String id) {
        return new Question(id, new LocalizedText("其他建議", null), QuestionKind.TEXT, List.of(), false);
    }

    /** A question of another kind than its options say, or without a kind, to test the rules. */
    public static Question ofKind(String id, QuestionKind kind, List<ChoiceOption> options) {
        return new Question(id, new LocalizedText("問題", null), kind, options, true);
    }

    public static ChoiceOption option(String id, String zh) {
        return new ChoiceOption(id, new LocalizedText(zh, null));
    }
}
