package tw.uplift.survey.courtesy.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.pages.PageError;
import tw.uplift.survey.courtesy.CourtesyTestDraft;
import tw.uplift.survey.courtesy.Criterion;
import tw.uplift.survey.courtesy.Mark;
import tw.uplift.survey.courtesy.Rubric;
import tw.uplift.survey.design.MeasureLink;

/**
 * The scoring form of a courtesy test as typed: what the page shows back after a refusal, and the tester's sheet it
 * becomes. Field names are the API's problem fields where there is one ({@code unit}, {@code tester},
 * {@code scores.<criterion>.points}, {@code scores.<criterion>.note}), so a refusal names the box it is about; the
 * date and time of the test are typed apart ({@code testedDate}, {@code testedTime}, read in Taipei time) and
 * answered under {@code testedAt} and {@code testedAt-time}.
 *
 * @param kind    the kind of test (its rubric gives the criteria)
 * @param testKey a random key the blank form carries, so sending the same form twice scores one test
 * @param fields  what was typed, by field name
 */
record CourtesyTestForm(CourtesyTestKind kind, String testKey, Map<String, String> fields) {

    static final String DATE = "testedDate";
    static final String TIME = "testedTime";
    static final String TIME_PROBLEM = "testedAt-time";

    /** One criterion's box and note, as the page shows them. */
    record CriterionField(String id, String section, boolean sectionStart, String text, int maxPoints, String points,
            String note) {

        public String pointsField() {
            return pointsField(id);
        }

        public String noteField() {
            return noteField(id);
        }

        /** The element ids, which the error summary's links point at. */
        public String pointsId() {
            return PageError.anchorOf(pointsField());
        }

        public String noteId() {
            return PageError.anchorOf(noteField());
        }

        static String pointsField(String id) {
            return "scores." + id + ".points";
        }

        static String noteField(String id) {
            return "scores." + id + ".note";
        }
    }

    /** A blank form; the tester's name filled in with the viewer's, which they may change. */
    static CourtesyTestForm blank(CourtesyTestKind kind, String testerName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tester", testerName == null ? "" : testerName);
        return new CourtesyTestForm(kind, UUID.randomUUID().toString(), fields);
    }

    static CourtesyTestForm posted(CourtesyTestKind kind, Map<String, String> fields) {
        String key = fields.get("testKey");
        return new CourtesyTestForm(kind, key == null || key.isBlank() ? null : key, Map.copyOf(fields));
    }

    public String value(String field) {
        String v = fields.get(field);
        return v == null ? "" : v;
    }

    public boolean blank(String field) {
        return value(field).isBlank();
    }

    /** The criteria of the rubric with what was typed for each, a section heading where a new part of the test begins. */
    List<CriterionField> criteria(Rubric rubric, Locale locale) {
        List<CriterionField> rows = new ArrayList<>();
        String previous = null;
        for (Criterion c : rubric.criteria()) {
            String section = c.section() == null ? null : c.section().in(locale);
            boolean starts = section != null && !section.equals(previous);
            previous = section;
            rows.add(new CriterionField(c.id(), section, starts, c.text().in(locale), c.maxPoints(),
                    value(CriterionField.pointsField(c.id())), value(CriterionField.noteField(c.id()))));
        }
        return rows;
    }

    /**
     * What the form alone can tell is not a value at all (a date that is no date, points that are no whole number),
     * by field; the rules' problems come from the domain.
     */
    Map<String, String> unreadable() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!blank(DATE) && date() == null) {
            problems.put("testedAt", "format");
        }
        if (!blank(DATE) && blank(TIME)) {
            problems.put(TIME_PROBLEM, "required");
        } else if (!blank(TIME) && time() == null) {
            problems.put(TIME_PROBLEM, "format");
        }
        fields.forEach((name, v) -> {
            if (name.startsWith("scores.") && name.endsWith(".points") && !v.isBlank() && points(v) == null) {
                problems.put(name, "number");
            }
        });
        return problems;
    }

    /** The tester's sheet: the unreadable parts left out, for the domain to name as missing. */
    CourtesyTestDraft draft(Rubric rubric) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (Criterion c : rubric.criteria()) {
            marks.put(c.id(), new Mark(points(value(CriterionField.pointsField(c.id()))),
                    value(CriterionField.noteField(c.id()))));
        }
        return new CourtesyTestDraft(kind, MeasureLink.measure(value("planId"), value("measureId")), value("unit"),
                testedAt(), value("tester"), marks);
    }

    /** When, from the date and time typed in Taipei; null unless both are there and readable. */
    Instant testedAt() {
        LocalDate date = date();
        LocalTime time = time();
        return date == null || time == null ? null : date.atTime(time).atZone(TaipeiTime.ZONE).toInstant();
    }

    private LocalDate date() {
        try {
            return LocalDate.parse(value(DATE).strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private LocalTime time() {
        try {
            return LocalTime.parse(value(TIME).strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer points(String typed) {
        String s = typed.strip();
        if (!s.matches("\\d{1,3}")) {
            return null;
        }
        return Integer.valueOf(s);
    }
}
