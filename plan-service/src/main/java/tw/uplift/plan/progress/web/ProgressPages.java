package tw.uplift.plan.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.plan.authoring.Evidence;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.ProgressReport.ProgressStatus;
import tw.uplift.plan.authoring.ProgressReport;
import tw.uplift.plan.authoring.SurveyEvidence;
import tw.uplift.plan.authoring.web.PlanPageSupport;
import tw.uplift.plan.authoring.web.UploadRefusal;
import tw.uplift.plan.evidence.EvidenceContentCheck;
import tw.uplift.plan.evidence.EvidenceFiles;
import tw.uplift.plan.evidence.EvidenceType;
import tw.uplift.plan.evidence.RefusedInput;
import tw.uplift.plan.lights.Light;
import tw.uplift.plan.lights.MeasureLight;
import tw.uplift.plan.progress.PlanLights;
import tw.uplift.plan.progress.ProgressEntry;
import tw.uplift.plan.progress.ProgressReporting;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;

/**
 * A measure's progress page, {@code /plans/{planId}/measures/{measureId}/progress}: the measure and its light, its
 * reports with their evidence, the survey results linked to it, and for the agency's staff the report form (a
 * multipart form: its files go up with the report, its CSRF token in the action's query, as the gateway does not
 * read multipart bodies). And {@code /plans/{planId}/lights}: every measure's light and why, red first (管考總覽).
 */
@PageController
public class ProgressPages {

    static final String MEASURE_VIEW = "plan/progress/measure";
    static final String LIGHTS_VIEW = "plan/progress/lights";
    private static final Set<String> DONE = Set.of("reported");
    /** The order the overview shows the lights in: what needs attention first. */
    private static final List<Light> ATTENTION_ORDER = List.of(Light.RED, Light.YELLOW, Light.GREEN, Light.GREY);

    private final PlanAuthoring authoring;
    private final ProgressReporting reporting;
    private final EvidenceFiles files;
    private final PlanLights lights;
    private final ProgressWords words;
    private final PlanPageSupport pages;

    public ProgressPages(PlanAuthoring authoring, ProgressReporting reporting, EvidenceFiles files, PlanLights lights,
            ProgressWords words, PlanPageSupport pages) {
        this.authoring = authoring;
        this.reporting = reporting;
        this.files = files;
        this.lights = lights;
        this.words = words;
        this.pages = pages;
    }

    // ------------------------------------------------------------------------------------------- a measure's page

    @GetMapping("/plans/{planId}/measures/{measureId}/progress")
    public ModelAndView measure(CurrentUser user, @PathVariable String planId, @PathVariable String measureId,
            @RequestParam(required = false) String done, Locale locale) {
        Plan plan = authoring.get(user, planId);
        Measure measure = measureOf(plan, measureId);
        List<ReportingPeriod> periods = mayReport(user, plan) ? reporting.periodsFor(plan, measure) : List.of();
        ProgressForm form = ProgressForm.startingAt(periods.isEmpty() ? null : periods.getFirst().toString());
        ModelAndView page = measurePage(user, plan, measure, form, List.of(), false, locale);
        page.addObject("done", done != null && DONE.contains(done) ? done : null);
        return page;
    }

