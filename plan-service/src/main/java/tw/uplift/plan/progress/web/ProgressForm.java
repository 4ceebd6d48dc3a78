package tw.uplift.plan.progress.web;

import java.util.List;
import java.util.Locale;
import tw.uplift.plan.authoring.ProgressReport.ProgressStatus;
import tw.uplift.plan.progress.ProgressEntry;

/**
 * The report form as typed (every field text, so what was typed comes back as it was when the form has errors).
 * Its fields are the form's names; {@link #fieldOf} maps the entry's (the API's) names onto them.
 */
public class ProgressForm {

    private String period;
    private String status;
    private String percent;
    private String narrative;
    private String delayReason;
    private String linkName;
    private String linkUrl;

    /** A new form, the newest open period chosen. */
    static ProgressForm startingAt(String period) {
        ProgressForm form = new ProgressForm();
        form.period = period;
        return form;
    }

    ProgressEntry toEntry(List<String> fileIds) {
        List<ProgressEntry.Link> links = linkUrl == null || linkUrl.isBlank()
                ? (linkName == null || linkName.isBlank() ? List.of() : List.of(new ProgressEntry.Link(linkName, "")))
                : List.of(new ProgressEntry.Link(linkName, linkUrl));
        return new ProgressEntry(period, statusValue(), percentValue(), narrative, delayReason, links, fileIds);
    }

    /** Whether the percent is a whole number (or left empty, which the entry says is missing). */
    boolean percentReadable() {
        return percent == null || percent.isBlank() || percentValue() != null;
    }

    ProgressStatus statusValue() {
        if (status == null) {
            return null;
        }
        try {
            return ProgressStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    Integer percentValue() {
        if (percent == null || percent.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(percent.strip().replace("%", "").strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The form field an entry's field is shown at: {@code links[0].url} is the one link's address. */
    static String fieldOf(String entryField) {
        if (entryField.startsWith("links[")) {
            return entryField.endsWith(".name") ? "linkName" : "linkUrl";
        }
        return entryField.equals("links") ? "linkUrl" : entryField;
    }

    /** The fields in the order the form shows them, so the error summary lists them in that order. */
    static final List<String> FIELD_ORDER = List.of("period", "status", "percent", "narrative", "delayReason",
            "evidence", "linkName", "linkUrl");

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPercent() {
        return percent;
    }

    public void setPercent(String percent) {
        this.percent = percent;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getDelayReason() {
        return delayReason;
    }

    public void setDelayReason(String delayReason) {
        this.delayReason = delayReason;
    }

    public String getLinkName() {
        return linkName;
    }

    public void setLinkName(String linkName) {
        this.linkName = linkName;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }
}
