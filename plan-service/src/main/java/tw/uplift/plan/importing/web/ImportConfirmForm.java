package tw.uplift.plan.importing.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.plan.authoring.PlanHeader;
import tw.uplift.plan.authoring.web.PlanForm;
import tw.uplift.plan.authoring.web.PlanInput;
import tw.uplift.planimport.model.ImportWarning;

/**
 * The preview's "save as draft" form: the draft the document made, as the fields of the plan form (the clerk checks
 * and fixes what the importer guessed, e.g. a unit, before saving), and what the preview showed beside it — the file's name, the agency
 * the document names, the importer's warnings — so the page can be shown again when something must be corrected.
 *
 * <p>{@code key} is drawn once per preview: confirming the same preview twice (a double click, a resent form) saves
 * one draft.
 */
public class ImportConfirmForm extends PlanForm {

    /** The warnings carried to the confirm step; a document with more is shown with the first ones only. */
    static final int MAX_WARNINGS = 200;

    private String key;
    private String fileName;
    private String agency;
    private List<WarningForm> warnings = new ArrayList<>();
    /**
     * The header sections the document gave (計畫依據, 目標, 對象, 督考方式, 推動小組) as JSON, carried unchanged to the
     * save: they are checked there like a typed plan's, and edited on the plan afterwards.
     */
    private String header;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    void carryHeader(PlanHeader documentHeader) {
        header = JSON.writeValueAsString(PlanInput.HeaderInput.of(documentHeader));
    }

    /** The draft with the document's header; a header that does not read back (edited by hand) is left out. */
    @Override
    public PlanInput toInput() {
        PlanInput input = super.toInput();
        return new PlanInput(input.rocYear(), input.title(), input.frameworkId(), carriedHeader(), input.dimensions());
    }

    private PlanInput.HeaderInput carriedHeader() {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(header, PlanInput.HeaderInput.class);
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    public String getHeader() {
        return header;
    }

    public void setHeader(String header) {
        this.header = header;
    }

    static ImportConfirmForm of(PlanForm draft, String key, String fileName, String agency, List<ImportWarning> found) {
        ImportConfirmForm form = new ImportConfirmForm();
        form.setRocYear(draft.getRocYear());
        form.setTitle(draft.getTitle());
        form.setDimensions(draft.getDimensions());
        form.key = key;
        form.fileName = fileName;
        form.agency = agency;
        found.stream().limit(MAX_WARNINGS)
                .forEach(w -> form.warnings.add(new WarningForm(String.valueOf(w.line()), w.kind().name(), w.message())));
        return form;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public List<WarningForm> getWarnings() {
        return warnings;
    }

    public void setWarnings(List<WarningForm> warnings) {
        this.warnings = warnings == null ? new ArrayList<>() : warnings;
    }

    /** One of the importer's warnings: the line it is about (0: none), its kind, and what the importer chose. */
    public static class WarningForm {
        private String line;
        private String kind;
        private String message;

        public WarningForm() {
        }

        WarningForm(String line, String kind, String message) {
            this.line = line;
            this.kind = kind;
            this.message = message;
        }

        public String getLine() {
            return line;
        }

        public void setLine(String line) {
            this.line = line;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }

        /** The message key of the kind, or null for a kind this version does not know. */
        public String kindKey() {
            try {
                return "plan.import.warning." + ImportWarning.Kind.valueOf(kind).name();
            } catch (IllegalArgumentException | NullPointerException e) {
                return null;
            }
        }

        public boolean hasLine() {
            return line != null && !line.isBlank() && !line.equals("0");
        }
    }
}
