package tw.uplift.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.uplift.planimport.PlanImportException.Problem;
import tw.uplift.planimport.cli.Preview;
import tw.uplift.planimport.docx.DocxFixtures;
import tw.uplift.planimport.examples.ExamplePlan;
import tw.uplift.planimport.model.ImportWarning;

class BadInputTest {

    private final PlanImporter importer = new PlanImporter();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyFile() {
        assertProblem("plan.txt", new byte[0], Problem.EMPTY_FILE, "empty");
        assertProblem("plan.txt", utf8(" \n\t\n"), Problem.EMPTY_FILE, "whitespace");
    }

    @Test
    void binaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        PlanImportException e = assertProblem("plan.txt", png, Problem.BINARY_CONTENT, "binary");
        assertThat(e.line()).isEqualTo(3); // the NUL byte follows two line feeds
        assertProblem("plan.txt", new byte[] {'A', (byte) 0xff, (byte) 0xff, (byte) 0xff}, Problem.BINARY_CONTENT, "neither UTF-8 nor Big5");
        assertProblem("plan.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xd8}, Problem.BINARY_CONTENT, "not valid UTF-16LE");
    }

    @Test
    void oversizedFile() throws IOException {
        PlanImporter small = new PlanImporter(new ImportLimits(1024));
        byte[] big = new byte[2048];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> small.parse("plan.txt", big))
                .isInstanceOfSatisfying(PlanImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE))
                .hasMessageContaining("1 KB limit");
        // A stream is cut at the limit instead of being read whole.
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        assertThatThrownBy(() -> small.parse("plan.txt", endless))
                .isInstanceOfSatisfying(PlanImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Test
    void textThatIsNotAPlan() {
        assertProblem("notes.txt", utf8("會議紀錄\n\n一、出席人員：王小明\n二、討論事項：午餐\n"), Problem.NOT_A_PLAN, "執行要項");
        assertProblem("plan.txt", utf8("實施要項\t推行作法\t完成期限\t承辦單位\t預期效益\n"), Problem.NOT_A_PLAN, "no 執行要項 / measures");
    }

    @Test
    void damagedDocx() throws IOException {
        byte[] docx = DocxFixtures.fromText(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115.text());
        assertProblem("plan.docx", Arrays.copyOf(docx, docx.length / 2), Problem.DAMAGED_DOCUMENT, ".docx");
        assertProblem("plan.docx", utf8("this is not a zip"), Problem.DAMAGED_DOCUMENT, "not a Word document");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write(utf8("hello"));
            out.closeEntry();
        }
        assertProblem("plan.docx", zip.toByteArray(), Problem.DAMAGED_DOCUMENT, ".docx");
    }

    @Test
    void docxZipBombIsRefused() throws IOException {
        byte[] docx = DocxFixtures.fromText(ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115.text());
        // document.xml padded with 40 MB of spaces inside <w:body>: compresses about 1000:1.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream out = new ZipOutputStream(bomb)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        assertProblem("plan.docx", bomb.toByteArray(), Problem.ZIP_BOMB, "zip bomb");
    }

    @Test
    void oldWordAndPdfAreNamedAsUnsupported() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertProblem("plan.doc", ole, Problem.UNSUPPORTED_FORMAT, ".docx");
        assertProblem("plan.pdf", utf8("%PDF-1.7\n"), Problem.UNSUPPORTED_FORMAT, "PDF");
    }

    @Test
    void big5TextIsReadWithAWarning() {
        byte[] big5 = ExamplePlan.TAICHUNG_BEITUN_HOUSEHOLD_115.text().replace("营造", "營造").replace("横向", "橫向")
                .getBytes(Charset.forName("x-windows-950"));
        var plan = importer.parse("plan.txt", big5);
        assertThat(plan.measureCount()).isEqualTo(59);
        assertThat(plan.warnings()).anyMatch(w -> w.kind() == ImportWarning.Kind.ENCODING);
    }

    @Test
    void previewFailsWithTheReasonOnStderr(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Preview p = Preview.run(empty);
        assertThat(p.exitCode()).isEqualTo(1);
        assertThat(p.stdout()).isEmpty();
        assertThat(p.stderr()).contains("[EMPTY_FILE]").contains("empty.txt");

        Path notPlan = Files.write(dir.resolve("notes.md"), utf8("# 週報\n\n本週無事。\n"));
        assertThat(Preview.run(notPlan).stderr()).contains("[NOT_A_PLAN]");
        assertThat(Preview.run(dir.resolve("missing.txt").toString()).stderr()).contains("no such file");
        assertThat(Preview.run().exitCode()).isEqualTo(2);
    }

    private PlanImportException assertProblem(String name, byte[] content, Problem problem, String messagePart) {
        try {
            importer.parse(name, content);
        } catch (PlanImportException e) {
            assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
            assertThat(e.getMessage()).containsIgnoringCase(messagePart);
            return e;
        }
        throw new AssertionError("expected " + problem + " for " + name);
    }
}