    /**
     * Files a report from the form. Every field and every chosen file is checked before anything is kept, so a form
     * with errors keeps nothing and comes back with what was typed (the files must be chosen again: a page cannot
     * fill a file input). Then the files are kept and the report names them ({@link EvidenceFiles}: files first).
     */
    @PostMapping("/plans/{planId}/measures/{measureId}/progress")
    public ModelAndView report(CurrentUser user, @PathVariable String planId, @PathVariable String measureId,
            @ModelAttribute("form") ProgressForm form,
            @RequestParam(name = EvidenceContentCheck.FIELD, required = false) List<MultipartFile> uploads,
            Locale locale) throws IOException {
        Plan plan = files.reportable(user, planId);
        Measure measure = measureOf(plan, measureId);
        List<MultipartFile> chosen = uploads == null ? List.of() : uploads.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .toList();

        List<PageError> errors = new ArrayList<>();
        ProgressEntry typed = form.toEntry(List.of());
        for (RefusedInput.Reason reason : typed.problems()) {
            String field = ProgressForm.fieldOf(reason.field());
            if (field.equals("percent") && !form.percentReadable()) {
                errors.add(new PageError(field, words.text("progress.error.percent.number", locale)));
            } else {
                errors.add(new PageError(field, words.refusal(reason, locale)));
            }
        }
        if (chosen.size() > EvidenceFiles.MAX_PER_REPORT) {
            errors.add(new PageError(EvidenceContentCheck.FIELD,
                    words.text("evidence.refused.tooMany", locale, EvidenceFiles.MAX_PER_REPORT)));
        } else {
            for (MultipartFile file : chosen) {
                try {
                    EvidenceContentCheck.check(file.getOriginalFilename(), file.getBytes());
                } catch (RefusedInput refused) {
                    refused.reasons().forEach(r -> errors.add(new PageError(r.field(), words.refusal(r, locale))));
                }
            }
        }
        if (!errors.isEmpty()) {
            return measurePage(user, plan, measure, form, ordered(errors), !chosen.isEmpty(), locale);
        }

        List<String> fileIds = new ArrayList<>();
        for (MultipartFile file : chosen) {
            fileIds.add(files.keep(user, planId, file.getOriginalFilename(), file.getBytes()).id());
        }
        try {
            reporting.report(user, planId, measureId, form.toEntry(fileIds), ProgressReporting.EarlierEvidence.KEEP);
        } catch (RefusedInput refused) {
            return measurePage(user, plan, measure, form, refused.reasons().stream()
                    .map(r -> new PageError(ProgressForm.fieldOf(r.field()), words.refusal(r, locale))).toList(),
                    false, locale);
        } catch (RuleViolationException broken) {
            if (broken.field() == null || !ProgressForm.FIELD_ORDER.contains(broken.field())) {
                throw broken;
            }
            return measurePage(user, plan, measure, form, List.of(new PageError(broken.field(),
                    words.text("progress.rule." + broken.code(), locale))), false, locale);
        }
        return new ModelAndView(SeeOther.to(progressPath(planId, measureId) + "?done=reported"));
    }

    /** An upload the container refused (over the request limit, or not multipart): the form again, saying so. */
    @ExceptionHandler({MaxUploadSizeExceededException.class, InvalidParameterException.class})
    ModelAndView unreadableUpload(Exception e, HttpServletRequest request, CurrentUser user, Locale locale) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        boolean tooLarge = UploadRefusal.tooLarge(e);
        if (path == null || path.get("planId") == null || path.get("measureId") == null) {
            return pages.errorPage(request, tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST, null);
        }
        Plan plan = authoring.get(user, path.get("planId"));
        Measure measure = measureOf(plan, path.get("measureId"));
        String message = tooLarge
                ? words.text("evidence.refused.uploadTooLarge", locale, EvidenceContentCheck.MAX_MB)
                : words.text("evidence.refused.unreadable", locale);
        ModelAndView page = measurePage(user, plan, measure, new ProgressForm(),
                List.of(new PageError(EvidenceContentCheck.FIELD, message)), true, locale);
        page.setStatus(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST);
        return page;
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView ruleBroken(HttpServletRequest request, RuleViolationException e, Locale locale) {
        return pages.errorPage(request, HttpStatus.CONFLICT, words.text("progress.rule." + e.code(), locale));
    }

    private ModelAndView measurePage(CurrentUser user, Plan plan, Measure measure, ProgressForm form,
            List<PageError> errors, boolean filesDropped, Locale locale) {
        ModelAndView page = PlanPageSupport.form(MEASURE_VIEW, errors);
        boolean mayReport = mayReport(user, plan);
        List<ProgressReport> reports = new ArrayList<>(plan.progressOf(measure.id()));
        reports.sort(Comparator.comparing(ProgressPages::firstDayOf).reversed());
        List<String> reported = reports.stream().map(ProgressReport::period).toList();
        page.addObject("plan", plan);
        page.addObject("measure", measure);
        page.addObject("cadence", words.text("progress.cadence." + Plan.reportingCadence(measure).name(), locale));
        page.addObject("light", plan.getStatus().everApproved() ? words.light(lights.of(plan).of(measure.id()), locale)
                : null);
        page.addObject("reports", reports.stream().map(r -> ReportRow.of(r, words.period(r.period(), locale))).toList());
        page.addObject("surveys", plan.surveyResultsOf(measure.id()).stream().map(SurveyRow::of).toList());
        page.addObject("tracking", plan.trackingDecisionOf(measure.id()).orElse(null));
        page.addObject("corrections", plan.correctiveActionsOf(measure.id()));
        page.addObject("mayReport", mayReport);
        page.addObject("periods", mayReport ? reporting.periodsFor(plan, measure).stream()
                .map(p -> new PeriodOption(p.toString(), words.period(p, locale), reported.contains(p.toString()),
                        p.lastDay()))
                .toList() : List.of());
        page.addObject("statuses", ProgressStatus.values());
        page.addObject("form", form);
        page.addObject("filesDropped", filesDropped);
        page.addObject("accept", EvidenceType.acceptAttribute());
        page.addObject("maxFiles", EvidenceFiles.MAX_PER_REPORT);
        page.addObject("maxMb", EvidenceContentCheck.MAX_MB);
        return page;
    }

