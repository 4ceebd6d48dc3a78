package tw.uplift.survey.console.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.uplift.survey.design.ChoiceOption;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.MeasureLink;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionBank;
import tw.uplift.survey.design.QuestionBank.Driver;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Segment;
import tw.uplift.survey.design.SegmentKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyDraft;

/**
 * The new-survey form as posted ({@code /surveys/new}): titles, the closing date and time (in Taipei), the plan
 * measure it is evidence for, the threshold in percent, the target population and planned sample, segment (分眾)
 * slots, the question bank's items ticked, and question slots for the agency's own questions. A slot left blank is
 * nothing; "add questions" and "add segments" give more slots without script. Reading what cannot be a value (a date
 * that is no date, a population that is no number, an item the bank does not have) is this form's job; every rule
 * of a survey is {@link SurveyDraft}'s, and its problems come back through {@link DraftProblems}.
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
    private String targetPopulation;
    private String sampleSize;
    private List<SegmentSlot> segments = new ArrayList<>();
    /** The ids of the bank's items ticked (題庫). */
    private List<String> bank = new ArrayList<>();
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

    /**
     * One segment slot (分眾): its name in both languages, its kind, an optional short code for its link (else one
     * is made from the slot's number) and its population when known.
     */
    public static class SegmentSlot {
        private String id;
        private String zh;
        private String en;
        private String kind = SegmentKind.COUNTER.name();
        private String population;

        boolean blank() {
            return isBlank(id) && isBlank(zh) && isBlank(en) && isBlank(population);
        }

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getZh() { return zh; }
        public void setZh(String zh) { this.zh = zh; }
        public String getEn() { return en; }
        public void setEn(String en) { this.en = en; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getPopulation() { return population; }
        public void setPopulation(String population) { this.population = population; }
    }

    /**
     * What the form reads as: the draft for the domain, where each of its questions came from (a question slot's
     * field prefix, {@code questions[4]}, or {@value #BANK} for an item ticked in the bank), and which slot each of
     * its segments came from.
     */
    record Reading(SurveyDraft draft, List<String> fieldOfQuestion, List<Integer> slotOfSegment) {
    }

    /** The form's field of the bank's checkboxes. */
    static final String BANK = "bank";

    static SurveyForm blank() {
        SurveyForm form = new SurveyForm();
        form.addSlots();
        form.addSegmentSlots();
        return form;
    }

    /** Handles a button that changes the form itself; true if it did (the form is shown again, nothing saved). */
    boolean apply(String intent) {
        if ("add-questions".equals(intent)) {
            addSlots();
            return true;
        }
        if ("add-segments".equals(intent)) {
            addSegmentSlots();
            return true;
        }
        return false;
    }

    private void addSlots() {
        for (int i = 0; i < SLOTS && questions.size() < Survey.MAX_QUESTIONS; i++) {
            questions.add(new QuestionSlot());
        }
    }

    private void addSegmentSlots() {
        for (int i = 0; i < SLOTS && segments.size() < Survey.MAX_SEGMENTS; i++) {
            segments.add(new SegmentSlot());
        }
    }

    /** Whether the bank's item is ticked (the form shown again keeps the ticks). */
    public boolean picked(String itemId) {
        return bank != null && bank.contains(itemId);
    }

    /**
     * The draft this form describes, or the fields that cannot be read. The bank's items keep their ids (so the
     * same item is compared across surveys and years); the agency's own questions are named by their slot
     * ({@code q1}, {@code q2} …, a shape no bank item has: {@code SurveyFormTest} holds the bank to it) and their
     * options by line ({@code o1} …), so staff never type keys. The questions go in the order a citizen is best
     * asked them: the bank's items about the service, then the agency's own, then the bank's questions about the
     * respondent and for comments, which close a survey.
     */
    Reading read(QuestionBank questionBank, List<String> unreadable) {
        List<Question> qs = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<QuestionBank.Item> picked = pickedItems(questionBank, unreadable);
        for (QuestionBank.Item item : picked) {
            if (!asksLast(item)) {
                qs.add(item.toQuestion());
                fields.add(BANK);
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            QuestionSlot slot = questions.get(i);
            if (slot == null || slot.blank()) {
                continue;
            }
            QuestionKind kind = kindOf(slot.kind); // null when unknown: the domain names it
            List<ChoiceOption> options = kind != null && kind.hasOptions() ? optionsOf(slot.options) : List.of();
            qs.add(new Question(ownQuestionId(i), new LocalizedText(slot.zh, slot.en), kind, options, true));
            fields.add("questions[" + i + "]");
        }
        for (QuestionBank.Item item : picked) {
            if (asksLast(item)) {
                qs.add(item.toQuestion());
                fields.add(BANK);
            }
        }
        List<Segment> given = new ArrayList<>();
        List<Integer> segmentSlots = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentSlot slot = segments.get(i);
            if (slot == null || slot.blank()) {
                continue;
            }
            Long population = count(slot.population, "segments[" + i + "].population", unreadable);
            given.add(new Segment(isBlank(slot.id) ? "s" + (i + 1) : slot.id.strip(),
                    new LocalizedText(slot.zh, slot.en), segmentKindOf(slot.kind), population));
            segmentSlots.add(i);
        }
        Instant closesAt = closesAt(unreadable);
        Double share = threshold(unreadable);
        Long population = count(targetPopulation, "targetPopulation", unreadable);
        Long sample = count(sampleSize, "sampleSize", unreadable);
        if (sample != null && sample != sample.intValue()) {
            unreadable.add("sampleSize"); // no survey plans two billion answers: a typing slip
            sample = null;
        }
        SurveyDraft draft = new SurveyDraft(new LocalizedText(titleZh, titleEn), MeasureLink.measure(planId, measureId),
                qs, share, closesAt, given, population, sample == null ? null : sample.intValue());
        return new Reading(draft, List.copyOf(fields), List.copyOf(segmentSlots));
    }

    /** The id of the agency's own question in slot {@code index} (0-based). */
    static String ownQuestionId(int index) {
        return "q" + (index + 1);
    }

    /** The respondent's profile and free comments: asked after the questions about the service. */
    private static boolean asksLast(QuestionBank.Item item) {
        return item.driver() == Driver.PROFILE || item.driver() == Driver.COMMENT;
    }

    /** The bank's items ticked, in the bank's order, each once; an id the bank does not have makes the bank unreadable. */
    private List<QuestionBank.Item> pickedItems(QuestionBank questionBank, List<String> unreadable) {
        Set<String> ticked = new LinkedHashSet<>(bank == null ? List.of() : bank);
        ticked.removeIf(SurveyForm::isBlank);
        if (ticked.stream().map(questionBank::item).anyMatch(Optional::isEmpty)) {
            unreadable.add(BANK);
        }
        return questionBank.items().stream().filter(item -> ticked.contains(item.id())).toList();
    }

    /** A whole number of people as typed ("1,200" too); null when blank; the domain checks its range. */
    private static Long count(String typed, String field, List<String> unreadable) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            return Long.parseLong(typed.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            unreadable.add(field);
            return null;
        }
    }

    private static SegmentKind segmentKindOf(String kind) {
        for (SegmentKind k : SegmentKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
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
    public String getTargetPopulation() { return targetPopulation; }
    public void setTargetPopulation(String targetPopulation) { this.targetPopulation = targetPopulation; }
    public String getSampleSize() { return sampleSize; }
    public void setSampleSize(String sampleSize) { this.sampleSize = sampleSize; }
    public List<SegmentSlot> getSegments() { return segments; }
    public void setSegments(List<SegmentSlot> segments) { this.segments = segments; }
    public List<String> getBank() { return bank; }
    public void setBank(List<String> bank) { this.bank = bank; }
    public List<QuestionSlot> getQuestions() { return questions; }
    public void setQuestions(List<QuestionSlot> questions) { this.questions = questions; }
}
