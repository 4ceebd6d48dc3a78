package tw.uplift.plan.authoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tw.uplift.plan.authoring.Frameworks;
import tw.uplift.plan.authoring.Indicator;
import tw.uplift.plan.authoring.Dimension;
import tw.uplift.plan.authoring.FocusArea;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanContent;

/**
 * A plan as the page form holds it, field by field as the browser sends it ({@code dimensions[0].focusAreas[1]
 * .measures[2].title}); every value is the text typed, so nothing a person types fails to bind. The rules are
 * {@link PlanInput}'s: {@link #toInput()} turns the form into one, and {@link PlanFormCheck} reports its
 * violations under the form's field names. The buttons that add or remove a part of the tree re-render the form
 * ({@link #apply}); no script is needed.
 */
public class PlanForm {

    /** Units are typed one per line, or separated the way the documents separate them. */
    private static final Pattern UNIT_SEPARATORS = Pattern.compile("[\\r\\n、,，;；]+");
    private static final Pattern YEAR_DECORATION = Pattern.compile("^民國|年度$|年$");

    private String rocYear;
    private String title;
    /** The framework a new plan was started from, or null (kept by the plan when left out). */
    private String frameworkId;
    private List<DimensionForm> dimensions = new ArrayList<>();

    /** A new plan: one dimension with one focus area with one measure, for the given year. */
    public static PlanForm blank(int rocYear) {
        PlanForm form = new PlanForm();
        form.rocYear = String.valueOf(rocYear);
        form.dimensions.add(DimensionForm.blank());
        return form;
    }

    /** A new plan on a framework: its dimensions (執行要項), each with one focus area with one measure to fill in. */
    public static PlanForm blank(int rocYear, Frameworks.Framework framework) {
        PlanForm form = new PlanForm();
        form.rocYear = String.valueOf(rocYear);
        form.frameworkId = framework.id();
        for (Frameworks.FrameworkDimension d : framework.dimensions()) {
            DimensionForm dimension = DimensionForm.blank();
            dimension.setCode(d.code());
            dimension.setTitle(d.title());
            form.dimensions.add(dimension);
        }
        return form;
    }

    /** An existing plan to revise: its measures keep their ids. */
    public static PlanForm of(Plan plan) {
        PlanForm form = new PlanForm();
        form.rocYear = String.valueOf(plan.getRocYear());
        form.title = plan.getTitle();
        for (Dimension d : plan.getDimensions()) {
            DimensionForm dimension = new DimensionForm(d.code(), d.title());
            for (FocusArea f : d.focusAreas()) {
                FocusAreaForm focusArea = new FocusAreaForm(f.code(), f.title());
                for (Measure m : f.measures()) {
                    focusArea.measures.add(new MeasureForm(m.id(), m.code(), m.title(), m.text(), m.units(),
                            m.deadlineText(), m.expectedBenefit(), m.indicators()));
                }
                dimension.focusAreas.add(focusArea);
            }
            form.dimensions.add(dimension);
        }
        return form;
    }

    /** Content not saved yet (an imported document's draft). {@code rocYear} may be null: the document named none. */
    public static PlanForm of(Integer rocYear, String title, List<PlanContent.DimensionDraft> content) {
        PlanForm form = new PlanForm();
        form.rocYear = rocYear == null ? "" : String.valueOf(rocYear);
        form.title = title;
        for (PlanContent.DimensionDraft d : content) {
            DimensionForm dimension = new DimensionForm(d.code(), d.title());
            for (PlanContent.FocusAreaDraft f : d.focusAreas()) {
                FocusAreaForm focusArea = new FocusAreaForm(f.code(), f.title());
                for (PlanContent.MeasureDraft m : f.measures()) {
                    focusArea.measures.add(new MeasureForm(m.id(), m.code(), m.title(), m.text(), m.units(),
                            m.deadline(), m.expectedBenefit(), m.indicators()));
                }
                dimension.focusAreas.add(focusArea);
            }
            form.dimensions.add(dimension);
        }
        return form;
    }