    // ------------------------------------------------------------------------------------------- the overview

    @GetMapping("/plans/{planId}/lights")
    public ModelAndView overview(CurrentUser user, @PathVariable String planId, Locale locale) {
        Plan plan = authoring.get(user, planId);
        PlanLights.Lights lit = lights.of(plan);
        List<LightRow> rows = plan.measures().map(m -> {
            MeasureLight light = lit.of(m.id());
            ProgressReport latest = plan.progressOf(m.id()).stream()
                    .max(Comparator.comparing(ProgressReport::reportedAt)).orElse(null);
            return new LightRow(m, words.light(light, locale), light.daysOverdue(),
                    latest == null ? null : words.period(latest.period(), locale), latest);
        }).toList();
        List<LightGroup> groups = ATTENTION_ORDER.stream()
                .map(l -> new LightGroup(l, rows.stream().filter(r -> r.light().light() == l)
                        .sorted(Comparator.comparingInt(LightRow::daysOverdue).reversed()).toList()))
                .filter(g -> !g.rows().isEmpty()).toList();
        ModelAndView page = new ModelAndView(LIGHTS_VIEW);
        page.addObject("plan", plan);
        page.addObject("planLight", words.light(lit.plan(), locale));
        Map<String, Integer> counts = new LinkedHashMap<>();
        lit.plan().counts().forEach((light, n) -> counts.put(light.name(), n));
        page.addObject("counts", counts);
        page.addObject("groups", groups);
        page.addObject("mayReport", mayReport(user, plan));
        return page;
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** Whether the viewer is offered the report form: the agency's own staff, while the plan is approved. */
    private static boolean mayReport(CurrentUser user, Plan plan) {
        return PlanPageSupport.offersChanges(user, plan) && plan.getStatus().approved();
    }

    private static Measure measureOf(Plan plan, String measureId) {
        return plan.findMeasure(measureId).orElseThrow(() -> new NotFoundException("measure", measureId));
    }

    private static List<PageError> ordered(List<PageError> errors) {
        return errors.stream().sorted(Comparator.comparingInt(e -> {
            int at = ProgressForm.FIELD_ORDER.indexOf(e.field());
            return at < 0 ? Integer.MAX_VALUE : at;
        })).toList();
    }

    static String progressPath(String planId, String measureId) {
        return "/plans/" + planId + "/measures/" + measureId + "/progress";
    }

    private static LocalDate firstDayOf(ProgressReport r) {
        return ReportingPeriod.parse(r.period()).map(ReportingPeriod::firstDay).orElse(LocalDate.MIN);
    }

    /** A period the form offers. */
    public record PeriodOption(String value, String label, boolean reported, LocalDate dueOn) {
    }

    /** A report on the page: its period in words, its files and its links apart. */
    public record ReportRow(ProgressReport report, String periodLabel, List<EvidenceRow> files, List<Evidence> links) {

        static ReportRow of(ProgressReport r, String periodLabel) {
            return new ReportRow(r, periodLabel,
                    r.evidence().stream().filter(e -> e.kind() == Evidence.Kind.FILE).map(EvidenceRow::of).toList(),
                    r.evidence().stream().filter(e -> e.kind() == Evidence.Kind.LINK).toList());
        }
    }

    /** A file of a report, with its type and size as people read them ("PDF, 1.2 MB"). */
    public record EvidenceRow(Evidence evidence, String type, String size) {

        static EvidenceRow of(Evidence e) {
            String type = EvidenceType.ofContentType(e.contentType()).map(EvidenceType::label).orElse(e.contentType());
            return new EvidenceRow(e, type, sizeOf(e.size()));
        }

        static String sizeOf(long bytes) {
            if (bytes < 1024) {
                return bytes + " B";
            }
            if (bytes < 1024 * 1024) {
                return (bytes + 1023) / 1024 + " KB";
            }
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
    }

    /** A survey's results as evidence: rates as whole percents. */
    public record SurveyRow(String surveyId, long responses, String rate, String threshold, Instant publishedAt,
            boolean below) {

        static SurveyRow of(SurveyEvidence s) {
            return new SurveyRow(s.surveyId(), s.responses(), percent(s.satisfactionRate()), percent(s.threshold()),
                    s.publishedAt(), s.belowThreshold());
        }

        private static String percent(double share) {
            return String.format(Locale.ROOT, "%.1f %%", share * 100);
        }
    }

    /** A measure on the overview. */
    public record LightRow(Measure measure, LightView light, int daysOverdue, String latestPeriod,
            ProgressReport latest) {
    }

    /** The measures of one light, the longest overdue first. */
    public record LightGroup(Light light, List<LightRow> rows) {
    }
}
