package tw.uplift.survey.console.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import tw.uplift.survey.design.ChoiceOption;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.MeasureLink;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyDraft;

/**
 * The new-survey form as posted ({@code /surveys/new}): titles, the closing date and time (in Taipei), the plan
 * measure it is evidence for, the threshold in percent, and question slots. A slot left blank is no question; "add
 * questions" gives more slots without script. Reading what cannot be a value (a date that is no date) is this
 * form's job; every rule of a survey is {@link SurveyDraft}'s, and its problems come back through
 * {@link DraftProblems}.
 */
public class SurveyForm {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    static final int SLOTS = 3;
    /** When only a date is given, the survey runs to the end of that day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private String titleZh;
    private String titleEn;
    private String closesOn;
    private String closesAtTime;
    private String planId;
    private String measureId;
    private String threshold;
    private List<QuestionSlot> questions = new ArrayList<>();

    /** One question slot: its kind, its text in both languages, and for a choice its options, one per line. */
    public static class QuestionSlot {
        private String kind = QuestionKind.LIKERT_5.name();
        private String zh;
        private String en;
        private String options;

        boolean blank() {
            return isBlank(zh) && isBlank(en) && isBlank(options);
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getZh() { return zh; }
        public void setZh(String zh) { this.zh = zh; }
        public String getEn() { return en; }
        public void setEn(String en) { this.en = en; }
        public String getOptions() { return options; }
        public void setOptions(String options) { this.options = options; }
    }

    /** What the form reads as: the draft for the domain, and which slot each of its questions came from. */
    record Reading(SurveyDraft draft, List<Integer> slotOfQuestion) {
    }

    static SurveyForm blank() {
        SurveyForm form = new SurveyForm();
        form.addSlots();
        return form;
    }

    /** Handles a button that changes the form itself; true if it did (the form is shown again, nothing saved). */
    boolean apply(String intent) {
        if ("add-questions".equals(intent)) {
            addSlots();
            return true;
        }
        return false;
    }

    private void addSlots() {
        for (int i = 0; i < SLOTS && questions.size() < Survey.MAX_QUESTIONS; i++) {
            questions.add(new QuestionSlot());
        }
    }

    /**
     * The draft this form describes, or the fields that cannot be read. Question ids are the slot's number
     * ({@code q1}, {@code q2} …) and option ids the line's ({@code o1} …), so staff never type keys.
     */
    Reading read(List<String> unreadable) {
        List<Question> qs = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionSlot slot = questions.get(i);
            if (slot == null || slot.blank()) {
                continue;
            }
            QuestionKind kind = kindOf(slot.kind); // null when unknown: the domain names it
            List<ChoiceOption> options = kind != null && kind.hasOptions() ? optionsOf(slot.options) : List.of();
            qs.add(new Question("q" + (i + 1), new LocalizedText(slot.zh, slot.en), kind, options, true));
            slots.add(i);
        }
        Instant closesAt = closesAt(unreadable);
        Double share = threshold(unreadable);
        SurveyDraft draft = new SurveyDraft(new LocalizedText(titleZh, titleEn), MeasureLink.measure(planId, measureId),
                qs, share, closesAt);
        return new Reading(draft, List.copyOf(slots));
    }

    private Instant closesAt(List<String> unreadable) {
        if (isBlank(closesOn)) {
            if (!isBlank(closesAtTime)) {
                unreadable.add("closesOn");
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(closesOn.strip());
            LocalTime time = isBlank(closesAtTime) ? END_OF_DAY : LocalTime.parse(closesAtTime.strip());
            return day.atTime(time).atZone(TAIPEI).toInstant();
        } catch (DateTimeException e) {
            unreadable.add(isDate(closesOn) ? "closesAtTime" : "closesOn");
            return null;
        }
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The threshold typed in percent (80) as a share (0.8); the domain checks its range. */
    private Double threshold(List<String> unreadable) {
        if (isBlank(threshold)) {
            return null;
        }
        try {
            return new BigDecimal(threshold.strip().replace("%", "")).movePointLeft(2).doubleValue();
        } catch (NumberFormatException e) {
            unreadable.add("threshold");
            return null;
        }
    }

    private static QuestionKind kindOf(String kind) {
        for (QuestionKind k : QuestionKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    /** One option per line, its 繁體中文 and English split by a "|" (「臨櫃 | At the counter」). */
    static List<ChoiceOption> optionsOf(String lines) {
        List<ChoiceOption> options = new ArrayList<>();
        if (lines == null) {
            return options;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            options.add(new ChoiceOption("o" + (options.size() + 1),
                    new LocalizedText(parts[0], parts.length > 1 ? parts[1] : null)));
        }
        return options;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getClosesOn() { return closesOn; }
    public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
    public String getClosesAtTime() { return closesAtTime; }
    public void setClosesAtTime(String closesAtTime) { this.closesAtTime = closesAtTime; }
    public String getPlanId() { return planId; }
    public void setPlanId(String planId) { this.planId = planId; }
    public String getMeasureId() { return measureId; }
    public void setMeasureId(String measureId) { this.measureId = measureId; }
    public String getThreshold() { return threshold; }
    public void setThreshold(String threshold) { this.threshold = threshold; }
    public List<QuestionSlot> getQuestions() { return questions; }
    public void setQuestions(List<QuestionSlot> questions) { this.questions = questions; }
}
