package tw.uplift.planimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The three real plans in shared/seeds, beside the repository (tests run from plan-import/). */
public final class Seeds {

    public static final Path DIR = Path.of("../../shared/seeds");
    /** 高雄市政府民政局 111年度: 3-column layout, shifted cells, HTML cells, sentences over page breaks. */
    public static final String CIVIL_AFFAIRS_111 = "000_75f843d9ec15c639.txt";
    /** 高雄市三民區公所 106年度: 3-column layout, 編組表, 次年1月 / 第三季 submissions. */
    public static final String SANMIN_106 = "002_3e4384d153eb6e0f.txt";
    /** 臺中市北屯區戶政事務所 115年度: 5-column layout with 完成期限 and 預期效益. */
    public static final String BEITUN_115 = "003_c86c194b07b2f7ba.txt";

    private Seeds() {
    }

    public static Path path(String name) {
        return DIR.resolve(name);
    }

    public static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("seed " + name + " not found under " + DIR.toAbsolutePath(), e);
        }
    }
}
