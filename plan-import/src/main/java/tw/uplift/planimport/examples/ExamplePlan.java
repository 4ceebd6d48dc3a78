package tw.uplift.planimport.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The real plan documents shipped with the importer (see {@code README.md} beside them). They are the ground
 * truth the parser is tested against, and the demo data {@code ./uplift run} imports, so they are read from the
 * classpath: a fresh clone needs nothing beside the repository, and plan-service or the launcher, which have
 * plan-import on their classpath, read the same bytes the parser's tests do.
 */
public enum ExamplePlan {

    /** 高雄市政府民政局 111年度: 3-column layout, shifted cells, HTML cells, sentences over page breaks. */
    KCG_CIVIL_AFFAIRS_111("kcg-civil-affairs-111.txt"),
    /** 高雄市三民區公所 106年度: 3-column layout, 編組表, 次年1月 / 第三季 submissions. */
    KCG_SANMIN_106("kcg-sanmin-106.txt"),
    /** 臺中市北屯區戶政事務所 115年度: 5-column layout with 完成期限 and 預期效益. */
    TAICHUNG_BEITUN_HOUSEHOLD_115("taichung-beitun-household-115.txt");

    private final String fileName;

    ExamplePlan(String fileName) {
        this.fileName = fileName;
    }

    /** The name to upload it under: the importer picks the reader by it ({@code .txt}: text extracted from a PDF). */
    public String fileName() {
        return fileName;
    }

    /** The document as it is stored: UTF-8 text. */
    public byte[] bytes() {
        try (InputStream in = ExamplePlan.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("Example plan " + fileName + " is not on the classpath beside "
                        + ExamplePlan.class.getName() + " (plan-import built without its resources?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read example plan " + fileName, e);
        }
    }

    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
