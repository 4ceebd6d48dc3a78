package tw.uplift.notification.deadlines;

/** What this service knows of corrective actions (改善事項): how one is named in a list of deadlines and notices. */
public final class CorrectiveActions {

    /** Long enough to recognise a finding, short enough for a notice's headline and a row of the deadline list. */
    static final int TITLE_LENGTH = 40;

    private CorrectiveActions() {
    }

    /**
     * 「改善事項：」 and the finding's first line, cut at {@value #TITLE_LENGTH} characters: a finding is a reviewer's
     * paragraph, and the notice's body says it in full where needed.
     */
    public static String titleOf(String finding) {
        String line = finding == null ? "" : finding.strip().lines().findFirst().orElse("");
        if (line.codePointCount(0, line.length()) > TITLE_LENGTH) {
            line = line.substring(0, line.offsetByCodePoints(0, TITLE_LENGTH)) + "…";
        }
        return line.isEmpty() ? "改善事項" : "改善事項：" + line;
    }
}
