package tw.uplift.platform.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;

/**
 * How an open-data file is served, the same by every service: its media type, how long any cache may keep it,
 * and the name it is saved under.
 */
public final class OpenDataDownloads {

    /** {@code text/csv} with the charset and the header row declared (RFC 4180, RFC 7111). */
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

    /**
     * Open data does not depend on who asks, so any cache may keep it for five minutes (then revalidate it): fresh
     * enough for figures that change by the day, and a flood of readers costs the service one answer per cache.
     */
    public static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private OpenDataDownloads() {
    }

    /**
     * {@code Content-Disposition} of a download: an ASCII {@code filename} for old clients and the real name as
     * {@code filename*} in UTF-8 (RFC 6266, RFC 8187), e.g. {@code 高雄市政府民政局115年度提升服務執行計畫.csv}.
     */
    public static String attachment(String asciiName, String name) {
        return "attachment; filename=\"" + asciiOnly(asciiName) + "\"; filename*=UTF-8''" + encoded(safe(name));
    }

    /** Letters, digits, dot, dash and underscore; anything else becomes a dash. */
    static String asciiOnly(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** A name without characters a file system refuses (and without line breaks). */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_");
    }

    /** RFC 8187 value-chars: attr-char as is, every other UTF-8 byte as %XX. */
    private static String encoded(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
