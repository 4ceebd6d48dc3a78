package tw.uplift.plan.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The starts of real files of each kind, as the programs that write them begin them, for the type check's tests. */
public final class EvidenceSamples {

    private EvidenceSamples() {
    }

    public static byte[] pdf() {
        return ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    }

    public static byte[] png() {
        return join(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                new byte[64]);
    }

    public static byte[] jpeg() {
        return join(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1},
                new byte[64]);
    }

    public static byte[] gif() {
        return join(ascii("GIF89a"), new byte[] {1, 0, 1, 0, (byte) 0x80, 0, 0}, new byte[32]);
    }

    public static byte[] webp() {
        return join(ascii("RIFF"), new byte[] {36, 0, 0, 0}, ascii("WEBPVP8 "), new byte[32]);
    }

    /** A Windows program: "MZ", and the PE header where linkers put it. */
    public static byte[] exe() {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        System.arraycopy(ascii("PE\0\0"), 0, program, 128, 4);
        return program;
    }

    public static byte[] html() {
        return utf8("<!DOCTYPE html>\n<html><head><title>成果</title></head><body><script>alert(document.cookie)</script></body></html>\n");
    }

    public static byte[] csv() {
        return utf8("日期,場次,參與人數\n2026-09-01,1,35\n2026-09-15,2,42\n");
    }

    public static byte[] docx() {
        return ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml");
    }

    public static byte[] xlsx() {
        return ooxml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml");
    }

    public static byte[] pptx() {
        return ooxml("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                "ppt/presentation.xml");
    }

    /** A Word file with macros (docm): an office file, but one that runs code. */
    public static byte[] docm() {
        return ooxml("application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml");
    }

    public static byte[] odt() {
        return openDocument("application/vnd.oasis.opendocument.text");
    }

    public static byte[] ods() {
        return openDocument("application/vnd.oasis.opendocument.spreadsheet");
    }

    /** A ZIP of anything, not an office document. */
    public static byte[] zip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("readme.txt", utf8("hello"));
        entries.put("run.bat", utf8("echo hi"));
        return zipOf(entries, false);
    }

    /** As Word writes it: [Content_Types].xml first; {@code relsFirst} puts _rels/.rels before it, as some tools do. */
    public static byte[] ooxml(String mainContentType, String mainPart, boolean relsFirst) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] rels = utf8("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
        if (relsFirst) {
            entries.put("_rels/.rels", rels);
        }
        entries.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainContentType + "\"/></Types>"));
        if (!relsFirst) {
            entries.put("_rels/.rels", rels);
        }
        entries.put(mainPart, utf8("<?xml version=\"1.0\"?><document/>"));
        return zipOf(entries, false);
    }

    private static byte[] ooxml(String mainContentType, String mainPart) {
        return ooxml(mainContentType, mainPart, false);
    }

    private static byte[] openDocument(String mimetype) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", ascii(mimetype));
        entries.put("content.xml", utf8("<?xml version=\"1.0\"?><office:document-content/>"));
        return zipOf(entries, true);
    }

    /** @param firstStored the first entry uncompressed (OpenDocument's mimetype must be) */
    private static byte[] zipOf(Map<String, byte[]> entries, boolean firstStored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean first = true;
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (first && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] in(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] join(byte[]... parts) {
        byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
