package tw.uplift.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * A survey's QR codes and poster: the PNG decodes (with ZXing's reader) to the survey's absolute public link, per
 * segment too; the SVG is one path; both cacheable; the poster shows both titles and the link. Closed: refused;
 * unknown: 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=survey-service",
        "uplift.survey.public.base-url=https://uplift.example.gov.tw/"})
@WithUpliftInfrastructure
class SurveyQrCodesIT {

    @Value("${local.server.port}")
    int port;

    private final String clerk = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");

    @Test
    void thePngDecodesToTheSurveysPublicLinkPerSegmentAndTheSvgIsOnePath() throws Exception {
        String id = draft();
        assertThat(get("/public/surveys/" + id + "/qr.png").statusCode())
                .as("a draft's title and segments are not public yet").isEqualTo(409);
        open(id);
        assertThat(decode(get("/public/surveys/" + id + "/qr.png")))
                .isEqualTo("https://uplift.example.gov.tw/public/surveys/" + id);
        HttpResponse<byte[]> png = get("/public/surveys/" + id + "/qr.png?segment=counter-2");
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.headers().firstValue("Cache-Control").orElse("")).contains("max-age=86400", "public");
        assertThat(decode(png)).isEqualTo("https://uplift.example.gov.tw/public/surveys/" + id + "?segment=counter-2");

        HttpResponse<byte[]> svg = get("/public/surveys/" + id + "/qr.svg?segment=counter-2");
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        String drawing = new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(drawing).startsWith("<svg").contains("viewBox=\"0 0 ", "<title>臨櫃服務滿意度調查</title>");
        assertThat(drawing.split("<path", -1)).as("one path").hasSize(2);

        PageBrowser.Page poster = new PageBrowser(port, null).get("/public/surveys/" + id + "/poster?segment=counter-2");
        assertThat(poster.status()).isEqualTo(200);
        assertThat(poster.html()).contains("臨櫃服務滿意度調查", "Counter service satisfaction", "2 號櫃台",
                "https://uplift.example.gov.tw/public/surveys/" + id + "?segment=counter-2",
                "src=\"/public/surveys/" + id + "/qr.svg?segment=counter-2\"", "survey.css");
    }

    @Test
    void aClosedOrUnknownSurveyOrSegmentHasNoCode() throws Exception {
        String id = draft();
        open(id);
        assertThat(get("/public/surveys/" + id + "/qr.svg?segment=%3Cscript%3E").statusCode()).isEqualTo(404);
        assertThat(get("/public/surveys/" + id + "/qr.svg?segment=counter-9").statusCode()).isEqualTo(404);
        assertThat(new TestHttp(port).post("/api/surveys/" + id + "/close", clerk, null).status()).isEqualTo(200);
        assertThat(get("/public/surveys/" + id + "/qr.png").statusCode()).isEqualTo(409);
        assertThat(get("/public/surveys/no-such-survey/qr.svg").statusCode()).isEqualTo(404);
    }

    private static String decode(HttpResponse<byte[]> png) throws Exception {
        assertThat(png.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String draft() {
        TestHttp.Reply created = new TestHttp(port).post("/api/surveys", clerk, """
                {"title": {"zh": "臨櫃服務滿意度調查", "en": "Counter service satisfaction"},
                 "segments": [{"id": "counter-2", "name": {"zh": "2 號櫃台", "en": "Counter 2"}, "kind": "COUNTER"}],
                 "questions": [{"id": "q1", "text": {"zh": "整體而言，您對本次服務滿意嗎？"}, "kind": "LIKERT_5"}]}""");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private void open(String id) {
        assertThat(new TestHttp(port).post("/api/surveys/" + id + "/open", clerk, null).status()).isEqualTo(200);
    }
}
