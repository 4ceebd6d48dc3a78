package tw.uplift.plan.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which office document a ZIP file is, from the part that says so inside it — not from its name. tika-core alone
 * tells a ZIP from other files but not a Word file from an Excel one (that takes its parser modules), so this reads
 * the one part that decides:
 * <ul>
 * <li>Office Open XML (docx, xlsx, pptx): {@code [Content_Types].xml}, whose main part's content type is the
 * document's kind. A macro-enabled file (docm, xlsm) has another main part and is not accepted.</li>
 * <li>OpenDocument (odt, ods): the {@code mimetype} entry, which the standard puts first and uncompressed.</li>
 * </ul>
 * Only the first few entries are looked at, each read no further than {@link #PART_LIMIT}: every office program
 * writes the deciding part first, and a crafted archive (a ZIP bomb) cannot make this inflate more than that.
 */
final class OfficeContainer {

    static final int PART_LIMIT = 256 * 1024;
    private static final int ENTRIES_LOOKED_AT = 3;

    private OfficeContainer() {
    }

    static Optional<EvidenceType> kindOf(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            for (int i = 0; i < ENTRIES_LOOKED_AT; i++) {
                ZipEntry entry = zip.getNextEntry();
                if (entry == null) {
                    return Optional.empty();
                }
                byte[] part = zip.readNBytes(PART_LIMIT + 1);
                if (part.length > PART_LIMIT) {
                    return Optional.empty(); // not a part that names a type; reading on would inflate it all
                }
                String text = new String(part, StandardCharsets.UTF_8);
                if (entry.getName().equals("[Content_Types].xml")) {
                    return ooxml(text);
                }
                if (entry.getName().equals("mimetype")) {
                    return openDocument(text.strip());
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
    }

    private static Optional<EvidenceType> ooxml(String contentTypes) {
        if (contentTypes.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
            return Optional.of(EvidenceType.DOCX);
        }
        if (contentTypes.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")) {
            return Optional.of(EvidenceType.XLSX);
        }
        if (contentTypes.contains(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")) {
            return Optional.of(EvidenceType.PPTX);
        }
        return Optional.empty();
    }

    private static Optional<EvidenceType> openDocument(String mimetype) {
        if (mimetype.equals(EvidenceType.ODT.contentType())) {
            return Optional.of(EvidenceType.ODT);
        }
        if (mimetype.equals(EvidenceType.ODS.contentType())) {
            return Optional.of(EvidenceType.ODS);
        }
        return Optional.empty();
    }
}
