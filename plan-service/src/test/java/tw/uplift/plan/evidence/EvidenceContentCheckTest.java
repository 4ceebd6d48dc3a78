package tw.uplift.plan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

class EvidenceContentCheckTest {

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("成果報告.pdf", EvidenceSamples.pdf(), EvidenceType.PDF),
                Arguments.of("活動照片.PNG", EvidenceSamples.png(), EvidenceType.PNG),
                Arguments.of("活動照片.jpg", EvidenceSamples.jpeg(), EvidenceType.JPEG),
                Arguments.of("活動照片.jpeg", EvidenceSamples.jpeg(), EvidenceType.JPEG),
                Arguments.of("動畫.gif", EvidenceSamples.gif(), EvidenceType.GIF),
                Arguments.of("照片.webp", EvidenceSamples.webp(), EvidenceType.WEBP),
                Arguments.of("簽到表.docx", EvidenceSamples.docx(), EvidenceType.DOCX),
                Arguments.of("統計.xlsx", EvidenceSamples.xlsx(), EvidenceType.XLSX),
                Arguments.of("簡報.pptx", EvidenceSamples.pptx(), EvidenceType.PPTX),
                Arguments.of("會議紀錄.odt", EvidenceSamples.odt(), EvidenceType.ODT),
                Arguments.of("統計.ods", EvidenceSamples.ods(), EvidenceType.ODS),
                Arguments.of("場次.csv", EvidenceSamples.csv(), EvidenceType.CSV),
                Arguments.of("說明.txt", EvidenceSamples.utf8("本季辦理 3 場說明會。\r\n\t共 120 人參加。\n"), EvidenceType.TXT),
                Arguments.of("bom.csv", EvidenceSamples.join(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                        EvidenceSamples.csv()), EvidenceType.CSV),
                // Some tools write _rels/.rels before [Content_Types].xml: still a Word file.
                Arguments.of("簽到表.docx", EvidenceSamples.ooxml(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "word/document.xml", true), EvidenceType.DOCX));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("acceptedFiles")
    void eachAcceptedKindIsRecognisedByItsContent(String name, byte[] content, EvidenceType type) {
        assertThat(EvidenceContentCheck.check(name, content)).isEqualTo(type);
    }

    @Test
    void aProgramOrAWebPageNamedPdfIsRefusedForItsContent() {
        assertRefused("成果報告.pdf", EvidenceSamples.exe(), "evidence.refused.contentMismatch", "成果報告.pdf", "PDF");
        assertRefused("成果報告.pdf", EvidenceSamples.html(), "evidence.refused.contentMismatch", "成果報告.pdf", "PDF");
        // A web page is text, but not plain text: it is not taken as a .txt either.
        assertRefused("說明.txt", EvidenceSamples.html(), "evidence.refused.contentMismatch", "說明.txt", "TXT");
    }

    @Test
    void aRealFileUnderAnotherKindsNameIsRefusedSoWhatIsDownloadedOpensAsItsNameSays() {
        assertRefused("照片.pdf", EvidenceSamples.png(), "evidence.refused.contentMismatch", "照片.pdf", "PDF");
        assertRefused("統計.docx", EvidenceSamples.xlsx(), "evidence.refused.contentMismatch", "統計.docx", "Word (.docx)");
        assertRefused("說明.txt", EvidenceSamples.pdf(), "evidence.refused.contentMismatch", "說明.txt", "TXT");
    }

    @Test
    void officeFilesThatRunCodeAndOtherZipsAreNotOfficeDocuments() {
        assertRefused("巨集.docx", EvidenceSamples.docm(), "evidence.refused.contentMismatch", "巨集.docx", "Word (.docx)");
        assertRefused("資料.docx", EvidenceSamples.zip(), "evidence.refused.contentMismatch", "資料.docx", "Word (.docx)");
    }

    @Test
    void aNameOfAKindNotAcceptedIsRefusedWhateverItHolds() {
        assertRefused("setup.exe", EvidenceSamples.exe(), "evidence.refused.typeNotAccepted", "setup.exe");
        assertRefused("頁面.html", EvidenceSamples.html(), "evidence.refused.typeNotAccepted", "頁面.html");
        assertRefused("資料.zip", EvidenceSamples.zip(), "evidence.refused.typeNotAccepted", "資料.zip");
        assertRefused("成果報告", EvidenceSamples.pdf(), "evidence.refused.typeNotAccepted", "成果報告");
    }

    @Test
    void textMustBeUtf8WithoutControlCharacters() {
        assertRefused("場次.csv", EvidenceSamples.in("日期,場次,參與人數\n2026-09-01,1,35\n", "Big5"),
                "evidence.refused.notUtf8", "場次.csv");
        byte[] withNul = EvidenceSamples.csv();
        withNul[withNul.length - 2] = 0;
        assertRefused("場次.csv", withNul, "evidence.refused.contentMismatch", "場次.csv", "CSV");
        byte[] nulLate = EvidenceSamples.join(EvidenceSamples.utf8("a,b\n".repeat(50_000)), new byte[] {0, 1, 2});
        assertRefused("場次.csv", nulLate, "evidence.refused.contentMismatch", "場次.csv", "CSV");
        assertRefused("說明.txt", EvidenceSamples.exe(), "evidence.refused.contentMismatch", "說明.txt", "TXT");
    }

    @Test
    void emptyAndTooLargeFilesAreRefusedSayingTheLimit() {
        assertRefused("空白.pdf", new byte[0], "evidence.refused.empty", "空白.pdf");
        byte[] tooLarge = EvidenceSamples.join(EvidenceSamples.pdf(), new byte[(int) EvidenceContentCheck.MAX_BYTES]);
        assertRefused("大檔.pdf", tooLarge, "evidence.refused.tooLarge", "大檔.pdf", 10);
        byte[] atTheLimit = Arrays.copyOf(EvidenceSamples.pdf(), (int) EvidenceContentCheck.MAX_BYTES);
        assertThat(EvidenceContentCheck.check("剛好.pdf", atTheLimit)).isEqualTo(EvidenceType.PDF);
    }

    @Test
    void theNameIsItsLastPathSegmentWithoutControlCharacters() {
        assertThat(EvidenceContentCheck.cleanName("C:\\Users\\clerk\\成果.pdf")).isEqualTo("成果.pdf");
        assertThat(EvidenceContentCheck.cleanName("../../etc/成果.pdf")).isEqualTo("成果.pdf");
        assertThat(EvidenceContentCheck.cleanName("成果\r\n.pdf")).isEqualTo("成果.pdf");
        assertRefused("", EvidenceSamples.pdf(), "evidence.refused.noName");
        assertRefused("x".repeat(201) + ".pdf", EvidenceSamples.pdf(), "evidence.refused.nameTooLong", 200);
    }

    private static void assertRefused(String name, byte[] content, String key, Object... args) {
        assertThatThrownBy(() -> EvidenceContentCheck.check(name, content))
                .isInstanceOfSatisfying(RefusedInput.class, refused -> {
                    assertThat(refused.reasons()).hasSize(1);
                    RefusedInput.Reason reason = refused.reasons().getFirst();
                    assertThat(reason.field()).isEqualTo("evidence");
                    assertThat(reason.key()).isEqualTo(key);
                    assertThat(reason.args()).containsExactly(args);
                });
    }
}
