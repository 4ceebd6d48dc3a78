package tw.uplift.plan.importing.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.web.PlanForm;
import tw.uplift.plan.authoring.web.PlanFormCheck;
import tw.uplift.plan.authoring.web.PlanInput;
import tw.uplift.plan.authoring.web.PlanPageContent;
import tw.uplift.plan.authoring.web.PlanPageSupport;
import tw.uplift.plan.authoring.web.UploadRefusal;
import tw.uplift.plan.importing.PlanImport;
import tw.uplift.planimport.PlanImportException;
import tw.uplift.planimport.model.ImportedPlan;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;

/**
 * Creating a plan from the document the agency already has: {@code /plans/import} (upload), {@code
 * /plans/import/preview} (what the importer read, with its warnings, in the table layout) and {@code
 * /plans/import/confirm} (save it as a draft, then the new plan's page).
 *
 * <p><b>How the confirm step gets the content without a second upload.</b> The service keeps nothing between two
 * requests (it is stateless, and the gateway may send them to different instances), so the confirm form must carry
 * what is to be saved. It carries the <em>draft the preview showed</em> — year, title and the tree, as the same
 * fields the plan form posts — not the uploaded file:
 * <ul>
 *   <li>what is saved is exactly what the clerk saw and confirmed, and goes through the same door as a typed plan
 *       ({@link PlanFormCheck}: {@link PlanInput}'s rules, then {@link PlanAuthoring}); a hand-edited hidden field
 *       buys nothing the plan form does not already allow;</li>
 *   <li>it is as large as the plan's text (the largest example: ~30 KB of text, ~100 KB as a form), not as the file:
 *       a 3 MB .docx with photos would be 4 MB of base64 in the page and again in the POST, over Tomcat's form limit
 *       and the phone's patience;</li>
 *   <li>re-uploading would make the clerk choose the file again (a file input cannot be filled in by the page)
 *       and could save another file than the one previewed.</li>
 * </ul>
 * The multipart upload carries the CSRF token in its action's query string (the gateway does not read multipart
 * bodies); the confirm form is urlencoded and carries it as the hidden field.
 */
@PageController
public class PlanImportPages {

    static final String UPLOAD_VIEW = "plan/import";
    static final String PREVIEW_VIEW = "plan/preview";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final PlanImport planImport;
    private final PlanAuthoring authoring;
    private final PlanFormCheck check;
    private final PlanPageSupport pages;

    public PlanImportPages(PlanImport planImport, PlanAuthoring authoring, PlanFormCheck check, PlanPageSupport pages) {
        this.planImport = planImport;
        this.authoring = authoring;
        this.check = check;
        this.pages = pages;
    }

    @GetMapping("/plans/import")
    public ModelAndView upload(CurrentUser user) {
        user.requireAgency();
        return PlanPageSupport.form(UPLOAD_VIEW, List.of());
    }

    @PostMapping("/plans/import/preview")
    public ModelAndView preview(CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale) throws IOException {
        user.requireAgency();
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return uploadError(pages.text("plan.import.error.noFile", locale));
        }
        ImportedPlan imported;
        try {
            imported = planImport.preview(file.getOriginalFilename(), file.getBytes());
        } catch (PlanImportException e) {
            return uploadError(problem(e, locale));
        }
        Integer year = imported.rocYear();
        String title = year != null && RocYear.isValid(year) ? planImport.draftOf(imported, null).text().title()
                : imported.title() == null ? "" : imported.title();
        PlanForm draft = PlanForm.of(year, title, planImport.contentOf(imported));
        ImportConfirmForm form = ImportConfirmForm.of(draft, UUID.randomUUID().toString(), file.getOriginalFilename(),
                imported.agency(), imported.warnings());
        form.carryHeader(PlanImport.header(imported));
        // Everything the document gives is a field on the confirm form: what breaks a rule (a text over a limit) is
        // said now, beside its field, before anyone presses "save"; the year and title the clerk fills in there.
        List<PageError> documentErrors = check.check(form, locale).stream()
                .filter(e -> !e.field().equals("rocYear") && !e.field().equals("title")).toList();
        ModelAndView page = previewPage(form, documentErrors, imported.warnings().size(), user.agencyId());
        page.setStatus(HttpStatus.OK);
        return page;
    }

    @PostMapping("/plans/import/confirm")
    public ModelAndView confirm(CurrentUser user, @ModelAttribute("form") ImportConfirmForm form,
            @RequestParam(defaultValue = "save") String intent, Locale locale) {
        user.requireAgency();
        if (form.apply(intent)) {
            return previewPage(form, List.of(), form.getWarnings().size(), user.agencyId());
        }
        List<PageError> errors = check.check(form, locale);
        if (!errors.isEmpty()) {
            return previewPage(form, errors, form.getWarnings().size(), user.agencyId());
        }
        PlanInput input = form.toInput();
        Plan plan = form.getKey() != null && KEY.matcher(form.getKey()).matches()
                ? authoring.createOnce(user, "import-page/" + form.getKey(), input.rocYear(), input.draft())
                : authoring.create(user, input.rocYear(), input.draft());
        return new ModelAndView(SeeOther.to("/plans/" + plan.getId() + "?done=imported"));
    }

    /** An upload the container refused to read ({@link UploadRefusal}): over the size limit, or broken. */
    @ExceptionHandler({MaxUploadSizeExceededException.class, InvalidParameterException.class})
    ModelAndView unreadableUpload(Exception e, Locale locale) {
        boolean tooLarge = UploadRefusal.tooLarge(e);
        ModelAndView page = uploadError(pages.text(tooLarge ? "plan.import.problem.TOO_LARGE"
                : "plan.import.problem.READ_FAILED", locale));
        page.setStatus(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView previewPage(ImportConfirmForm form, List<PageError> errors, int warningCount, String agencyId) {
        ModelAndView page = PlanPageSupport.form(PREVIEW_VIEW, errors);
        PlanInput input = form.toInput();
        Integer year = input.rocYear();
        page.addObject("form", form);
        page.addObject("agencyUnits", pages.agencyUnits(agencyId));
        page.addObject("table", PlanPageContent.ofDraft(year, input.content()));
        page.addObject("year", year);
        page.addObject("yearKnown", year != null && RocYear.isValid(year));
        page.addObject("focusAreaCount", input.dimensions().stream().mapToInt(d -> d.focusAreas().size()).sum());
        page.addObject("measureCount", input.dimensions().stream().flatMap(d -> d.focusAreas().stream())
                .mapToInt(f -> f.measures().size()).sum());
        page.addObject("warningCount", warningCount);
        page.addObject("commentsByMeasure", java.util.Map.of());
        return page;
    }

    private ModelAndView uploadError(String message) {
        return PlanPageSupport.form(UPLOAD_VIEW, List.of(new PageError("file", message)));
    }

    /** What is wrong with the file, in words, with the line when the importer knows it. */
    private String problem(PlanImportException e, Locale locale) {
        String what = pages.text("plan.import.problem." + e.problem().name(), locale);
        return e.line() > 0 ? pages.text("plan.import.problem.atLine", locale, what, e.line()) : what;
    }
}
