package tw.uplift.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpenDataDownloadsTest {

    @Test
    void aDownloadIsNamedInAsciiForOldClientsAndInUtf8ForEveryOther() {
        String header = OpenDataDownloads.attachment("kcg-civil-affairs-115-plan.csv", "高雄市政府民政局115年度提升服務執行計畫.csv");

        assertThat(header).startsWith("attachment; filename=\"kcg-civil-affairs-115-plan.csv\"; filename*=UTF-8''");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+.^_`|~-]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("高雄市政府民政局115年度提升服務執行計畫.csv");
    }

    @Test
    void aNameCannotBreakOutOfTheHeader() {
        String header = OpenDataDownloads.attachment("a\"b\r\nc.csv", "計畫\"\r\nSet-Cookie: x/..\\y.csv");

        assertThat(header).doesNotContain("\r", "\n").startsWith("attachment; filename=\"a-b-c.csv\"; ");
        assertThat(URLDecoder.decode(header.substring(header.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .isEqualTo("計畫_Set-Cookie_ x_.._y.csv");
    }
}