    /**
     * What the form says, as the API would receive it: blanks are absent values, units are split, the year is a
     * number or null ({@link #rocYearIsNumber()} tells a year left empty from one that is not a number).
     */
    public PlanInput toInput() {
        return new PlanInput(parsedYear(), title == null ? "" : title.strip(), optional(frameworkId), null, dimensions.stream()
                .map(d -> new PlanInput.DimensionInput(optional(d.code), required(d.title), d.focusAreas.stream()
                        .map(f -> new PlanInput.FocusAreaInput(optional(f.code), required(f.title), f.measures.stream()
                                .map(m -> new PlanInput.MeasureInput(optional(m.id), optional(m.code), required(m.title),
                                        optional(m.text), m.unitList(), optional(m.deadline),
                                        optional(m.expectedBenefit), m.indicators.stream()
                                                .map(i -> new PlanInput.IndicatorInput(required(i.name),
                                                        optional(i.unit), IndicatorForm.number(i.baseline),
                                                        IndicatorForm.number(i.target)))
                                                .toList()))
                                .toList()))
                        .toList()))
                .toList());
    }

    /**
     * What the form says, written over the plan it changes: the header and the framework stay the plan's, and each
     * measure the plan already had keeps where it came from (last year's measure, carried over) — the form does not
     * show these, so saving it must not drop them.
     */
    public PlanContent.TextDraft draftOver(Plan plan) {
        Map<String, Measure> current = plan.measures().collect(Collectors.toMap(Measure::id, Function.identity()));
        PlanContent.TextDraft typed = toInput().draft();
        return new PlanContent.TextDraft(typed.title(), typed.frameworkId() == null ? plan.getText().frameworkId()
                : typed.frameworkId(), plan.getHeader(),
                typed.dimensions().stream().map(d -> new PlanContent.DimensionDraft(d.code(), d.title(),
                        d.focusAreas().stream().map(f -> new PlanContent.FocusAreaDraft(f.code(), f.title(),
                                f.measures().stream().map(m -> keeping(m, current.get(m.id()))).toList()))
                                .toList()))
                        .toList());
    }

    private static PlanContent.MeasureDraft keeping(PlanContent.MeasureDraft typed, Measure had) {
        return had == null ? typed : new PlanContent.MeasureDraft(typed.id(), typed.code(), typed.title(), typed.text(),
                typed.units(), typed.deadline(), typed.expectedBenefit(), typed.indicators(), had.previousId(),
                had.carriedOver());
    }

    /** Whether the year field holds a number (or nothing); "next year" does not. */
    public boolean rocYearIsNumber() {
        return rocYear == null || rocYear.isBlank() || parsedYear() != null;
    }

