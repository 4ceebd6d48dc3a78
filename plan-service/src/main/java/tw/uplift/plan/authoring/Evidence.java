package tw.uplift.plan.authoring;

/**
 * Evidence of a progress report (佐證資料): a file stored with the plan, or a link.
 *
 * @param kind        file or link
 * @param name        the file's name or the link's title
 * @param fileId      the stored file (see {@code EvidenceFiles}), for a file
 * @param url         the address, for a link
 * @param contentType the file's checked type, for a file
 * @param size        bytes, for a file
 */
public record Evidence(Kind kind, String name, String fileId, String url, String contentType, long size) {

    public enum Kind {
        FILE, LINK
    }

    public static Evidence file(String name, String fileId, String contentType, long size) {
        return new Evidence(Kind.FILE, name, fileId, null, contentType, size);
    }

    public static Evidence link(String name, String url) {
        return new Evidence(Kind.LINK, name, null, url, null, 0);
    }
}