    private Integer parsedYear() {
        if (rocYear == null || rocYear.isBlank()) {
            return null;
        }
        String digits = YEAR_DECORATION.matcher(rocYear.strip()).replaceAll("").strip();
        try {
            return Integer.valueOf(digits); // full-width digits (１１５) read as digits too
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Applies one of the form's structural buttons: {@code add-dimension}, {@code add-focus-area:d},
     * {@code add-measure:d:f}, {@code remove-dimension:d}, {@code remove-focus-area:d:f},
     * {@code remove-measure:d:f:m}. An index that does not exist (a stale page) changes nothing.
     *
     * @return whether the intent was one of these (anything else is "save")
     */
    public boolean apply(String intent) {
        if (intent == null) {
            return false;
        }
        String[] parts = intent.split(":");
        int[] at;
        try {
            at = Arrays.stream(parts).skip(1).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            return false;
        }
        switch (parts[0]) {
            case "add-dimension" -> dimensions.add(DimensionForm.blank());
            case "add-focus-area" -> {
                if (at.length == 1 && has(dimensions, at[0])) {
                    dimensions.get(at[0]).focusAreas.add(FocusAreaForm.blank());
                }
            }
            case "add-measure" -> {
                if (at.length == 2 && focusArea(at[0], at[1]) != null) {
                    focusArea(at[0], at[1]).measures.add(new MeasureForm());
                }
            }
            case "remove-dimension" -> {
                if (at.length == 1 && has(dimensions, at[0])) {
                    dimensions.remove(at[0]);
                }
            }
            case "remove-focus-area" -> {
                if (at.length == 2 && focusArea(at[0], at[1]) != null) {
                    dimensions.get(at[0]).focusAreas.remove(at[1]);
                }
            }
            case "add-indicator" -> {
                MeasureForm m = at.length == 3 ? measure(at[0], at[1], at[2]) : null;
                if (m != null) {
                    m.indicators.add(new IndicatorForm());
                }
            }
            case "remove-indicator" -> {
                MeasureForm m = at.length == 4 ? measure(at[0], at[1], at[2]) : null;
                if (m != null && has(m.indicators, at[3])) {
                    m.indicators.remove(at[3]);
                }
            }
            case "remove-measure" -> {
                if (at.length == 3 && focusArea(at[0], at[1]) != null && has(focusArea(at[0], at[1]).measures, at[2])) {
                    focusArea(at[0], at[1]).measures.remove(at[2]);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The form's field names in the order it shows them, for ordering an error summary. */
    public List<String> fieldOrder() {
        List<String> order = new ArrayList<>(List.of("rocYear", "title", "dimensions"));
        for (int d = 0; d < dimensions.size(); d++) {
            String dp = "dimensions[" + d + "]";
            order.addAll(List.of(dp, dp + ".code", dp + ".title", dp + ".focusAreas"));
            List<FocusAreaForm> focusAreas = dimensions.get(d).focusAreas;
            for (int f = 0; f < focusAreas.size(); f++) {
                String fp = dp + ".focusAreas[" + f + "]";
                order.addAll(List.of(fp, fp + ".code", fp + ".title", fp + ".measures"));
                for (int m = 0; m < focusAreas.get(f).measures.size(); m++) {
                    String mp = fp + ".measures[" + m + "]";
                    for (String field : List.of("", ".code", ".title", ".text", ".units", ".deadline", ".expectedBenefit")) {
                        order.add(mp + field);
                    }
                    List<IndicatorForm> indicators = focusAreas.get(f).measures.get(m).indicators;
                    for (int i = 0; i < indicators.size(); i++) {
                        for (String field : List.of(".name", ".unit", ".baseline", ".target")) {
                            order.add(mp + ".indicators[" + i + "]" + field);
                        }
                    }
                }
            }
        }
        return order;
    }

    private MeasureForm measure(int d, int f, int m) {
        FocusAreaForm area = focusArea(d, f);
        return area != null && has(area.measures, m) ? area.measures.get(m) : null;
    }

    /**
     * The indicator values that are not numbers, by field name ({@code …indicators[0].target}), so the check can say
     * so beside the field instead of reporting them missing.
     */
    public List<String> unreadableNumbers() {
        List<String> fields = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            for (int f = 0; f < dimensions.get(d).focusAreas.size(); f++) {
                List<MeasureForm> measures = dimensions.get(d).focusAreas.get(f).measures;
                for (int m = 0; m < measures.size(); m++) {
                    List<IndicatorForm> indicators = measures.get(m).indicators;
                    for (int i = 0; i < indicators.size(); i++) {
                        String ip = "dimensions[" + d + "].focusAreas[" + f + "].measures[" + m + "].indicators[" + i + "]";
                        if (IndicatorForm.unreadable(indicators.get(i).baseline)) {
                            fields.add(ip + ".baseline");
                        }
                        if (IndicatorForm.unreadable(indicators.get(i).target)) {
                            fields.add(ip + ".target");
                        }
                    }
                }
            }
        }
        return fields;
    }

    private FocusAreaForm focusArea(int d, int f) {
        return has(dimensions, d) && has(dimensions.get(d).focusAreas, f) ? dimensions.get(d).focusAreas.get(f) : null;
    }

    private static boolean has(List<?> list, int index) {
        return index >= 0 && index < list.size();
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String required(String s) {
        return s == null ? "" : s.strip();
    }

    public String getRocYear() {
        return rocYear;
    }

    public void setRocYear(String rocYear) {
        this.rocYear = rocYear;
    }

    public String getTitle() {
        return title;
    }

    public String getFrameworkId() {
        return frameworkId;
    }

    public void setFrameworkId(String frameworkId) {
        this.frameworkId = frameworkId;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<DimensionForm> getDimensions() {
        return dimensions;
    }

    public void setDimensions(List<DimensionForm> dimensions) {
        this.dimensions = dimensions == null ? new ArrayList<>() : dimensions;
    }

    /** 執行要項. */
    public static class DimensionForm {
        private String code;
        private String title;
        private List<FocusAreaForm> focusAreas = new ArrayList<>();

        public DimensionForm() {
        }

        DimensionForm(String code, String title) {
            this.code = code;
            this.title = title;
        }

        static DimensionForm blank() {
            DimensionForm d = new DimensionForm();
            d.focusAreas.add(FocusAreaForm.blank());
            return d;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<FocusAreaForm> getFocusAreas() {
            return focusAreas;
        }

        public void setFocusAreas(List<FocusAreaForm> focusAreas) {
            this.focusAreas = focusAreas == null ? new ArrayList<>() : focusAreas;
        }
    }

    /** 執行重點. */
    public static class FocusAreaForm {
        private String code;
        private String title;
        private List<MeasureForm> measures = new ArrayList<>();

        public FocusAreaForm() {
        }

        FocusAreaForm(String code, String title) {
            this.code = code;
            this.title = title;
        }

        static FocusAreaForm blank() {
            FocusAreaForm f = new FocusAreaForm();
            f.measures.add(new MeasureForm());
            return f;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<MeasureForm> getMeasures() {
            return measures;
        }

        public void setMeasures(List<MeasureForm> measures) {
            this.measures = measures == null ? new ArrayList<>() : measures;
        }
    }

    /** 推行作法. {@code id} is kept (hidden) so a revised measure stays the same measure. */
    public static class MeasureForm {
        private String id;
        private String code;
        private String title;
        private String text;
        /** One unit per line (typed), or the agency's units checked (joined by commas by the binder). */
        private String units;
        /** Units typed beside the agency's checked ones. */
        private String extraUnits;
        private String deadline;
        private String expectedBenefit;
        private List<IndicatorForm> indicators = new ArrayList<>();

        public MeasureForm() {
        }

        MeasureForm(String id, String code, String title, String text, List<String> units, String deadline,
                String expectedBenefit, List<Indicator> indicators) {
            this.indicators = indicators == null ? new ArrayList<>()
                    : indicators.stream().map(IndicatorForm::of).collect(Collectors.toCollection(ArrayList::new));
            this.id = id;
            this.code = code;
            this.title = title;
            this.text = text;
            this.units = units == null ? "" : String.join("\n", units);
            this.deadline = deadline;
            this.expectedBenefit = expectedBenefit;
        }

        /**
         * The units as one list: those checked from the agency's units (sent joined by commas) and those typed
         * beside them, each once, in that order.
         */
        public List<String> unitList() {
            return java.util.stream.Stream.of(units, extraUnits)
                    .filter(s -> s != null && !s.isBlank())
                    .flatMap(UNIT_SEPARATORS::splitAsStream).map(String::strip).filter(u -> !u.isEmpty())
                    .distinct().toList();
        }

        /** The units that are not among the agency's (typed, or guessed by the importer): shown to be checked. */
        public List<String> unitsOutside(List<String> agencyUnits) {
            return unitList().stream().filter(u -> !agencyUnits.contains(u)).toList();
        }

        public String getExtraUnits() {
            return extraUnits;
        }

        public void setExtraUnits(String extraUnits) {
            this.extraUnits = extraUnits;
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getUnits() {
            return units;
        }

        public void setUnits(String units) {
            this.units = units;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }

        public String getExpectedBenefit() {
            return expectedBenefit;
        }

        public void setExpectedBenefit(String expectedBenefit) {
            this.expectedBenefit = expectedBenefit;
        }

        public List<IndicatorForm> getIndicators() {
            return indicators;
        }

        public void setIndicators(List<IndicatorForm> indicators) {
            this.indicators = indicators == null ? new ArrayList<>() : indicators;
        }
    }

    /** 衡量指標 as typed: numbers are text until checked (「33」, 「33.5」, 「1,200」). */
    public static class IndicatorForm {
        private static final Pattern GROUPING = Pattern.compile("[,，\\s%％]");

        private String name;
        private String unit;
        private String baseline;
        private String target;

        public IndicatorForm() {
        }

        static IndicatorForm of(Indicator i) {
            IndicatorForm form = new IndicatorForm();
            form.name = i.name();
            form.unit = i.unit();
            form.baseline = i.baseline() == null ? null : i.baseline().toPlainString();
            form.target = i.target() == null ? null : i.target().toPlainString();
            return form;
        }

        /** The number typed, or null when blank or not a number. */
        static BigDecimal number(String typed) {
            if (typed == null || typed.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(GROUPING.matcher(typed.strip()).replaceAll(""));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        static boolean unreadable(String typed) {
            return typed != null && !typed.isBlank() && number(typed) == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getBaseline() {
            return baseline;
        }

        public void setBaseline(String baseline) {
            this.baseline = baseline;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }
    }
}
